"""Layer 7: the error format. The problem_json check (st_hooks.py) and the suite's client judge every 4xx/5xx of
every layer; this module adds the error paths no operation documents: unknown routes, undocumented methods,
bodies that are not JSON, too large, too deep, or of another media type."""

from __future__ import annotations

import json

import pytest

from .. import session, targets
from ..assertions import problem

pytestmark = pytest.mark.problems

_index = session.spec_index()
PATHS = sorted(_index.paths.items())
BODY_OPS = [op for op in _index.operations if op.has_body]
PROBE_METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH")


def concrete(path: str) -> str:
    """The path with unknown ids: routing (404/405) and validation (400/413/415) come before any lookup."""
    operation = next(op for op in _index.operations if op.path == path)
    return operation.url(**targets.unknown(operation))


@pytest.mark.parametrize("path", ["/v1/nothing-here", "/v2/store", "/v1/products/x/y/z", "/"])
@pytest.mark.rule("/components/responses/NotFound")
def test_unknown_route_is_a_404_problem(api, path):
    problem(api.send("GET", path), 404, "route_not_found")


@pytest.mark.writes
@pytest.mark.parametrize(("path", "methods"), PATHS, ids=[p for p, _ in PATHS])
@pytest.mark.rule("/components/schemas/Problem")
def test_undocumented_method_is_a_405_problem_with_allow(api, path, methods):
    url = concrete(path)
    for method in PROBE_METHODS:
        if method in methods:
            continue
        response = api.send(method, url)
        problem(response, 405, "method_not_allowed")
        allowed = {m.strip().upper() for m in response.headers.get("allow", "").split(",") if m.strip()}
        assert set(methods) <= allowed, f"Allow {sorted(allowed)} must list {sorted(methods)}: {response.describe()}"


@pytest.mark.writes
@pytest.mark.parametrize("op", BODY_OPS, ids=lambda op: op.id)
@pytest.mark.rule("/components/responses/BadRequest")
def test_body_errors_are_problems(api, op):
    url = concrete(op.path)
    json_type = {"Content-Type": "application/json"}
    problem(api.send(op.method, url, content=b'{"name": ', headers=json_type, operation=op), 400, "invalid_json")
    problem(api.send(op.method, url, content=b"[]", headers=json_type, operation=op), 400)
    deep = ("[" * 40 + "]" * 40).encode()
    problem(
        api.send(op.method, url, content=b'{"x": ' + deep + b"}", headers=json_type, operation=op), 400, "invalid_json"
    )
    problem(
        api.send(op.method, url, content=b"name=x", headers={"Content-Type": "text/plain"}, operation=op),
        415,
        "unsupported_media_type",
    )
    big = json.dumps({"name": "x" * (70 * 1024)}).encode()
    problem(api.send(op.method, url, content=big, headers=json_type, operation=op), 413, "payload_too_large")
