"""Serving the sandbox: the HTTP/1.1 stack and the worker processes.

The stack is uvicorn with one of two parsers (SANDBOX_HTTP):

- `httptools` (the default): llhttp, made as strict as h11 and answering refusals in problem+json
  (httptools_strict.py), on the uvloop event loop. About 1.7 times the throughput of h11 on one core.
- `h11`: the pure-Python parser (http11.py), kept as the reference the strict protocol is tested against.

SANDBOX_WORKERS (default: half the cores, at most 4) runs that many server processes on one listening socket,
all over the one SQLite database (WAL; every write is a single statement or a BEGIN IMMEDIATE transaction, so
the processes serialize their writes in SQLite). The demo keys are printed and the keys file written once, by the
parent, before any worker starts. A worker dies with its parent, even when the parent is SIGKILLed. With more than
one worker, the rate limiter's buckets are per worker (a key may get up to N times the configured rate).
"""

from __future__ import annotations

import os
import signal
import sys
from dataclasses import replace
from typing import Any

from . import db, key_records, logmask, seed
from .config import Config, from_env
from .demo_keys import format_listing, keys_document, write_keys_file

PR_SET_PDEATHSIG = 1


def protocol_class(http: str) -> type[Any]:
    if http == "h11":
        from .http11 import ProblemH11Protocol

        return ProblemH11Protocol
    from .httptools_strict import StrictHttpToolsProtocol

    return StrictHttpToolsProtocol


def uvicorn_options(config: Config) -> dict[str, Any]:
    """The uvicorn arguments of `serve` (host, port, parser, loop, logging)."""
    return {
        "host": config.host,
        "port": config.port,
        "log_level": "info",
        "access_log": config.access_log,
        "http": protocol_class(config.http),
        "loop": "uvloop" if config.http == "httptools" else "asyncio",
        "ws": "none",
        "lifespan": "on",
    }


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (a worker must not outlive a killed server)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:  # the parent is already gone
        os._exit(0)


def worker_app() -> Any:
    """The application factory each worker process calls (configuration from SANDBOX_*)."""
    from .app import create_app

    _die_with_parent()
    logmask.install()
    return create_app(from_env())


def announce(config: Config, stores: list[dict[str, Any]]) -> None:
    document = keys_document(config.base_url, stores)
    print(format_listing(document), flush=True)
    if config.keys_file:
        write_keys_file(config.keys_file, document)
        print(f"Demo keys written to {config.keys_file}", flush=True)


class PortInUse(OSError):
    """The address `serve` would listen on is taken (or not available on this host)."""


def check_port(config: Config) -> None:
    """Bind and release the address before anything is written: a clash leaves the keys file and database alone."""
    import socket

    family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((config.host, config.port))
        except OSError as exc:
            raise PortInUse(exc.errno, exc.strerror) from None


def serve(config: Config) -> int:
    import uvicorn

    check_port(config)
    options = uvicorn_options(config)
    if config.workers > 1 and (config.db_path == ":memory:" or "mode=memory" in config.db_path):
        print("SANDBOX_WORKERS ignored: an in-memory database lives in one process; serving with one worker")
        config = replace(config, workers=1)
    if config.workers <= 1:
        from .app import create_app

        app = create_app(config)
        announce(config, app.state.sandbox.demo_keys())
        logmask.install()
        uvicorn.Server(uvicorn.Config(app, **options)).run()
        return 0
    conn = db.connect(config.db_path)
    try:
        secret = seed.ensure_database(conn, config)
        announce(config, key_records.demo_stores(conn, secret, config.clock()))
    finally:
        conn.close()
    os.environ["SANDBOX_DB"] = config.db_path  # the workers read their configuration from the environment
    logmask.install()
    uvicorn.run("allomancy_sandbox.server:worker_app", factory=True, workers=config.workers, **options)
    return 0
