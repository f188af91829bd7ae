"""(b) Every example in openapi.yaml satisfies its schema (JSON Schema 2020-12, formats asserted)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.spec.examples import find_examples
from tests.spec.schema_validation import registry_for, validator_for

# A small document that exercises the finder and the validator on known-good and known-bad values.
FIXTURE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "fixture", "version": "1"},
    "paths": {
        "/things/{id}": {
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "format": "uuid"},
                    "example": "not-a-uuid",
                },
            ],
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "headers": {"X-Count": {"schema": {"type": "integer", "format": "int32"}, "example": 2**40}},
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "examples": {
                                    "good": {"$ref": "#/components/examples/GoodThing"},
                                    "bad": {"value": {"id": "a9b8c7d6-1234-4abc-9def-0123456789ab", "at": "yesterday"}},
                                },
                            }
                        },
                    },
                },
            },
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id", "at"],
                "properties": {
                    "id": {"type": "string", "format": "uuid", "example": "a9b8c7d6-1234-4abc-9def-0123456789ab"},
                    "at": {"type": "string", "format": "date-time", "examples": ["2026-01-02T03:04:05Z"]},
                    "next": {"oneOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]},
                },
                "additionalProperties": False,
                "example": {
                    "id": "A9B8C7D6-1234-4ABC-9DEF-0123456789AB",
                    "at": "2026-01-02T03:04:05+01:00",
                    "next": None,
                },
            },
        },
        "examples": {
            "GoodThing": {"value": {"id": "a9b8c7d6-1234-4abc-9def-0123456789ab", "at": "2026-01-02T03:04:05Z"}}
        },
    },
}


def failures(doc: dict[str, Any]) -> list[str]:
    registry = registry_for(doc)
    found = []
    for example in find_examples(doc):
        validator = validator_for(doc, example.schema, registry)
        for error in validator.iter_errors(example.value):
            found.append(f"#{example.where} (schema #{example.schema}): {error.message} at {error.json_path}")
    return found


def test_every_example_in_the_spec_matches_its_schema(spec: dict[str, Any]) -> None:
    examples = find_examples(spec)
    assert examples, "the spec has no examples at all"
    problems = failures(spec)
    assert not problems, f"{len(problems)} example(s) of {len(examples)} do not match their schema:\n" + "\n".join(
        problems
    )


def test_finder_sees_every_kind_of_example() -> None:
    where = sorted(e.where for e in find_examples(FIXTURE))
    assert where == sorted(
        [
            "/paths/~1things~1{id}/parameters/0/example",
            "/paths/~1things~1{id}/get/responses/200/headers/X-Count/example",
            "/components/examples/GoodThing/value",
            "/paths/~1things~1{id}/get/responses/200/content/application~1json/examples/bad/value",
            "/components/schemas/Thing/example",
            "/components/schemas/Thing/properties/id/example",
            "/components/schemas/Thing/properties/at/examples/0",
        ]
    )


def test_bad_examples_are_rejected_and_good_ones_pass() -> None:
    problems = failures(FIXTURE)
    assert len(problems) == 3, problems
    assert any("parameters/0/example" in p and "uuid" in p for p in problems)
    assert any("X-Count/example" in p and "int32" in p for p in problems)
    assert any("examples/bad/value" in p and "date-time" in p for p in problems)


@pytest.mark.parametrize(
    ("fmt", "bad", "good"),
    [
        ("uuid", "a9b8c7d6-1234-4abc-9def-0123456789a", "a9b8c7d6-1234-4abc-9def-0123456789ab"),
        ("uuid", "a9b8c7d61234-4abc-9def-0123456789abcd", "A9B8C7D6-1234-4ABC-9DEF-0123456789AB"),
        ("date-time", "2026-13-01T00:00:00Z", "2026-12-01T00:00:00Z"),
        ("date-time", "2026-01-01 00:00:00", "2026-01-01T00:00:00.123+02:00"),
        ("int32", 2**31, 2**31 - 1),
        ("uri", "not a uri", "https://customer.allomancy.com/#ct=abc"),
    ],
)
def test_format_checking_is_on(fmt: str, bad: Any, good: Any) -> None:
    doc = {"components": {"schemas": {"S": {"type": ["string", "integer"], "format": fmt}}}}
    validator = validator_for(doc, "/components/schemas/S")
    assert not validator.is_valid(bad), f"{bad!r} accepted as {fmt}"
    assert validator.is_valid(good), f"{good!r} rejected as {fmt}"


def test_refs_resolve_inside_the_document() -> None:
    validator = validator_for(FIXTURE, "/components/schemas/Thing/properties/next")
    assert validator.is_valid(None)
    assert not validator.is_valid({"id": "a9b8c7d6-1234-4abc-9def-0123456789ab"})  # `at` missing in the $ref'd Thing
