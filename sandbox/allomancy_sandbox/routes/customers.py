"""Customers: list (filters), read, spend, full-replace update, ban (optional body) and unban."""

from __future__ import annotations

import sqlite3
from typing import Any

from starlette.responses import Response

from ..customer_auth import revoke_customer_tokens
from ..identifiers import CUSTOMER_COLUMNS
from ..operations import Ctx, Operation, json_response
from ..pagination import Listing
from ..validation import Bool, Field, Int, Obj, QueryParam, Str
from .lookups import identity, path_customer

UPDATE_CUSTOMER = Obj(
    {
        "discount": Field(Int(0, 100), default=0),
        "newsSubscriber": Field(Bool(), default=False),
    }
)
BAN = Obj({"reason": Field(Str(0, 500, nullable=True), default=None)})
LIST_FILTERS = {"newsSubscriber": QueryParam("bool"), "spentMoreThan": QueryParam("int32")}


def render_customer(row: sqlite3.Row) -> dict[str, Any]:
    return {
        **identity(row),
        "credit": row["credit"],
        "restrictedCredit": row["restricted_credit"],
        "discount": row["discount"],
        "newsSubscriber": bool(row["news_subscriber"]),
        "isBanned": bool(row["is_banned"]),
    }


def render_ban_state(row: sqlite3.Row) -> dict[str, Any]:
    return {**identity(row), "isBanned": bool(row["is_banned"])}


def list_customers(ctx: Ctx) -> Response:
    where = ["c.store_id = ?"]
    params: list[Any] = [ctx.store_id]
    if "newsSubscriber" in ctx.query:
        where.append("c.news_subscriber = ?")
        params.append(int(ctx.query["newsSubscriber"]))
    if "spentMoreThan" in ctx.query:
        where.append("c.spend_sum > ?")  # strictly greater; no recorded spend counts as 0
        params.append(ctx.query["spentMoreThan"])
    listing = Listing(
        columns=CUSTOMER_COLUMNS,
        source="customers c JOIN residents r ON r.uuid = c.resident_uuid",
        where=where,
        params=params,
        seq="c.seq",
    )
    return ctx.page_of(listing, render_customer)


def get_customer(ctx: Ctx) -> Response:
    return json_response(render_customer(path_customer(ctx)))


def get_spend(ctx: Ctx) -> Response:
    row = path_customer(ctx)
    return json_response(
        {
            **identity(row),
            "sum": row["spend_sum"],
            "lastYearSum": row["spend_last_year"],
            "totalOwned": row["total_owned"],
        }
    )


def _update(ctx: Ctx, assignments: str, params: tuple[Any, ...]) -> sqlite3.Row:
    """Apply an UPDATE to the path customer and return the re-read row."""
    row = path_customer(ctx)
    ctx.conn.execute(f"UPDATE customers SET {assignments} WHERE seq = ?", (*params, row["seq"]))
    return path_customer(ctx)


def update_customer(ctx: Ctx) -> Response:
    assert ctx.body is not None
    row = _update(ctx, "discount = ?, news_subscriber = ?", (ctx.body["discount"], ctx.body["newsSubscriber"]))
    return json_response(render_customer(row))


def ban_customer(ctx: Ctx) -> Response:
    reason = ctx.body["reason"] if ctx.body is not None else None
    banned = _update(ctx, "is_banned = 1, ban_reason = ?", (reason,))
    revoke_customer_tokens(ctx.conn, ctx.store_id, banned["uuid"])  # a ban ends the customer's page links
    return json_response(render_ban_state(banned))


def unban_customer(ctx: Ctx) -> Response:
    return json_response(render_ban_state(_update(ctx, "is_banned = 0, ban_reason = NULL", ())))


CUSTOMER = "/v1/customers/{identifier}"
OPERATIONS = [
    Operation(
        "listCustomers", "GET", "/v1/customers", "customers:read", list_customers, query=LIST_FILTERS, paginated=True
    ),
    Operation("getCustomer", "GET", CUSTOMER, "customers:read", get_customer),
    Operation("getCustomerSpend", "GET", f"{CUSTOMER}/spend", "customers:read", get_spend),
    Operation(
        "updateCustomer", "PUT", CUSTOMER, "customers:write", update_customer, body="required", schema=UPDATE_CUSTOMER
    ),
    Operation(
        "banCustomer", "POST", f"{CUSTOMER}/actions/ban", "customers:write", ban_customer, body="optional", schema=BAN
    ),
    Operation("unbanCustomer", "POST", f"{CUSTOMER}/actions/unban", "customers:write", unban_customer),
]
