"""(d) openapi.yaml is normalized and passes scripts/check_spec.py; check_spec catches each defect."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

import allomancy_spec
from scripts import check_spec, format_spec


def test_spec_is_normalized(spec_path: Path) -> None:
    text = spec_path.read_text(encoding="utf-8")
    normalized = format_spec.format_text(text)
    same = normalized == text
    assert same, "openapi.yaml is not normalized: run `make format`\n" + format_spec.diff(spec_path, text, normalized)


def test_spec_passes_project_checks(spec_path: Path) -> None:
    problems = check_spec.problems(allomancy_spec.load(spec_path))
    assert problems == [], "\n".join(f"{where}: [{check}] {message}" for check, where, message in problems)


GOOD: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "components": {
        "securitySchemes": {"apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}},
        "schemas": {
            "Thing": {"type": "object", "properties": {"nullable": {"type": "boolean"}}},
            "Problem": {
                "type": "object",
                "x-problem-codes": [
                    {"code": "thing_missing", "status": 404, "title": "Thing missing", "meaning": "no such thing"},
                    {"code": "thing_bad", "status": 400, "title": "Thing bad", "meaning": "a bad thing"},
                ],
            },
        },
        "links": {"ToThing": {"operationId": "getThing"}},
    },
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "security": [{"apiKey": ["things:write"]}],
                "responses": {"200": {"description": "ok", "links": {"get": {"operationId": "getThing"}}}},
            },
        },
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "security": [{"apiKey": ["things:read"]}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "example": {"nullable": True},
                            }
                        },
                    }
                },
            },
        },
    },
}


def broken(edit) -> dict[str, Any]:
    doc = copy.deepcopy(GOOD)
    edit(doc)
    return doc


def test_clean_document_has_no_problems() -> None:
    assert check_spec.problems(GOOD) == []


@pytest.mark.parametrize(
    ("edit", "check", "where"),
    [
        (
            lambda d: d["paths"]["/things"]["post"].update(security=[{"apikey": ["things:write"]}]),
            "security-scheme",
            "/paths/~1things/post/security/0",
        ),
        (lambda d: d.update(security=[{"basic": []}]), "security-scheme", "/security/0"),
        (
            lambda d: d["components"]["links"]["ToThing"].update(operationId="getThingy"),
            "link-target",
            "/components/links/ToThing",
        ),
        (
            lambda d: d["paths"]["/things"]["post"]["responses"]["200"]["links"]["get"].update(operationId="nope"),
            "link-target",
            "/paths/~1things/post/responses/200/links/get",
        ),
        (
            lambda d: d["components"]["schemas"]["Thing"]["properties"]["nullable"].update(nullable=True),
            "no-nullable",
            "/components/schemas/Thing/properties/nullable/nullable",
        ),
        (
            lambda d: d["components"]["schemas"].update(Other={"type": "string", "nullable": True}),
            "no-nullable",
            "/components/schemas/Other/nullable",
        ),
        (lambda d: d["paths"]["/things"]["post"].pop("security"), "one-scope", "/paths/~1things/post/security"),
        (
            lambda d: d["paths"]["/things"]["post"].update(security=[{"apiKey": ["a"]}, {"apiKey": ["b"]}]),
            "one-scope",
            "/paths/~1things/post/security",
        ),
        (
            lambda d: d["paths"]["/things"]["post"].update(security=[{"apiKey": ["a", "b"]}]),
            "one-scope",
            "/paths/~1things/post/security/0",
        ),
        (
            lambda d: d["paths"]["/things"]["post"].update(security=[{"apiKey": []}]),
            "one-scope",
            "/paths/~1things/post/security/0",
        ),
        (
            lambda d: d["paths"]["/things"]["post"].update(operationId="getThing"),
            "operation-id",
            "/paths/~1things~1{id}/get",
        ),
        (lambda d: d["paths"]["/things"]["post"].pop("operationId"), "operation-id", "/paths/~1things/post"),
        (
            lambda d: d["components"]["schemas"]["Problem"].pop("x-problem-codes"),
            "problem-codes",
            "/components/schemas/Problem/x-problem-codes",
        ),
        (
            lambda d: d["components"]["schemas"]["Problem"]["x-problem-codes"][1].update(code="thing_missing"),
            "problem-codes",
            "/components/schemas/Problem/x-problem-codes/1",
        ),
        (
            lambda d: d["components"]["schemas"]["Problem"]["x-problem-codes"][0].update(status=200),
            "problem-codes",
            "/components/schemas/Problem/x-problem-codes/0",
        ),
        (
            lambda d: d["components"]["schemas"]["Problem"]["x-problem-codes"][0].pop("title"),
            "problem-codes",
            "/components/schemas/Problem/x-problem-codes/0",
        ),
    ],
)
def test_each_check_catches_its_defect(edit, check: str, where: str) -> None:
    found = [(c, w) for c, w, _ in check_spec.problems(broken(edit))]
    assert (check, where) in found, found


def test_nullable_inside_example_data_is_not_a_keyword() -> None:
    assert check_spec.problems(GOOD) == []  # GOOD has a property and an example value named `nullable`


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\npaths:\n  /x:\n    get:\n      responses: {}\n", encoding="utf-8")
    assert check_spec.main([str(bad)]) == 1
    out = capsys.readouterr().out
    assert "[one-scope]" in out and "[operation-id]" in out and "[problem-codes]" in out and "3 problem(s)" in out
    assert check_spec.main([str(tmp_path / "missing.yaml")]) == 2
