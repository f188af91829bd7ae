"""GET /v1/store and GET /v1/loyalty/tiers (scope store:read)."""

from __future__ import annotations

from starlette.responses import Response

from ..operations import Ctx, Operation, json_response
from .lookups import fetch_or_404


def get_store(ctx: Ctx) -> Response:
    row = fetch_or_404(
        ctx.conn,
        "SELECT s.*, r.username AS owner_username FROM stores s JOIN residents r ON r.uuid = s.owner_uuid"
        " WHERE s.id = ?",
        (ctx.store_id,),
        "store_not_found",
        "The store this key belongs to no longer exists.",
    )
    return json_response(
        {
            "id": row["id"],
            "name": row["name"],
            "logo": row["logo"],
            "blogListed": bool(row["blog_listed"]),
            "applicationOpen": bool(row["application_open"]),
            "bonus": {"baseBonus": row["base_bonus"], "groupBonus": row["group_bonus"]},
            "locationSlUrl": row["location_sl_url"],
            "ownerUuid": row["owner_uuid"],
            "ownerUsername": row["owner_username"],
        }
    )


def list_loyalty_tiers(ctx: Ctx) -> Response:
    rows = ctx.conn.execute(
        "SELECT * FROM loyalty_tiers WHERE store_id = ? ORDER BY spending_threshold, seq", (ctx.store_id,)
    ).fetchall()
    return json_response(
        [
            {
                "spendingThreshold": row["spending_threshold"],
                "discountPercentage": row["discount_percentage"],
                "isGroupOnly": bool(row["is_group_only"]),
                "isLastYearOnly": bool(row["is_last_year_only"]),
            }
            for row in rows
        ]
    )


OPERATIONS = [
    Operation("getStore", "GET", "/v1/store", "store:read", get_store),
    Operation("listLoyaltyTiers", "GET", "/v1/loyalty/tiers", "store:read", list_loyalty_tiers),
]
