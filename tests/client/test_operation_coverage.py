"""Every operation of the spec is called at least once, over HTTP, by the client tests."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

import allomancy_spec

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


@cache
def spec_operations() -> dict[str, tuple[str, re.Pattern[str]]]:
    """operationId -> (METHOD, regex of its path)."""
    paths = allomancy_spec.load(SPEC)["paths"]
    found = {}
    for path, item in paths.items():
        pattern = re.compile("^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(path)) + "$")
        for method, operation in item.items():
            if method in allomancy_spec.HTTP_METHODS:
                found[operation["operationId"]] = (method.upper(), pattern)
    return found


def operation_of(method: str, path: str) -> str | None:
    matches = [op for op, (m, pattern) in spec_operations().items() if m == method and pattern.match(path)]
    # /v1/coupons/owner/x could only clash with a template of the same depth; prefer the most literal one
    return min(matches, key=lambda op: spec_operations()[op][1].pattern.count("[^/]+"), default=None)


def test_paths_map_to_one_operation() -> None:
    assert operation_of("GET", "/v1/coupons/owner/aether.ash") == "listCouponsByOwner"
    assert operation_of("GET", "/v1/coupons/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a") == "getCoupon"
    assert operation_of("PUT", "/v1/categories/a/products/b") == "addProductToCategory"
    assert operation_of("PATCH", "/v1/store") is None


def test_every_operation_is_called(request: pytest.FixtureRequest, sent: list[tuple[str, str]]) -> None:
    collected = {item.nodeid.split("::")[0] for item in request.session.items}
    if not any(nodeid.endswith("test_operations.py") for nodeid in collected):
        pytest.skip("needs tests/client/test_operations.py in the same run")
    called = {operation_of(method, path) for method, path in sent}
    missing = sorted(set(spec_operations()) - called)
    assert not missing, f"operations no client test called: {missing}"
