"""The customer surface's tables and seed rows: dated credit lots, gift-card expiries, purchases (some of them
gifts), news posts and what each customer has seen, profile pictures, customer page origins and revoked tokens.

Kept apart from seed.py: `create_schema` runs on every start (CREATE TABLE IF NOT EXISTS), `seed` only when the
database is new, inside the caller's transaction, after the API-key surface's rows exist.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

from . import db, key_crypto, timefmt
from .config import ConfigError
from .identifiers import stable_uuid
from .seed_ids import STORE1, STORE2, coupon_id, gift_card_id, product_id, resident_id
from .seed_ids import store_id as store_id_of

DEFAULT_ORIGIN = "https://customer.allomancy.com"

SCHEMA = """
CREATE TABLE IF NOT EXISTS customer_page_origins (
    store_id TEXT PRIMARY KEY,
    origin   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS resident_pictures (
    resident_uuid TEXT PRIMARY KEY,
    picture       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS revoked_customer_tokens (
    token_hash TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS gift_card_expiry (
    card_id    TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS credit_lots (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    store_id      TEXT NOT NULL,
    customer_uuid TEXT NOT NULL,
    amount        INTEGER NOT NULL CHECK (amount >= 0),
    restricted    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    source_card   TEXT
);
CREATE TABLE IF NOT EXISTS transactions (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT,
    id                TEXT NOT NULL UNIQUE,
    store_id          TEXT NOT NULL,
    product_id        TEXT NOT NULL,
    product_name      TEXT NOT NULL,
    payment           INTEGER NOT NULL,
    location          TEXT NOT NULL,
    payer_uuid        TEXT NOT NULL,
    receiver_uuid     TEXT NOT NULL,
    delivered         INTEGER NOT NULL,
    failed_to_deliver INTEGER NOT NULL,
    type              INTEGER NOT NULL,
    created           INTEGER NOT NULL,
    used_coupon_id    TEXT,
    used_credit       INTEGER NOT NULL,
    used_discount     INTEGER NOT NULL,
    remaining_credit  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS news_posts (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    id        TEXT NOT NULL UNIQUE,
    store_id  TEXT NOT NULL,
    message   TEXT NOT NULL,
    item      TEXT,
    on_demand INTEGER NOT NULL,
    created   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS news_seen (
    store_id      TEXT NOT NULL,
    customer_uuid TEXT NOT NULL,
    last_seq      INTEGER NOT NULL,
    PRIMARY KEY (store_id, customer_uuid)
);
CREATE TABLE IF NOT EXISTS collectives (
    id             TEXT PRIMARY KEY,
    owner_store_id TEXT NOT NULL,
    name           TEXT NOT NULL,
    logo           TEXT,
    origin         TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS collective_stores (
    collective_id TEXT NOT NULL,
    store_id      TEXT NOT NULL,
    position      INTEGER NOT NULL,
    PRIMARY KEY (collective_id, store_id)
);
CREATE TABLE IF NOT EXISTS customer_token_collectives (
    token_hash    TEXT PRIMARY KEY,
    collective_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS news_item_requests (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id       TEXT NOT NULL,
    customer_uuid TEXT NOT NULL,
    requested_at  INTEGER NOT NULL
);
"""

FAR = "2099-06-01T00:00:00Z"
NEAR = "2098-01-01T00:00:00Z"
PAST = "2021-01-01T00:00:00Z"

# One collective, owned by Crimson Forge, of both stores: (name, owner store, member stores, page origin).
COLLECTIVES = (("Forge & Loom", "Crimson Forge", ("Crimson Forge", "Azure Loom"), "https://forge-and-loom.example"),)


def collective_id(name: str) -> str:
    return stable_uuid("collective", name)


# store name -> configured customer page origin (stores without one use DEFAULT_ORIGIN)
ORIGINS = {"Azure Loom": "https://page.azure-loom.example"}
PICTURES = ("resident.username", "aether.ash", "azure.only")
# (store, card label, expiresAt): cards of seed.py that carry an expiry; the others never expire
CARD_EXPIRY = (
    ("Crimson Forge", "ru-purchased", FAR),  # transferable, unredeemed: redeems into a dated lot
    ("Crimson Forge", "ru-disabled", PAST),  # expired and unredeemed: hidden from its owner's list
    ("Crimson Forge", "ru-disabled-redeemed", PAST),  # expired but redeemed: still listed
    ("Crimson Forge", "aa-granted", NEAR),
)
# (store, customer, amount left, restricted, expiresAt)
LOTS = (
    ("Crimson Forge", "resident.username", 50, False, FAR),
    ("Crimson Forge", "resident.username", 30, False, NEAR),
    ("Crimson Forge", "resident.username", 20, False, PAST),  # expired: not an active lot
    ("Crimson Forge", "resident.username", 0, False, FAR),  # spent: not an active lot
    ("Crimson Forge", "aether.ash", 100, True, FAR),
)


@dataclass(frozen=True)
class PurchaseSeed:
    label: str
    store: str
    product: str
    payer: str
    receiver: str
    payment: int
    type: int
    created: str
    used_credit: int = 0
    used_discount: int = 0
    remaining_credit: int = 0
    coupon: str | None = None
    delivered: bool = True
    failed: bool = False


PURCHASES = (
    PurchaseSeed(
        "t1",
        "Crimson Forge",
        "Crimson Hat",
        "resident.username",
        "resident.username",
        225,
        0,
        "2026-01-05T10:00:00Z",
        20,
        25,
        100,
        "WELCOME10",
    ),
    PurchaseSeed(
        "t2",
        "Crimson Forge",
        "Ember Cloak",
        "aether.ash",
        "resident.username",
        350,
        1,
        "2026-02-14T12:30:00Z",
        50,
        50,
        2450,
    ),
    PurchaseSeed(
        "t3",
        "Crimson Forge",
        "Mist Scarf",
        "resident.username",
        "aether.ash",
        120,
        1,
        "2026-03-01T08:15:00Z",
        0,
        0,
        120,
    ),
    PurchaseSeed(
        "t4",
        "Crimson Forge",
        "Limited Lantern",
        "resident.username",
        "resident.username",
        650,
        3,
        "2026-04-20T18:45:00Z",
        0,
        0,
        120,
        None,
        False,
        True,
    ),
    PurchaseSeed("t5", "Crimson Forge", "Forge Gloves", "brass.vin", "brass.vin", 75, 0, "2026-05-02T09:00:00Z"),
    PurchaseSeed(
        "t6",
        "Azure Loom",
        "Azure Thread",
        "resident.username",
        "resident.username",
        30,
        9,
        "2026-05-10T07:00:00Z",
        3,
        0,
        4,
    ),
)


@dataclass(frozen=True)
class NewsSeed:
    label: str
    store: str
    message: str
    item: str | None
    on_demand: bool
    created: str


NEWS = (
    NewsSeed(
        "n1", "Crimson Forge", "The forge is open: welcome to Crimson Forge.", None, False, "2026-01-01T12:00:00Z"
    ),
    NewsSeed(
        "n2",
        "Crimson Forge",
        "Subscribers: a boxed hat is yours for the asking.",
        "Crimson Hat (boxed)",
        True,
        "2026-02-01T12:00:00Z",
    ),
    NewsSeed(
        "n3",
        "Crimson Forge",
        "The lantern was handed out at the summer fair.",
        "Lantern",
        False,
        "2026-03-01T12:00:00Z",
    ),
    NewsSeed(
        "n4", "Crimson Forge", "A winter scarf for every subscriber.", "Winter Scarf", True, "2026-04-01T12:00:00Z"
    ),
    NewsSeed("n5", "Azure Loom", "New thread colours on the loom.", "Thread Sampler", True, "2026-04-15T12:00:00Z"),
)


# Demo tokens that can never work, published in the keys file ("customerTokens") so that clients and the
# conformance suite can check the 401 of an expired and of a revoked token: (label, store, customer).
DEMO_TOKENS = (
    ("expired", "Crimson Forge", "resident.username"),
    ("revoked", "Crimson Forge", "resident.username"),
    ("expired", "Azure Loom", "azure.only"),
    ("revoked", "Azure Loom", "azure.only"),
)
REVOKED_TOKEN_EXPIRY = "2099-12-31T00:00:00Z"


def demo_token(secret: str, store_id: str, label: str) -> str:
    return "ct_" + key_crypto.b64url(key_crypto.derive(secret, "demo-customer-token", f"{store_id}|{label}"))


def demo_tokens(conn: sqlite3.Connection, secret: str, store_id: str) -> dict[str, str]:
    """{label: token} of the store's demo tokens that are in this database (re-derived, never stored)."""
    found = {}
    for label in ("expired", "revoked"):
        token = demo_token(secret, store_id, label)
        digest = hashlib.sha256(token.encode("ascii")).hexdigest()
        if conn.execute("SELECT 1 FROM customer_tokens WHERE token_hash = ?", (digest,)).fetchone():
            found[label] = token
    return found


def news_post_id(store: str, label: str) -> str:
    return stable_uuid(f"news:{store}", label)


def transaction_id(store: str, label: str) -> str:
    return stable_uuid(f"transaction:{store}", label)


def set_page_origins(conn: sqlite3.Connection, pairs: tuple[tuple[str, str], ...]) -> None:
    """Set stores' customer page origins (store id or name, origin); a store nobody names keeps its own.

    Raises ConfigError for a store the database does not hold (caller holds the transaction)."""
    for store, origin in pairs:
        found = db.find_store(conn, store)
        if found is None:
            raise ConfigError(f"SANDBOX_PAGE_ORIGINS names an unknown store {store!r}; known: {db.store_listing(conn)}")
        conn.execute(
            "INSERT INTO customer_page_origins (store_id, origin) VALUES (?, ?) "
            "ON CONFLICT(store_id) DO UPDATE SET origin = excluded.origin",
            (found, origin),
        )


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def seed(conn: sqlite3.Connection, secret: str, names: tuple[str, str] | None = None) -> None:
    """Insert the customer surface's seed rows for the two demo stores (caller holds the transaction).

    `names` are the names the two stores were seeded under (seed.seed_stores): the demo names, or a fresh
    store pair's, so a fresh pair gets the same purchases, news, lots and collective under its own ids.
    """
    rename = dict(zip((STORE1, STORE2), names or (STORE1, STORE2), strict=True))

    def store_id(name: str) -> str:
        return store_id_of(rename[name])

    def collective_name(name: str) -> str:
        return name if rename[STORE1] == STORE1 else f"{name} ({rename[STORE1]})"

    for store, origin in ORIGINS.items():
        conn.execute("INSERT INTO customer_page_origins (store_id, origin) VALUES (?, ?)", (store_id(store), origin))
    for name, owner, members, page in COLLECTIVES:
        cname = collective_name(name)
        conn.execute(
            "INSERT INTO collectives (id, owner_store_id, name, logo, origin) VALUES (?, ?, ?, ?, ?)",
            (collective_id(cname), store_id(owner), cname, stable_uuid("logo", name), page),
        )
        for position, member in enumerate(members):
            conn.execute(
                "INSERT INTO collective_stores (collective_id, store_id, position) VALUES (?, ?, ?)",
                (collective_id(cname), store_id(member), position),
            )
    for name in PICTURES:  # residents are shared by every store
        conn.execute(
            "INSERT OR IGNORE INTO resident_pictures (resident_uuid, picture) VALUES (?, ?)",
            (resident_id(name), stable_uuid("picture", name)),
        )
    for store, label, when in CARD_EXPIRY:
        conn.execute(
            "INSERT INTO gift_card_expiry (card_id, expires_at) VALUES (?, ?)",
            (gift_card_id(rename[store], label), timefmt.parse(when)),
        )
    for store, customer, amount, restricted, when in LOTS:
        conn.execute(
            "INSERT INTO credit_lots (store_id, customer_uuid, amount, restricted, expires_at) VALUES (?, ?, ?, ?, ?)",
            (store_id(store), resident_id(customer), amount, restricted, timefmt.parse(when)),
        )
    for p in PURCHASES:
        conn.execute(
            "INSERT INTO transactions (id, store_id, product_id, product_name, payment, location, payer_uuid,"
            " receiver_uuid, delivered, failed_to_deliver, type, created, used_coupon_id, used_credit, used_discount,"
            " remaining_credit) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                transaction_id(rename[p.store], p.label),
                store_id(p.store),
                product_id(rename[p.store], p.product),
                p.product,
                p.payment,
                f"{p.store} Mainstore",
                resident_id(p.payer),
                resident_id(p.receiver),
                p.delivered,
                p.failed,
                p.type,
                timefmt.parse(p.created),
                coupon_id(rename[p.store], p.coupon) if p.coupon else None,
                p.used_credit,
                p.used_discount,
                p.remaining_credit,
            ),
        )
    for label, store, customer in DEMO_TOKENS:
        digest = hashlib.sha256(demo_token(secret, store_id(store), label).encode("ascii")).hexdigest()
        expires = 1 if label == "expired" else timefmt.parse(REVOKED_TOKEN_EXPIRY)
        conn.execute(
            "INSERT INTO customer_tokens (token_hash, store_id, customer_uuid, expires_at) VALUES (?, ?, ?, ?)",
            (digest, store_id(store), resident_id(customer), expires),
        )
        if label == "revoked":
            conn.execute("INSERT INTO revoked_customer_tokens (token_hash) VALUES (?)", (digest,))
    for n in NEWS:
        conn.execute(
            "INSERT INTO news_posts (id, store_id, message, item, on_demand, created) VALUES (?, ?, ?, ?, ?, ?)",
            (
                news_post_id(rename[n.store], n.label),
                store_id(n.store),
                n.message,
                n.item,
                n.on_demand,
                timefmt.parse(n.created),
            ),
        )
