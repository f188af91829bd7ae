"""A do-nothing baseline on the sandbox's server stack: uvicorn with the same arguments, fixed bodies.

BENCH_UVICORN_FLAGS is the JSON that serve_sandbox.py recorded: the arguments `allomancy-sandbox serve` gave
uvicorn.run (its HTTP protocol class included; the access log off, as `serve` runs by default).

BENCH_BODIES is a JSON file {"<path>?<query>": "<body text>"}: the exact bytes the sandbox answered
for each benchmarked request, so both servers send the same response sizes. BENCH_KIND picks the app:

    asgi       a raw ASGI callable (the uvicorn floor)
    starlette  one Starlette catch-all route returning the body (uvicorn + Starlette, no sandbox logic)

    BENCH_KIND=asgi BENCH_BODIES=bodies.json python -m benchmarks.serve_minimal HOST PORT
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from typing import Any

from benchmarks.harness import resolve_flag

HEADERS = [(b"content-type", b"application/json")]


def load_bodies() -> dict[str, bytes]:
    with open(os.environ["BENCH_BODIES"], encoding="utf-8") as handle:
        return {target: text.encode("utf-8") for target, text in json.load(handle).items()}


def target_of(scope: Mapping[str, Any]) -> str:
    query = scope.get("query_string", b"").decode("latin-1")
    return str(scope["path"]) + (f"?{query}" if query else "")


def asgi_app(bodies: dict[str, bytes]) -> Any:
    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = bodies.get(target_of(scope))
        status = 200 if body is not None else 404
        body = body if body is not None else b"{}"
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [*HEADERS, (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})

    return app


def starlette_app(bodies: dict[str, bytes]) -> Any:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    async def endpoint(request: Request) -> Response:
        body = bodies.get(target_of(request.scope))
        if body is None:
            return Response(b"{}", status_code=404, media_type="application/json")
        return Response(body, media_type="application/json")

    return Starlette(routes=[Route("/{path:path}", endpoint, methods=["GET"])])


def main(argv: list[str]) -> int:
    import uvicorn

    host, port = argv[0], int(argv[1])
    kind = os.environ.get("BENCH_KIND", "asgi")
    bodies = load_bodies()
    app = asgi_app(bodies) if kind == "asgi" else starlette_app(bodies)
    recorded = json.loads(os.environ.get("BENCH_UVICORN_FLAGS") or "{}")
    flags = {name: resolve_flag(name, value) for name, value in recorded.items()}
    uvicorn.run(app, host=host, port=port, **flags)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
