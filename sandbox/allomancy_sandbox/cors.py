"""CORS on both surfaces.

The key surface (only with SANDBOX_CORS_ORIGINS): Starlette's middleware, but a refused preflight is answered as
problem+json like every other error. The customer surface (`/v1/customer/*`, always): only a store's customer page
origin may read the answers, never with credentials; the page origins are stored per store and per collective.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .customer_auth import HEADER, PREFIX, find_token
from .customer_seed import DEFAULT_ORIGIN
from .errors import problem_response


class ProblemCORSMiddleware(CORSMiddleware):
    def preflight_response(self, request_headers: Headers) -> Response:
        answer = super().preflight_response(request_headers)
        if answer.status_code < 400:
            return answer
        reason = bytes(answer.body).decode("utf-8", "replace")
        dropped = ("content-type", "content-length")
        kept = {name: value for name, value in answer.headers.items() if name.lower() not in dropped}
        return problem_response("validation_failed", f"{reason}: this preflight is refused.", kept)


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
