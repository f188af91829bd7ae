"""Helpers shared by the route modules: lookups that 404, and the customer addressed by the path."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from ..errors import ApiError
from ..identifiers import require_customer
from ..operations import Ctx


def fetch_or_404(conn: sqlite3.Connection, sql: str, params: Sequence[Any], code: str, detail: str) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(sql, params).fetchone()
    if row is None:
        raise ApiError(code, detail)
    return row


def path_customer(ctx: Ctx) -> sqlite3.Row:
    """The store customer named by the {identifier} path parameter (404 customer_not_found)."""
    return require_customer(ctx.conn, ctx.store_id, ctx.path["identifier"])


def require_product(ctx: Ctx, product_id: str) -> sqlite3.Row:
    return fetch_or_404(
        ctx.conn,
        "SELECT * FROM products WHERE id = ? AND store_id = ?",
        (product_id, ctx.store_id),
        "product_not_found",
        "No product of this store has this id.",
    )


def identity(row: sqlite3.Row) -> dict[str, Any]:
    """The {uuid, username} pair every customer response starts with."""
    return {"uuid": row["uuid"], "username": row["username"]}
