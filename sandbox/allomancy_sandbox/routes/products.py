"""Products: list (active only, filters), read (inactive too), create, full-replace update, deliver."""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any

from starlette.responses import Response

from .. import timefmt
from ..identifiers import parse_identifier, resolve_body_resident
from ..operations import Ctx, Operation, json_response
from ..pagination import Listing
from ..validation import INT32_MAX, Arr, Bool, DateTime, Field, Int, Obj, QueryParam, Str, Uuid
from .lookups import require_product

PERCENT, FLAT, OVERRIDE = 0, 1, 2

PERMISSIONS = Obj(
    {
        "copy": Field(Bool(), required=True),
        "modify": Field(Bool(), required=True),
        "transfer": Field(Bool(), required=True),
    },
    nullable=True,
)
DISCOUNT = Obj(
    {
        "value": Field(Int(0, INT32_MAX), required=True),
        "type": Field(Int(choices=(PERCENT, FLAT, OVERRIDE)), required=True),
        "startDate": Field(DateTime(), required=True),
        "endDate": Field(DateTime(), required=True),
    },
    nullable=True,
)
PROFIT_SHARE = Obj(
    {
        "username": Field(Str(0, 63, nullable=True)),
        "userUuid": Field(Uuid(), required=True),
        "percent": Field(Int(0, 100), required=True),
    }
)
PRODUCT_UPSERT = Obj(
    {
        "name": Field(Str(1, 255), required=True),
        "price": Field(Int(0, INT32_MAX), default=0),
        "image": Field(Uuid(nullable=True), default=None),
        "listed": Field(Bool(), default=False),
        "bloggable": Field(Bool(), default=False),
        "permissions": Field(PERMISSIONS, default=None),
        "discount": Field(DISCOUNT, default=None),
        "availableAmount": Field(Int(0, INT32_MAX), default=0),
        "limited": Field(Bool(), default=False),
        "item": Field(Str(0, 63, nullable=True), default=None),
        "blockCredits": Field(Bool(), default=False),
        "description": Field(Str(0, 4000, nullable=True), default=None),
        "profitShares": Field(Arr(PROFIT_SHARE, nullable=True), default=None),
        "demoId": Field(Uuid(nullable=True), default=None),
        "active": Field(Bool(), default=True),
    }
)
DELIVER = Obj(
    {
        "recipientIdentifier": Field(Str(), required=True),
        "message": Field(Str(0, 250, nullable=True), default=None),
    }
)
LIST_FILTERS = {
    "listed": QueryParam("bool"),
    "bloggable": QueryParam("bool"),
    "category": QueryParam("uuid"),
    "search": QueryParam("search"),
}
DEFAULT_PERMISSIONS = {"copy": True, "modify": False, "transfer": False}


def active_price(price: int | None, row: sqlite3.Row, now: int) -> int | None:
    """Price with the discount applied while now is in [startDate, endDate)."""
    kind = row["discount_type"]
    if price is None or kind is None or not row["discount_start"] <= now < row["discount_end"]:
        return price
    value = row["discount_value"]
    if kind == PERCENT:
        return int(price * (100 - min(value, 100)) // 100)
    if kind == FLAT:
        return int(max(0, price - value))
    return int(value)


def render_product(row: sqlite3.Row, now: int) -> dict[str, Any]:
    discount = None
    if row["discount_type"] is not None:
        discount = {
            "value": row["discount_value"],
            "type": row["discount_type"],
            "startDate": timefmt.to_text(row["discount_start"]),
            "endDate": timefmt.to_text(row["discount_end"]),
        }
    return {
        "id": row["id"],
        "name": row["name"],
        "price": row["price"],
        "activePrice": active_price(row["price"], row, now),
        "image": row["image"],
        "bloggable": bool(row["bloggable"]),
        "active": bool(row["active"]),
        "blockCredits": bool(row["block_credits"]),
        "item": row["item"],
        "limited": bool(row["limited"]),
        "availableAmount": row["available_amount"],
        "permissions": {
            "copy": bool(row["perm_copy"]),
            "modify": bool(row["perm_modify"]),
            "transfer": bool(row["perm_transfer"]),
        },
        "discount": discount,
        "description": row["description"],
        "demoId": row["demo_id"],
        "mpListing": row["mp_listing"],
        "profitShares": json.loads(row["profit_shares"]),
    }


def product_listing(ctx: Ctx, category_id: str | None) -> Listing:
    """The store's ACTIVE products, narrowed by the validated query filters (AND)."""
    where = ["p.store_id = ?", "p.active = 1"]
    params: list[Any] = [ctx.store_id]
    for name in ("listed", "bloggable"):
        if name in ctx.query:
            where.append(f"p.{name} = ?")
            params.append(int(ctx.query[name]))
    if category_id is not None:
        where.append(
            "p.id IN (SELECT cp.product_id FROM category_products cp JOIN categories c"
            " ON c.id = cp.category_id WHERE c.id = ? AND c.store_id = ?)"
        )
        params += [category_id, ctx.store_id]
    if "search" in ctx.query:
        where.append("(ci_contains(p.name, ?) OR ci_contains(p.description, ?))")
        params += [ctx.query["search"], ctx.query["search"]]
    return Listing(columns="p.*", source="products p", where=where, params=params, seq="p.seq")


def product_page(ctx: Ctx, category_id: str | None, resource: str = "") -> Response:
    return ctx.page_of(product_listing(ctx, category_id), lambda row: render_product(row, ctx.now), resource)


def list_products(ctx: Ctx) -> Response:
    return product_page(ctx, ctx.query.get("category"))


def get_product(ctx: Ctx) -> Response:
    return json_response(render_product(require_product(ctx, ctx.path["id"]), ctx.now))


def _columns(body: dict[str, Any]) -> dict[str, Any]:
    """Map a validated ProductUpsertRequest (defaults applied) to product columns."""
    permissions = body["permissions"] or DEFAULT_PERMISSIONS
    discount = body["discount"]
    shares = [{"userUuid": s["userUuid"], "percent": s["percent"]} for s in body["profitShares"] or []]
    return {
        "name": body["name"],
        "price": body["price"],
        "image": body["image"],
        "listed": body["listed"],
        "bloggable": body["bloggable"],
        "active": body["active"],
        "block_credits": body["blockCredits"],
        "item": body["item"],
        "limited": body["limited"],
        "available_amount": body["availableAmount"],
        "perm_copy": permissions["copy"],
        "perm_modify": permissions["modify"],
        "perm_transfer": permissions["transfer"],
        "discount_value": discount["value"] if discount else None,
        "discount_type": discount["type"] if discount else None,
        "discount_start": discount["startDate"] if discount else None,
        "discount_end": discount["endDate"] if discount else None,
        "description": body["description"],
        "demo_id": body["demoId"],
        "profit_shares": json.dumps(shares),
    }


def create_product(ctx: Ctx) -> Response:
    assert ctx.body is not None
    columns = {"id": str(uuid.uuid4()), "store_id": ctx.store_id, **_columns(ctx.body)}
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    ctx.conn.execute(f"INSERT INTO products ({names}) VALUES ({marks})", list(columns.values()))
    return json_response(render_product(require_product(ctx, columns["id"]), ctx.now))


def update_product(ctx: Ctx) -> Response:
    assert ctx.body is not None
    product = require_product(ctx, ctx.path["id"])
    columns = _columns(ctx.body)  # full replace; mpListing is not settable and stays
    assignments = ", ".join(f"{name} = ?" for name in columns)
    ctx.conn.execute(f"UPDATE products SET {assignments} WHERE id = ?", [*columns.values(), product["id"]])
    return json_response(render_product(require_product(ctx, product["id"]), ctx.now))


def deliver_product(ctx: Ctx) -> Response:
    assert ctx.body is not None
    recipient_ident = parse_identifier(ctx.body["recipientIdentifier"], "recipientIdentifier")
    product = require_product(ctx, ctx.path["id"])
    recipient = resolve_body_resident(ctx.conn, recipient_ident, "recipientIdentifier")
    message = ctx.body["message"] or ""
    ctx.conn.execute(
        "INSERT INTO deliveries (store_id, product_id, recipient_uuid, message, queued_at) VALUES (?, ?, ?, ?, ?)",
        (ctx.store_id, product["id"], recipient["uuid"], message, ctx.now),
    )
    return json_response(
        {
            "productId": product["id"],
            "recipientUuid": recipient["uuid"],
            "recipientUsername": recipient["username"],
            "queued": True,
            "message": message,
        }
    )


OPERATIONS = [
    Operation(
        "listProducts", "GET", "/v1/products", "products:read", list_products, query=LIST_FILTERS, paginated=True
    ),
    Operation("getProduct", "GET", "/v1/products/{id}", "products:read", get_product),
    Operation(
        "createProduct",
        "POST",
        "/v1/products",
        "products:write",
        create_product,
        body="required",
        schema=PRODUCT_UPSERT,
    ),
    Operation(
        "updateProduct",
        "PUT",
        "/v1/products/{id}",
        "products:write",
        update_product,
        body="required",
        schema=PRODUCT_UPSERT,
    ),
    Operation(
        "deliverProduct",
        "POST",
        "/v1/products/{id}/actions/deliver",
        "products:deliver",
        deliver_product,
        body="required",
        schema=DELIVER,
    ),
]
