"""Keyset pagination over an insertion sequence, with opaque HMAC-signed cursors.

A cursor carries a direction and a sequence number, and is bound to the store, the endpoint
(including its path resource) and a hash of the filter set; anything else is 400 invalid_pagination.
Order is always ascending insertion sequence. nextCursor walks forward from the last row of the page,
previousCursor walks back one page from its first row.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import key_crypto
from .errors import ApiError
from .validation import PageParams

MAX_CURSOR_LENGTH = 1024
_SIG_BYTES = 16


@dataclass(frozen=True)
class Binding:
    """What a cursor is valid for."""

    store_id: str
    endpoint: str
    filters: Mapping[str, Any]

    def filter_hash(self) -> str:
        canonical = json.dumps(dict(self.filters), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        return hashlib.sha256(canonical.encode("ascii")).hexdigest()[:24]


@dataclass(frozen=True)
class Position:
    forward: bool  # True: rows after `seq`; False: rows before `seq`
    seq: int


def _sign(secret: str, payload: str) -> str:
    return key_crypto.b64url(key_crypto.derive(secret, "cursor", payload)[:_SIG_BYTES])


def encode_cursor(secret: str, binding: Binding, position: Position) -> str:
    claims = {
        "s": binding.store_id,
        "e": binding.endpoint,
        "f": binding.filter_hash(),
        "d": "n" if position.forward else "p",
        "k": position.seq,
    }
    payload = key_crypto.b64url(json.dumps(claims, separators=(",", ":")).encode("ascii"))
    return f"{payload}.{_sign(secret, payload)}"


def _invalid() -> ApiError:
    return ApiError(
        "invalid_pagination",
        "cursor is not a cursor issued for this list and filter set; pass nextCursor/previousCursor back unchanged"
        " together with the same filters.",
    )


def decode_cursor(secret: str, binding: Binding, cursor: str) -> Position:
    if len(cursor) > MAX_CURSOR_LENGTH or cursor.count(".") != 1:
        raise _invalid()
    payload, signature = cursor.split(".")
    if not payload or not hmac.compare_digest(_sign(secret, payload).encode(), signature.encode("utf-8")):
        raise _invalid()
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (binascii.Error, ValueError) as exc:
        raise _invalid() from exc
    if not isinstance(claims, dict):
        raise _invalid()
    expected = {"s": binding.store_id, "e": binding.endpoint, "f": binding.filter_hash()}
    if any(claims.get(name) != value for name, value in expected.items()):
        raise _invalid()
    direction, seq = claims.get("d"), claims.get("k")
    if direction not in ("n", "p") or not isinstance(seq, int) or isinstance(seq, bool):
        raise _invalid()
    return Position(forward=direction == "n", seq=seq)


@dataclass(frozen=True)
class Listing:
    """A filtered row set: `SELECT {columns} FROM {source} WHERE {where...}` ordered by `seq`."""

    columns: str
    source: str
    where: Sequence[str]
    params: Sequence[Any]
    seq: str


def _fetch(
    conn: sqlite3.Connection, listing: Listing, extra: str, extra_params: list[Any], order: str, limit: int
) -> list[sqlite3.Row]:
    where = " AND ".join([*listing.where, extra]) or "1"
    sql = (
        f"SELECT {listing.columns}, {listing.seq} AS _seq FROM {listing.source} WHERE {where}"
        f" ORDER BY {listing.seq} {order} LIMIT ?"
    )
    return conn.execute(sql, [*listing.params, *extra_params, limit]).fetchall()


def _exists(conn: sqlite3.Connection, listing: Listing, extra: str, extra_params: list[Any]) -> bool:
    return bool(_fetch(conn, listing, extra, extra_params, "ASC", 1))


def paginate(
    conn: sqlite3.Connection,
    secret: str,
    binding: Binding,
    page: PageParams,
    listing: Listing,
    render: Callable[[sqlite3.Row], dict[str, Any]],
) -> dict[str, Any]:
    """Run one page of the listing and build the {data, pagination} envelope."""
    position = decode_cursor(secret, binding, page.cursor) if page.cursor else None
    seq = listing.seq
    if position is None or position.forward:
        after = position.seq if position else None
        rows = _fetch(
            conn,
            listing,
            f"{seq} > ?" if after is not None else "1",
            [after] if after is not None else [],
            "ASC",
            page.limit + 1,
        )
        has_next = len(rows) > page.limit
        rows = rows[: page.limit]
        if rows:
            has_prev = position is not None and _exists(conn, listing, f"{seq} < ?", [rows[0]["_seq"]])
        else:
            has_prev = after is not None and _exists(conn, listing, f"{seq} <= ?", [after])
    else:
        rows = _fetch(conn, listing, f"{seq} < ?", [position.seq], "DESC", page.limit + 1)
        has_prev = len(rows) > page.limit
        rows = list(reversed(rows[: page.limit]))
        last = rows[-1]["_seq"] if rows else position.seq - 1
        has_next = _exists(conn, listing, f"{seq} > ?", [last])
    first_seq = rows[0]["_seq"] if rows else (position.seq + (1 if position.forward else 0) if position else 0)
    last_seq = rows[-1]["_seq"] if rows else first_seq - 1
    next_cursor = encode_cursor(secret, binding, Position(True, last_seq)) if has_next else None
    prev_cursor = encode_cursor(secret, binding, Position(False, first_seq)) if has_prev else None
    return {
        "data": [render(row) for row in rows],
        "pagination": {"nextCursor": next_cursor, "previousCursor": prev_cursor, "limit": page.limit},
    }
