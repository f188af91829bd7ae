"""Routing (404/405), authentication (401), scopes (403 for every operation) and the check order."""

from __future__ import annotations

import re

import pytest

from allomancy_sandbox import key_crypto, key_records
from allomancy_sandbox.operations import Operation
from allomancy_sandbox.routes import ALL_OPERATIONS as EVERY_OPERATION
from allomancy_sandbox.scopes import SCOPES
from allomancy_sandbox.seed_ids import STORE1, gift_card_id, product_id, resident_id

from .helpers import Api, LiveServer, assert_problem, raw_request

# The API-key surface (the customer surface is tested in test_customer_surface.py).
ALL_OPERATIONS = tuple(op for op in EVERY_OPERATION if op.auth == "key")
UUID = "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f"
PLACEHOLDERS = {"{identifier}": "resident.username", "{id}": UUID, "{productId}": UUID}


def concrete(path: str) -> str:
    for placeholder, value in PLACEHOLDERS.items():
        path = path.replace(placeholder, value)
    return path


def malformed(path: str) -> str:
    """The path with every parameter malformed (for the 'scope before validation' check)."""
    return re.sub(r"\{[^}]+\}", "not%20valid!", path)


def op_ids(op: Operation) -> str:
    return op.op_id


def test_route_table_has_39_unique_operations() -> None:
    assert len(ALL_OPERATIONS) == 39
    assert len({op.op_id for op in ALL_OPERATIONS}) == 39
    assert len({(op.method, op.path) for op in ALL_OPERATIONS}) == 39
    assert {op.scope for op in ALL_OPERATIONS} == set(SCOPES)


@pytest.mark.parametrize(
    "path", ["/", "/v1", "/v2/store", "/v1/stores", "/v1/customers/", "/v1/store/x", "/v1/customers//credit"]
)
def test_unknown_path_is_route_not_found_even_without_key(api: Api, path: str) -> None:
    assert_problem(api.get(path, key=None), 404, "route_not_found")


def _paths() -> dict[str, set[str]]:
    methods: dict[str, set[str]] = {}
    for op in ALL_OPERATIONS:
        methods.setdefault(op.path, set()).add(op.method)
    return methods


@pytest.mark.parametrize("path", sorted(_paths()))
def test_undocumented_method_is_405_with_allow(api: Api, path: str) -> None:
    allowed = _paths()[path]
    for method in {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"} - allowed:
        response = api.request(method, concrete(path))
        assert response.status_code == 405, (method, path)
        assert response.headers["allow"] == ", ".join(sorted(allowed))
        if method != "HEAD":
            assert_problem(response, 405, "method_not_allowed")


def test_missing_empty_duplicate_keys(api: Api) -> None:
    assert_problem(api.get("/v1/store", key=None), 401, "api_key_missing")
    assert_problem(api.get("/v1/store", key=""), 401, "api_key_missing")
    both = [("X-API-Key", api.all_key), ("X-API-Key", api.all_key)]
    assert_problem(api.client.get("/v1/store", headers=both), 401, "api_key_duplicate")
    assert_problem(api.get("/v1/store", key=f"{api.all_key}, {api.all_key}"), 401, "api_key_duplicate")
    lower_and_upper = [("x-api-key", api.all_key), ("X-API-KEY", api.store2_key)]
    assert_problem(api.client.get("/v1/store", headers=lower_and_upper), 401, "api_key_duplicate")


def test_whitespace_only_key_is_missing(server: LiveServer) -> None:
    status, headers, body = raw_request(
        server, b"GET /v1/store HTTP/1.1\r\nHost: x\r\nX-API-Key:    \r\nConnection: close\r\n\r\n"
    )
    assert status == 401 and b"api_key_missing" in body
    assert headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    "bad",
    [
        "nonsense",
        "allo_live_",
        "allo_test_abcdefghijklmnopqrstuvwxyz012345.abcdefghijklmnopqrstuvwx",
        "allo_test_abcdefghijklmnopqrstuvwxyz012345.abcdefghijklmnopqrstuvwx",  # well-formed, bad signature
        "allo_live_abcdefghijklmnopqrstuvwxyz012345",
        "Bearer allo_live_x.y",
    ],
)
def test_malformed_or_forged_keys_are_invalid(api: Api, bad: str) -> None:
    assert_problem(api.get("/v1/store", key=bad), 401, "api_key_invalid")


def test_tampered_key_is_invalid(api: Api) -> None:
    key = api.all_key
    flipped = key[:-1] + ("A" if key[-1] != "A" else "B")
    assert_problem(api.get("/v1/store", key=flipped), 401, "api_key_invalid")


def test_validly_signed_but_unissued_key_is_invalid(api: Api, server: LiveServer) -> None:
    assert_problem(api.get("/v1/store", key=key_crypto.new_key(server.state.secret)), 401, "api_key_invalid")


def test_revoked_and_expired_keys_are_invalid(fresh: Api, server: LiveServer) -> None:
    conn, secret = server.state.conn, server.state.secret
    store_id = fresh.ok("GET", "/v1/store")["id"]
    record, key = key_records.create_key(
        conn, secret, store_id=store_id, name="temp key", scopes=("store:read",), now=0
    )
    assert fresh.get("/v1/store", key=key).status_code == 200
    key_records.expire(conn, record.id, int(server.config.clock()) - 1)
    assert_problem(fresh.get("/v1/store", key=key), 401, "api_key_invalid")
    key_records.expire(conn, record.id, int(server.config.clock()) + 3600)
    assert fresh.get("/v1/store", key=key).status_code == 200
    key_records.revoke(conn, record.id)
    assert_problem(fresh.get("/v1/store", key=key), 401, "api_key_invalid")


def test_keys_are_never_echoed(api: Api) -> None:
    bad = api.all_key + "x"
    response = api.get("/v1/store", key=bad)
    assert bad not in response.text and api.all_key not in response.text


@pytest.mark.parametrize("op", ALL_OPERATIONS, ids=op_ids)
def test_scope_is_checked_before_validation_for_every_operation(api: Api, op: Operation) -> None:
    lacking = next(key for scope, key in api.keys.items() if scope not in ("all", op.scope))
    response = api.request(
        op.method, malformed(op.path), key=lacking, content=b"{not json", headers={"Content-Type": "text/plain"}
    )
    assert_problem(response, 403, "insufficient_scope")
    # auth comes before scope: an invalid key gets 401 even with everything else wrong
    assert_problem(api.request(op.method, malformed(op.path), key="allo_live_x.y"), 401, "api_key_invalid")


@pytest.mark.parametrize("op", ALL_OPERATIONS, ids=op_ids)
def test_single_scope_key_is_enough_for_its_operation(fresh: Api, op: Operation) -> None:
    response = fresh.request(
        op.method, concrete(op.path), key=fresh.keys[op.scope], json={} if op.body != "none" else None
    )
    assert response.status_code not in (401, 403), (op.op_id, response.text)


@pytest.mark.parametrize("op", [op for op in ALL_OPERATIONS if "{" in op.path], ids=op_ids)
def test_validation_comes_before_lookup(api: Api, op: Operation) -> None:
    response = api.request(op.method, malformed(op.path), json={} if op.body != "none" else None)
    assert response.status_code == 400, (op.op_id, response.text)


def test_other_stores_objects_are_404(fresh: Api) -> None:
    other = fresh.store2_key
    ru = resident_id("resident.username")
    assert_problem(fresh.get("/v1/customers/kestrel.moon", key=other), 404, "customer_not_found")
    assert fresh.get(f"/v1/customers/{ru}", key=other).json()["credit"] == 7  # its own customer record
    hat = product_id(STORE1, "Crimson Hat")
    assert_problem(fresh.get(f"/v1/products/{hat}", key=other), 404, "product_not_found")
    card = gift_card_id(STORE1, "ru-granted")
    assert_problem(fresh.get(f"/v1/giftcards/{card}", key=other), 404, "gift_card_not_found")
    assert_problem(fresh.post(f"/v1/giftcards/{card}/actions/disable", key=other), 404, "gift_card_not_found")
    category = fresh.ok("GET", "/v1/categories")["data"][0]["id"]
    assert_problem(fresh.get(f"/v1/categories/{category}", key=other), 404, "category_not_found")
    assert_problem(fresh.delete(f"/v1/categories/{category}", key=other), 404, "category_not_found")
    coupon = fresh.ok("GET", "/v1/coupons")["data"][0]["id"]
    assert_problem(fresh.get(f"/v1/coupons/{coupon}", key=other), 404, "coupon_not_found")
    # the store-2 list never shows store-1 rows
    names = {p["name"] for p in fresh.ok("GET", "/v1/products", key=other)["data"]}
    assert names == {"Azure Thread", "Crimson Hat"}
    own_hat = next(p for p in fresh.ok("GET", "/v1/products", key=other)["data"] if p["name"] == "Crimson Hat")
    assert own_hat["id"] != hat
