"""The customer-token surface (/v1/customer/*), layer by layer as for the key surface: token auth (L3),
pagination and storeId (L4), the documented rules and the workflows that span both surfaces, each checked from
both sides (L6), and the error format (L7). Layer 1 fuzzes these operations too, with the run's token.

The token is minted at session start through the key (customer_session.py). Against a live store the module
only reads unless writes are allowed; then it redeems and transfers only gift cards it granted itself.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest

from .. import pages, session
from ..assertions import ok, problem
from ..client import ApiClient, ApiResponse
from ..customer_session import CustomerAccess, mint, token_headers

_index = session.spec_index()
CUSTOMER_OPS = _index.customer_operations
LISTS = [op for op in CUSTOMER_OPS if op.paginated]
# Probes of write operations carry a malformed path id or a refused body, but on a live store they still wait
# for --allow-writes, as on the key surface.
PROBED = [pytest.param(op, id=op.id, marks=[pytest.mark.writes] if op.is_write else []) for op in CUSTOMER_OPS]
UNKNOWN = "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f"


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture(scope="module")
def me(suite_session: session.Session) -> CustomerAccess:
    access = suite_session.customer
    if access is None:
        pytest.skip("no customer token for this run (see the notes)")
    return access


def call(api: ApiClient, token: str | None, op_id: str, **kwargs: Any) -> ApiResponse:
    headers = {**kwargs.pop("headers", {}), **(token_headers(token) if token is not None else {})}
    return api.call(op_id, key=None, headers=headers, **kwargs)


def read(api: ApiClient, token: str, op_id: str, **kwargs: Any) -> Any:
    return ok(call(api, token, op_id, **kwargs))


def walk(api: ApiClient, token: str, op_id: str, limit: int, **params: Any) -> list[dict[str, Any]]:
    """Every row of a customer list, through the suite's one walker (it stops at a repeated cursor or row)."""
    return pages.walk(api, op_id, params=params, limit=limit, key=None, headers=token_headers(token)).rows


def harmless(op_id: str) -> dict[str, Any]:
    """Arguments that cannot change anything even on a server that skipped the token check: a malformed path
    id, or a body the schema refuses."""
    operation = _index[op_id]
    kwargs: dict[str, Any] = {}
    if operation.path_params:
        kwargs["path"] = dict.fromkeys(operation.path_params, "not-a-uuid")
    if operation.has_body:
        kwargs["json"] = {"unexpected": True}
    return kwargs


def sandbox_only(settings, what: str) -> None:
    """On a live store even a write run touches only the named customer: skip what would reach anyone else."""
    if not settings.sandbox:
        pytest.skip(f"{what}: sandbox only (a write run elsewhere changes only the named customer)")


def mint_other(api: ApiClient, me: CustomerAccess, catalog, key: object = None) -> tuple[str, str]:
    """(token, customer uuid) for an unbanned customer of the primary store other than the run's customer."""
    for customer in catalog.customers:
        if customer["uuid"] != me.customer_uuid and not customer["isBanned"]:
            return mint(api, customer["uuid"], key=key)[0], customer["uuid"]
    pytest.skip("the store has no second unbanned customer")


# ---------------------------------------------------------------- L3: token auth


@pytest.mark.rule("/components/schemas/Problem/x-problem-codes")
@pytest.mark.auth
@pytest.mark.parametrize("op", PROBED)
def test_missing_or_empty_token_is_a_401(api, op):
    problem(call(api, None, op.id, **harmless(op.id)), 401, "customer_token_missing")
    problem(call(api, "", op.id, **harmless(op.id)), 401, "customer_token_missing")


@pytest.mark.rule("{op}/responses/401")
@pytest.mark.auth
@pytest.mark.parametrize("op", PROBED)
def test_unknown_or_malformed_token_is_a_401(api, op):
    problem(call(api, "ct_" + uuid.uuid4().hex, op.id, **harmless(op.id)), 401, "customer_token_invalid")
    problem(call(api, "not a token!", op.id, **harmless(op.id)), 401, "customer_token_invalid")


@pytest.mark.rule("/components/securitySchemes/customerToken/x-rules/no-api-key")
@pytest.mark.auth
def test_the_api_key_never_opens_the_customer_surface(api, keys, me):
    problem(api.call("getCustomerProfile"), 401, "customer_token_missing")  # X-API-Key only
    problem(call(api, keys.all_key, "getCustomerProfile"), 401, "customer_token_invalid")


@pytest.mark.rule("/components/securitySchemes/customerToken/x-rules/one-token")
@pytest.mark.auth
def test_two_tokens_in_one_header_are_a_401(api, me):
    problem(call(api, f"{me.token},{me.token}", "getCustomerProfile"), 401, "customer_token_invalid")


@pytest.mark.rule("getCustomerProfile/responses/401")
@pytest.mark.auth
@pytest.mark.parametrize("label", ["expired", "revoked"])
def test_expired_and_revoked_tokens_are_401(api, me, label):
    token = me.dead_tokens.get(label)
    if token is None:
        pytest.skip(f"the keys file publishes no {label} customer token (customerTokens.{label})")
    for op_id in ("getCustomerProfile", "getCustomerAccount", "listCustomerOwnGiftCards"):
        problem(call(api, token, op_id), 401, "customer_token_invalid")


@pytest.mark.rule("getCustomerProfile/responses/200")
@pytest.mark.auth
def test_token_belongs_to_its_customer_and_store(api, me, keys):
    profile = read(api, me.token, "getCustomerProfile")
    assert profile["uuid"] == me.customer_uuid
    through_key = ok(api.call("getCustomer", path={"identifier": me.customer_uuid}))
    assert through_key["username"] == profile["username"]
    if keys.primary_store_id:
        assert keys.primary_store_id in me.store_ids, "a token minted by a store's key covers that store"


@pytest.mark.rule("listCustomerOwnGiftCards/responses/200")
@pytest.mark.auth
@pytest.mark.writes
def test_another_customers_token_never_reaches_this_customers_data(api, me, catalog, settings):
    sandbox_only(settings, "mints a token for another customer")
    other, other_uuid = mint_other(api, me, catalog)
    assert read(api, other, "getCustomerProfile")["uuid"] == other_uuid
    for row in walk(api, other, "listCustomerOwnGiftCards", limit=100):
        assert row["ownerUuid"] == other_uuid, f"another customer's card is listed: {row}"
    for row in walk(api, other, "listCustomerTransactions", limit=100):
        assert me.customer_uuid not in (row["payerUuid"], row["receiverUuid"]) or other_uuid in (
            row["payerUuid"],
            row["receiverUuid"],
        ), f"a transaction the viewer took no part in: {row}"
    mine = [row for row in walk(api, me.token, "listCustomerOwnGiftCards", limit=100) if not row["redeemed"]]
    for card in mine[:3]:  # acting on my cards with their token: not found, and the card is unchanged
        problem(call(api, other, "redeemCustomerGiftCard", path={"id": card["id"]}), 404)
        assert ok(api.call("getGiftCard", path={"id": card["id"]}))["redeemed"] is False


@pytest.mark.rule("listCustomerOwnGiftCards/responses/200")
@pytest.mark.auth
@pytest.mark.writes
@pytest.mark.other_store
def test_another_stores_token_sees_only_that_store(api, me, keys, settings):
    sandbox_only(settings, "mints a token for another store's customer")
    customers = ok(api.call("listCustomers", key=keys.other_store_key, params={"limit": 20}))["data"]
    unbanned = [c for c in customers if not c["isBanned"]]
    if not unbanned:
        pytest.skip("the other store has no unbanned customer")
    token, _ = mint(api, unbanned[0]["uuid"], key=keys.other_store_key)
    stores = [s["id"] for s in read(api, token, "getCustomerContext")["stores"]]
    assert not set(stores) & set(me.store_ids), f"another store's token covers this store: {stores}"
    for op_id in ("listCustomerOwnGiftCards", "listCustomerTransactions", "listCustomerNews"):
        for row in walk(api, token, op_id, limit=100):
            assert row["storeId"] in stores, f"{op_id} shows a row of a store out of scope: {row}"
    for account in read(api, token, "getCustomerAccount")["accounts"]:
        assert account["storeId"] in stores
    for card in walk(api, me.token, "listCustomerOwnGiftCards", limit=100)[:3]:
        problem(call(api, token, "redeemCustomerGiftCard", path={"id": card["id"]}), 404)


# ---------------------------------------------------------------- L4: pagination and storeId


@pytest.mark.rule("/components/schemas/Pagination/properties/nextCursor")
@pytest.mark.pagination
@pytest.mark.parametrize("op", LISTS, ids=[op.id for op in LISTS])
def test_small_pages_walk_the_same_rows(api, me, op):
    whole = walk(api, me.token, op.id, limit=100)
    pieces = walk(api, me.token, op.id, limit=1)
    assert [r.get("id") for r in pieces] == [r.get("id") for r in whole], "limit=1 pages differ from one big page"
    assert len({r.get("id") for r in whole}) == len(whole), "a row is listed twice"
    first = read(api, me.token, op.id)
    default = _index.query_default(op.id, "limit")
    assert first["pagination"]["limit"] == default and first["pagination"]["previousCursor"] is None
    if len(whole) >= 2:
        page1 = read(api, me.token, op.id, params={"limit": 1})
        page2 = read(api, me.token, op.id, params={"limit": 1, "cursor": page1["pagination"]["nextCursor"]})
        back = read(api, me.token, op.id, params={"limit": 1, "cursor": page2["pagination"]["previousCursor"]})
        assert back["data"] == page1["data"], "previousCursor does not lead back to the first page"


@pytest.mark.rule("/components/parameters/CustomerLimit/schema/maximum")
@pytest.mark.pagination
@pytest.mark.parametrize("op", LISTS, ids=[op.id for op in LISTS])
def test_out_of_range_limits_are_400(api, me, op):
    for limit in ("0", "101", "-1"):
        problem(call(api, me.token, op.id, params={"limit": limit}), 400, "invalid_pagination")


@pytest.mark.rule("{op}/responses/400")  # the customer lists' 400 is itself a guess (UndocumentedBadRequest)
@pytest.mark.pagination
@pytest.mark.parametrize("op", LISTS, ids=[op.id for op in LISTS])
def test_bad_list_parameters_are_400(api, me, op):
    problem(call(api, me.token, op.id, params={"limit": "x"}), 400, "invalid_pagination")
    problem(call(api, me.token, op.id, params={"cursor": "garbage"}), 400, "invalid_pagination")
    problem(call(api, me.token, op.id, params={"storeId": "not-a-uuid"}), 400, "validation_failed")
    problem(call(api, me.token, op.id, params={"storeId": UNKNOWN}), 400, "store_out_of_scope")


@pytest.mark.rule("/components/parameters/CustomerStoreId")
@pytest.mark.pagination
@pytest.mark.parametrize("op", LISTS, ids=[op.id for op in LISTS])
def test_store_filter_of_an_own_store_keeps_its_rows(api, me, op):
    whole = walk(api, me.token, op.id, limit=100)
    for store in me.store_ids:
        filtered = walk(api, me.token, op.id, limit=100, storeId=store)
        assert all(r["storeId"] == store for r in filtered)
        assert [r["id"] for r in filtered] == [r["id"] for r in whole if r["storeId"] == store]


@pytest.mark.rule("/components/parameters/Cursor")
@pytest.mark.pagination
def test_a_cursor_of_another_list_is_refused(api, me):
    for source, target in (
        ("listCustomerNews", "listCustomerTransactions"),
        ("listCustomerOwnGiftCards", "listCustomerNews"),
    ):
        cursor = read(api, me.token, source, params={"limit": 1})["pagination"]["nextCursor"]
        if cursor:
            problem(call(api, me.token, target, params={"cursor": cursor}), 400, "invalid_pagination")


# ---------------------------------------------------------------- L6: rules, read from both surfaces


@pytest.mark.rule("/components/schemas/CustomerAccount")
@pytest.mark.rules
def test_account_agrees_with_the_key_and_lots_are_open_and_sorted(api, me):
    accounts = read(api, me.token, "getCustomerAccount")["accounts"]
    assert {a["storeId"] for a in accounts} <= set(me.store_ids)
    credit = ok(api.call("getCustomerCredit", path={"identifier": me.customer_uuid}))
    customer = ok(api.call("getCustomer", path={"identifier": me.customer_uuid}))
    own = next(a for a in accounts if a["storeId"] in me.store_ids[:1])
    assert (own["credit"], own["restrictedCredit"]) == (credit["credit"], credit["restrictedCredit"])
    assert own["discount"] == customer["discount"]
    for account in accounts:
        lots = account.get("creditLots")
        if lots is None:
            continue  # older servers may leave the lots out
        now = now_text()
        assert all(lot["amount"] > 0 and lot["expiresAt"] > now for lot in lots), f"a closed lot is listed: {lots}"
        assert [lot["expiresAt"] for lot in lots] == sorted(lot["expiresAt"] for lot in lots), "lots not by expiry"


@pytest.mark.rule("listCustomerTransactions/x-rules/payer-only")
@pytest.mark.rules
def test_payer_only_fields_follow_the_viewer(api, me):
    for row in walk(api, me.token, "listCustomerTransactions", limit=100):
        assert me.customer_uuid in (row["payerUuid"], row["receiverUuid"]), f"not the viewer's transaction: {row}"
        payer_only = [row["usedCredit"], row["usedDiscount"], row["remainingCredit"]]
        if row["payerUuid"] == me.customer_uuid:
            assert None not in payer_only, f"the payer must see the credit details: {row}"
        else:
            assert payer_only == [None, None, None], f"payer-only fields shown to the receiver: {row}"


@pytest.mark.rule("listCustomerOwnGiftCards/x-rules/expired-hidden")
@pytest.mark.rules
def test_gift_cards_are_the_customers_unexpired_cards_as_the_key_sees_them(api, me, index):
    now = now_text()
    shared = index.shared_fields("CustomerGiftCard", "GiftCardResponse")
    listed = walk(api, me.token, "listCustomerOwnGiftCards", limit=100)
    for card in listed:
        assert card["ownerUuid"] == me.customer_uuid and card["storeId"] in me.store_ids
        assert card["redeemed"] or card["expiresAt"] is None or card["expiresAt"] > now, f"expired card: {card}"
        if card["storeId"] == me.store_ids[0]:
            through_key = ok(api.call("getGiftCard", path={"id": card["id"]}))
            assert {f: card[f] for f in shared} == {f: through_key[f] for f in shared}
    # the key's full view of the customer's cards in the first store: only expired unredeemed cards may be missing,
    # so every redeemed card (expired or not) must be in the customer's list
    mine = {card["id"] for card in listed if card["storeId"] == me.store_ids[0]}
    by_key = pages.walk(api, "listCustomerGiftCards", path={"identifier": me.customer_uuid}).rows
    missing = [card for card in by_key if card["id"] not in mine]
    assert not [card for card in missing if card["redeemed"]], f"redeemed cards hidden from their owner: {missing}"


@pytest.mark.rule("/components/schemas/NewsPost/properties/canRequestItem")
@pytest.mark.rules
def test_can_request_item_follows_the_rule(api, me):
    customer = ok(api.call("getCustomer", path={"identifier": me.customer_uuid}))
    subscriber = customer["newsSubscriber"] and not customer["isBanned"]
    for post in walk(api, me.token, "listCustomerNews", limit=100):
        if post["storeId"] != me.store_ids[0]:
            continue
        expected = post["item"] is not None and post["onDemandItem"] and subscriber
        assert post["canRequestItem"] == expected, f"canRequestItem breaks the rule (subscriber={subscriber}): {post}"


@pytest.mark.rule("getCustomerNewsUnread/x-rules/every-store")
@pytest.mark.rules
def test_unread_counts_cover_every_store_in_scope(api, me):
    unread = read(api, me.token, "getCustomerNewsUnread")
    assert sorted(entry["storeId"] for entry in unread["byStore"]) == sorted(me.store_ids)
    assert unread["total"] == sum(entry["count"] for entry in unread["byStore"])
    context = read(api, me.token, "getCustomerContext")
    assert sorted(s["id"] for s in context["stores"]) == sorted(me.store_ids)


@pytest.fixture
def granted(api, me, settings):
    """grant(credit, transfer) -> a gift card the suite grants to the run's customer through the key."""
    if not me.minted and settings.guarded_writes and settings.write_customer is None:
        pytest.skip("no writable customer")

    def grant(credit: int, transfer: bool = False) -> Any:
        return ok(
            api.call(
                "grantGiftCard",
                path={"identifier": me.customer_uuid},
                json={"credit": credit, "transfer": transfer},
            )
        )

    return grant


@pytest.mark.rule("redeemCustomerGiftCard/responses/200", "getCustomerCredit/responses/200")
@pytest.mark.rules
@pytest.mark.writes
def test_redeem_credits_the_customer_seen_from_both_sides(api, me, granted):
    card = granted(7)
    listed = {c["id"]: c for c in walk(api, me.token, "listCustomerOwnGiftCards", limit=100)}
    assert card["id"] in listed and listed[card["id"]]["expiresAt"] is None and not listed[card["id"]]["redeemed"]
    before_key = ok(api.call("getCustomerCredit", path={"identifier": me.customer_uuid}))["credit"]
    before_page = next(
        a for a in read(api, me.token, "getCustomerAccount")["accounts"] if a["storeId"] == me.store_ids[0]
    )
    assert read(api, me.token, "redeemCustomerGiftCard", path={"id": card["id"]}) is True
    assert ok(api.call("getCustomerCredit", path={"identifier": me.customer_uuid}))["credit"] == before_key + 7
    after_page = next(
        a for a in read(api, me.token, "getCustomerAccount")["accounts"] if a["storeId"] == me.store_ids[0]
    )
    assert after_page["credit"] == before_page["credit"] + 7
    assert ok(api.call("getGiftCard", path={"id": card["id"]}))["redeemed"] is True
    listed = {c["id"]: c for c in walk(api, me.token, "listCustomerOwnGiftCards", limit=100)}
    assert listed[card["id"]]["redeemed"] is True
    problem(call(api, me.token, "redeemCustomerGiftCard", path={"id": card["id"]}), 400, "gift_card_redeemed")
    assert ok(api.call("getCustomerCredit", path={"identifier": me.customer_uuid}))["credit"] == before_key + 7
    api.call(
        "incrementCustomerCredit", path={"identifier": me.customer_uuid}, json={"delta": -7}
    )  # give the value back


@pytest.mark.rule("transferCustomerGiftCard/x-rules/transferable")
@pytest.mark.rules
@pytest.mark.writes
def test_transfer_needs_the_transfer_flag_and_moves_the_card(api, me, granted, catalog, settings):
    fixed = granted(3, transfer=False)
    receivers = [c for c in catalog.customers if c["uuid"] != me.customer_uuid and not c["isBanned"]]
    if not receivers:
        pytest.skip("no second customer to transfer to")
    receiver = receivers[0]
    body = {"receiverIdentifier": receiver["uuid"]}
    response = call(api, me.token, "transferCustomerGiftCard", path={"id": fixed["id"]}, json=body)
    problem(response, 400, "gift_card_not_transferable")
    assert ok(api.call("getGiftCard", path={"id": fixed["id"]}))["ownerUuid"] == me.customer_uuid
    if not settings.sandbox:
        return  # on a live store no value goes to a customer the run may not change
    movable = granted(3, transfer=True)
    assert read(api, me.token, "transferCustomerGiftCard", path={"id": movable["id"]}, json=body) is True
    assert ok(api.call("getGiftCard", path={"id": movable["id"]}))["ownerUuid"] == receiver["uuid"]
    assert movable["id"] not in {c["id"] for c in walk(api, me.token, "listCustomerOwnGiftCards", limit=100)}
    theirs = ok(api.call("listCustomerGiftCards", path={"identifier": receiver["uuid"]}, params={"limit": 1000}))
    assert movable["id"] in {c["id"] for c in theirs["data"]}
    again = call(
        api,
        me.token,
        "transferCustomerGiftCard",
        path={"id": movable["id"]},
        json={"receiverIdentifier": me.customer_uuid},
    )
    problem(again, 404, "gift_card_not_found")  # not the sender's any more: a transfer cannot be undone


@pytest.mark.rule("redeemCustomerGiftCard/x-rules/refusals")
@pytest.mark.rules
@pytest.mark.writes
def test_a_disabled_card_is_not_redeemed(api, me, granted):
    card = granted(2)
    ok(api.call("disableGiftCard", path={"id": card["id"]}))
    problem(call(api, me.token, "redeemCustomerGiftCard", path={"id": card["id"]}), 400, "gift_card_inactive")
    assert ok(api.call("getGiftCard", path={"id": card["id"]}))["redeemed"] is False


@pytest.mark.rule("requestCustomerNewsItem/x-rules/not-available")
@pytest.mark.rules
@pytest.mark.writes
def test_request_item_only_where_can_request_item(api, me, settings):
    posts = walk(api, me.token, "listCustomerNews", limit=100)
    without = [p for p in posts if p["item"] is None or not p["onDemandItem"]]
    for post in without[:2]:
        refused = call(api, me.token, "requestCustomerNewsItem", path={"id": post["id"]})
        assert refused.status >= 400 and (refused.json() or {}).get("code") == "news_item_not_available", refused


@pytest.mark.rule("requestCustomerNewsItem/responses/404")
@pytest.mark.rules
def test_an_unknown_post_is_a_404(api, me):
    problem(call(api, me.token, "requestCustomerNewsItem", path={"id": UNKNOWN}), 404)


@pytest.mark.rule("requestCustomerNewsItem/x-rules/repeat")
@pytest.mark.rules
@pytest.mark.writes
def test_an_allowed_request_answers_true(api, me, settings):
    posts = walk(api, me.token, "listCustomerNews", limit=100)
    allowed = [p for p in posts if p["canRequestItem"]]
    if allowed and settings.sandbox:  # on a live store a request sends a real item in world
        assert read(api, me.token, "requestCustomerNewsItem", path={"id": allowed[0]["id"]}) is True


@pytest.mark.rule("/components/schemas/NewsPost/properties/canRequestItem")
@pytest.mark.rules
@pytest.mark.writes
def test_a_non_subscriber_cannot_request_an_item(api, me, catalog, settings):
    sandbox_only(settings, "mints a token for a non-subscriber")
    outsiders = [c for c in catalog.customers if not c["newsSubscriber"] and not c["isBanned"]]
    if not outsiders:
        pytest.skip("every customer subscribes to the news")
    token, _ = mint(api, outsiders[0]["uuid"])
    posts = walk(api, token, "listCustomerNews", limit=100)
    assert not any(p["canRequestItem"] for p in posts), "canRequestItem true for a non-subscriber"
    on_demand = [p for p in posts if p["item"] is not None and p["onDemandItem"]]
    if on_demand:
        response = call(api, token, "requestCustomerNewsItem", path={"id": on_demand[0]["id"]})
        problem(response, 400, "news_subscription_required")


@pytest.mark.rule("markCustomerNewsSeen/responses/204")
@pytest.mark.rules
@pytest.mark.writes
def test_mark_seen_clears_unread_and_answers_204(api, me, settings):
    sandbox_only(settings, "marks the customer's news seen, which cannot be put back")
    ok(call(api, me.token, "markCustomerNewsSeen", json={"storeId": None}), 204)
    unread = read(api, me.token, "getCustomerNewsUnread")
    assert unread["total"] == 0 and all(entry["count"] == 0 for entry in unread["byStore"])
    # every store in scope stays listed at 0 (getCustomerNewsUnread/x-rules/every-store), now that all counts are 0
    assert sorted(entry["storeId"] for entry in unread["byStore"]) == sorted(me.store_ids), unread
    problem(call(api, me.token, "markCustomerNewsSeen", json={"storeId": UNKNOWN}), 400, "store_out_of_scope")


@pytest.mark.rule("/components/securitySchemes/customerToken/x-rules/ban-revokes")
@pytest.mark.rules
@pytest.mark.writes
def test_ban_revokes_the_token(api, me, catalog, settings):
    sandbox_only(settings, "bans a customer")
    token, who = mint_other(api, me, catalog)
    read(api, token, "getCustomerProfile")
    ok(api.call("banCustomer", path={"identifier": who}, json={"reason": "conformance"}))
    try:
        problem(call(api, token, "getCustomerProfile"), 401, "customer_token_invalid")
    finally:
        ok(api.call("unbanCustomer", path={"identifier": who}))
    problem(call(api, token, "getCustomerProfile"), 401, "customer_token_invalid")  # revoked for good


@pytest.mark.rule("requestCustomerRedelivery/responses/404")
@pytest.mark.rules
@pytest.mark.writes
def test_redelivery_of_a_product_never_received_is_404(api, me):
    received = {p["id"] for p in walk(api, me.token, "listCustomerRedeliveryProducts", limit=100)}
    for product in ok(api.call("listProducts", params={"limit": 100}))["data"]:
        if product["id"] not in received:
            response = call(api, me.token, "requestCustomerRedelivery", json={"productId": product["id"]})
            problem(response, 404, "product_not_found")
            return


# ---------------------------------------------------------------- L7: problem+json, routes and CORS


@pytest.mark.rule("/components/schemas/Problem")
@pytest.mark.problems
def test_unknown_customer_route_and_method(api, me):
    problem(api.send("GET", "/v1/customer/nothing", key=None, headers=me.headers), 404, "route_not_found")
    response = api.send("DELETE", "/v1/customer/profile", key=None, headers=me.headers)
    problem(response, 405, "method_not_allowed")
    assert "GET" in response.headers.get("allow", "")


@pytest.mark.rule("/components/securitySchemes/customerToken/x-rules/page-origin")
@pytest.mark.problems
def test_cors_lets_only_the_customer_page_read_without_credentials(api, me):
    if me.page_origin is None:
        pytest.skip("the token was not minted here: its page origin is unknown")
    preflight = {"Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "x-customer-token"}
    allowed = api.send(
        "OPTIONS", "/v1/customer/profile", key=None, headers={"Origin": me.page_origin, **preflight}, check=False
    )
    assert allowed.status < 300 and allowed.headers.get("access-control-allow-origin") == me.page_origin
    assert "access-control-allow-credentials" not in allowed.headers
    foreign = "https://not-the-customer-page.example"
    refused = api.send(
        "OPTIONS", "/v1/customer/profile", key=None, headers={"Origin": foreign, **preflight}, check=False
    )
    assert refused.headers.get("access-control-allow-origin") not in (foreign, "*")
    read_back = api.send("GET", "/v1/customer/profile", key=None, headers={**me.headers, "Origin": me.page_origin})
    assert read_back.headers.get("access-control-allow-origin") == me.page_origin
    assert "access-control-allow-credentials" not in read_back.headers
    other = api.send("GET", "/v1/customer/profile", key=None, headers={**me.headers, "Origin": foreign})
    assert other.headers.get("access-control-allow-origin") not in (foreign, "*")
