"""Categories: CRUD plus product membership (idempotent add/remove) and the category's product list."""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

from starlette.responses import Response

from .. import db
from ..operations import Ctx, Operation, json_response
from ..pagination import Listing
from ..validation import Field, Obj, Str
from .lookups import fetch_or_404, require_product
from .products import product_page

CATEGORY_NAME = Obj({"name": Field(Str(1, 100), required=True)})
COLUMNS = (
    "c.seq, c.id, c.name, (SELECT COUNT(*) FROM category_products cp WHERE cp.category_id = c.id) AS product_count"
)


def render_category(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "name": row["name"], "productCount": row["product_count"]}


def require_category(ctx: Ctx, category_id: str) -> sqlite3.Row:
    return fetch_or_404(
        ctx.conn,
        f"SELECT {COLUMNS} FROM categories c WHERE c.id = ? AND c.store_id = ?",
        (category_id, ctx.store_id),
        "category_not_found",
        "No category of this store has this id.",
    )


def category_response(ctx: Ctx, category_id: str) -> Response:
    return json_response(render_category(require_category(ctx, category_id)))


def list_categories(ctx: Ctx) -> Response:
    listing = Listing(
        columns=COLUMNS, source="categories c", where=["c.store_id = ?"], params=[ctx.store_id], seq="c.seq"
    )
    return ctx.page_of(listing, render_category)


def get_category(ctx: Ctx) -> Response:
    return category_response(ctx, ctx.path["id"])


def create_category(ctx: Ctx) -> Response:
    assert ctx.body is not None
    category_id = str(uuid.uuid4())
    ctx.conn.execute(
        "INSERT INTO categories (id, store_id, name) VALUES (?, ?, ?)", (category_id, ctx.store_id, ctx.body["name"])
    )
    return category_response(ctx, category_id)


def update_category(ctx: Ctx) -> Response:
    assert ctx.body is not None
    category = require_category(ctx, ctx.path["id"])
    ctx.conn.execute("UPDATE categories SET name = ? WHERE id = ?", (ctx.body["name"], category["id"]))
    return category_response(ctx, category["id"])


def delete_category(ctx: Ctx) -> Response:
    category = require_category(ctx, ctx.path["id"])
    with db.transaction(ctx.conn):
        deleted = category_response(ctx, category["id"])
        ctx.conn.execute("DELETE FROM category_products WHERE category_id = ?", (category["id"],))
        ctx.conn.execute("DELETE FROM categories WHERE id = ?", (category["id"],))
    return deleted


def list_category_products(ctx: Ctx) -> Response:
    category = require_category(ctx, ctx.path["id"])
    return product_page(ctx, category["id"], resource=category["id"])


def add_product(ctx: Ctx) -> Response:
    category = require_category(ctx, ctx.path["id"])
    product = require_product(ctx, ctx.path["productId"])
    ctx.conn.execute(
        "INSERT OR IGNORE INTO category_products (category_id, product_id) VALUES (?, ?)",
        (category["id"], product["id"]),
    )
    return category_response(ctx, category["id"])


def remove_product(ctx: Ctx) -> Response:
    category = require_category(ctx, ctx.path["id"])
    product = require_product(ctx, ctx.path["productId"])
    ctx.conn.execute(
        "DELETE FROM category_products WHERE category_id = ? AND product_id = ?", (category["id"], product["id"])
    )
    return category_response(ctx, category["id"])


MEMBER = "/v1/categories/{id}/products/{productId}"
OPERATIONS = [
    Operation("listCategories", "GET", "/v1/categories", "categories:read", list_categories, paginated=True),
    Operation("getCategory", "GET", "/v1/categories/{id}", "categories:read", get_category),
    Operation(
        "createCategory",
        "POST",
        "/v1/categories",
        "categories:write",
        create_category,
        body="required",
        schema=CATEGORY_NAME,
    ),
    Operation(
        "updateCategory",
        "PUT",
        "/v1/categories/{id}",
        "categories:write",
        update_category,
        body="required",
        schema=CATEGORY_NAME,
    ),
    Operation("deleteCategory", "DELETE", "/v1/categories/{id}", "categories:write", delete_category),
    Operation(
        "listCategoryProducts",
        "GET",
        "/v1/categories/{id}/products",
        "categories:read",
        list_category_products,
        paginated=True,
    ),
    Operation("addProductToCategory", "PUT", MEMBER, "categories:write", add_product),
    Operation("removeProductFromCategory", "DELETE", MEMBER, "categories:write", remove_product),
]
