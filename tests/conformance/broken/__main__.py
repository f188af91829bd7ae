"""Serve the sandbox with one defect injected: CONFORMANCE_DEFECT=<name> python -m tests.conformance.broken

Honours the sandbox's SANDBOX_* variables (host, port, database, keys file), so the suite's launcher starts it
exactly like the real sandbox. More switches, for the self-tests:

- CONFORMANCE_DEFECT=none serves the sandbox unchanged, CONFORMANCE_DEFECT=a+b injects two defects;
- CONFORMANCE_POSE=foreign strips the sandbox's identifying header, so the server poses as one that is not the
  sandbox (a live store, a proxy...);
- CONFORMANCE_THROTTLE_EVERY=N answers every N-th request 429 (a proper problem, Retry-After: 0) without
  passing it on: a rate-limited server whose 429s come deterministically, by count.

Requests are logged (uvicorn's access log), so a test can read what reached the server.
"""

from __future__ import annotations

import os
import sys

import uvicorn

from allomancy_sandbox import logmask
from allomancy_sandbox.app import create_app
from allomancy_sandbox.config import from_env
from allomancy_sandbox.demo_keys import keys_document, write_keys_file
from allomancy_sandbox.http11 import ProblemH11Protocol

from .asgi import Defect, Forward, Reply, Request, problem
from .defects import DEFECTS

IDENTITY_HEADER = b"x-allomancy-sandbox"


class Pose(Defect):
    """Around any app: strip the identifying header and/or throttle every N-th request."""

    def __init__(self, app, keys, foreign: bool, every: int) -> None:
        super().__init__(app, keys)
        self.foreign = foreign
        self.every = every
        self.count = 0

    async def handle(self, request: Request, forward: Forward) -> Reply:
        self.count += 1
        if self.every and self.count % self.every == 0:
            reply = problem(429, "rate_limited", "Too many requests; try again later.")
            reply.headers.append((b"retry-after", b"0"))
        else:
            reply = await forward(request)
        reply.headers = self.response_headers(reply.headers)
        return reply

    def response_headers(self, headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
        return [(k, v) for k, v in headers if k.lower() != IDENTITY_HEADER] if self.foreign else headers


def main() -> int:
    name = os.environ.get("CONFORMANCE_DEFECT", "")
    names = [] if name == "none" else name.split("+")  # several defects at once: a+b
    if not name or any(n not in DEFECTS for n in names):
        print(
            f"CONFORMANCE_DEFECT must be none or some of (joined by +): {', '.join(sorted(DEFECTS))}", file=sys.stderr
        )
        return 2
    config = from_env()
    app = create_app(config)
    document = keys_document(config.base_url, app.state.sandbox.demo_keys())
    if config.keys_file:
        write_keys_file(config.keys_file, document)
    served = app
    for one in names:
        served = DEFECTS[one](served, document)
    foreign = os.environ.get("CONFORMANCE_POSE", "") == "foreign"
    every = int(os.environ.get("CONFORMANCE_THROTTLE_EVERY", "0") or 0)
    if foreign or every:
        served = Pose(served, document, foreign, every)
    # served like the sandbox serves itself: its HTTP/1.1 protocol (problem+json for parser errors), masked logs
    server = uvicorn.Server(
        uvicorn.Config(served, host=config.host, port=config.port, log_level="info", http=ProblemH11Protocol)
    )
    logmask.install()
    server.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
