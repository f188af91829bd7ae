"""Gift cards: grant (the only create), per-customer list (filters), read, full-replace update, disable."""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

from starlette.responses import Response

from ..errors import ApiError
from ..operations import Ctx, Operation, json_response
from ..pagination import Listing
from ..validation import INT32_MAX, Bool, Field, Int, Obj, QueryParam, Uuid
from .lookups import fetch_or_404, path_customer

GRANT = Obj(
    {
        "credit": Field(Int(1, INT32_MAX), required=True),
        "texture": Field(Uuid(nullable=True), default=None),
        "transfer": Field(Bool(), default=False),
    }
)
UPDATE = Obj(
    {
        "credit": Field(Int(0, INT32_MAX), default=0),
        "texture": Field(Uuid(nullable=True), default=None),
        "transfer": Field(Bool(), default=False),
        "active": Field(Bool(), default=False),
    }
)
LIST_FILTERS = {"active": QueryParam("bool"), "redeemed": QueryParam("bool")}
COLUMNS = "g.*, r.username AS owner_username"
SOURCE = "gift_cards g JOIN residents r ON r.uuid = g.owner_uuid"


def render_gift_card(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "ownerUuid": row["owner_uuid"],
        "ownerUsername": row["owner_username"],
        "credit": row["credit"],
        "active": bool(row["active"]),
        "redeemed": bool(row["redeemed"]),
        "transfer": bool(row["transfer"]),
        "texture": row["texture"],
        "purchased": bool(row["purchased"]),
    }


def require_gift_card(ctx: Ctx, card_id: str) -> sqlite3.Row:
    return fetch_or_404(
        ctx.conn,
        f"SELECT {COLUMNS} FROM {SOURCE} WHERE g.id = ? AND g.store_id = ?",
        (card_id, ctx.store_id),
        "gift_card_not_found",
        "No gift card of this store has this id.",
    )


def require_unredeemed(ctx: Ctx) -> sqlite3.Row:
    card = require_gift_card(ctx, ctx.path["id"])
    if card["redeemed"]:
        raise ApiError("gift_card_redeemed", "A redeemed gift card can no longer be changed.")
    return card


def gift_card_response(ctx: Ctx, card_id: str) -> Response:
    return json_response(render_gift_card(require_gift_card(ctx, card_id)))


def grant_gift_card(ctx: Ctx) -> Response:
    assert ctx.body is not None
    customer = path_customer(ctx)
    card_id = str(uuid.uuid4())
    ctx.conn.execute(
        "INSERT INTO gift_cards (id, store_id, owner_uuid, credit, active, redeemed, transfer, texture, purchased)"
        " VALUES (?, ?, ?, ?, 1, 0, ?, ?, 0)",
        (card_id, ctx.store_id, customer["uuid"], ctx.body["credit"], ctx.body["transfer"], ctx.body["texture"]),
    )
    return gift_card_response(ctx, card_id)


def list_customer_gift_cards(ctx: Ctx) -> Response:
    customer = path_customer(ctx)
    where = ["g.store_id = ?", "g.owner_uuid = ?"]
    params: list[Any] = [ctx.store_id, customer["uuid"]]
    for name in ("active", "redeemed"):
        if name in ctx.query:
            where.append(f"g.{name} = ?")
            params.append(int(ctx.query[name]))
    listing = Listing(columns=COLUMNS, source=SOURCE, where=where, params=params, seq="g.seq")
    return ctx.page_of(listing, render_gift_card, resource=customer["uuid"])


def get_gift_card(ctx: Ctx) -> Response:
    return gift_card_response(ctx, ctx.path["id"])


def update_gift_card(ctx: Ctx) -> Response:
    assert ctx.body is not None
    card = require_unredeemed(ctx)
    ctx.conn.execute(
        "UPDATE gift_cards SET credit = ?, texture = ?, transfer = ?, active = ? WHERE id = ?",
        (ctx.body["credit"], ctx.body["texture"], ctx.body["transfer"], ctx.body["active"], card["id"]),
    )
    return gift_card_response(ctx, card["id"])


def disable_gift_card(ctx: Ctx) -> Response:
    card = require_unredeemed(ctx)
    ctx.conn.execute("UPDATE gift_cards SET active = 0 WHERE id = ?", (card["id"],))
    return gift_card_response(ctx, card["id"])


OPERATIONS = [
    Operation(
        "grantGiftCard",
        "POST",
        "/v1/customers/{identifier}/actions/grant-gift-card",
        "giftcards:write",
        grant_gift_card,
        body="required",
        schema=GRANT,
    ),
    Operation(
        "listCustomerGiftCards",
        "GET",
        "/v1/customers/{identifier}/giftcards",
        "giftcards:read",
        list_customer_gift_cards,
        query=LIST_FILTERS,
        paginated=True,
    ),
    Operation("getGiftCard", "GET", "/v1/giftcards/{id}", "giftcards:read", get_gift_card),
    Operation(
        "updateGiftCard",
        "PUT",
        "/v1/giftcards/{id}",
        "giftcards:write",
        update_gift_card,
        body="required",
        schema=UPDATE,
    ),
    Operation("disableGiftCard", "POST", "/v1/giftcards/{id}/actions/disable", "giftcards:write", disable_gift_card),
]
