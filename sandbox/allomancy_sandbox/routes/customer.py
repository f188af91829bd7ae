"""The customer surface (/v1/customer/*): what a store's customer page reads and does with a customer token.

Handlers get a CustomerCtx (customer_auth.py): the token's customer, its stores and the storeId filter. Every
query is confined to those stores and that customer; rows of anyone else do not exist here (404).
"""

from __future__ import annotations

import sqlite3
from typing import Any, cast

from starlette.responses import Response

from .. import db, timefmt
from ..customer_auth import CustomerCtx
from ..errors import ApiError
from ..identifiers import parse_identifier, resolve_body_customer
from ..operations import Ctx, Operation, json_response, no_content
from ..pagination import Listing
from ..validation import Field, Obj, Str, Uuid
from .giftcards import render_gift_card
from .lookups import fetch_or_404

REDELIVERY = Obj({"productId": Field(Uuid(), required=True)})
TRANSFER = Obj({"receiverIdentifier": Field(Str(1, 63), required=True)})
SEEN = Obj({"storeId": Field(Uuid(nullable=True), required=True)})


def _c(ctx: Ctx) -> CustomerCtx:
    return cast(CustomerCtx, ctx)


def _in(stores: tuple[str, ...]) -> str:
    return "(" + ", ".join("?" for _ in stores) + ")"


def _time(value: int | None) -> str | None:
    return None if value is None else timefmt.to_text(value)


# ---------------------------------------------------------------- profile, context, account


def get_profile(ctx: Ctx) -> Response:
    c = _c(ctx)
    row = ctx.conn.execute(
        "SELECT r.uuid, r.username, p.picture FROM residents r"
        " LEFT JOIN resident_pictures p ON p.resident_uuid = r.uuid WHERE r.uuid = ?",
        (c.customer_uuid,),
    ).fetchone()
    return json_response({"uuid": row["uuid"], "username": row["username"], "pictureUuid": row["picture"]})


def _stores(ctx: CustomerCtx) -> list[sqlite3.Row]:
    return ctx.conn.execute(
        f"SELECT id, name, logo FROM stores WHERE id IN {_in(ctx.store_ids)} ORDER BY seq", ctx.store_ids
    ).fetchall()


def get_context(ctx: Ctx) -> Response:
    c = _c(ctx)
    stores = _stores(c)
    brand = {"name": stores[0]["name"], "logo": stores[0]["logo"]}
    if c.collective_id is not None:  # a collective token shows the collective's brand
        row = ctx.conn.execute("SELECT name, logo FROM collectives WHERE id = ?", (c.collective_id,)).fetchone()
        brand = {"name": row["name"], "logo": row["logo"]}
    return json_response(
        {"brand": brand, "stores": [{"id": s["id"], "name": s["name"], "logo": s["logo"]} for s in stores]}
    )


def _lots(ctx: CustomerCtx, store_id: str) -> list[dict[str, Any]]:
    rows = ctx.conn.execute(
        "SELECT amount, expires_at, restricted FROM credit_lots WHERE store_id = ? AND customer_uuid = ?"
        " AND amount > 0 AND expires_at > ? ORDER BY expires_at, seq",
        (store_id, ctx.customer_uuid, ctx.now),
    ).fetchall()
    return [
        {"amount": r["amount"], "expiresAt": timefmt.to_text(r["expires_at"]), "restricted": bool(r["restricted"])}
        for r in rows
    ]


def get_account(ctx: Ctx) -> Response:
    c = _c(ctx)
    accounts = []
    for store in _stores(c):
        row = ctx.conn.execute(
            "SELECT credit, restricted_credit, discount FROM customers WHERE store_id = ? AND resident_uuid = ?",
            (store["id"], c.customer_uuid),
        ).fetchone()
        if row is None:
            continue
        accounts.append(
            {
                "storeId": store["id"],
                "credit": row["credit"],
                "restrictedCredit": row["restricted_credit"],
                "discount": row["discount"],
                "creditLots": _lots(c, store["id"]),
            }
        )
    return json_response({"accounts": accounts})


# ---------------------------------------------------------------- redelivery


def _received(c: CustomerCtx) -> tuple[str, list[Any]]:
    stores = c.scope_stores
    where = (
        f"p.store_id IN {_in(stores)} AND EXISTS (SELECT 1 FROM transactions t WHERE t.product_id = p.id"
        " AND t.store_id = p.store_id AND t.receiver_uuid = ?)"
    )
    return where, [*stores, c.customer_uuid]


def render_redelivery_product(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "name": row["name"], "image": row["image"], "storeId": row["store_id"]}


def list_redelivery_products(ctx: Ctx) -> Response:
    c = _c(ctx)
    where, params = _received(c)
    listing = Listing(columns="p.*", source="products p", where=[where], params=params, seq="p.seq")
    return ctx.page_of(listing, render_redelivery_product, resource=c.customer_uuid)


def request_redelivery(ctx: Ctx) -> Response:
    assert ctx.body is not None
    c = _c(ctx)
    where, params = _received(c)
    product = fetch_or_404(
        ctx.conn,
        f"SELECT p.* FROM products p WHERE p.id = ? AND {where}",
        [ctx.body["productId"], *params],
        "product_not_found",
        "This customer has received no product with this id.",
    )
    ctx.conn.execute(
        "INSERT INTO deliveries (store_id, product_id, recipient_uuid, message, queued_at) VALUES (?, ?, ?, '', ?)",
        (product["store_id"], product["id"], c.customer_uuid, ctx.now),
    )
    return json_response(True)


# ---------------------------------------------------------------- transactions

TX_COLUMNS = "t.*, s.name AS store_name, pr.username AS payer_username, rr.username AS receiver_username"
TX_SOURCE = (
    "transactions t JOIN stores s ON s.id = t.store_id JOIN residents pr ON pr.uuid = t.payer_uuid"
    " JOIN residents rr ON rr.uuid = t.receiver_uuid"
)


def list_transactions(ctx: Ctx) -> Response:
    c = _c(ctx)
    viewer = c.customer_uuid

    def render(row: sqlite3.Row) -> dict[str, Any]:
        payer = row["payer_uuid"] == viewer  # the credit and discount details are the payer's business only
        return {
            "id": row["id"],
            "payment": row["payment"],
            "location": row["location"],
            "productName": row["product_name"],
            "storeName": row["store_name"],
            "storeId": row["store_id"],
            "payerUsername": row["payer_username"],
            "payerUuid": row["payer_uuid"],
            "receiverUsername": row["receiver_username"],
            "receiverUuid": row["receiver_uuid"],
            "delivered": bool(row["delivered"]),
            "failedToDeliver": bool(row["failed_to_deliver"]),
            "type": row["type"],
            "created": timefmt.to_text(row["created"]),
            "usedCouponId": row["used_coupon_id"],
            "usedCredit": row["used_credit"] if payer else None,
            "usedDiscount": row["used_discount"] if payer else None,
            "remainingCredit": row["remaining_credit"] if payer else None,
        }

    stores = c.scope_stores
    listing = Listing(
        columns=TX_COLUMNS,
        source=TX_SOURCE,
        where=[f"t.store_id IN {_in(stores)}", "(t.payer_uuid = ? OR t.receiver_uuid = ?)"],
        params=[*stores, viewer, viewer],
        seq="(-t.seq)",  # newest first
    )
    return ctx.page_of(listing, render, resource=viewer)


# ---------------------------------------------------------------- gift cards

CARD_COLUMNS = "g.*, r.username AS owner_username, e.expires_at AS expires_at"
CARD_SOURCE = "gift_cards g JOIN residents r ON r.uuid = g.owner_uuid LEFT JOIN gift_card_expiry e ON e.card_id = g.id"


def render_card(row: sqlite3.Row) -> dict[str, Any]:
    """The key surface's gift card, plus its store and expiry."""
    return {**render_gift_card(row), "storeId": row["store_id"], "expiresAt": _time(row["expires_at"])}


def list_gift_cards(ctx: Ctx) -> Response:
    c = _c(ctx)
    stores = c.scope_stores
    listing = Listing(
        columns=CARD_COLUMNS,
        source=CARD_SOURCE,
        where=[
            f"g.store_id IN {_in(stores)}",
            "g.owner_uuid = ?",
            "NOT (g.redeemed = 0 AND e.expires_at IS NOT NULL AND e.expires_at <= ?)",  # expired, never redeemed
        ],
        params=[*stores, c.customer_uuid, ctx.now],
        seq="g.seq",
    )
    return ctx.page_of(listing, render_card, resource=c.customer_uuid)


def _own_card(c: CustomerCtx) -> sqlite3.Row:
    """The customer's card named by the path, checked for the refusals redeem and transfer share."""
    card = fetch_or_404(
        c.conn,
        f"SELECT {CARD_COLUMNS} FROM {CARD_SOURCE} WHERE g.id = ? AND g.owner_uuid = ? AND g.store_id IN"
        f" {_in(c.store_ids)}",
        [c.path["id"], c.customer_uuid, *c.store_ids],
        "gift_card_not_found",
        "This customer owns no gift card with this id.",
    )
    if card["redeemed"]:
        raise ApiError("gift_card_redeemed", "This gift card was already redeemed.")
    if card["expires_at"] is not None and card["expires_at"] <= c.now:
        raise ApiError("gift_card_expired", "This gift card has expired.")
    if not card["active"]:
        raise ApiError("gift_card_inactive", "This gift card is disabled.")
    return card


def redeem_gift_card(ctx: Ctx) -> Response:
    c = _c(ctx)
    card = _own_card(c)
    with db.transaction(ctx.conn):
        credited = ctx.conn.execute(
            "UPDATE customers SET credit = credit + :amount WHERE store_id = :store AND resident_uuid = :who"
            " AND credit + :amount <= :limit",
            {
                "amount": card["credit"],
                "store": card["store_id"],
                "who": c.customer_uuid,
                "limit": ctx.config.credit_limit,
            },
        ).rowcount
        if credited != 1:
            raise ApiError("credit_limit_exceeded", f"A credit balance may not exceed {ctx.config.credit_limit} L$.")
        ctx.conn.execute("UPDATE gift_cards SET redeemed = 1 WHERE id = ?", (card["id"],))
        if card["expires_at"] is not None and card["credit"] > 0:
            ctx.conn.execute(
                "INSERT INTO credit_lots (store_id, customer_uuid, amount, restricted, expires_at, source_card)"
                " VALUES (?, ?, ?, 0, ?, ?)",
                (card["store_id"], c.customer_uuid, card["credit"], card["expires_at"], card["id"]),
            )
    return json_response(True)


def transfer_gift_card(ctx: Ctx) -> Response:
    assert ctx.body is not None
    c = _c(ctx)
    card = _own_card(c)
    if not card["transfer"]:
        raise ApiError("gift_card_not_transferable", "This gift card is not transferable.")
    ident = parse_identifier(ctx.body["receiverIdentifier"], "receiverIdentifier")
    receiver = resolve_body_customer(ctx.conn, card["store_id"], ident, "receiverIdentifier")
    if receiver["uuid"] == c.customer_uuid:
        raise ApiError("validation_failed", "receiverIdentifier: a gift card cannot be transferred to its owner.")
    ctx.conn.execute(
        "UPDATE gift_cards SET owner_uuid = ? WHERE id = ? AND owner_uuid = ?",
        (receiver["uuid"], card["id"], c.customer_uuid),
    )
    return json_response(True)


# ---------------------------------------------------------------- news


def _subscribed(c: CustomerCtx) -> set[str]:
    rows = c.conn.execute(
        f"SELECT store_id FROM customers WHERE resident_uuid = ? AND news_subscriber = 1 AND is_banned = 0"
        f" AND store_id IN {_in(c.store_ids)}",
        [c.customer_uuid, *c.store_ids],
    ).fetchall()
    return {row["store_id"] for row in rows}


def list_news(ctx: Ctx) -> Response:
    c = _c(ctx)
    subscribed = _subscribed(c)

    def render(row: sqlite3.Row) -> dict[str, Any]:
        on_demand = bool(row["on_demand"])
        return {
            "id": row["id"],
            "storeId": row["store_id"],
            "message": row["message"],
            "item": row["item"],
            "onDemandItem": on_demand,
            "canRequestItem": row["item"] is not None and on_demand and row["store_id"] in subscribed,
            "created": timefmt.to_text(row["created"]),
        }

    stores = c.scope_stores
    listing = Listing(
        columns="n.*",
        source="news_posts n",
        where=[f"n.store_id IN {_in(stores)}"],
        params=list(stores),
        seq="(-n.seq)",
    )
    return ctx.page_of(listing, render, resource=c.customer_uuid)


def get_unread(ctx: Ctx) -> Response:
    c = _c(ctx)
    by_store = []
    for store in c.store_ids:
        count = ctx.conn.execute(
            "SELECT COUNT(*) FROM news_posts n WHERE n.store_id = ? AND n.seq > COALESCE("
            "(SELECT last_seq FROM news_seen s WHERE s.store_id = ? AND s.customer_uuid = ?), 0)",
            (store, store, c.customer_uuid),
        ).fetchone()[0]
        by_store.append({"storeId": store, "count": count})
    return json_response({"total": sum(entry["count"] for entry in by_store), "byStore": by_store})


def mark_seen(ctx: Ctx) -> Response:
    assert ctx.body is not None
    c = _c(ctx)
    store = ctx.body["storeId"]
    if store is not None and store not in c.store_ids:
        raise ApiError("store_out_of_scope", "This customer token does not cover that store.")
    for sid in (store,) if store is not None else c.store_ids:
        ctx.conn.execute(
            "INSERT INTO news_seen (store_id, customer_uuid, last_seq) VALUES"
            " (?, ?, COALESCE((SELECT MAX(seq) FROM news_posts WHERE store_id = ?), 0))"
            " ON CONFLICT(store_id, customer_uuid) DO UPDATE SET last_seq = excluded.last_seq",
            (sid, c.customer_uuid, sid),
        )
    return no_content()


def request_news_item(ctx: Ctx) -> Response:
    c = _c(ctx)
    post = fetch_or_404(
        ctx.conn,
        f"SELECT * FROM news_posts WHERE id = ? AND store_id IN {_in(c.store_ids)}",
        [ctx.path["id"], *c.store_ids],
        "news_post_not_found",
        "No news post of this token's stores has this id.",
    )
    if post["item"] is None or not post["on_demand"]:
        raise ApiError("news_item_not_available", "This post has no on-demand item to request.")
    if post["store_id"] not in _subscribed(c):
        raise ApiError("news_subscription_required", "Only active news subscribers may request this item.")
    ctx.conn.execute(
        "INSERT INTO news_item_requests (post_id, customer_uuid, requested_at) VALUES (?, ?, ?)",
        (post["id"], c.customer_uuid, ctx.now),
    )
    return json_response(True)


def _op(op_id: str, method: str, path: str, handler: Any, **kwargs: Any) -> Operation:
    return Operation(op_id, method, "/v1/customer" + path, "", handler, auth="customer", **kwargs)


OPERATIONS = [
    _op("getCustomerProfile", "GET", "/profile", get_profile),
    _op("getCustomerContext", "GET", "/context", get_context),
    _op("getCustomerAccount", "GET", "/account", get_account),
    _op("listCustomerRedeliveryProducts", "GET", "/redelivery/products", list_redelivery_products, paginated=True),
    _op("requestCustomerRedelivery", "POST", "/redelivery", request_redelivery, body="required", schema=REDELIVERY),
    _op("listCustomerTransactions", "GET", "/transactions", list_transactions, paginated=True),
    _op("listCustomerOwnGiftCards", "GET", "/giftcards", list_gift_cards, paginated=True),
    _op("redeemCustomerGiftCard", "POST", "/giftcards/{id}/redeem", redeem_gift_card),
    _op(
        "transferCustomerGiftCard",
        "POST",
        "/giftcards/{id}/transfer",
        transfer_gift_card,
        body="required",
        schema=TRANSFER,
    ),
    _op("listCustomerNews", "GET", "/news", list_news, paginated=True),
    _op("getCustomerNewsUnread", "GET", "/news/unread", get_unread),
    _op("markCustomerNewsSeen", "POST", "/news/seen", mark_seen, body="required", schema=SEEN),
    _op("requestCustomerNewsItem", "POST", "/news/{id}/request-item", request_news_item),
]
