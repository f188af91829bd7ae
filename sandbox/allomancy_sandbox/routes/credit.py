"""Credit balances: read, set (absolute, <= credit limit) and atomic increments (never negative)."""

from __future__ import annotations

import sqlite3
from typing import Any

from starlette.responses import Response

from ..errors import ApiError
from ..operations import Ctx, Handler, Operation, json_response
from ..validation import INT32_MAX, Field, Int, Obj
from .lookups import identity, path_customer

SET_CREDIT = Obj({"credit": Field(Int(0, INT32_MAX), default=0)})
INCREMENT_CREDIT = Obj({"delta": Field(Int(nonzero=True), required=True)})


def render_credit(row: sqlite3.Row) -> dict[str, Any]:
    return {**identity(row), "credit": row["credit"], "restrictedCredit": row["restricted_credit"]}


def get_credit(ctx: Ctx) -> Response:
    return json_response(render_credit(path_customer(ctx)))


def _limit_error(ctx: Ctx) -> ApiError:
    return ApiError("credit_limit_exceeded", f"A credit balance may not exceed {ctx.config.credit_limit} L$.")


def setter(column: str) -> Handler:
    def handler(ctx: Ctx) -> Response:
        assert ctx.body is not None
        row = path_customer(ctx)
        if ctx.body["credit"] > ctx.config.credit_limit:
            raise _limit_error(ctx)
        ctx.conn.execute(f"UPDATE customers SET {column} = ? WHERE seq = ?", (ctx.body["credit"], row["seq"]))
        return json_response(render_credit(path_customer(ctx)))

    return handler


def incrementer(column: str) -> Handler:
    def handler(ctx: Ctx) -> Response:
        assert ctx.body is not None
        row = path_customer(ctx)
        delta: int = ctx.body["delta"]
        # One UPDATE with the bounds in the WHERE clause: concurrent increments can never lose an update
        # or push the balance out of [0, limit].
        updated = ctx.conn.execute(
            f"UPDATE customers SET {column} = {column} + :delta WHERE seq = :seq AND ("
            f"(:delta > 0 AND {column} + :delta <= :limit) OR (:delta < 0 AND {column} + :delta >= 0))",
            {"delta": delta, "seq": row["seq"], "limit": ctx.config.credit_limit},
        ).rowcount
        if updated != 1:
            if delta > 0:
                raise _limit_error(ctx)
            raise ApiError("insufficient_credit", "The customer does not hold enough credit for this decrement.")
        return json_response(render_credit(path_customer(ctx)))

    return handler


SET, SET_RESTRICTED = setter("credit"), setter("restricted_credit")  # fixed column names, never user input
INC, INC_RESTRICTED = incrementer("credit"), incrementer("restricted_credit")
ACTIONS = "/v1/customers/{identifier}/actions"
OPERATIONS = [
    Operation("getCustomerCredit", "GET", "/v1/customers/{identifier}/credit", "credits:read", get_credit),
    Operation(
        "setCustomerCredit", "POST", f"{ACTIONS}/set-credit", "credits:write", SET, body="required", schema=SET_CREDIT
    ),
    Operation(
        "setCustomerRestrictedCredit",
        "POST",
        f"{ACTIONS}/set-restricted-credit",
        "credits:write",
        SET_RESTRICTED,
        body="required",
        schema=SET_CREDIT,
    ),
    Operation(
        "incrementCustomerCredit",
        "POST",
        f"{ACTIONS}/increment-credit",
        "credits:write",
        INC,
        body="required",
        schema=INCREMENT_CREDIT,
    ),
    Operation(
        "incrementCustomerRestrictedCredit",
        "POST",
        f"{ACTIONS}/increment-restricted-credit",
        "credits:write",
        INC_RESTRICTED,
        body="required",
        schema=INCREMENT_CREDIT,
    ),
]
