"""Coupons: lists (store-wide with `active`, per owner), read, create, full-replace update,
and apply / revoke on a customer (exactly one coupon selector; scope 0 store-wide, 1 product)."""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

from starlette.responses import Response

from .. import db, timefmt
from ..errors import ApiError
from ..identifiers import parse_identifier, require_resident, resolve_body_resident
from ..operations import Ctx, Operation, json_response
from ..pagination import Listing
from ..validation import Bool, Field, Int, Obj, QueryParam, Str, Uuid
from .lookups import path_customer, require_product

COUPON_LIFETIME_SECONDS = 365 * 86400
STORE_WIDE, PRODUCT = 0, 1
SELECTORS = ("code", "couponOwnerUuid", "couponId")

_COUPON_FIELDS = {
    "code": Field(Str(1, 64), required=True),
    "discount": Field(Int(0, 100), default=0),
    "ownerProfit": Field(Int(0, 100), default=0),
    "active": Field(Bool(), default=True),
    "bloggersSync": Field(Bool(), default=False),
}
CREATE = Obj({**_COUPON_FIELDS, "ownerIdentifier": Field(Str(), required=True)})
UPDATE = Obj(_COUPON_FIELDS)


def _exactly_one_selector(raw: dict[str, Any], body: dict[str, Any]) -> str | None:
    given = [name for name in SELECTORS if body.get(name) is not None]
    if len(given) != 1:
        return "exactly one of code, couponOwnerUuid, couponId must be given (and not null)"
    return None


def _scope_and_product(raw: dict[str, Any], body: dict[str, Any]) -> str | None:
    if body["scope"] == PRODUCT and body.get("productId") is None:
        return "productId: is required when scope is 1 (product)"
    if body["scope"] == STORE_WIDE and body.get("productId") is not None:
        return "productId: must be omitted when scope is 0 (store-wide)"
    return None


_SELECTION_FIELDS = {
    "code": Field(Str(1, 64, nullable=True)),
    "couponOwnerUuid": Field(Uuid(nullable=True)),
    "couponId": Field(Uuid(nullable=True)),
    "scope": Field(Int(choices=(STORE_WIDE, PRODUCT)), required=True),
    "productId": Field(Uuid(nullable=True)),
}
REVOKE = Obj(_SELECTION_FIELDS, checks=(_exactly_one_selector, _scope_and_product))
APPLY = Obj(
    {**_SELECTION_FIELDS, "expiresInHours": Field(Int(1, 168, nullable=True))},
    checks=(_exactly_one_selector, _scope_and_product),
)

COLUMNS = "k.*, r.username AS owner_username"
SOURCE = "coupons k JOIN residents r ON r.uuid = k.owner_uuid"


def render_coupon(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "code": row["code"],
        "active": bool(row["active"]),
        "bloggersSync": bool(row["bloggers_sync"]),
        "couponOwnerUuid": row["owner_uuid"],
        "couponOwnerUsername": row["owner_username"],
        "discount": row["discount"],
        "ownerProfit": row["owner_profit"],
        "usesPerCustomer": row["uses_per_customer"],
        "expiration": timefmt.to_text(row["expiration"]),
    }


def _find(ctx: Ctx, condition: str, params: tuple[Any, ...], order: str = "k.seq") -> sqlite3.Row | None:
    row: sqlite3.Row | None = ctx.conn.execute(
        f"SELECT {COLUMNS} FROM {SOURCE} WHERE k.store_id = ? AND {condition} ORDER BY {order} LIMIT 1",
        (ctx.store_id, *params),
    ).fetchone()
    return row


def require_coupon(ctx: Ctx, coupon_id: str) -> sqlite3.Row:
    row = _find(ctx, "k.id = ?", (coupon_id,))
    if row is None:
        raise ApiError("coupon_not_found", "No coupon of this store has this id.")
    return row


def coupon_response(ctx: Ctx, coupon_id: str) -> Response:
    return json_response(render_coupon(require_coupon(ctx, coupon_id)))


def _ensure_code_free(ctx: Ctx, code: str, except_id: str | None = None) -> None:
    clash = _find(ctx, "k.code_key = ? AND k.id IS NOT ?", (code.casefold(), except_id))
    if clash is not None:
        raise ApiError("coupon_code_taken", "Another coupon of this store already uses this code (case-insensitive).")


def list_coupons(ctx: Ctx) -> Response:
    where: list[str] = ["k.store_id = ?"]
    params: list[Any] = [ctx.store_id]
    if "active" in ctx.query:
        where.append("k.active = ?")
        params.append(int(ctx.query["active"]))
    return ctx.page_of(Listing(COLUMNS, SOURCE, where, params, "k.seq"), render_coupon)


def list_coupons_by_owner(ctx: Ctx) -> Response:
    owner = require_resident(ctx.conn, ctx.path["identifier"])
    listing = Listing(COLUMNS, SOURCE, ["k.store_id = ?", "k.owner_uuid = ?"], [ctx.store_id, owner["uuid"]], "k.seq")
    return ctx.page_of(listing, render_coupon, resource=owner["uuid"])


def get_coupon(ctx: Ctx) -> Response:
    return coupon_response(ctx, ctx.path["id"])


def _values(body: dict[str, Any]) -> tuple[Any, ...]:
    return (
        body["code"],
        body["code"].casefold(),
        body["discount"],
        body["ownerProfit"],
        body["active"],
        body["bloggersSync"],
    )


def create_coupon(ctx: Ctx) -> Response:
    assert ctx.body is not None
    owner_ident = parse_identifier(ctx.body["ownerIdentifier"], "ownerIdentifier")
    owner = resolve_body_resident(ctx.conn, owner_ident, "ownerIdentifier")
    _ensure_code_free(ctx, ctx.body["code"])
    coupon_id = str(uuid.uuid4())
    ctx.conn.execute(
        "INSERT INTO coupons (code, code_key, discount, owner_profit, active, bloggers_sync, id, store_id, owner_uuid,"
        " uses_per_customer, expiration) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
        (*_values(ctx.body), coupon_id, ctx.store_id, owner["uuid"], ctx.now + COUPON_LIFETIME_SECONDS),
    )
    return coupon_response(ctx, coupon_id)


def update_coupon(ctx: Ctx) -> Response:
    assert ctx.body is not None
    coupon = require_coupon(ctx, ctx.path["id"])
    _ensure_code_free(ctx, ctx.body["code"], except_id=coupon["id"])
    ctx.conn.execute(
        "UPDATE coupons SET code = ?, code_key = ?, discount = ?, owner_profit = ?, active = ?, bloggers_sync = ?"
        " WHERE id = ?",
        (*_values(ctx.body), coupon["id"]),
    )
    return coupon_response(ctx, coupon["id"])


def _selected_coupon(ctx: Ctx, body: dict[str, Any]) -> sqlite3.Row:
    """code (case-insensitive) | couponOwnerUuid (newest ACTIVE coupon of that owner) | couponId."""
    if body.get("code") is not None:
        row = _find(ctx, "k.code_key = ?", (body["code"].casefold(),))
    elif body.get("couponOwnerUuid") is not None:
        row = _find(ctx, "k.owner_uuid = ? AND k.active = 1", (body["couponOwnerUuid"],), order="k.seq DESC")
    else:
        row = _find(ctx, "k.id = ?", (body["couponId"],))
    if row is None:
        raise ApiError("coupon_not_found", "No coupon of this store matches the selector.")
    return row


def _application_target(ctx: Ctx) -> tuple[sqlite3.Row, sqlite3.Row, str]:
    """Resolve customer, coupon and (product scope) product; returns (customer, coupon, product key)."""
    assert ctx.body is not None
    customer = path_customer(ctx)
    coupon = _selected_coupon(ctx, ctx.body)
    product_key = ""
    if ctx.body["scope"] == PRODUCT:
        product_key = require_product(ctx, ctx.body["productId"])["id"]
    return customer, coupon, product_key


def apply_coupon(ctx: Ctx) -> Response:
    assert ctx.body is not None
    customer, coupon, product_key = _application_target(ctx)
    if not coupon["active"]:
        raise ApiError("coupon_inactive", "This coupon is inactive and cannot be applied.")
    hours = ctx.body.get("expiresInHours") or 24
    expires_at = ctx.now + hours * 3600
    key = (ctx.store_id, customer["uuid"], ctx.body["scope"], product_key)
    with db.transaction(ctx.conn):
        live = ctx.conn.execute(
            "SELECT 1 FROM coupon_applications WHERE store_id = ? AND customer_uuid = ? AND scope = ?"
            " AND product_key = ? AND expires_at > ?",
            (*key, ctx.now),
        ).fetchone()
        ctx.conn.execute(
            "INSERT OR REPLACE INTO coupon_applications (store_id, customer_uuid, scope, product_key, coupon_id,"
            " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
            (*key, coupon["id"], expires_at),
        )
    return json_response(
        {
            "couponId": coupon["id"],
            "code": coupon["code"],
            "discount": coupon["discount"],
            "scope": "product" if ctx.body["scope"] == PRODUCT else "store",
            "productId": product_key or None,
            "customerUuid": customer["uuid"],
            "customerUsername": customer["username"],
            "expiresAt": timefmt.to_text(expires_at),
            "replaced": live is not None,
        }
    )


def revoke_coupon(ctx: Ctx) -> Response:
    """Nothing matched (no such coupon, product or application) is `revoked: false`; only the customer must exist."""
    assert ctx.body is not None
    try:
        customer, coupon, product_key = _application_target(ctx)
    except ApiError as error:
        if error.code in ("coupon_not_found", "product_not_found"):
            path_customer(ctx)
            return json_response({"revoked": False})
        raise
    removed = ctx.conn.execute(
        "DELETE FROM coupon_applications WHERE store_id = ? AND customer_uuid = ? AND scope = ? AND product_key = ?"
        " AND coupon_id = ? AND expires_at > ?",
        (ctx.store_id, customer["uuid"], ctx.body["scope"], product_key, coupon["id"], ctx.now),
    ).rowcount
    return json_response({"revoked": removed == 1})


ACTIONS = "/v1/customers/{identifier}/actions"
OPERATIONS = [
    Operation(
        "listCouponsByOwner",
        "GET",
        "/v1/coupons/owner/{identifier}",
        "coupons:read",
        list_coupons_by_owner,
        paginated=True,
    ),
    Operation(
        "listCoupons",
        "GET",
        "/v1/coupons",
        "coupons:read",
        list_coupons,
        query={"active": QueryParam("bool")},
        paginated=True,
    ),
    Operation("getCoupon", "GET", "/v1/coupons/{id}", "coupons:read", get_coupon),
    Operation("createCoupon", "POST", "/v1/coupons", "coupons:write", create_coupon, body="required", schema=CREATE),
    Operation(
        "updateCoupon", "PUT", "/v1/coupons/{id}", "coupons:write", update_coupon, body="required", schema=UPDATE
    ),
    Operation(
        "applyCoupon", "POST", f"{ACTIONS}/apply-coupon", "coupons:apply", apply_coupon, body="required", schema=APPLY
    ),
    Operation(
        "revokeCoupon",
        "POST",
        f"{ACTIONS}/revoke-coupon",
        "coupons:apply",
        revoke_coupon,
        body="required",
        schema=REVOKE,
    ),
]
