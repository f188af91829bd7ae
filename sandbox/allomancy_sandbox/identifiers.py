"""Resident identifiers (UUID or SL username) and resource UUIDs: parsing and resolution."""

from __future__ import annotations

import re
import sqlite3
import uuid
from dataclasses import dataclass

from .errors import ApiError

UUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
USERNAME_RE = re.compile(r"[A-Za-z0-9]{1,31}(?:\.[A-Za-z0-9]{1,31})?")

NAMESPACE = uuid.UUID("6f2d9a51-3c1e-5b7a-9d44-a1f0c0de5eed")


def stable_uuid(kind: str, name: str) -> str:
    """A deterministic UUID for seed data."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{name}"))


def is_uuid(text: str) -> bool:
    return UUID_RE.fullmatch(text) is not None


def normalize_uuid(text: str) -> str | None:
    return text.lower() if is_uuid(text) else None


@dataclass(frozen=True)
class Identifier:
    """A well-formed resident identifier: exactly one of uuid / username is set (lowercased)."""

    uuid: str | None
    username: str | None

    @property
    def text(self) -> str:
        return self.uuid or self.username or ""


def parse_identifier(text: str, where: str = "identifier") -> Identifier:
    """Parse a UUID or SL username; anything else is 400 invalid_identifier."""
    if is_uuid(text):
        return Identifier(uuid=text.lower(), username=None)
    if USERNAME_RE.fullmatch(text):
        return Identifier(uuid=None, username=text.lower())
    raise ApiError(
        "invalid_identifier",
        f"{where} must be a Second Life avatar UUID or a username such as 'resident.username'.",
    )


def find_resident(conn: sqlite3.Connection, ident: Identifier) -> sqlite3.Row | None:
    row: sqlite3.Row | None
    if ident.uuid is not None:
        row = conn.execute("SELECT uuid, username FROM residents WHERE uuid = ?", (ident.uuid,)).fetchone()
    else:
        row = conn.execute("SELECT uuid, username FROM residents WHERE username = ?", (ident.username,)).fetchone()
    return row


CUSTOMER_COLUMNS = """
    c.seq, c.store_id, c.resident_uuid AS uuid, r.username, c.credit, c.restricted_credit, c.discount,
    c.news_subscriber, c.is_banned, c.spend_sum, c.spend_last_year, c.total_owned
"""


def find_customer(conn: sqlite3.Connection, store_id: str, ident: Identifier) -> sqlite3.Row | None:
    column = "r.uuid" if ident.uuid is not None else "r.username"
    row: sqlite3.Row | None = conn.execute(
        f"SELECT {CUSTOMER_COLUMNS} FROM customers c JOIN residents r ON r.uuid = c.resident_uuid"
        f" WHERE c.store_id = ? AND {column} = ?",
        (store_id, ident.text),
    ).fetchone()
    return row


def require_customer(conn: sqlite3.Connection, store_id: str, ident: Identifier) -> sqlite3.Row:
    """Resolve a path identifier against the store's customers (404 customer_not_found)."""
    row = find_customer(conn, store_id, ident)
    if row is None:
        raise ApiError("customer_not_found", "No customer of this store matches the identifier.")
    return row


def require_resident(conn: sqlite3.Connection, ident: Identifier) -> sqlite3.Row:
    """Resolve a path identifier against all known residents (404 resident_not_found)."""
    row = find_resident(conn, ident)
    if row is None:
        raise ApiError("resident_not_found", "No resident matches the identifier.")
    return row


def resolve_body_resident(conn: sqlite3.Connection, ident: Identifier, field: str) -> sqlite3.Row:
    """Resolve a (parsed) body identifier against known residents (400 unresolved_identifier)."""
    row = find_resident(conn, ident)
    if row is None:
        raise ApiError("unresolved_identifier", f"{field} does not resolve to a known resident.")
    return row


def resolve_body_customer(conn: sqlite3.Connection, store_id: str, ident: Identifier, field: str) -> sqlite3.Row:
    """Resolve a (parsed) body identifier against the store's customers (400 unresolved_identifier)."""
    row = find_customer(conn, store_id, ident)
    if row is None:
        raise ApiError("unresolved_identifier", f"{field} does not resolve to a customer of this store.")
    return row
