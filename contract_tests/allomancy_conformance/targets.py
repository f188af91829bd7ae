"""Path-parameter values for an operation: real (from the catalog), unknown (well-formed, matching nothing)
and malformed (rejected by validation with 400, so a request built with them can never change anything)."""

from __future__ import annotations

import uuid
from typing import Any

from .catalog import Catalog
from .spec import Operation

MALFORMED_IDENTIFIER = "not a name!"
MALFORMED_UUID = "not-a-uuid"


def unknown_identifier() -> str:
    """A well-formed identifier no server knows: a fresh random avatar UUID."""
    return str(uuid.uuid4())


def malformed(operation: Operation) -> dict[str, str]:
    return {name: MALFORMED_IDENTIFIER if name == "identifier" else MALFORMED_UUID for name in operation.path_params}


def unknown(operation: Operation) -> dict[str, str]:
    return {name: unknown_identifier() for name in operation.path_params}


def _collection(operation: Operation) -> str:
    return operation.path.split("/")[2]


def real(operation: Operation, catalog: Catalog) -> dict[str, str] | None:
    """Values naming existing objects of the primary store, or None when the catalog has none."""
    values: dict[str, str] = {}
    for name in operation.path_params:
        value = _real_value(operation, name, catalog)
        if value is None:
            return None
        values[name] = value
    return values


def _first(rows: list[dict[str, Any]], key: str) -> str | None:
    return str(rows[0][key]) if rows else None


def _real_value(operation: Operation, name: str, catalog: Catalog) -> str | None:
    if name == "productId":
        return _first(catalog.products, "id")
    if name == "identifier":
        if operation.id == "listCouponsByOwner":
            return catalog.coupon_owners[0] if catalog.coupon_owners else None
        return _first(catalog.customers, "uuid")
    rows = {
        "products": catalog.products,
        "categories": catalog.categories,
        "coupons": catalog.coupons,
        "giftcards": catalog.gift_cards,
    }.get(_collection(operation), [])
    return _first(rows, "id")
