"""The customer surface (/v1/customer/*) against a live sandbox: a token minted through the API key acts as that
customer of that store only, and what it does is seen through the key (one database, both surfaces)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from allomancy_sandbox.customer_seed import FAR, NEAR, collective_id, news_post_id, transaction_id
from allomancy_sandbox.seed_ids import STORE1, STORE2, gift_card_id, product_id, resident_id, store_id

from .helpers import Api, FakeClock, assert_problem, start_server

S1, S2 = store_id(STORE1), store_id(STORE2)
RU, AA, BV = "resident.username", "aether.ash", "brass.vin"


def mint(api: Api, who: str, key: str | None = None) -> str:
    body = api.ok("POST", "/v1/customer-tokens", json={"customerIdentifier": who}, key=key or api.all_key)
    return str(body["token"])


def as_customer(api: Api, token: str | None, method: str, path: str, **kwargs: Any) -> httpx.Response:
    headers = dict(kwargs.pop("headers", {}))
    if token is not None:
        headers["X-Customer-Token"] = token
    return api.request(method, "/v1/customer" + path, key=None, headers=headers, **kwargs)


def ok(api: Api, token: str, method: str, path: str, **kwargs: Any) -> Any:
    response = as_customer(api, token, method, path, **kwargs)
    assert response.status_code == 200, (response.status_code, response.text)
    assert response.headers["content-type"] == "application/json"
    return response.json()


@pytest.fixture
def ru(fresh: Api) -> str:
    return mint(fresh, RU)


# ---------------------------------------------------------------- who the token is


def test_minted_token_reads_that_customers_profile_and_store(fresh: Api, ru: str) -> None:
    profile = ok(fresh, ru, "GET", "/profile")
    assert profile["uuid"] == resident_id(RU) and profile["username"] == RU
    assert profile["pictureUuid"] is not None
    assert ok(fresh, mint(fresh, BV), "GET", "/profile")["pictureUuid"] is None
    context = ok(fresh, ru, "GET", "/context")
    assert [s["id"] for s in context["stores"]] == [S1]
    assert context["brand"]["name"] == STORE1


def test_same_resident_in_another_store_sees_only_that_store(fresh: Api) -> None:
    token = mint(fresh, RU, key=fresh.store2_key)
    assert [s["id"] for s in ok(fresh, token, "GET", "/context")["stores"]] == [S2]
    accounts = ok(fresh, token, "GET", "/account")["accounts"]
    assert [(a["storeId"], a["credit"], a["restrictedCredit"]) for a in accounts] == [(S2, 7, 3)]
    rows = ok(fresh, token, "GET", "/transactions")["data"]
    assert {r["storeId"] for r in rows} == {S2}
    assert ok(fresh, token, "GET", "/giftcards")["data"] == []


# ---------------------------------------------------------------- token auth


def test_missing_empty_repeated_and_unknown_tokens_are_401(fresh: Api, ru: str) -> None:
    assert_problem(as_customer(fresh, None, "GET", "/profile"), 401, "customer_token_missing")
    assert_problem(as_customer(fresh, "", "GET", "/profile"), 401, "customer_token_missing")
    api_key_only = fresh.request("GET", "/v1/customer/profile")  # the API key is never a customer token
    assert_problem(api_key_only, 401, "customer_token_missing")
    assert_problem(as_customer(fresh, "ct_not-a-real-token", "GET", "/profile"), 401, "customer_token_invalid")
    assert_problem(as_customer(fresh, f"{ru},{ru}", "GET", "/profile"), 401, "customer_token_invalid")
    assert_problem(
        as_customer(fresh, fresh.all_key, "POST", "/giftcards/" + gift_card_id(STORE1, "ru-purchased") + "/redeem"),
        401,
        "customer_token_invalid",
    )


def test_token_expires_after_one_hour(fresh: Api, clock: FakeClock, ru: str) -> None:
    clock.advance(3590)
    ok(fresh, ru, "GET", "/profile")
    clock.advance(20)
    assert_problem(as_customer(fresh, ru, "GET", "/profile"), 401, "customer_token_invalid")


def test_ban_revokes_the_customers_tokens_for_good(fresh: Api, ru: str) -> None:
    other = mint(fresh, AA)
    fresh.ok("POST", f"/v1/customers/{RU}/actions/ban", json={"reason": "test"})
    assert_problem(as_customer(fresh, ru, "GET", "/account"), 401, "customer_token_invalid")
    fresh.ok("POST", f"/v1/customers/{RU}/actions/unban")
    assert_problem(as_customer(fresh, ru, "GET", "/account"), 401, "customer_token_invalid")
    ok(fresh, other, "GET", "/account")  # another customer's token is untouched
    ok(fresh, mint(fresh, RU), "GET", "/account")  # a new token works after the unban


def test_a_token_never_reaches_another_customers_cards_or_posts(fresh: Api, ru: str) -> None:
    aa_card = gift_card_id(STORE1, "aa-granted")
    assert_problem(as_customer(fresh, ru, "POST", f"/giftcards/{aa_card}/redeem"), 404, "gift_card_not_found")
    az_card = gift_card_id(STORE2, "az-granted")
    assert_problem(as_customer(fresh, ru, "POST", f"/giftcards/{az_card}/redeem"), 404, "gift_card_not_found")
    store2_post = news_post_id(STORE2, "n5")
    assert_problem(as_customer(fresh, ru, "POST", f"/news/{store2_post}/request-item"), 404, "news_post_not_found")
    assert fresh.ok("GET", f"/v1/giftcards/{aa_card}")["redeemed"] is False


# ---------------------------------------------------------------- account and transactions


def test_account_lots_are_the_open_ones_soonest_first(fresh: Api, ru: str) -> None:
    (account,) = ok(fresh, ru, "GET", "/account")["accounts"]
    assert (account["storeId"], account["credit"], account["restrictedCredit"], account["discount"]) == (S1, 120, 0, 5)
    assert account["creditLots"] == [
        {"amount": 30, "expiresAt": NEAR, "restricted": False},
        {"amount": 50, "expiresAt": FAR, "restricted": False},
    ]
    (restricted,) = ok(fresh, mint(fresh, AA), "GET", "/account")["accounts"]
    assert restricted["creditLots"] == [{"amount": 100, "expiresAt": FAR, "restricted": True}]


def test_payer_only_fields_are_filled_for_the_payer_alone(fresh: Api, ru: str) -> None:
    mine = {row["id"]: row for row in ok(fresh, ru, "GET", "/transactions")["data"]}
    gift_to_me, gift_from_me = transaction_id(STORE1, "t2"), transaction_id(STORE1, "t3")
    assert transaction_id(STORE1, "t5") not in mine  # someone else's purchase
    assert {mine[gift_to_me][f] for f in ("usedCredit", "usedDiscount", "remainingCredit")} == {None}
    assert (mine[gift_from_me]["usedCredit"], mine[gift_from_me]["remainingCredit"]) == (0, 120)
    own = mine[transaction_id(STORE1, "t1")]
    assert (own["usedCredit"], own["usedDiscount"], own["remainingCredit"]) == (20, 25, 100)
    theirs = {row["id"]: row for row in ok(fresh, mint(fresh, AA), "GET", "/transactions")["data"]}
    assert (theirs[gift_to_me]["usedCredit"], theirs[gift_to_me]["remainingCredit"]) == (50, 2450)
    assert theirs[gift_from_me]["usedCredit"] is None and theirs[gift_from_me]["payerUsername"] == RU
    created = [row["created"] for row in ok(fresh, ru, "GET", "/transactions")["data"]]
    assert created == sorted(created, reverse=True)


# ---------------------------------------------------------------- gift cards


def test_expired_unredeemed_cards_are_left_out(fresh: Api, ru: str) -> None:
    cards = {c["id"]: c for c in ok(fresh, ru, "GET", "/giftcards")["data"]}
    assert gift_card_id(STORE1, "ru-disabled") not in cards
    assert cards[gift_card_id(STORE1, "ru-disabled-redeemed")]["expiresAt"] is not None
    assert cards[gift_card_id(STORE1, "ru-granted")]["expiresAt"] is None
    assert cards[gift_card_id(STORE1, "ru-purchased")]["expiresAt"] == FAR
    assert {c["storeId"] for c in cards.values()} == {S1}
    through_key = fresh.ok("GET", f"/v1/customers/{RU}/giftcards")["data"]
    assert len(through_key) == len(cards) + 1


def test_redeem_credits_a_dated_lot_seen_through_both_surfaces(fresh: Api, ru: str) -> None:
    card = gift_card_id(STORE1, "ru-purchased")
    assert ok(fresh, ru, "POST", f"/giftcards/{card}/redeem") is True
    (account,) = ok(fresh, ru, "GET", "/account")["accounts"]
    assert account["credit"] == 1120
    assert {"amount": 1000, "expiresAt": FAR, "restricted": False} in account["creditLots"]
    assert fresh.ok("GET", f"/v1/customers/{RU}/credit")["credit"] == 1120
    assert fresh.ok("GET", f"/v1/giftcards/{card}")["redeemed"] is True
    assert_problem(as_customer(fresh, ru, "POST", f"/giftcards/{card}/redeem"), 400, "gift_card_redeemed")
    assert fresh.ok("GET", f"/v1/customers/{RU}/credit")["credit"] == 1120


def test_redeeming_a_card_granted_through_the_key_gives_undated_credit(fresh: Api, ru: str) -> None:
    granted = fresh.ok("POST", f"/v1/customers/{RU}/actions/grant-gift-card", json={"credit": 40})
    listed = {c["id"]: c for c in ok(fresh, ru, "GET", "/giftcards")["data"]}
    assert listed[granted["id"]]["expiresAt"] is None
    assert ok(fresh, ru, "POST", f"/giftcards/{granted['id']}/redeem") is True
    (account,) = ok(fresh, ru, "GET", "/account")["accounts"]
    assert account["credit"] == 160 and sum(lot["amount"] for lot in account["creditLots"]) == 80


def test_redeem_refusals(fresh: Api, ru: str) -> None:
    expired = gift_card_id(STORE1, "ru-disabled")
    assert_problem(as_customer(fresh, ru, "POST", f"/giftcards/{expired}/redeem"), 400, "gift_card_expired")
    card = fresh.ok("POST", f"/v1/customers/{RU}/actions/grant-gift-card", json={"credit": 5})
    fresh.ok("POST", f"/v1/giftcards/{card['id']}/actions/disable")
    assert_problem(as_customer(fresh, ru, "POST", f"/giftcards/{card['id']}/redeem"), 400, "gift_card_inactive")
    rich = fresh.ok("POST", f"/v1/customers/{RU}/actions/grant-gift-card", json={"credit": 999_999})
    assert_problem(as_customer(fresh, ru, "POST", f"/giftcards/{rich['id']}/redeem"), 400, "credit_limit_exceeded")
    assert fresh.ok("GET", f"/v1/giftcards/{rich['id']}")["redeemed"] is False
    assert_problem(as_customer(fresh, ru, "POST", "/giftcards/not-a-uuid/redeem"), 400, "validation_failed")


def test_transfer_moves_the_card_to_the_receiver(fresh: Api, ru: str) -> None:
    card = gift_card_id(STORE1, "ru-purchased")
    assert ok(fresh, ru, "POST", f"/giftcards/{card}/transfer", json={"receiverIdentifier": AA}) is True
    assert card not in {c["id"] for c in ok(fresh, ru, "GET", "/giftcards")["data"]}
    assert card in {c["id"] for c in ok(fresh, mint(fresh, AA), "GET", "/giftcards")["data"]}
    assert fresh.ok("GET", f"/v1/giftcards/{card}")["ownerUsername"] == AA
    assert card in {c["id"] for c in fresh.ok("GET", f"/v1/customers/{AA}/giftcards")["data"]}
    assert_problem(
        as_customer(fresh, ru, "POST", f"/giftcards/{card}/transfer", json={"receiverIdentifier": RU}),
        404,
        "gift_card_not_found",
    )


def test_transfer_refusals(fresh: Api, ru: str) -> None:
    def transfer(label: str, receiver: str) -> httpx.Response:
        path = f"/giftcards/{gift_card_id(STORE1, label)}/transfer"
        return as_customer(fresh, ru, "POST", path, json={"receiverIdentifier": receiver})

    assert_problem(transfer("ru-granted", AA), 400, "gift_card_not_transferable")
    assert_problem(transfer("ru-disabled", AA), 400, "gift_card_expired")
    assert_problem(transfer("ru-purchased-redeemed", AA), 400, "gift_card_redeemed")
    assert_problem(transfer("ru-purchased", "azure.only"), 400, "unresolved_identifier")  # not a store-1 customer
    assert_problem(transfer("ru-purchased", "no.such.name.here"), 400, "invalid_identifier")
    assert_problem(transfer("ru-purchased", RU), 400, "validation_failed")
    response = as_customer(fresh, ru, "POST", f"/giftcards/{gift_card_id(STORE1, 'ru-purchased')}/transfer", json={})
    assert_problem(response, 400, "validation_failed")
    assert fresh.ok("GET", f"/v1/giftcards/{gift_card_id(STORE1, 'ru-purchased')}")["ownerUsername"] == RU


# ---------------------------------------------------------------- news and redelivery


def test_can_request_item_follows_the_rule(fresh: Api, ru: str) -> None:
    posts = {p["id"]: p for p in ok(fresh, ru, "GET", "/news")["data"]}
    n = {label: posts[news_post_id(STORE1, label)] for label in ("n1", "n2", "n3", "n4")}
    assert [n[k]["canRequestItem"] for k in ("n1", "n2", "n3", "n4")] == [False, True, False, True]
    assert n["n1"]["item"] is None and n["n3"]["onDemandItem"] is False
    outsider = ok(fresh, mint(fresh, BV), "GET", "/news")["data"]
    assert not any(p["canRequestItem"] for p in outsider)


def test_request_item(fresh: Api, ru: str) -> None:
    def request(token: str, label: str) -> httpx.Response:
        return as_customer(fresh, token, "POST", f"/news/{news_post_id(STORE1, label)}/request-item")

    assert request(ru, "n2").json() is True
    assert_problem(request(ru, "n1"), 400, "news_item_not_available")
    assert_problem(request(ru, "n3"), 400, "news_item_not_available")
    assert_problem(request(mint(fresh, BV), "n2"), 400, "news_subscription_required")
    unknown = "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f"
    assert_problem(as_customer(fresh, ru, "POST", f"/news/{unknown}/request-item"), 404, "news_post_not_found")


def test_unread_counts_and_mark_seen(fresh: Api, ru: str) -> None:
    assert ok(fresh, ru, "GET", "/news/unread") == {"total": 4, "byStore": [{"storeId": S1, "count": 4}]}
    response = as_customer(fresh, ru, "POST", "/news/seen", json={"storeId": None})
    assert response.status_code == 204 and response.content == b""
    assert ok(fresh, ru, "GET", "/news/unread") == {"total": 0, "byStore": [{"storeId": S1, "count": 0}]}
    assert ok(fresh, mint(fresh, AA), "GET", "/news/unread")["total"] == 4  # per customer
    assert_problem(as_customer(fresh, ru, "POST", "/news/seen", json={"storeId": S2}), 400, "store_out_of_scope")
    assert_problem(as_customer(fresh, ru, "POST", "/news/seen", json={}), 400, "validation_failed")
    store2 = mint(fresh, RU, key=fresh.store2_key)
    assert as_customer(fresh, store2, "POST", "/news/seen", json={"storeId": S2}).status_code == 204
    assert ok(fresh, store2, "GET", "/news/unread")["total"] == 0


def test_redelivery_of_received_products_only(fresh: Api, ru: str) -> None:
    rows = ok(fresh, ru, "GET", "/redelivery/products")["data"]
    names = {r["name"] for r in rows}
    assert names == {"Crimson Hat", "Ember Cloak", "Limited Lantern"}  # Mist Scarf was a gift to someone else
    hat = product_id(STORE1, "Crimson Hat")
    assert ok(fresh, ru, "POST", "/redelivery", json={"productId": hat}) is True
    scarf = product_id(STORE1, "Mist Scarf")
    assert_problem(as_customer(fresh, ru, "POST", "/redelivery", json={"productId": scarf}), 404, "product_not_found")


# ---------------------------------------------------------------- lists


def test_list_parameters(fresh: Api, ru: str) -> None:
    first = ok(fresh, ru, "GET", "/news", params={"limit": 3})
    assert len(first["data"]) == 3 and first["pagination"]["limit"] == 3
    rest = ok(fresh, ru, "GET", "/news", params={"limit": 3, "cursor": first["pagination"]["nextCursor"]})
    assert len(rest["data"]) == 1 and rest["pagination"]["nextCursor"] is None
    assert ok(fresh, ru, "GET", "/news")["pagination"]["limit"] == 24
    assert ok(fresh, ru, "GET", "/news", params={"storeId": S1})["data"]
    assert_problem(as_customer(fresh, ru, "GET", "/news", params={"limit": 101}), 400, "invalid_pagination")
    assert_problem(as_customer(fresh, ru, "GET", "/news", params={"limit": 0}), 400, "invalid_pagination")
    assert_problem(as_customer(fresh, ru, "GET", "/news", params={"storeId": S2}), 400, "store_out_of_scope")
    assert_problem(as_customer(fresh, ru, "GET", "/news", params={"storeId": "x"}), 400, "validation_failed")
    assert_problem(as_customer(fresh, ru, "GET", "/profile", params={"limit": 1}), 400, "validation_failed")
    cursor = first["pagination"]["nextCursor"]
    other = as_customer(fresh, mint(fresh, AA), "GET", "/news", params={"limit": 3, "cursor": cursor})
    assert_problem(other, 400, "invalid_pagination")  # a cursor is bound to the customer


# ---------------------------------------------------------------- CORS and the page URL


def test_cors_allows_only_the_stores_customer_page_origin(fresh: Api, ru: str) -> None:
    preflight = {"Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "x-customer-token"}
    good = fresh.request("OPTIONS", "/v1/customer/profile", key=None, headers={"Origin": DEFAULT, **preflight})
    assert good.status_code == 204 and good.headers["access-control-allow-origin"] == DEFAULT
    assert "access-control-allow-credentials" not in good.headers
    bad = fresh.request(
        "OPTIONS", "/v1/customer/profile", key=None, headers={"Origin": "https://evil.example", **preflight}
    )
    assert_problem(bad, 400, "validation_failed")
    read = as_customer(fresh, ru, "GET", "/profile", headers={"Origin": DEFAULT})
    assert read.headers["access-control-allow-origin"] == DEFAULT
    assert "access-control-allow-credentials" not in read.headers
    elsewhere = as_customer(fresh, ru, "GET", "/profile", headers={"Origin": AZURE_PAGE})
    assert elsewhere.status_code == 200 and "access-control-allow-origin" not in elsewhere.headers
    store2 = mint(fresh, RU, key=fresh.store2_key)
    assert (
        as_customer(fresh, store2, "GET", "/profile", headers={"Origin": AZURE_PAGE}).headers[
            "access-control-allow-origin"
        ]
        == AZURE_PAGE
    )


def test_minted_url_uses_the_stores_customer_page_origin(fresh: Api) -> None:
    minted = fresh.ok("POST", "/v1/customer-tokens", json={"customerIdentifier": RU}, key=fresh.store2_key)
    assert minted["url"] == f"{AZURE_PAGE}/#ct={minted['token']}"


DEFAULT = "https://customer.allomancy.com"
AZURE_PAGE = "https://page.azure-loom.example"


def test_keys_document_publishes_tokens_that_never_work(fresh: Api, server: Any) -> None:
    stores = server.state.demo_keys()
    for store in stores:
        tokens = store["customerTokens"]
        assert set(tokens) == {"expired", "revoked"}
        for token in tokens.values():
            assert_problem(as_customer(fresh, token, "GET", "/profile"), 401, "customer_token_invalid")


def test_another_stores_token_never_reaches_this_stores_cards(fresh: Api) -> None:
    store2 = mint(fresh, RU, key=fresh.store2_key)  # the same resident, as a customer of the other store
    card = gift_card_id(STORE1, "ru-purchased")
    assert_problem(as_customer(fresh, store2, "POST", f"/giftcards/{card}/redeem"), 404, "gift_card_not_found")
    assert_problem(as_customer(fresh, store2, "GET", "/news", params={"storeId": S1}), 400, "store_out_of_scope")
    assert fresh.ok("GET", f"/v1/giftcards/{card}")["redeemed"] is False
    assert_problem(fresh.request("GET", "/v1/customer/account", key=fresh.store2_key), 401, "customer_token_missing")


# ---------------------------------------------------------------- a collective token


def mint_collective(api: Api, who: str, key: str | None = None) -> httpx.Response:
    body = {"customerIdentifier": who, "collectiveId": collective_id("Forge & Loom")}
    return api.post("/v1/customer-tokens", json=body, key=key or api.all_key)


def test_collective_token_covers_every_store_of_the_collective(fresh: Api) -> None:
    minted = mint_collective(fresh, RU)
    assert minted.status_code == 200, minted.text
    token = minted.json()["token"]
    assert minted.json()["url"] == f"https://forge-and-loom.example/#ct={token}"
    context = ok(fresh, token, "GET", "/context")
    assert [s["id"] for s in context["stores"]] == [S1, S2] and context["brand"]["name"] == "Forge & Loom"
    accounts = {a["storeId"]: a["credit"] for a in ok(fresh, token, "GET", "/account")["accounts"]}
    assert accounts == {S1: 120, S2: 7}
    rows = ok(fresh, token, "GET", "/transactions")["data"]
    assert {r["storeId"] for r in rows} == {S1, S2}
    only2 = ok(fresh, token, "GET", "/transactions", params={"storeId": S2})["data"]
    assert only2 and {r["storeId"] for r in only2} == {S2}
    unread = ok(fresh, token, "GET", "/news/unread")
    assert sorted(e["storeId"] for e in unread["byStore"]) == sorted([S1, S2]) and unread["total"] == 5
    assert as_customer(fresh, token, "POST", "/news/seen", json={"storeId": S2}).status_code == 204
    assert {e["storeId"]: e["count"] for e in ok(fresh, token, "GET", "/news/unread")["byStore"]} == {S1: 4, S2: 0}
    news = {p["storeId"]: p for p in ok(fresh, token, "GET", "/news")["data"] if p["item"]}
    assert news[S2]["canRequestItem"] is False  # subscribed in store 1, not in store 2
    preflight = {"Origin": "https://forge-and-loom.example", "Access-Control-Request-Method": "GET"}
    assert fresh.request("OPTIONS", "/v1/customer/context", key=None, headers=preflight).status_code == 204
    read = as_customer(fresh, token, "GET", "/context", headers={"Origin": "https://forge-and-loom.example"})
    assert read.headers["access-control-allow-origin"] == "https://forge-and-loom.example"


def test_only_the_owner_store_mints_for_its_collective(fresh: Api) -> None:
    assert_problem(mint_collective(fresh, "azure.only", key=fresh.store2_key), 404, "collective_not_found")
    assert_problem(mint_collective(fresh, "azure.only"), 400, "unresolved_identifier")  # not a store-1 customer


def test_rate_limit_counts_per_token_with_retry_after() -> None:
    live = start_server(rate_limit=0.001, rate_burst=2)  # two requests, then one per 1000 s
    try:
        api = Api(live)
        first, second = mint(api, RU), mint(api, AA)  # the key's own bucket: 2 requests
        for _ in range(2):
            ok(api, first, "GET", "/profile")
        limited = as_customer(api, first, "GET", "/profile")
        assert_problem(limited, 429, "rate_limited")
        assert int(limited.headers["retry-after"]) >= 1
        ok(api, second, "GET", "/profile")  # another token has its own bucket
        api.client.close()
    finally:
        live.stop()
