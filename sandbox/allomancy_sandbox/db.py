"""SQLite schema, connection setup and small transaction helpers.

The app uses ONE connection, touched only from the event loop thread (all handlers are async
and never await while a transaction is open), so statements are serialized. Writes that must
be atomic are single statements with their bounds in the WHERE clause, or run inside
BEGIN IMMEDIATE (see `transaction`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS residents (
    uuid     TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS stores (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    logo             TEXT,
    blog_listed      INTEGER NOT NULL,
    application_open INTEGER NOT NULL,
    base_bonus       INTEGER NOT NULL,
    group_bonus      INTEGER NOT NULL,
    location_sl_url  TEXT NOT NULL,
    owner_uuid       TEXT NOT NULL REFERENCES residents(uuid)
);
CREATE TABLE IF NOT EXISTS api_keys (
    id         TEXT PRIMARY KEY,
    store_id   TEXT NOT NULL,
    name       TEXT NOT NULL,
    key_hash   TEXT NOT NULL UNIQUE,
    preview    TEXT NOT NULL,
    scopes     TEXT NOT NULL,
    expires_at INTEGER,
    revoked    INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    demo_label TEXT,
    UNIQUE (store_id, name)
);
CREATE TABLE IF NOT EXISTS customers (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT,
    store_id          TEXT NOT NULL,
    resident_uuid     TEXT NOT NULL REFERENCES residents(uuid),
    credit            INTEGER NOT NULL DEFAULT 0 CHECK (credit >= 0),
    restricted_credit INTEGER NOT NULL DEFAULT 0 CHECK (restricted_credit >= 0),
    discount          INTEGER NOT NULL DEFAULT 0,
    news_subscriber   INTEGER NOT NULL DEFAULT 0,
    is_banned         INTEGER NOT NULL DEFAULT 0,
    ban_reason        TEXT,
    spend_sum         INTEGER NOT NULL DEFAULT 0,
    spend_last_year   INTEGER NOT NULL DEFAULT 0,
    total_owned       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (store_id, resident_uuid)
);
CREATE TABLE IF NOT EXISTS products (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    store_id         TEXT NOT NULL,
    name             TEXT NOT NULL,
    price            INTEGER,
    image            TEXT,
    listed           INTEGER NOT NULL,
    bloggable        INTEGER NOT NULL,
    active           INTEGER NOT NULL,
    block_credits    INTEGER NOT NULL,
    item             TEXT,
    limited          INTEGER NOT NULL,
    available_amount INTEGER NOT NULL,
    perm_copy        INTEGER NOT NULL,
    perm_modify      INTEGER NOT NULL,
    perm_transfer    INTEGER NOT NULL,
    discount_value   INTEGER,
    discount_type    INTEGER,
    discount_start   INTEGER,
    discount_end     INTEGER,
    description      TEXT,
    demo_id          TEXT,
    mp_listing       INTEGER,
    profit_shares    TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS products_store ON products (store_id, seq);
CREATE TABLE IF NOT EXISTS categories (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    id       TEXT NOT NULL UNIQUE,
    store_id TEXT NOT NULL,
    name     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS category_products (
    category_id TEXT NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    product_id  TEXT NOT NULL REFERENCES products(id),
    PRIMARY KEY (category_id, product_id)
);
CREATE TABLE IF NOT EXISTS coupons (
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,
    id                 TEXT NOT NULL UNIQUE,
    store_id           TEXT NOT NULL,
    code               TEXT NOT NULL,
    code_key           TEXT NOT NULL,
    owner_uuid         TEXT NOT NULL REFERENCES residents(uuid),
    discount           INTEGER NOT NULL,
    owner_profit       INTEGER NOT NULL,
    active             INTEGER NOT NULL,
    bloggers_sync      INTEGER NOT NULL,
    uses_per_customer  INTEGER NOT NULL,
    expiration         INTEGER NOT NULL,
    UNIQUE (store_id, code_key)
);
CREATE TABLE IF NOT EXISTS coupon_applications (
    store_id      TEXT NOT NULL,
    customer_uuid TEXT NOT NULL,
    scope         INTEGER NOT NULL,
    product_key   TEXT NOT NULL,
    coupon_id     TEXT NOT NULL,
    expires_at    INTEGER NOT NULL,
    PRIMARY KEY (store_id, customer_uuid, scope, product_key)
);
CREATE TABLE IF NOT EXISTS gift_cards (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    store_id   TEXT NOT NULL,
    owner_uuid TEXT NOT NULL REFERENCES residents(uuid),
    credit     INTEGER NOT NULL CHECK (credit >= 0),
    active     INTEGER NOT NULL,
    redeemed   INTEGER NOT NULL,
    transfer   INTEGER NOT NULL,
    texture    TEXT,
    purchased  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS loyalty_tiers (
    seq                 INTEGER PRIMARY KEY AUTOINCREMENT,
    store_id            TEXT NOT NULL,
    spending_threshold  INTEGER NOT NULL,
    discount_percentage INTEGER NOT NULL,
    is_group_only       INTEGER NOT NULL,
    is_last_year_only   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS deliveries (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    store_id       TEXT NOT NULL,
    product_id     TEXT NOT NULL,
    recipient_uuid TEXT NOT NULL,
    message        TEXT NOT NULL,
    queued_at      INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS customer_tokens (
    token_hash    TEXT PRIMARY KEY,
    store_id      TEXT NOT NULL,
    customer_uuid TEXT NOT NULL,
    expires_at    INTEGER NOT NULL
);
-- Keyed look-ups and keyset pages stay index-driven at 10^6 rows (bigseed.py). An index on (store_id, x) also
-- orders by rowid (seq) within each x, so "WHERE store_id = ? [AND x = ?] AND seq > ? ORDER BY seq" is a range scan.
CREATE INDEX IF NOT EXISTS customers_store ON customers (store_id);
CREATE INDEX IF NOT EXISTS customers_store_news ON customers (store_id, news_subscriber);
CREATE INDEX IF NOT EXISTS gift_cards_store_owner ON gift_cards (store_id, owner_uuid);
"""


def connect(path: str) -> sqlite3.Connection:
    """Open the database in autocommit mode (explicit transactions only), WAL for files."""
    if path != ":memory:" and not path.startswith("file:"):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, uri=path.startswith("file:"))
    conn.row_factory = sqlite3.Row
    conn.create_function("ci_contains", 2, contains_casefold, deterministic=True)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    if path != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def contains_casefold(haystack: object, needle: object) -> bool:
    """Case-insensitive literal substring test (no LIKE wildcards: % and _ match themselves)."""
    if not isinstance(haystack, str) or not isinstance(needle, str):
        return False
    return needle.casefold() in haystack.casefold()


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def find_store(conn: sqlite3.Connection, text: str) -> str | None:
    """The id of the store named by `text`: its id, or its name in any case (commands and settings accept both)."""
    row = conn.execute("SELECT id FROM stores WHERE id = ? OR lower(name) = lower(?)", (text.lower(), text)).fetchone()
    return str(row["id"]) if row is not None else None


def store_listing(conn: sqlite3.Connection) -> str:
    """Every store as `name (id)`, for an error that names an unknown one."""
    return ", ".join(f"{r['name']} ({r['id']})" for r in conn.execute("SELECT id, name FROM stores ORDER BY name"))


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row["value"])


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
