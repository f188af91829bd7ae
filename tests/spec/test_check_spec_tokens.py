"""scripts/check_spec.py on the customer-token scheme: its requirements list no scope, the key's exactly one."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from scripts import check_spec
from tests.spec.test_project_checks import GOOD


def with_token_operation(security: list[dict[str, Any]]) -> dict[str, Any]:
    doc = copy.deepcopy(GOOD)
    doc["components"]["securitySchemes"]["customerToken"] = {
        "type": "apiKey",
        "in": "header",
        "name": "X-Customer-Token",
    }
    doc["paths"]["/me"] = {"get": {"operationId": "getMe", "security": security, "responses": {"200": {}}}}
    return doc


def test_a_token_requirement_without_scope_passes() -> None:
    assert check_spec.problems(with_token_operation([{"customerToken": []}])) == []


@pytest.mark.parametrize(
    "security",
    [[{"customerToken": ["customer"]}], [{"customerToken": []}, {"apiKey": ["a"]}], [{"customerToken": [], "x": []}]],
)
def test_a_token_requirement_with_a_scope_or_company_fails(security: list[dict[str, Any]]) -> None:
    found = [check for check, _, _ in check_spec.problems(with_token_operation(security))]
    assert "one-scope" in found, found


def test_the_key_scheme_still_needs_its_one_scope() -> None:
    found = [check for check, _, _ in check_spec.problems(with_token_operation([{"apiKey": []}]))]
    assert "one-scope" in found
