"""The ASGI application: routing -> auth -> rate limit -> scope -> validation -> handler (lookups).

Every response that is not a success is problem+json. Any unexpected exception becomes a logged
500 internal_error (and is counted in `SandboxState.internal_errors`, which the tests assert stays 0).
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import logging
import sqlite3
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import admin, customer_auth, db, key_records, seed
from .auth import authenticate, require_scope
from .config import Config
from .cors import CustomerCORS, ProblemCORSMiddleware
from .errors import ApiError, error_response, problem_response
from .jsonbody import is_absent, load_body
from .operations import Ctx, Operation
from .ratelimit import TokenBucketLimiter
from .router import Router
from .routes import ALL_OPERATIONS
from .validation import decode_path_param, parse_query, validate_body

log = logging.getLogger("allomancy_sandbox")

# Every response says it comes from the sandbox (and which version), errors included, so tools such as the
# conformance suite can tell it from the real API.
IDENTITY_HEADER = b"x-allomancy-sandbox"
try:
    VERSION = importlib.metadata.version("allomancy-sandbox")
except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a bare source tree
    VERSION = "0"


class IdentifyMiddleware:
    """Adds `X-Allomancy-Sandbox: <version>` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def identified(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (IDENTITY_HEADER, VERSION.encode("ascii"))]
            await send(message)

        await self.app(scope, receive, identified)


class SandboxState:
    """The database connection, server secret, limiter and counters shared by all requests."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.conn = db.connect(config.db_path)
        self.secret = seed.ensure_database(self.conn, config)
        self.limiter = (
            TokenBucketLimiter(config.rate_limit, config.rate_burst) if config.rate_limit is not None else None
        )
        self.internal_errors = 0

    def reset(self) -> None:
        """Start over from a freshly seeded database (tests; only for ':memory:' databases)."""
        if self.config.db_path != ":memory:":
            raise RuntimeError("reset() is only supported for in-memory databases")
        old, self.conn = self.conn, db.connect(":memory:")
        old.close()
        self.secret = seed.ensure_database(self.conn, self.config)
        if self.config.rate_limit is not None:
            self.limiter = TokenBucketLimiter(self.config.rate_limit, self.config.rate_burst)

    def demo_keys(self) -> list[dict[str, Any]]:
        """[{id, name, keys: {label: key}}] for every store, from the usable demo keys."""
        return key_records.demo_stores(self.conn, self.secret, self.config.clock())

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()


class Dispatcher:
    """A raw ASGI endpoint: handles every method on every path itself."""

    def __init__(self, state: SandboxState, router: Router) -> None:
        self.state = state
        self.router = router

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # no websockets here
            return
        request = Request(scope, receive)
        try:
            response = await self.respond(request)
        except ApiError as error:
            response = error_response(error)
        except ClientDisconnect:
            return
        except Exception:  # the catch-all: never leak a traceback, always problem+json
            self.state.internal_errors += 1
            log.exception("internal error while handling %s %s", request.method, request.url.path)
            response = problem_response("internal_error", "The sandbox failed to handle this request.")
        await response(scope, receive, send)

    async def respond(self, request: Request) -> Response:
        raw_path = request.scope.get("raw_path") or request.url.path.encode("utf-8")
        if admin.handles(raw_path, self.state.config.admin_secret):
            return admin.respond(request, raw_path, self.state)
        match = self.router.match(request.method, raw_path)
        if match is None:
            raise ApiError("route_not_found", "No operation exists at this path.")
        if match.operation is None:
            allow = ", ".join(match.allowed)
            raise ApiError("method_not_allowed", f"Allowed methods: {allow}.", headers={"Allow": allow})
        op = match.operation
        state = self.state
        if op.auth == "customer":  # the customer surface: token instead of key, no scopes
            return await customer_auth.respond(
                state.conn, state.config, state.secret, state.limiter, request, op, match.params, self._body
            )
        now = state.config.clock()
        key = authenticate(state.conn, state.secret, request.headers, now)
        if state.limiter is not None:
            state.limiter.check(key.id)
        require_scope(key, op.scope)
        ctx = Ctx(conn=state.conn, config=state.config, secret=state.secret, key=key, op=op, now=int(now))
        ctx.path = {name: decode_path_param(name, raw) for name, raw in match.params.items()}
        ctx.query, ctx.page = parse_query(request.scope.get("query_string", b""), op.query, op.paginated)
        ctx.body = await self._body(request, op)
        return op.handler(ctx)

    async def _body(self, request: Request, op: Operation) -> dict[str, Any] | None:
        value = await load_body(request, op.body, self.state.config.max_body_bytes)
        if is_absent(value):
            return validate_body(op.schema, {}) if op.schema is not None and op.body == "optional" else None
        assert op.schema is not None
        return validate_body(op.schema, value)


def create_app(config: Config | None = None) -> Starlette:
    """Build the sandbox app; opens (and on first use creates and seeds) the database."""
    config = config or Config()
    state = SandboxState(config)
    dispatcher = Dispatcher(state, Router(ALL_OPERATIONS))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        state.close()

    # Outermost: the identifying header on every response; then the customer surface's own CORS (only a store's
    # customer page origin, no credentials).
    middleware = [
        Middleware(IdentifyMiddleware),
        Middleware(CustomerCORS, conn_of=lambda: state.conn, clock=config.clock),
    ]
    if config.cors_origins:
        middleware.append(
            Middleware(
                ProblemCORSMiddleware,
                allow_origins=list(config.cors_origins),
                allow_methods=["GET", "POST", "PUT", "DELETE"],
                allow_headers=["X-API-Key", "Content-Type"],
                expose_headers=["Retry-After"],
            )
        )
    app = Starlette(middleware=middleware, lifespan=lifespan)
    # No Starlette routes: every request (any method, any path, even one with a %0A in it, which Starlette's
    # path regexes cannot match) goes to the dispatcher, which does its own routing on the raw path.
    app.router.default = dispatcher
    app.state.sandbox = state
    return app
