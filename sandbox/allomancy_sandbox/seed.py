"""Deterministic seed data (fixed UUIDs from names) and first-start bootstrap.

Two stores: "Crimson Forge" (rich data, one demo key per scope plus "all") and "Azure Loom"
(small, no loyalty tiers, one "all" key). Demo keys are derived from the server secret kept in the
database, so a restart gives the same keys; only their hashes are stored.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from . import customer_seed, db, key_crypto, key_records, timefmt
from .config import Config
from .identifiers import stable_uuid
from .scopes import SCOPES
from .seed_ids import STORE1, STORE2, category_id, coupon_id, gift_card_id, product_id, resident_id, store_id

ACTIVE_WINDOW = ("2020-01-01T00:00:00Z", "2099-12-31T23:59:59Z")
EXPIRED_WINDOW = ("2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z")
FUTURE_WINDOW = ("2098-01-01T00:00:00Z", "2099-01-01T00:00:00Z")
COUPON_EXPIRATION = "2030-12-31T00:00:00Z"
# mpListing stays within 2^53 - 1, the largest integer JavaScript clients hold exactly (the spec's maximum).
MP_LISTING_MAX = 9_007_199_254_740_991


# Residents who are not customers of store 1 (coupon owners, delivery recipients, store owners...).
EXTRA_RESIDENTS = (
    "vesper.ironwood",  # owner of Crimson Forge
    "lyra.azure",  # owner of Azure Loom
    "blogger.one",
    "blogger.two",
    "wanderer.nomad",
    "azure.only",
    "loom.weaver",
)


@dataclass(frozen=True)
class CustomerSeed:
    username: str
    credit: int = 0
    restricted: int = 0
    discount: int = 0
    news: bool = False
    banned: bool = False
    spend: int = 0
    last_year: int = 0
    owned: int = 0


STORE1_CUSTOMERS: tuple[CustomerSeed, ...] = (
    CustomerSeed("resident.username", 120, 0, 5, True, False, 4820, 1310, 17),
    CustomerSeed("aether.ash", 2500, 300, 10, True, False, 12000, 4000, 40),
    CustomerSeed("brass.vin", 0, 0, 0, False, False, 1000, 1000, 3),
    CustomerSeed("cobalt.reyes", 75, 25, 0, True, False, 1001, 0, 4),
    CustomerSeed("dusk.harrow", 999_000, 0, 0, False, False, 999, 999, 2),
    CustomerSeed("ember.quill", 10, 10, 15, True, False, 250, 100, 1),
    CustomerSeed("flint.morrow", 0, 500, 0, False, False, 0, 0, 0),
    CustomerSeed("garnet.vale", 340, 0, 20, True, False, 7600, 2100, 22),
    CustomerSeed("hollow.pike", 5, 0, 0, False, False, 60, 60, 1),
    CustomerSeed("iris.thorne", 880, 120, 0, True, False, 3300, 0, 9),
    CustomerSeed("jasper.wren", 0, 0, 0, False, False, 0, 0, 0),
    CustomerSeed("kestrel.moon", 45, 0, 25, True, False, 15000, 9000, 51),
    CustomerSeed("lumen.crane", 1_000_000, 1_000_000, 0, False, False, 500, 0, 2),
    CustomerSeed("mistwalker", 60, 0, 0, True, False, 1200, 300, 6),
    CustomerSeed("nyx.rowan", 0, 75, 0, False, False, 80, 80, 1),
    CustomerSeed("onyx.blade", 1500, 0, 50, True, False, 22000, 5000, 70),
    CustomerSeed("pewter.finch", 20, 0, 0, False, False, 10, 0, 1),
    CustomerSeed("quartz.lark", 0, 0, 0, True, False, 0, 0, 0),
    CustomerSeed("rust.hale", 300, 300, 5, False, False, 2000, 2000, 8),
    CustomerSeed("sable.knight", 95, 0, 0, True, False, 950, 450, 5),
    CustomerSeed("tin.marsh", 0, 0, 100, False, False, 3, 3, 1),
    CustomerSeed("umber.fox", 700, 50, 0, True, False, 4100, 1000, 12),
    CustomerSeed("verdigris", 15, 0, 0, False, False, 45, 0, 1),
    CustomerSeed("willow.ash", 230, 0, 10, True, False, 6000, 600, 19),
    CustomerSeed("xenon.stark", 0, 0, 0, False, False, 0, 0, 0),
    CustomerSeed("yarrow.bell", 55, 5, 0, True, False, 700, 700, 3),
    CustomerSeed("zinc.harper", 400, 0, 0, False, False, 1000, 200, 4),
    CustomerSeed("grim.shade", 0, 0, 0, False, True, 150, 0, 1),
    CustomerSeed("old.timer", 90, 0, 0, True, True, 30000, 0, 80),
    CustomerSeed("quiet.guest", 0, 0, 0, False, False, 0, 0, 0),
)

STORE2_CUSTOMERS: tuple[CustomerSeed, ...] = (
    CustomerSeed("azure.only", 400, 0, 0, True, False, 900, 100, 2),
    CustomerSeed("resident.username", 7, 3, 0, False, False, 50, 50, 1),
    CustomerSeed("loom.weaver", 0, 0, 30, True, False, 5000, 0, 11),
    CustomerSeed("aether.ash", 0, 0, 0, False, True, 0, 0, 0),
)


@dataclass(frozen=True)
class ProductSeed:
    name: str
    price: int = 0
    listed: bool = True
    bloggable: bool = False
    active: bool = True
    description: str | None = None
    discount: tuple[int, int, tuple[str, str]] | None = None  # (value, type, window)
    image: bool = False
    item: str | None = None
    limited: bool = False
    available: int = 0
    block_credits: bool = False
    permissions: tuple[bool, bool, bool] = (True, False, False)
    demo_of: str | None = None
    mp_listing: int | None = None
    profit_shares: tuple[tuple[str, int], ...] = ()


STORE1_PRODUCTS: tuple[ProductSeed, ...] = (
    ProductSeed(
        "Crimson Hat",
        250,
        True,
        True,
        description="A red felt hat, forged in crimson.",
        discount=(10, 0, ACTIVE_WINDOW),
        image=True,
        item="Crimson Hat (boxed)",
        profit_shares=(("blogger.one", 10),),
        mp_listing=20611234,
    ),
    ProductSeed("50% Off Hat", 100, True, False, description=None),
    ProductSeed("Hat_500", 500, True, True, description="Underscore in the name."),
    ProductSeed("Hat500", 500, True, False, description="No underscore here."),
    ProductSeed(
        "Ember Cloak",
        400,
        True,
        True,
        description="A cloak with a flat discount.",
        discount=(50, 1, ACTIVE_WINDOW),
        permissions=(True, True, False),
    ),
    ProductSeed(
        "Forge Gloves",
        300,
        True,
        False,
        description="Override price while the sale runs.",
        discount=(75, 2, ACTIVE_WINDOW),
        block_credits=True,
    ),
    ProductSeed(
        "Ash Boots", 200, True, False, description="The sale ended long ago.", discount=(20, 0, EXPIRED_WINDOW)
    ),
    ProductSeed(
        "Steel Ring", 150, False, True, description="A sale that has not started.", discount=(30, 1, FUTURE_WINDOW)
    ),
    ProductSeed("Inactive Relic", 900, True, True, active=False, description="Retired from sale."),
    ProductSeed("Retired Crown", 1200, False, True, active=False, description=None),
    ProductSeed("Unlisted Sample", 0, False, False, description="Hidden from the vendor."),
    ProductSeed(
        "Demo Crimson Hat",
        0,
        False,
        False,
        description="Try before you buy.",
        demo_of="Crimson Hat",
        permissions=(True, True, True),
    ),
    ProductSeed(
        "Limited Lantern",
        650,
        True,
        True,
        description="Only a few were made.",
        limited=True,
        available=5,
        mp_listing=MP_LISTING_MAX,  # the largest listing id the spec allows
        item="Lantern",
    ),
    ProductSeed("Flat Overkill", 200, True, False, description=None, discount=(1000, 1, ACTIVE_WINDOW)),
    ProductSeed("Percent Overkill", 80, True, False, description=None, discount=(150, 0, ACTIVE_WINDOW)),
    ProductSeed(
        "Mist Scarf",
        120,
        True,
        True,
        description="Dyed CRIMSON in the old way.",
        profit_shares=(("blogger.one", 15), ("blogger.two", 5)),
    ),
)

STORE2_PRODUCTS: tuple[ProductSeed, ...] = (
    ProductSeed("Azure Thread", 30, True, True, description="Blue thread."),
    ProductSeed("Crimson Hat", 260, True, False, description="A different store's hat."),
    ProductSeed("Loom Frame", 1500, True, False, description=None, active=False),
)

# category name -> member product names
STORE1_CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Hats", ("Crimson Hat", "50% Off Hat", "Hat_500", "Hat500", "Retired Crown", "Demo Crimson Hat")),
    ("Outerwear", ("Ember Cloak", "Mist Scarf")),
    ("Accessories", ("Forge Gloves", "Steel Ring", "Limited Lantern", "Mist Scarf", "Inactive Relic")),
    ("Sale", ("Crimson Hat", "Ember Cloak", "Forge Gloves", "Flat Overkill", "Percent Overkill")),
    ("Empty Shelf", ()),
)
STORE2_CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (("Threads", ("Azure Thread",)),)


@dataclass(frozen=True)
class CouponSeed:
    code: str
    owner: str
    discount: int = 0
    owner_profit: int = 0
    active: bool = True
    bloggers_sync: bool = False


STORE1_COUPONS: tuple[CouponSeed, ...] = (
    CouponSeed("WELCOME10", "blogger.one", 10, 5, True, True),
    CouponSeed("VIP25", "blogger.one", 25, 10, True, False),
    CouponSeed("OLDSALE", "blogger.one", 40, 0, False, False),
    CouponSeed("BLOG5", "blogger.two", 5, 5, True, True),
    CouponSeed("SUMMER50", "blogger.two", 50, 0, False, False),
    CouponSeed("Mixed.Case", "aether.ash", 15, 3, True, False),
    CouponSeed("ASHFRIEND", "aether.ash", 20, 10, True, True),
)
STORE2_COUPONS: tuple[CouponSeed, ...] = (CouponSeed("AZURE15", "loom.weaver", 15, 5, True, False),)


@dataclass(frozen=True)
class GiftCardSeed:
    label: str
    owner: str
    credit: int
    active: bool
    redeemed: bool
    transfer: bool
    texture: bool
    purchased: bool


STORE1_GIFT_CARDS: tuple[GiftCardSeed, ...] = (
    GiftCardSeed("ru-granted", "resident.username", 500, True, False, False, False, False),
    GiftCardSeed("ru-purchased-redeemed", "resident.username", 250, True, True, True, True, True),
    GiftCardSeed("ru-disabled", "resident.username", 100, False, False, True, False, True),
    GiftCardSeed("ru-disabled-redeemed", "resident.username", 75, False, True, False, True, False),
    GiftCardSeed("ru-purchased", "resident.username", 1000, True, False, True, True, True),
    GiftCardSeed("aa-granted", "aether.ash", 300, True, False, False, False, False),
    GiftCardSeed("kc-redeemed", "kestrel.moon", 50, True, True, False, False, True),
)
STORE2_GIFT_CARDS: tuple[GiftCardSeed, ...] = (
    GiftCardSeed("az-granted", "azure.only", 40, True, False, False, False, False),
)

# (threshold, discount %, group only, last year only) in insertion order (deliberately unsorted)
STORE1_TIERS: tuple[tuple[int, int, bool, bool], ...] = (
    (5000, 10, False, False),
    (1000, 5, False, False),
    (20000, 15, False, True),
    (1000, 6, True, False),
    (0, 1, True, False),
)


def _insert_residents(conn: sqlite3.Connection) -> None:
    names = {c.username for c in STORE1_CUSTOMERS + STORE2_CUSTOMERS} | set(EXTRA_RESIDENTS)
    for name in sorted(names):
        conn.execute("INSERT INTO residents (uuid, username) VALUES (?, ?)", (resident_id(name), name))


def _insert_store(
    conn: sqlite3.Connection,
    name: str,
    owner: str,
    *,
    logo: bool,
    location: str,
    bonus: tuple[int, int],
    blog: tuple[bool, bool],
) -> str:
    sid = store_id(name)
    conn.execute(
        "INSERT INTO stores (id, name, logo, blog_listed, application_open, base_bonus, group_bonus, location_sl_url,"
        " owner_uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            sid,
            name,
            stable_uuid("logo", name) if logo else None,
            blog[0],
            blog[1],
            bonus[0],
            bonus[1],
            location,
            resident_id(owner),
        ),
    )
    return sid


def _insert_customers(conn: sqlite3.Connection, sid: str, seeds: tuple[CustomerSeed, ...]) -> None:
    for c in seeds:
        conn.execute(
            "INSERT INTO customers (store_id, resident_uuid, credit, restricted_credit, discount, news_subscriber,"
            " is_banned, ban_reason, spend_sum, spend_last_year, total_owned) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                sid,
                resident_id(c.username),
                c.credit,
                c.restricted,
                c.discount,
                c.news,
                c.banned,
                "Chargeback fraud" if c.banned else None,
                c.spend,
                c.last_year,
                c.owned,
            ),
        )


def _insert_products(conn: sqlite3.Connection, sid: str, store: str, seeds: tuple[ProductSeed, ...]) -> None:
    for p in seeds:
        if p.mp_listing is not None and not 0 <= p.mp_listing <= MP_LISTING_MAX:
            raise ValueError(f"{p.name}: mpListing {p.mp_listing} is outside 0..{MP_LISTING_MAX}")
        discount: tuple[int | None, ...] = (None, None, None, None)
        if p.discount is not None:
            value, kind, (start, end) = p.discount
            discount = (value, kind, timefmt.parse(start), timefmt.parse(end))
        shares = [{"userUuid": resident_id(name), "percent": pct} for name, pct in p.profit_shares]
        conn.execute(
            "INSERT INTO products (id, store_id, name, price, image, listed, bloggable, active, block_credits, item,"
            " limited, available_amount, perm_copy, perm_modify, perm_transfer, discount_value, discount_type,"
            " discount_start, discount_end, description, demo_id, mp_listing, profit_shares)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                product_id(store, p.name),
                sid,
                p.name,
                p.price,
                stable_uuid("image", p.name) if p.image else None,
                p.listed,
                p.bloggable,
                p.active,
                p.block_credits,
                p.item,
                p.limited,
                p.available,
                *p.permissions,
                *discount,
                p.description,
                product_id(store, p.demo_of) if p.demo_of else None,
                p.mp_listing,
                json.dumps(shares),
            ),
        )


def _insert_categories(
    conn: sqlite3.Connection, sid: str, store: str, seeds: tuple[tuple[str, tuple[str, ...]], ...]
) -> None:
    for name, members in seeds:
        cid = category_id(store, name)
        conn.execute("INSERT INTO categories (id, store_id, name) VALUES (?, ?, ?)", (cid, sid, name))
        for member in members:
            conn.execute(
                "INSERT INTO category_products (category_id, product_id) VALUES (?, ?)",
                (cid, product_id(store, member)),
            )


def _insert_coupons(conn: sqlite3.Connection, sid: str, store: str, seeds: tuple[CouponSeed, ...]) -> None:
    for c in seeds:
        conn.execute(
            "INSERT INTO coupons (id, store_id, code, code_key, owner_uuid, discount, owner_profit, active,"
            " bloggers_sync, uses_per_customer, expiration) VALUES (?,?,?,?,?,?,?,?,?,1,?)",
            (
                coupon_id(store, c.code),
                sid,
                c.code,
                c.code.casefold(),
                resident_id(c.owner),
                c.discount,
                c.owner_profit,
                c.active,
                c.bloggers_sync,
                timefmt.parse(COUPON_EXPIRATION),
            ),
        )


def _insert_gift_cards(conn: sqlite3.Connection, sid: str, store: str, seeds: tuple[GiftCardSeed, ...]) -> None:
    for g in seeds:
        conn.execute(
            "INSERT INTO gift_cards (id, store_id, owner_uuid, credit, active, redeemed, transfer, texture, purchased)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            (
                gift_card_id(store, g.label),
                sid,
                resident_id(g.owner),
                g.credit,
                g.active,
                g.redeemed,
                g.transfer,
                stable_uuid("texture", g.label) if g.texture else None,
                g.purchased,
            ),
        )


def _insert_demo_keys(conn: sqlite3.Connection, secret: str, sid: str, labels: tuple[str, ...], now: int) -> None:
    for label in labels:
        key = key_crypto.derived_key(secret, key_records.demo_key_label(sid, label))
        key_records.insert_key(
            conn,
            key_id=stable_uuid(f"key:{sid}", label),
            store_id=sid,
            name=f"demo {label}",
            scopes=SCOPES if label == "all" else (label,),
            key=key,
            created_at=now,
            demo_label=label,
        )


def seed(conn: sqlite3.Connection, secret: str, now: int) -> None:
    """Insert all seed rows (caller holds the transaction)."""
    _insert_residents(conn)
    seed_stores(conn, secret, now, (STORE1, STORE2))


def seed_stores(conn: sqlite3.Connection, secret: str, now: int, names: tuple[str, str]) -> tuple[str, str]:
    """Insert the two demo stores under these names (new names: new ids for every row); residents must exist."""
    name1, name2 = names
    s1 = _insert_store(
        conn,
        name1,
        "vesper.ironwood",
        logo=True,
        location="http://maps.secondlife.com/secondlife/Crimson%20Isle/128/128/25",
        bonus=(5, 10),
        blog=(True, True),
    )
    s2 = _insert_store(conn, name2, "lyra.azure", logo=False, location="", bonus=(0, 0), blog=(False, False))
    _insert_customers(conn, s1, STORE1_CUSTOMERS)
    _insert_customers(conn, s2, STORE2_CUSTOMERS)
    _insert_products(conn, s1, name1, STORE1_PRODUCTS)
    _insert_products(conn, s2, name2, STORE2_PRODUCTS)
    _insert_categories(conn, s1, name1, STORE1_CATEGORIES)
    _insert_categories(conn, s2, name2, STORE2_CATEGORIES)
    _insert_coupons(conn, s1, name1, STORE1_COUPONS)
    _insert_coupons(conn, s2, name2, STORE2_COUPONS)
    _insert_gift_cards(conn, s1, name1, STORE1_GIFT_CARDS)
    _insert_gift_cards(conn, s2, name2, STORE2_GIFT_CARDS)
    for threshold, pct, group_only, last_year in STORE1_TIERS:
        conn.execute(
            "INSERT INTO loyalty_tiers (store_id, spending_threshold, discount_percentage, is_group_only,"
            " is_last_year_only) VALUES (?, ?, ?, ?, ?)",
            (s1, threshold, pct, group_only, last_year),
        )
    _insert_demo_keys(conn, secret, s1, ("all", *SCOPES), now)
    _insert_demo_keys(conn, secret, s2, ("all",), now)
    customer_seed.seed(conn, secret, names)
    return s1, s2


def ensure_database(conn: sqlite3.Connection, config: Config) -> str:
    """Create the schema and seed a NEW database; return the server secret either way."""
    db.create_schema(conn)
    customer_seed.create_schema(conn)
    with db.transaction(conn):
        secret = db.get_meta(conn, "secret")
        if secret is None:
            secret = config.secret or key_crypto.new_secret()
            db.set_meta(conn, "secret", secret)
            db.set_meta(conn, "schema_version", db.SCHEMA_VERSION)
            seed(conn, secret, int(config.clock()))
        customer_seed.set_page_origins(conn, config.page_origins)
    return secret
