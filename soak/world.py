"""The soak's model of the store: which customers each kind of action may drive, the cards it granted, and what
the clients were told (the expected final state)."""

from __future__ import annotations

import random
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .soak_client import Client, walk


@dataclass
class Card:
    owner: str
    credit: int
    texture: str | None
    transfer: bool
    active: bool


@dataclass
class World:
    """What the clients were told (acknowledged writes), guarded by locks."""

    key: str
    customers: list[str]  # usernames, list order
    uuids: dict[str, str]
    inc_customers: list[str]
    set_customers: list[str]
    start: dict[str, tuple[int, int]]
    coupons: list[dict[str, Any]]
    products: list[str]
    seeded_cards: dict[str, set[str]]
    lock: threading.Lock = field(default_factory=threading.Lock)
    inc_acked: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    set_last: dict[str, list[int]] = field(default_factory=dict)
    set_locks: dict[str, threading.Lock] = field(default_factory=dict)
    cards: dict[str, Card] = field(default_factory=dict)
    card_locks: dict[str, threading.Lock] = field(default_factory=dict)
    grants: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    coupon_locks: dict[str, threading.Lock] = field(default_factory=dict)
    applied: dict[tuple[str, int, str], str] = field(default_factory=dict)  # (customer, scope, product) -> coupon
    counters: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def count(self, name: str, n: int = 1) -> None:
        with self.lock:
            self.counters[name] += n


SOAK_ALLOWED: dict[str, set[tuple[int, str]]] = {
    "incrementCredit": {(400, "insufficient_credit"), (400, "credit_limit_exceeded")},
    "incrementRestrictedCredit": {(400, "insufficient_credit"), (400, "credit_limit_exceeded")},
    "applyCoupon": {(400, "coupon_inactive")},
}


def list_all(
    client: Client,
    op: str,
    path: str,
    key: str,
    params: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    result = walk(client, op, path, key, 1000, params)
    if result is None:
        raise RuntimeError(f"could not list {path}")
    return [row for page in result[0] for row in page]


def build_world(client: Client, key: str, rng: random.Random) -> World:
    customers = list_all(client, "setup", "/v1/customers", key)
    names = [c["username"] for c in customers]
    start = {c["username"]: (c["credit"], c["restrictedCredit"]) for c in customers}
    set_customers = names[4::5]  # every fifth customer: a separate set for set-credit traffic
    inc_customers = [n for n in names if n not in set_customers]
    coupons = list_all(client, "setup", "/v1/coupons", key)
    products = [p["id"] for p in list_all(client, "setup", "/v1/products", key)]
    seeded = {n: {g["id"] for g in list_all(client, "setup", f"/v1/customers/{n}/giftcards", key)} for n in names}
    world = World(
        key=key,
        customers=names,
        uuids={c["username"]: c["uuid"] for c in customers},
        inc_customers=inc_customers,
        set_customers=set_customers,
        start=start,
        coupons=coupons,
        products=products,
        seeded_cards=seeded,
    )
    world.set_locks = {n: threading.Lock() for n in set_customers}
    world.coupon_locks = {n: threading.Lock() for n in names}
    return world
