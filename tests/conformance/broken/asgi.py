"""A tiny buffered ASGI middleware base for the broken sandbox variants.

`Defect.handle(request, forward)` sees the whole request and returns the whole reply; `forward` runs the real
sandbox on any request (the original, a changed one, or a new one such as a read-back), so a defect can rewrite
requests, rewrite replies, or both.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode

from starlette.types import ASGIApp, Receive, Scope, Send

KEY_HEADER = b"x-api-key"
PASS_THROUGH_BYTES = 1024 * 1024


@dataclass
class Request:
    method: str
    path: str  # raw (still percent-encoded) path
    query: list[tuple[str, str]]
    headers: list[tuple[bytes, bytes]]
    body: bytes = b""
    raw_query: bytes | None = None  # the query string as received, until a parameter is changed

    def header(self, name: str) -> str | None:
        values = self.header_values(name)
        return values[0] if values else None

    def header_values(self, name: str) -> list[str]:
        wanted = name.lower().encode()
        return [v.decode("latin-1") for k, v in self.headers if k.lower() == wanted]

    def with_header(self, name: str, value: str | None) -> Request:
        """A copy with every `name` header replaced by one `value` (or removed when None)."""
        wanted = name.lower().encode()
        headers = [(k, v) for k, v in self.headers if k.lower() != wanted]
        if value is not None:
            headers.append((wanted, value.encode("latin-1")))
        return replace(self, headers=headers)

    def param(self, name: str) -> str | None:
        return next((v for k, v in self.query if k == name), None)

    def with_param(self, name: str, value: str | None) -> Request:
        query = [(k, v) for k, v in self.query if k != name]
        if value is not None:
            query.append((name, value))
        return replace(self, query=query, raw_query=None)

    def json(self) -> Any:
        return json.loads(self.body)

    def with_json(self, value: Any) -> Request:
        return replace(self, body=json.dumps(value).encode()).with_header("content-type", "application/json")

    @property
    def segments(self) -> list[str]:
        return self.path.strip("/").split("/")


@dataclass
class Reply:
    status: int
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return next((v.decode() for k, v in self.headers if k.lower() == b"content-type"), "")

    def json(self) -> Any:
        return json.loads(self.body)

    def with_json(self, value: Any, status: int | None = None, content_type: str | None = None) -> Reply:
        body = json.dumps(value).encode()
        kept = [(k, v) for k, v in self.headers if k.lower() not in (b"content-length", b"content-type")]
        media = content_type or self.content_type or "application/json"
        headers = [*kept, (b"content-type", media.encode()), (b"content-length", str(len(body)).encode())]
        return Reply(status if status is not None else self.status, headers, body)

    def with_status(self, status: int) -> Reply:
        return replace(self, status=status)


def problem(status: int, code: str, detail: str) -> Reply:
    body = {
        "type": f"https://integrations.allomancy.net/errors/{code}",
        "title": code.replace("_", " ").capitalize(),
        "status": status,
        "detail": detail,
        "code": code,
    }
    return Reply(status).with_json(body, content_type="application/problem+json")


Forward = Callable[[Request], Awaitable[Reply]]


async def _read(scope: Scope, receive: Receive) -> Request:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    raw_path = scope.get("raw_path") or scope["path"].encode()
    return Request(
        method=scope["method"],
        path=raw_path.decode("latin-1"),
        query=parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True),
        headers=list(scope["headers"]),
        body=b"".join(chunks),
        raw_query=scope.get("query_string", b""),
    )


async def _call(app: ASGIApp, scope: Scope, request: Request) -> Reply:
    inner = {
        **scope,
        "method": request.method,
        "path": unquote(request.path),
        "raw_path": request.path.encode("latin-1"),
        "query_string": request.raw_query
        if request.raw_query is not None
        else urlencode(request.query).encode("latin-1"),
        "headers": [(k, v) for k, v in request.headers if k.lower() != b"content-length"]
        + [(b"content-length", str(len(request.body)).encode())],
    }
    sent = False
    reply = Reply(500)
    body: list[bytes] = []

    async def receive() -> MutableMapping[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": request.body, "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            reply.status = message["status"]
            reply.headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            body.append(message.get("body", b""))

    await app(inner, receive, send)
    reply.body = b"".join(body)
    return reply


async def _send(send: Send, reply: Reply) -> None:
    headers = [(k, v) for k, v in reply.headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(reply.body)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": reply.body})


class Defect:
    """Middleware with one injected fault. Subclasses override `handle`."""

    name = "none"
    kind = ""
    rule = ""
    layers: frozenset[str] = frozenset()  # the conformance layers that catch it
    verdict = "documented"  # how the suite classifies the rule it breaks: documented | inferred

    def __init__(self, app: ASGIApp, keys: dict) -> None:
        self.app = app
        stores = keys["stores"]
        self.primary = stores[0]["keys"]
        self.other = stores[1]["keys"] if len(stores) > 1 else {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = next((v for k, v in scope["headers"] if k.lower() == b"content-length"), b"0")
        if not declared.isdigit() or int(declared) > PASS_THROUGH_BYTES:
            # a body too large to buffer: the sandbox refuses it as it streams in, so hand it over untouched
            async def rewritten(message: MutableMapping[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    message["headers"] = self.response_headers(list(message.get("headers", [])))
                await send(message)

            await self.app(scope, receive, rewritten)
            return
        request = await _read(scope, receive)

        async def forward(changed: Request) -> Reply:
            return await _call(self.app, scope, changed)

        await _send(send, await self.handle(request, forward))

    async def handle(self, request: Request, forward: Forward) -> Reply:
        return await forward(request)

    def response_headers(self, headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
        """The headers of a reply passed through unbuffered (a Defect may rewrite them)."""
        return headers


def walk_json(value: Any, visit: Callable[[dict], None]) -> Any:
    """Call `visit` on every object inside a JSON value (in place)."""
    if isinstance(value, dict):
        visit(value)
        for item in value.values():
            walk_json(item, visit)
    elif isinstance(value, list):
        for item in value:
            walk_json(item, visit)
    return value
