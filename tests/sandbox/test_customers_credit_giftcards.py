"""Customers (identifiers, update, ban/unban), credit (limit, never negative, atomic increments) and gift cards."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from allomancy_sandbox.seed_ids import STORE1, STORE2, gift_card_id, resident_id

from .helpers import Api, assert_problem, start_server

RU = "/v1/customers/resident.username"
RU_UUID = resident_id("resident.username")


@pytest.mark.parametrize(
    "identifier", ["resident.username", "Resident.Username", "RESIDENT.USERNAME", RU_UUID, RU_UUID.upper()]
)
def test_customer_resolves_by_username_or_uuid_in_any_case(api: Api, identifier: str) -> None:
    customer = api.ok("GET", f"/v1/customers/{identifier}")
    assert customer == {
        "uuid": RU_UUID,
        "username": "resident.username",
        "credit": 120,
        "restrictedCredit": 0,
        "discount": 5,
        "newsSubscriber": True,
        "isBanned": False,
    }


@pytest.mark.parametrize(
    "identifier",
    [
        "a.b.c",
        "a..b",
        ".ab",
        "ab.",
        "a_b",
        "Resident Username",
        "a%20b",
        "x" * 32,
        "ab.%C3%A9",
        "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0",
        "a%2Fb",
    ],
)
def test_malformed_identifiers_are_400(api: Api, identifier: str) -> None:
    for suffix in ("", "/credit", "/spend", "/giftcards"):
        assert_problem(api.get(f"/v1/customers/{identifier}{suffix}"), 400, "invalid_identifier")
    assert_problem(api.get(f"/v1/coupons/owner/{identifier}"), 400, "invalid_identifier")


def test_unknown_and_non_customer_identifiers_are_404(api: Api) -> None:
    assert_problem(api.get("/v1/customers/no.body"), 404, "customer_not_found")
    assert_problem(api.get("/v1/customers/0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f"), 404, "customer_not_found")
    assert_problem(api.get("/v1/customers/blogger.one"), 404, "customer_not_found")  # a resident, not a customer
    assert_problem(api.get("/v1/customers/azure.only/credit"), 404, "customer_not_found")  # store 2's customer
    assert_problem(api.get("/v1/coupons/owner/no.body"), 404, "resident_not_found")
    assert api.ok("GET", "/v1/coupons/owner/wanderer.nomad")["data"] == []  # known resident, no coupons


def test_longest_username_is_well_formed(api: Api) -> None:
    assert_problem(api.get(f"/v1/customers/{'a' * 31}.{'b' * 31}"), 404, "customer_not_found")


def test_spend(api: Api) -> None:
    assert api.ok("GET", f"{RU}/spend") == {
        "uuid": RU_UUID,
        "username": "resident.username",
        "sum": 4820,
        "lastYearSum": 1310,
        "totalOwned": 17,
    }


def test_update_customer_is_a_full_replace(fresh: Api) -> None:
    assert fresh.ok("PUT", RU, json={"discount": 10, "newsSubscriber": True})["discount"] == 10
    after = fresh.ok("PUT", RU, json={})
    assert after["discount"] == 0 and after["newsSubscriber"] is False and after["credit"] == 120
    for bad in ({"discount": 101}, {"discount": -1}, {"discount": 5.5}, {"credit": 5}):
        assert_problem(fresh.put(RU, json=bad), 400, "validation_failed")


def test_ban_and_unban(fresh: Api) -> None:
    ban = f"{RU}/actions/ban"
    state = {"uuid": RU_UUID, "username": "resident.username"}
    assert fresh.ok("POST", ban) == {**state, "isBanned": True}  # no body at all
    assert fresh.ok("POST", ban, json={}) == {**state, "isBanned": True}  # already banned -> 200
    assert fresh.ok("POST", ban, json={"reason": "Chargeback fraud"})["isBanned"] is True
    assert fresh.ok("POST", ban, json={"reason": None})["isBanned"] is True
    assert fresh.ok("POST", ban, json={"reason": "r" * 500})["isBanned"] is True
    assert_problem(
        fresh.post(ban, content=b"null", headers={"Content-Type": "application/json"}), 400, "validation_failed"
    )
    assert_problem(fresh.post(ban, json={"reason": "r" * 501}), 400, "validation_failed")
    assert_problem(fresh.post(ban, json={"reason": 5}), 400, "validation_failed")
    assert fresh.ok("GET", RU)["isBanned"] is True
    assert fresh.ok("POST", f"{RU}/actions/unban") == {**state, "isBanned": False}
    assert fresh.ok("POST", f"{RU}/actions/unban")["isBanned"] is False
    assert fresh.ok("GET", RU)["isBanned"] is False


def test_write_actions_never_create_customers(fresh: Api) -> None:
    for path, body in (
        ("/v1/customers/blogger.one/actions/set-credit", {"credit": 5}),
        ("/v1/customers/blogger.one/actions/grant-gift-card", {"credit": 5}),
        ("/v1/customers/blogger.one/actions/ban", {}),
    ):
        assert_problem(fresh.post(path, json=body), 404, "customer_not_found")
    assert_problem(fresh.get("/v1/customers/blogger.one"), 404, "customer_not_found")


# ---------------------------------------------------------------- credit


def test_get_and_set_credit(fresh: Api) -> None:
    assert fresh.ok("GET", f"{RU}/credit") == {
        "uuid": RU_UUID,
        "username": "resident.username",
        "credit": 120,
        "restrictedCredit": 0,
    }
    assert fresh.ok("POST", f"{RU}/actions/set-credit", json={"credit": 200})["credit"] == 200
    assert fresh.ok("POST", f"{RU}/actions/set-credit", json={})["credit"] == 0  # {} -> default 0
    restricted = fresh.ok("POST", f"{RU}/actions/set-restricted-credit", json={"credit": 1_000_000})
    assert restricted["restrictedCredit"] == 1_000_000 and restricted["credit"] == 0
    for path in ("set-credit", "set-restricted-credit"):
        assert_problem(fresh.post(f"{RU}/actions/{path}", json={"credit": 1_000_001}), 400, "credit_limit_exceeded")
        assert_problem(fresh.post(f"{RU}/actions/{path}", json={"credit": -1}), 400, "validation_failed")


@pytest.mark.parametrize("variant, field", [("credit", "credit"), ("restricted-credit", "restrictedCredit")])
def test_increment_rules(fresh: Api, variant: str, field: str) -> None:
    path = f"/v1/customers/dusk.harrow/actions/increment-{variant}"
    fresh.ok("POST", f"/v1/customers/dusk.harrow/actions/set-{variant}", json={"credit": 999_000})
    assert fresh.ok("POST", path, json={"delta": 1000})[field] == 1_000_000  # exactly at the limit
    assert_problem(fresh.post(path, json={"delta": 1}), 400, "credit_limit_exceeded")
    assert fresh.ok("POST", path, json={"delta": -1_000_000})[field] == 0
    assert_problem(fresh.post(path, json={"delta": -1}), 400, "insufficient_credit")
    assert_problem(fresh.post(path, json={"delta": 0}), 400, "validation_failed")
    assert_problem(fresh.post(path, json={"delta": 0.0}), 400, "validation_failed")
    assert_problem(fresh.post(path, json={}), 400, "validation_failed")
    assert fresh.ok("GET", "/v1/customers/dusk.harrow/credit")[field] == 0


def test_decrement_is_allowed_above_a_lowered_limit() -> None:
    live = start_server(credit_limit=100)
    try:
        client = httpx.Client(base_url=live.base_url, headers={"X-API-Key": live.keys()["all"]})
        lumen = "/v1/customers/lumen.crane/actions"
        assert client.post(f"{lumen}/increment-credit", json={"delta": -10}).json()["credit"] == 999_990
        assert client.post(f"{lumen}/increment-credit", json={"delta": 1}).json()["code"] == "credit_limit_exceeded"
        assert client.post(f"{lumen}/set-credit", json={"credit": 101}).json()["code"] == "credit_limit_exceeded"
        assert client.post(f"{lumen}/set-credit", json={"credit": 100}).json()["credit"] == 100
        client.close()
    finally:
        live.stop()


def test_concurrent_increments_never_lose_an_update(fresh: Api) -> None:
    path = f"{RU}/actions/increment-credit"
    fresh.ok("POST", f"{RU}/actions/set-credit", json={"credit": 0})

    local = threading.local()
    clients: list[httpx.Client] = []

    def bump(delta: int) -> int:
        if not hasattr(local, "client"):  # one connection per worker thread, so requests really overlap
            local.client = httpx.Client(base_url=fresh.server.base_url, headers={"X-API-Key": fresh.all_key})
            clients.append(local.client)
        return int(local.client.post(path, json={"delta": delta}).status_code)

    with ThreadPoolExecutor(max_workers=32) as pool:
        statuses = list(pool.map(bump, [3] * 200))
    assert statuses == [200] * 200
    assert fresh.ok("GET", f"{RU}/credit")["credit"] == 600
    with ThreadPoolExecutor(max_workers=32) as pool:  # 250 decrements of 3 against 600: exactly 200 succeed
        statuses = list(pool.map(bump, [-3] * 250))
    assert statuses.count(200) == 200 and statuses.count(400) == 50
    assert fresh.ok("GET", f"{RU}/credit")["credit"] == 0
    for client in clients:
        client.close()


# ---------------------------------------------------------------- gift cards


def card(label: str, store: str = STORE1) -> str:
    return f"/v1/giftcards/{gift_card_id(store, label)}"


def test_grant_gift_card_creates_an_active_unredeemed_granted_card(fresh: Api) -> None:
    texture = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
    granted = fresh.ok("POST", f"{RU}/actions/grant-gift-card", json={"credit": 500, "texture": texture.upper()})
    assert {k: v for k, v in granted.items() if k != "id"} == {
        "ownerUuid": RU_UUID,
        "ownerUsername": "resident.username",
        "credit": 500,
        "active": True,
        "redeemed": False,
        "transfer": False,
        "texture": texture,
        "purchased": False,
    }
    assert fresh.ok("GET", f"/v1/giftcards/{granted['id']}") == granted
    listed = fresh.ok("GET", f"{RU}/giftcards")["data"]
    assert listed[-1] == granted
    for bad in ({"credit": 0}, {}, {"credit": 5, "texture": "nope"}, {"credit": 5, "purchased": True}):
        assert_problem(fresh.post(f"{RU}/actions/grant-gift-card", json=bad), 400, "validation_failed")


def test_update_gift_card_replaces_with_defaults(fresh: Api) -> None:
    path = card("ru-granted")
    full = fresh.ok("PUT", path, json={"credit": 600, "texture": None, "transfer": True, "active": True})
    assert (full["credit"], full["transfer"], full["active"]) == (600, True, True)
    empty = fresh.ok("PUT", path, json={})
    assert (empty["credit"], empty["texture"], empty["transfer"], empty["active"]) == (0, None, False, False)
    assert empty["purchased"] is False and empty["redeemed"] is False and empty["ownerUuid"] == RU_UUID
    assert_problem(fresh.put(path, json={"credit": -1}), 400, "validation_failed")


def test_redeemed_cards_cannot_change(fresh: Api) -> None:
    for label in ("ru-purchased-redeemed", "ru-disabled-redeemed"):
        assert_problem(fresh.put(card(label), json={"active": True}), 400, "gift_card_redeemed")
        assert_problem(fresh.post(f"{card(label)}/actions/disable"), 400, "gift_card_redeemed")
    # validation still comes first
    assert_problem(fresh.put(card("ru-purchased-redeemed"), json={"x": 1}), 400, "validation_failed")


def test_disable_is_idempotent(fresh: Api) -> None:
    first = fresh.ok("POST", f"{card('ru-purchased')}/actions/disable")
    assert first["active"] is False and first["credit"] == 1000
    assert fresh.ok("POST", f"{card('ru-purchased')}/actions/disable") == first
    assert fresh.ok("POST", f"{card('ru-disabled')}/actions/disable")["active"] is False


def test_gift_card_lookups(api: Api) -> None:
    assert_problem(api.get("/v1/giftcards/0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f"), 404, "gift_card_not_found")
    assert_problem(api.get("/v1/giftcards/not-a-uuid"), 400, "validation_failed")
    assert_problem(api.get(card("az-granted", STORE2)), 404, "gift_card_not_found")
    assert api.get(card("az-granted", STORE2), key=api.store2_key).status_code == 200
    assert_problem(api.get("/v1/customers/no.body/giftcards"), 404, "customer_not_found")
    assert api.ok("GET", "/v1/customers/quiet.guest/giftcards")["data"] == []
