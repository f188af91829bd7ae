"""X-API-Key authentication (401) and scope checks (403). Keys are never logged or echoed."""

from __future__ import annotations

import sqlite3

from starlette.datastructures import Headers

from . import keys, keystore
from .errors import ApiError

HEADER = "x-api-key"


def authenticate(conn: sqlite3.Connection, secret: str, headers: Headers, now: float) -> keystore.KeyRecord:
    """Exactly one non-empty X-API-Key value whose signature verifies and whose hash is a usable key."""
    values = headers.getlist(HEADER)
    if len(values) > 1 or any("," in value for value in values):
        raise ApiError("api_key_duplicate", "Send exactly one X-API-Key header value.")
    if not values or not values[0].strip():
        raise ApiError("api_key_missing", "The X-API-Key header is required.")
    key = values[0].strip()
    record = keystore.find_by_key(conn, key) if keys.has_valid_signature(secret, key) else None
    if record is None or not record.is_usable(now):
        raise ApiError("api_key_invalid", "The API key is malformed, unknown, revoked or expired.")
    return record


def require_scope(record: keystore.KeyRecord, scope: str) -> None:
    if scope not in record.scopes:
        raise ApiError("insufficient_scope", f"This operation requires the {scope} scope.")
