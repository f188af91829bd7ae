"""The paginated lists of the spec, each with path values that make it non-trivial (the category, coupon owner
and customer holding the most rows)."""

from __future__ import annotations

from collections import Counter

from .catalog import Catalog
from .spec import SpecIndex


def _busiest(values: list[str]) -> str | None:
    return Counter(values).most_common(1)[0][0] if values else None


def path_values(op_id: str, catalog: Catalog) -> dict[str, str] | None:
    """Path parameters for a list operation, or None when the store has nothing to list there."""
    if op_id == "listCategoryProducts":
        best = max(catalog.categories, key=lambda c: c["productCount"], default=None)
        return {"id": best["id"]} if best else None
    if op_id == "listCouponsByOwner":
        owner = _busiest([c["couponOwnerUuid"] for c in catalog.coupons])
        return {"identifier": owner} if owner else None
    if op_id == "listCustomerGiftCards":
        owner = _busiest([g["ownerUuid"] for g in catalog.gift_cards])
        if owner is None and catalog.customers:
            owner = catalog.customers[0]["uuid"]
        return {"identifier": owner} if owner else None
    return {}


def paginated(index: SpecIndex) -> list[str]:
    return [op.id for op in index.operations if op.paginated]
