"""The customer surface's request pipeline: X-Customer-Token authentication (401), rate limit per token,
the list parameters (limit 1-100, default 24; cursor; storeId within the token's stores), and CORS that lets
only a store's customer page origin read the answers, never with credentials.

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

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .config import Config
from .customer_seed import DEFAULT_ORIGIN
from .errors import ApiError, problem_response
from .identifiers import normalize_uuid
from .key_records import KeyRecord
from .operations import Ctx, Operation
from .ratelimit import TokenBucketLimiter
from .validation import PageParams, decode_path_param, parse_int_text, split_query

HEADER = "x-customer-token"
PREFIX = "/v1/customer/"
LIMIT_DEFAULT, LIMIT_MIN, LIMIT_MAX = 24, 1, 100
LIST_PARAMS = ("limit", "cursor", "storeId")


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


def parse_customer_query(
    query_string: bytes, paginated: bool, store_ids: tuple[str, ...]
) -> tuple[dict[str, Any], PageParams | None, str | None]:
    values = split_query(query_string)
    known = set(LIST_PARAMS) if paginated else set()
    unknown = sorted(set(values) - known)
    if unknown:
        raise ApiError("validation_failed", f"Unknown query parameter(s): {', '.join(unknown)}.")
    if not paginated:
        return {}, None, None
    limit = LIMIT_DEFAULT
    if "limit" in values:
        number = parse_int_text(values["limit"])
        if number is None or not LIMIT_MIN <= number <= LIMIT_MAX:
            raise ApiError("invalid_pagination", f"limit must be an integer from {LIMIT_MIN} to {LIMIT_MAX}.")
        limit = number
    store_filter = None
    if "storeId" in values:
        store_filter = normalize_uuid(values["storeId"])
        if store_filter is None:
            raise ApiError("validation_failed", "Query parameter 'storeId' must be a UUID.")
        if store_filter not in store_ids:
            raise ApiError("store_out_of_scope", "This customer token does not cover that store.")
    filters = {"storeId": store_filter} if store_filter else {}
    return filters, PageParams(limit=limit, cursor=values.get("cursor") or None), store_filter


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


# ---------------------------------------------------------------- CORS


def origin_of(conn: sqlite3.Connection, store_id: str) -> str:
    row = conn.execute("SELECT origin FROM customer_page_origins WHERE store_id = ?", (store_id,)).fetchone()
    return str(row["origin"]) if row is not None else DEFAULT_ORIGIN


def collective_origin(conn: sqlite3.Connection, collective_id: str) -> str:
    row = conn.execute("SELECT origin FROM collectives WHERE id = ?", (collective_id,)).fetchone()
    return str(row["origin"]) if row is not None else DEFAULT_ORIGIN


def page_origins(conn: sqlite3.Connection) -> set[str]:
    stores = {str(row["origin"]) for row in conn.execute("SELECT origin FROM customer_page_origins")}
    return {DEFAULT_ORIGIN} | stores | {str(row["origin"]) for row in conn.execute("SELECT origin FROM collectives")}


class CustomerCORS:
    """CORS for /v1/customer/*: a preflight passes for any store's customer page origin (it carries no token);
    an answer may be read only by the origin of the token's store (any page origin when the token does not
    resolve, so a page can see its 401). Never Access-Control-Allow-Credentials. Other paths pass through."""

    METHODS = "GET, POST"
    HEADERS = "X-Customer-Token, Content-Type"

    def __init__(self, app: ASGIApp, conn_of: Callable[[], sqlite3.Connection], clock: Callable[[], float]) -> None:
        self.app = app
        self.conn_of = conn_of
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith(PREFIX):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if scope["method"] == "OPTIONS" and origin is not None and "access-control-request-method" in headers:
            await self._preflight(origin, headers)(scope, receive, send)
            return
        allowed = origin is not None and origin == self._reader_origin(origin, headers)

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                for name in [n for n in out if n.lower().startswith("access-control-")]:
                    del out[name]
                if allowed and origin is not None:
                    out["Access-Control-Allow-Origin"] = origin
                    out["Access-Control-Expose-Headers"] = "Retry-After"
                out.add_vary_header("Origin")
            await send(message)

        await self.app(scope, receive, send_with_cors)

    def _reader_origin(self, origin: str, headers: Headers) -> str | None:
        conn = self.conn_of()
        values = headers.getlist(HEADER)
        session = find_token(conn, values[0].strip(), self.clock()) if len(values) == 1 and values[0].strip() else None
        if session is not None:
            if session.collective_id is not None:
                return collective_origin(conn, session.collective_id)
            return origin_of(conn, session.store_id)
        return origin if origin in page_origins(conn) else None

    def _preflight(self, origin: str, headers: Headers) -> Response:
        method = headers.get("access-control-request-method", "")
        requested = {
            h.strip().lower() for h in headers.get("access-control-request-headers", "").split(",") if h.strip()
        }
        if origin not in page_origins(self.conn_of()):
            reason = "Disallowed CORS origin"
        elif method not in ("GET", "POST"):
            reason = "Disallowed CORS method"
        elif not requested <= {"x-customer-token", "content-type"}:
            reason = "Disallowed CORS headers"
        else:
            return Response(
                status_code=204,
                headers={
                    "Access-Control-Allow-Origin": origin,
                    "Access-Control-Allow-Methods": self.METHODS,
                    "Access-Control-Allow-Headers": self.HEADERS,
                    "Access-Control-Max-Age": "600",
                    "Vary": "Origin",
                },
            )
        return problem_response("validation_failed", f"{reason}: this preflight is refused.", {"Vary": "Origin"})
