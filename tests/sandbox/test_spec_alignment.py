"""The sandbox's operation table agrees with openapi.yaml (when the spec exists): ids, methods, paths,
scopes, body presence and query parameters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import allomancy_spec
from allomancy_sandbox.routes import ALL_OPERATIONS

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


@pytest.fixture(scope="module")
def spec_document() -> dict[str, Any]:
    if not SPEC.exists():
        pytest.skip("openapi.yaml not present")
    import allomancy_spec

    return allomancy_spec.load(SPEC)


@pytest.fixture(scope="module")
def spec_operations(spec_document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    document = spec_document
    found: dict[str, dict[str, Any]] = {}
    for path, item in document["paths"].items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if method == "parameters":
                continue
            params = []
            for param in [*shared, *op.get("parameters", [])]:
                params.append(allomancy_spec.resolve(document, param))
            found[op["operationId"]] = {"method": method.upper(), "path": path, "op": op, "params": params}
    return found


def test_same_operations(spec_operations: dict[str, dict[str, Any]]) -> None:
    assert {op.op_id for op in ALL_OPERATIONS} == set(spec_operations)


@pytest.mark.parametrize("op", ALL_OPERATIONS, ids=lambda op: op.op_id)
def test_operation_matches_spec(spec_operations: dict[str, dict[str, Any]], op: Any) -> None:
    spec = spec_operations[op.op_id]
    assert (op.method, op.path) == (spec["method"], spec["path"])
    if op.auth == "customer":  # the customer surface: the token scheme, no scope
        assert spec["op"]["security"] == [{"customerToken": []}]
    else:
        assert spec["op"]["security"] == [{"apiKey": [op.scope]}]
    body = spec["op"].get("requestBody")
    expected_mode = "none" if body is None else ("required" if body.get("required") else "optional")
    assert op.body == expected_mode
    query = {p["name"] for p in spec["params"] if p["in"] == "query"}
    list_params = {"limit", "cursor", "storeId"} if op.auth == "customer" else {"limit", "cursor"}
    assert query == set(op.query) | (list_params if op.paginated else set())


# ---------------------------------------------------------------- request-body schemas

INT32 = (-(2**31), 2**31 - 1)


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    resolved: dict[str, Any] = allomancy_spec.resolve(document, schema)
    return resolved


def _types(document: dict[str, Any], schema: dict[str, Any]) -> tuple[set[str], dict[str, Any]]:
    """(JSON types incl. 'null', the non-null schema) for a property schema."""
    schema = _resolve(document, schema)
    for combinator in ("oneOf", "anyOf"):  # a nullable object: [{$ref: X}, {type: 'null'}]
        branches = [_resolve(document, b) for b in schema.get(combinator, [])]
        if any(b.get("type") == "null" for b in branches):
            other = next(b for b in branches if b.get("type") != "null")
            return {other.get("type", "object"), "null"}, other
    kind = schema.get("type", "object")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    return kinds, schema


def _compare(document: dict[str, Any], mine: Any, schema: dict[str, Any], where: str) -> list[str]:
    from allomancy_sandbox import validation as v

    problems: list[str] = []
    kinds, schema = _types(document, schema)
    if mine.nullable != ("null" in kinds):
        problems.append(f"{where}: nullable sandbox={mine.nullable} spec={'null' in kinds}")
    kinds.discard("null")
    if isinstance(mine, v.Int):
        bounds = (schema.get("minimum", INT32[0]), schema.get("maximum", INT32[1]))
        if kinds != {"integer"} or (mine.minimum, mine.maximum) != bounds and not mine.choices:
            problems.append(f"{where}: int bounds sandbox={(mine.minimum, mine.maximum)} spec={kinds} {bounds}")
        if tuple(schema.get("enum", ())) != mine.choices:
            problems.append(f"{where}: enum sandbox={mine.choices} spec={schema.get('enum')}")
        if mine.nonzero != (schema.get("not") == {"const": 0}):
            problems.append(f"{where}: nonzero differs")
    elif isinstance(mine, v.Bool):
        if kinds != {"boolean"}:
            problems.append(f"{where}: sandbox boolean, spec {kinds}")
    elif isinstance(mine, (v.Uuid, v.DateTime)):
        fmt = "uuid" if isinstance(mine, v.Uuid) else "date-time"
        if kinds != {"string"} or schema.get("format") != fmt:
            problems.append(f"{where}: sandbox {fmt}, spec {kinds} {schema.get('format')}")
    elif isinstance(mine, v.Str):
        spec_lengths = (schema.get("minLength", 0), schema.get("maxLength"))
        if kinds != {"string"} or "format" in schema:
            problems.append(f"{where}: sandbox string, spec {kinds} {schema.get('format')}")
        elif (mine.min_length, mine.max_length) != spec_lengths and "pattern" not in schema:
            problems.append(f"{where}: lengths sandbox={(mine.min_length, mine.max_length)} spec={spec_lengths}")
    elif isinstance(mine, v.Arr):
        if kinds != {"array"} or mine.max_items != schema.get("maxItems"):
            problems.append(f"{where}: array sandbox max={mine.max_items} spec={kinds} {schema.get('maxItems')}")
        problems += _compare(document, mine.item, schema["items"], f"{where}[]")
    elif isinstance(mine, v.Obj):
        problems += _compare_object(document, mine, schema, where)
    return problems


def _compare_object(document: dict[str, Any], mine: Any, schema: dict[str, Any], where: str) -> list[str]:
    branches = [_resolve(document, b) for b in schema["oneOf"]] if "oneOf" in schema else [schema]
    properties: dict[str, Any] = {}
    null_somewhere: set[str] = set()
    for branch in branches:
        for name, prop in branch.get("properties", {}).items():
            resolved = _resolve(document, prop)
            if resolved.get("type") == "null" or ("const" in resolved and resolved["const"] is None):
                null_somewhere.add(name)  # "must be null or left out" in this branch
            else:
                properties.setdefault(name, prop)
        if branch.get("additionalProperties") is not False:
            return [f"{where}: spec allows additional properties"]
    for name in null_somewhere:  # a selector of another branch: its real schema, plus null
        base = _resolve(document, properties.get(name, {"type": "null"}))
        kinds = base.get("type", "object")
        kinds = list(kinds) if isinstance(kinds, list) else [kinds]
        properties[name] = {**base, "type": sorted(set(kinds) | {"null"})}
    problems = []
    if set(properties) != set(mine.fields):
        problems.append(f"{where}: fields sandbox={sorted(mine.fields)} spec={sorted(properties)}")
    always = set.intersection(*(set(b.get("required", [])) for b in branches))
    required = {name for name, spec_field in mine.fields.items() if spec_field.required}
    if always != required:
        problems.append(f"{where}: required sandbox={sorted(required)} spec={sorted(always)}")
    for name in set(properties) & set(mine.fields):
        field = mine.fields[name]
        prop = _resolve(document, properties[name])
        if "default" in prop and field.default != prop["default"] and not (name == "expiresInHours"):
            problems.append(f"{where}.{name}: default sandbox={field.default!r} spec={prop['default']!r}")
        problems += _compare(document, field.spec, properties[name], f"{where}.{name}")
    return problems


@pytest.mark.parametrize("op", [op for op in ALL_OPERATIONS if op.schema is not None], ids=lambda op: op.op_id)
def test_request_body_schema_matches_spec(
    spec_document: dict[str, Any], spec_operations: dict[str, dict[str, Any]], op: Any
) -> None:
    body = spec_operations[op.op_id]["op"]["requestBody"]["content"]["application/json"]["schema"]
    assert _compare(spec_document, op.schema, _resolve(spec_document, body), op.op_id) == []


QUERY_KINDS: dict[str, dict[str, Any]] = {
    "bool": {"type": "boolean"},
    "int32": {"type": "integer", "minimum": INT32[0], "maximum": INT32[1]},
    "uuid": {"type": "string", "format": "uuid"},
}


@pytest.mark.parametrize("op", [op for op in ALL_OPERATIONS if op.query or op.paginated], ids=lambda op: op.op_id)
def test_query_parameters_match_spec(spec_operations: dict[str, dict[str, Any]], op: Any) -> None:
    from allomancy_sandbox.pagination import MAX_CURSOR_LENGTH
    from allomancy_sandbox.validation import LIMIT_DEFAULT, LIMIT_MAX, LIMIT_MIN, MAX_SEARCH_LENGTH

    params = {p["name"]: p["schema"] for p in spec_operations[op.op_id]["params"] if p["in"] == "query"}
    for name, param in op.query.items():
        schema = params[name]
        if param.kind == "search":
            assert (schema["type"], schema.get("maxLength")) == ("string", MAX_SEARCH_LENGTH)
        else:
            expected = QUERY_KINDS[param.kind]
            assert {k: schema.get(k) for k in expected} == expected, name
    if op.paginated:
        from allomancy_sandbox import customer_query

        limit = params["limit"]
        bounds = (LIMIT_MIN, LIMIT_MAX, LIMIT_DEFAULT)
        if op.auth == "customer":
            bounds = (customer_query.LIMIT_MIN, customer_query.LIMIT_MAX, customer_query.LIMIT_DEFAULT)
            assert params["storeId"] == QUERY_KINDS["uuid"]
        assert (limit["minimum"], limit["maximum"], limit["default"]) == bounds
        assert params["cursor"].get("maxLength") == MAX_CURSOR_LENGTH
