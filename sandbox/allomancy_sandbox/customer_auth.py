"""The customer surface's request pipeline: X-Customer-Token authentication (401), rate limit per token, then
the list parameters (customer_query.py) and the handler. Its CORS lives in cors.py.

A token is valid while it is unexpired, not revoked (banning the customer revokes their tokens) and its
customer is not banned. It names one customer of one store, or of every store of a collective (minted with
collectiveId by the collective's owner store).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response

from .config import Config
from .customer_query import parse_customer_query
from .errors import ApiError
from .key_records import KeyRecord
from .operations import Ctx, Operation
from .ratelimit import TokenBucketLimiter
from .validation import decode_path_param

HEADER = "x-customer-token"
PREFIX = "/v1/customer/"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass
class CustomerCtx(Ctx):
    """A handler context on the customer surface: the token's customer and stores."""

    customer_uuid: str = ""
    store_ids: tuple[str, ...] = ()
    store_filter: str | None = None  # the storeId query parameter, when given
    collective_id: str | None = None

    @property
    def scope_stores(self) -> tuple[str, ...]:
        """The stores a request covers: the storeId filter, else every store of the token."""
        return (self.store_filter,) if self.store_filter else self.store_ids


@dataclass(frozen=True)
class TokenSession:
    token_hash: str
    store_id: str
    customer_uuid: str
    expires_at: int
    store_ids: tuple[str, ...] = field(default=())
    collective_id: str | None = None  # a collective token covers every store of the collective


def find_token(conn: sqlite3.Connection, token: str, now: float) -> TokenSession | None:
    """The session of a usable token, or None (unknown, expired, revoked, or its customer is banned)."""
    digest = token_hash(token)
    row = conn.execute(
        "SELECT t.token_hash, t.store_id, t.customer_uuid, t.expires_at, c.is_banned FROM customer_tokens t"
        " JOIN customers c ON c.store_id = t.store_id AND c.resident_uuid = t.customer_uuid"
        " WHERE t.token_hash = ? AND NOT EXISTS (SELECT 1 FROM revoked_customer_tokens r WHERE r.token_hash = ?)",
        (digest, digest),
    ).fetchone()
    if row is None or now >= row["expires_at"] or row["is_banned"]:
        return None
    scope = conn.execute(
        "SELECT s.collective_id, s.store_id FROM customer_token_collectives t JOIN collective_stores s"
        " ON s.collective_id = t.collective_id WHERE t.token_hash = ? ORDER BY s.position",
        (digest,),
    ).fetchall()
    if scope:
        stores = tuple(str(r["store_id"]) for r in scope)
        return TokenSession(digest, row["store_id"], row["customer_uuid"], row["expires_at"], stores, scope[0][0])
    return TokenSession(digest, row["store_id"], row["customer_uuid"], row["expires_at"], (row["store_id"],))


def authenticate_token(conn: sqlite3.Connection, headers: Headers, now: float) -> TokenSession:
    values = headers.getlist(HEADER)
    if len(values) > 1 or any("," in value for value in values):
        raise ApiError("customer_token_invalid", "Send exactly one X-Customer-Token header value.")
    if not values or not values[0].strip():
        raise ApiError("customer_token_missing", "The X-Customer-Token header is required on the customer surface.")
    session = find_token(conn, values[0].strip(), now)
    if session is None:
        raise ApiError("customer_token_invalid", "The customer token is expired, unknown or revoked.")
    return session


def revoke_customer_tokens(conn: sqlite3.Connection, store_id: str, customer_uuid: str) -> None:
    """Revoke every token minted for this customer of this store (called when the store bans them)."""
    conn.execute(
        "INSERT OR IGNORE INTO revoked_customer_tokens (token_hash)"
        " SELECT token_hash FROM customer_tokens WHERE store_id = ? AND customer_uuid = ?",
        (store_id, customer_uuid),
    )


BodyReader = Callable[[Request, Operation], Awaitable[dict[str, Any] | None]]


async def respond(
    conn: sqlite3.Connection,
    config: Config,
    secret: str,
    limiter: TokenBucketLimiter | None,
    request: Request,
    op: Operation,
    params: dict[str, bytes],
    read_body: BodyReader,
) -> Response:
    """Token -> rate limit -> path, query and body validation -> lookups in the handler."""
    now = config.clock()
    session = authenticate_token(conn, request.headers, now)
    if limiter is not None:
        limiter.check("customer-token:" + session.token_hash)
    key = KeyRecord(
        id="customer-token",
        store_id=session.store_id,
        name="customer token",
        scopes=(),
        expires_at=session.expires_at,
        revoked=False,
        created_at=0,
        preview="",
        demo_label=None,
    )
    ctx = CustomerCtx(
        conn=conn,
        config=config,
        secret=secret,
        key=key,
        op=op,
        now=int(now),
        customer_uuid=session.customer_uuid,
        store_ids=session.store_ids,
        collective_id=session.collective_id,
    )
    ctx.path = {name: decode_path_param(name, raw) for name, raw in params.items()}
    ctx.query, ctx.page, ctx.store_filter = parse_customer_query(
        request.scope.get("query_string", b""), op.paginated, session.store_ids
    )
    ctx.body = await read_body(request, op)
    return op.handler(ctx)
