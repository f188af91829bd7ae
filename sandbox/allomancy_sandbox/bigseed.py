"""Large stores: add N generated customers to a seeded store, with proportional products, coupons, gift cards
and spend (`allomancy-sandbox seed --customers 1000000`).

Per N customers: N residents (usernames `bulk.c0000001`...), N customers (every other one a newsletter
subscriber, spend spread over 0..49,999 L$), N/100 products, N/1000 coupons, N/10 gift cards. All values are
deterministic. The rows go in with executemany in ONE transaction, with synchronous=OFF and a large page cache for
the duration of the load (a crash mid-seed leaves the store as it was before: the transaction never committed).
Keyed reads and keyset pages use indexes (db.SCHEMA), so they cost about the same at 10^3 and 10^6 customers;
product search is a substring test on every active product of the store, so it grows with the product count.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass

from . import db
from .identifiers import stable_uuid

USERNAME_PREFIX = "bulk.c"
SPEND_RANGE = 50_000
PRODUCTS_PER = 100  # one product per 100 customers
COUPONS_PER = 1000
GIFT_CARDS_PER = 10


class SeedError(ValueError):
    pass


@dataclass(frozen=True)
class BulkResult:
    customers: int
    products: int
    coupons: int
    gift_cards: int
    seconds: float


def bulk_uuid(kind: int, index: int) -> str:
    """A deterministic UUID per (kind, index), sortable by index (cheap to insert into a B-tree)."""
    return f"b0{kind:06x}-0000-4000-8000-{index:012x}"


def bulk_username(index: int) -> str:
    return f"{USERNAME_PREFIX}{index:07d}"


def _residents(count: int) -> Iterator[tuple[str, str]]:
    for i in range(1, count + 1):
        yield bulk_uuid(1, i), bulk_username(i)


def _customers(store_id: str, count: int) -> Iterator[tuple[object, ...]]:
    for i in range(1, count + 1):
        spend = (i * 7919) % SPEND_RANGE
        yield (store_id, bulk_uuid(1, i), i % 1000, 0, (i % 5) * 5, i % 2, 0, spend, spend // 3, i % 40)


def _products(store_id: str, tag: str, count: int) -> Iterator[tuple[object, ...]]:
    for i in range(1, count + 1):
        yield (
            stable_uuid(f"bulk-product:{store_id}:{tag}", str(i)),
            store_id,
            f"Bulk Item {i:07d}",
            100 + i % 900,
            i % 3 != 0,
            i % 2,
            1,
            0,
            0,
            0,
            1,
            0,
            0,
            f"Generated product number {i} for load tests.",
        )


def _coupons(store_id: str, count: int, expiration: int) -> Iterator[tuple[object, ...]]:
    for i in range(1, count + 1):
        code = f"BULK{i:07d}"
        yield (
            stable_uuid(f"bulk-coupon:{store_id}", code),
            store_id,
            code,
            code.casefold(),
            bulk_uuid(1, i),
            5 + i % 20,
            i % 10,
            1,
            0,
            expiration,
        )


def _gift_cards(store_id: str, count: int, customers: int) -> Iterator[tuple[object, ...]]:
    for i in range(1, count + 1):
        owner = bulk_uuid(1, (i * GIFT_CARDS_PER) % customers + 1)
        yield (stable_uuid(f"bulk-giftcard:{store_id}", str(i)), store_id, owner, 10 + i % 500, 1, i % 4 == 0, 0, 1)


def seed_customers(conn: sqlite3.Connection, store_id: str, customers: int) -> BulkResult:
    """Add `customers` generated customers (and their proportional data) to the store, in one transaction."""
    if customers < 1:
        raise SeedError("--customers must be at least 1")
    if conn.execute("SELECT 1 FROM stores WHERE id = ?", (store_id,)).fetchone() is None:
        raise SeedError(f"no store {store_id}")
    if conn.execute("SELECT 1 FROM residents WHERE username = ?", (bulk_username(1),)).fetchone() is not None:
        raise SeedError("this database already holds generated customers; seed a new database")
    started = time.perf_counter()
    products, coupons, cards = customers // PRODUCTS_PER, customers // COUPONS_PER, customers // GIFT_CARDS_PER
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")  # 256 MiB while loading
    try:
        with db.transaction(conn):
            conn.executemany("INSERT INTO residents (uuid, username) VALUES (?, ?)", _residents(customers))
            conn.executemany(
                "INSERT INTO customers (store_id, resident_uuid, credit, restricted_credit, discount,"
                " news_subscriber, is_banned, spend_sum, spend_last_year, total_owned) VALUES (?,?,?,?,?,?,?,?,?,?)",
                _customers(store_id, customers),
            )
            conn.executemany(
                "INSERT INTO products (id, store_id, name, price, listed, bloggable, active, block_credits, limited,"
                " available_amount, perm_copy, perm_modify, perm_transfer, description)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                _products(store_id, "p", products),
            )
            conn.executemany(
                "INSERT INTO coupons (id, store_id, code, code_key, owner_uuid, discount, owner_profit, active,"
                " bloggers_sync, uses_per_customer, expiration) VALUES (?,?,?,?,?,?,?,?,?,1,?)",
                _coupons(store_id, coupons, 1924905600),
            )
            conn.executemany(
                "INSERT INTO gift_cards (id, store_id, owner_uuid, credit, active, redeemed, transfer, purchased)"
                " VALUES (?,?,?,?,?,?,?,?)",
                _gift_cards(store_id, cards, customers),
            )
    finally:
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -2000")
    # Fold the load into the database file and empty the WAL: otherwise every page read afterwards first searches
    # a write-ahead log of some 10^5 frames (pages then cost several times more at 10^6 customers).
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA optimize")
    return BulkResult(customers, products, coupons, cards, time.perf_counter() - started)
