"""Real objects of the server under test, discovered at session start by reading its lists through the API.

Works against any server: it only reads (customers, products, categories, coupons, and the gift cards of
the first customers). Generated identifiers are drawn from here so that fuzzed requests hit real objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .client import ApiClient
from .pages import walk
from .tally import TALLY

GIFT_CARD_CUSTOMERS = 12  # how many customers' gift-card lists to read


@dataclass
class Catalog:
    customers: list[dict[str, Any]] = field(default_factory=list)
    products: list[dict[str, Any]] = field(default_factory=list)
    categories: list[dict[str, Any]] = field(default_factory=list)
    coupons: list[dict[str, Any]] = field(default_factory=list)
    gift_cards: list[dict[str, Any]] = field(default_factory=list)

    @property
    def customer_identifiers(self) -> list[str]:
        return [c["username"] for c in self.customers] + [c["uuid"] for c in self.customers]

    @property
    def coupon_owners(self) -> list[str]:
        return sorted({c["couponOwnerUuid"] for c in self.coupons})

    @property
    def residents(self) -> list[str]:
        owners = [c["couponOwnerUsername"] for c in self.coupons]
        return sorted(set(self.customer_identifiers) | set(owners) | set(self.coupon_owners))

    def dictionaries(self) -> dict[str, list[str]]:
        """Named value lists for Schemathesis; empty lists are left out."""
        values = {
            "customers": self.customer_identifiers,
            "residents": self.residents,
            "products": [p["id"] for p in self.products],
            "categories": [c["id"] for c in self.categories],
            "coupons": [c["id"] for c in self.coupons],
            "couponCodes": [c["code"] for c in self.coupons],
            "couponOwners": self.coupon_owners,
            "giftcards": [g["id"] for g in self.gift_cards],
        }
        return {name: sorted(set(items)) for name, items in values.items() if items}


REQUIRED = {
    "customers": ("uuid", "username"),
    "products": ("id",),
    "categories": ("id", "productCount"),
    "coupons": ("id", "code", "couponOwnerUuid", "couponOwnerUsername"),
    "gift_cards": ("id", "ownerUuid"),
}


def _rows(client: ApiClient, operation_id: str, kind: str, path: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The rows of a list, without judging them (the layers do that): rows lacking what discovery needs are
    left out, so a broken server fails in the layer that checks the rule, not here."""
    walked = walk(client, operation_id, path=path, check=False)
    if walked.loop:
        TALLY.note(f"discovery stopped a looping walk: {walked.loop}")
    rows = walked.rows
    return [
        row for row in rows if isinstance(row, dict) and all(isinstance(row.get(k), (str, int)) for k in REQUIRED[kind])
    ]


def discover(client: ApiClient) -> Catalog:
    catalog = Catalog(
        customers=_rows(client, "listCustomers", "customers"),
        products=_rows(client, "listProducts", "products"),
        categories=_rows(client, "listCategories", "categories"),
        coupons=_rows(client, "listCoupons", "coupons"),
    )
    for customer in catalog.customers[:GIFT_CARD_CUSTOMERS]:
        catalog.gift_cards.extend(
            _rows(client, "listCustomerGiftCards", "gift_cards", path={"identifier": customer["uuid"]})
        )
    return catalog
