"""API key records in the database (hashes only): create, find, list, revoke, expire."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass

from . import key_crypto
from .customer_seed import demo_tokens
from .scopes import SCOPES

NAME_MIN, NAME_MAX = 3, 128


@dataclass(frozen=True)
class KeyRecord:
    id: str
    store_id: str
    name: str
    scopes: tuple[str, ...]
    expires_at: int | None
    revoked: bool
    created_at: int
    preview: str
    demo_label: str | None

    def is_usable(self, now: float) -> bool:
        return not self.revoked and (self.expires_at is None or now < self.expires_at)


def _record(row: sqlite3.Row) -> KeyRecord:
    return KeyRecord(
        id=row["id"],
        store_id=row["store_id"],
        name=row["name"],
        scopes=tuple(s for s in row["scopes"].split() if s),
        expires_at=row["expires_at"],
        revoked=bool(row["revoked"]),
        created_at=row["created_at"],
        preview=row["preview"],
        demo_label=row["demo_label"],
    )


def validate_name(name: str) -> str:
    if not NAME_MIN <= len(name) <= NAME_MAX:
        raise ValueError(f"key name must be {NAME_MIN} to {NAME_MAX} characters")
    return name


def insert_key(
    conn: sqlite3.Connection,
    *,
    key_id: str,
    store_id: str,
    name: str,
    scopes: tuple[str, ...],
    key: str,
    created_at: int,
    expires_at: int | None = None,
    demo_label: str | None = None,
) -> KeyRecord:
    validate_name(name)
    if not scopes or set(scopes) - set(SCOPES):
        raise ValueError("scopes must be a non-empty subset of the known scopes")
    try:
        conn.execute(
            "INSERT INTO api_keys (id, store_id, name, key_hash, preview, scopes, expires_at, revoked, created_at,"
            " demo_label) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            (
                key_id,
                store_id,
                name,
                key_crypto.hash_key(key),
                key_crypto.preview(key),
                " ".join(scopes),
                expires_at,
                created_at,
                demo_label,
            ),
        )
    except sqlite3.IntegrityError as exc:
        raise ValueError(f"a key named {name!r} already exists in this store") from exc
    found = get_key(conn, key_id)
    assert found is not None
    return found


def create_key(
    conn: sqlite3.Connection,
    secret: str,
    *,
    store_id: str,
    name: str,
    scopes: tuple[str, ...],
    now: int,
    expires_at: int | None = None,
) -> tuple[KeyRecord, str]:
    """Mint a random key; the plain key is returned once and never stored."""
    key = key_crypto.new_key(secret)
    record = insert_key(
        conn,
        key_id=str(uuid.uuid4()),
        store_id=store_id,
        name=name,
        scopes=scopes,
        key=key,
        created_at=now,
        expires_at=expires_at,
    )
    return record, key


def get_key(conn: sqlite3.Connection, key_id: str) -> KeyRecord | None:
    row = conn.execute("SELECT * FROM api_keys WHERE id = ?", (key_id,)).fetchone()
    return None if row is None else _record(row)


def find_by_key(conn: sqlite3.Connection, key: str) -> KeyRecord | None:
    digest = key_crypto.hash_key(key)
    row = conn.execute("SELECT * FROM api_keys WHERE key_hash = ?", (digest,)).fetchone()
    if row is None or not key_crypto.hashes_equal(row["key_hash"], digest):
        return None
    return _record(row)


def list_keys(conn: sqlite3.Connection, store_id: str | None = None) -> list[KeyRecord]:
    if store_id is None:
        rows = conn.execute("SELECT * FROM api_keys ORDER BY store_id, created_at, name").fetchall()
    else:
        rows = conn.execute(
            "SELECT * FROM api_keys WHERE store_id = ? ORDER BY created_at, name", (store_id,)
        ).fetchall()
    return [_record(row) for row in rows]


def revoke(conn: sqlite3.Connection, key_id: str) -> bool:
    return conn.execute("UPDATE api_keys SET revoked = 1 WHERE id = ?", (key_id,)).rowcount == 1


def expire(conn: sqlite3.Connection, key_id: str, at: int) -> bool:
    return conn.execute("UPDATE api_keys SET expires_at = ? WHERE id = ?", (at, key_id)).rowcount == 1


def demo_key_label(store_id: str, label: str) -> str:
    return f"{store_id}|{label}"


def usable_demo_keys(conn: sqlite3.Connection, secret: str, now: float) -> dict[str, dict[str, str]]:
    """Re-derive every usable demo key: {store_id: {label: key}}. Keys are never read from storage."""
    result: dict[str, dict[str, str]] = {}
    for record in list_keys(conn):
        if record.demo_label is None or not record.is_usable(now):
            continue
        key = key_crypto.derived_key(secret, demo_key_label(record.store_id, record.demo_label))
        if find_by_key(conn, key) is None:  # the secret changed under the database: skip silently
            continue
        result.setdefault(record.store_id, {})[record.demo_label] = key
    return result


def demo_stores(conn: sqlite3.Connection, secret: str, now: float) -> list[dict[str, object]]:
    """[{id, name, keys: {label: key}}] for every store, in seed order (the keys-file layout)."""
    derived = usable_demo_keys(conn, secret, now)
    rows = conn.execute("SELECT id, name FROM stores ORDER BY seq").fetchall()
    return [
        # customerTokens: the customer surface's never-working demo tokens (expired, revoked)
        {
            "id": row["id"],
            "name": row["name"],
            "keys": derived.get(row["id"], {}),
            "customerTokens": demo_tokens(conn, secret, row["id"]),
        }
        for row in rows
    ]
