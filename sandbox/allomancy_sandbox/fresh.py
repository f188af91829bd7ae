"""Fresh stores: one call creates a new pair of seeded stores (a copy of the demo seed under new ids) with their
demo keys, and returns their keys-file document. CI jobs sharing one sandbox each take a fresh pair, so none sees
another's writes: every row a request can read or change belongs to its key's store.

Reached through `allomancy-sandbox fresh-store` and `POST /admin/fresh-store` (admin.py, guarded by
SANDBOX_ADMIN_SECRET). Residents are shared by all stores and never change.
"""

from __future__ import annotations

import secrets
import sqlite3
from typing import Any

from . import customer_seed, db, key_crypto, key_records, seed, seed_ids
from .scopes import SCOPES

PRIMARY_LABELS: tuple[str, ...] = ("all", *SCOPES)


def _store_keys(conn: sqlite3.Connection, secret: str, store_id: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for record in key_records.list_keys(conn, store_id):
        if record.demo_label is not None:
            found[record.demo_label] = key_crypto.derived_key(
                secret, key_records.demo_key_label(store_id, record.demo_label)
            )
    return found


def create(conn: sqlite3.Connection, secret: str, now: int, base_url: str) -> dict[str, Any]:
    """Create and seed two new stores in one transaction; return {"baseUrl", "stores": [...]} for them."""
    tag = secrets.token_hex(4)
    names = (f"{seed_ids.STORE1} {tag}", f"{seed_ids.STORE2} {tag}")
    with db.transaction(conn):
        conn.executemany(
            "INSERT OR IGNORE INTO residents (uuid, username) VALUES (?, ?)",
            [
                (seed_ids.resident_id(name), name)
                for name in sorted(
                    {c.username for c in seed.STORE1_CUSTOMERS + seed.STORE2_CUSTOMERS} | set(seed.EXTRA_RESIDENTS)
                )
            ],
        )
        ids = seed.seed_stores(conn, secret, now, names)
    stores = [
        {
            "id": sid,
            "name": name,
            "keys": _store_keys(conn, secret, sid),
            "customerTokens": customer_seed.demo_tokens(conn, secret, sid),
        }
        for sid, name in zip(ids, names, strict=True)
    ]
    return {"baseUrl": base_url, "stores": stores}
