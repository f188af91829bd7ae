"""The demo stores' names and the fixed ids of seeded objects (UUIDs derived from names).

Both seeds use them: seed.py (the API-key surface's stores, customers, products, coupons, gift cards) and
customer_seed.py (the customer surface's rows that point at those objects). Living here, neither seed imports the
other.
"""

from __future__ import annotations

from .identifiers import stable_uuid

STORE1 = "Crimson Forge"
STORE2 = "Azure Loom"


def resident_id(username: str) -> str:
    return stable_uuid("resident", username)


def store_id(name: str) -> str:
    return stable_uuid("store", name)


def product_id(store: str, name: str) -> str:
    return stable_uuid(f"product:{store}", name)


def category_id(store: str, name: str) -> str:
    return stable_uuid(f"category:{store}", name)


def coupon_id(store: str, code: str) -> str:
    return stable_uuid(f"coupon:{store}", code)


def gift_card_id(store: str, label: str) -> str:
    return stable_uuid(f"giftcard:{store}", label)
