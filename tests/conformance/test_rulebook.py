"""`allomancy-conformance --list-rules`: every rule of the spec, classified, with the layers that check it."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

import allomancy_spec
from allomancy_conformance import rulebook, rules


@pytest.fixture(scope="module")
def rows() -> list[rulebook.RuleRow]:
    return rulebook.rule_rows(allomancy_spec.load(), rulebook.declared_markers())


def row(rows: list[rulebook.RuleRow], operation: str, location: str) -> rulebook.RuleRow:
    return next(r for r in rows if r.operation == operation and r.location == location)


def test_every_operation_and_every_declared_status_is_listed(rows: list[rulebook.RuleRow]) -> None:
    document = allomancy_spec.load()
    for ref in allomancy_spec.operations(document):
        for status in document["paths"][ref.path][ref.method.lower()]["responses"]:
            row(rows, ref.operation_id, f"responses/{status}")


def test_documented_rows_cite_their_page_and_inferred_rows_their_reason(rows: list[rulebook.RuleRow]) -> None:
    pages = tuple(allomancy_spec.load()["info"]["x-doc-pages"].values())
    for r in rows:
        assert r.kind in ("documented", "inferred"), r
        assert r.why, f"{r.operation} {r.location}: no source or reason"
        if r.kind == "documented":
            assert r.why.startswith(pages), r
    assert row(rows, "redeemCustomerGiftCard", "x-rules/expired").kind == "documented"
    assert row(rows, "mintCustomerToken", "x-inferred-statuses/200").kind == "inferred"


def test_a_marker_on_a_shared_component_covers_each_operation_using_it(rows: list[rulebook.RuleRow]) -> None:
    assert "L4" in row(rows, "listCustomers", "parameters/limit").layers  # test_pagination marks Limit
    assert "L3" in row(rows, "getCustomer", "responses/403").layers


def test_a_rule_no_test_declares_is_unchecked() -> None:
    document = allomancy_spec.load()
    bare = rulebook.rule_rows(document, [])
    assert not row(bare, "redeemCustomerGiftCard", "x-rules/expired").checked
    marked = rulebook.rule_rows(document, [rulebook.Marker("{op}/x-rules/expired", "L6", "t")])
    assert row(marked, "redeemCustomerGiftCard", "x-rules/expired").layers == ("L6",)
    assert row(marked, "transferCustomerGiftCard", "x-rules/expired").layers == ("L6",)
    catch_all = rulebook.rule_rows(document, [rulebook.Marker("/paths", "L2", "t")])
    assert not row(catch_all, "redeemCustomerGiftCard", "x-rules/expired").checked


def test_the_command_lists_without_running_anything() -> None:
    env_target = {"ALLOMANCY_BASE_URL": "http://127.0.0.1:9", "ALLOMANCY_API_KEY": "allo_test_x.y"}
    done = subprocess.run(
        [sys.executable, "-m", "allomancy_conformance", "--list-rules", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**env_target, "PATH": ""},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    listed: list[dict[str, Any]] = json.loads(done.stdout)
    assert {r["kind"] for r in listed} == {"documented", "inferred"}
    text = rulebook.render(rulebook.rule_rows(allomancy_spec.load(), rulebook.declared_markers()))
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "unchecked:" in text.splitlines()[-1]


_MISSING = object()


def _exists(document: dict[str, Any], pointer: str) -> bool:
    """Whether the pointer names a node (following `$ref`s on the way; a parameter may be named by its name)."""
    node: Any = document
    for part in allomancy_spec.pointer_parts(pointer):
        node = allomancy_spec.resolve(document, node)
        if isinstance(node, list):
            names = [allomancy_spec.resolve(document, item).get("name") for item in node]
            if part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                node = node[names.index(part)] if part in names else _MISSING
        elif isinstance(node, dict):
            node = node.get(part, _MISSING)  # a keyword's value may be null (`default: null`)
        else:
            node = _MISSING
        if node is _MISSING:
            return False
    return True


def test_every_rule_marker_names_a_node_of_the_spec() -> None:
    """The walker ignores unknown trailing parts (a failure deep in a schema is charged to the deepest node found),
    so a misspelt marker would silently charge the operation instead: every marker must name a real node."""
    document = allomancy_spec.load()
    index = rules.index()
    operations = [ref.operation_id for ref in allomancy_spec.operations(document)]
    wrong = []
    for marker in rulebook.declared_markers():
        if marker.location.startswith("{op}"):
            rest = marker.location.removeprefix("{op}")
            found = any(_exists(document, index.operation_pointer(op) + rest) for op in operations)
        else:
            try:
                found = _exists(document, index.pointer(marker.location))
            except KeyError:
                found = False
        if not found:
            wrong.append(f"{marker.test}: {marker.location}")
    assert not wrong, "rule markers naming no node of the spec:\n" + "\n".join(wrong)
