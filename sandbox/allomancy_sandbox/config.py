"""Sandbox configuration: one frozen dataclass, filled from the environment or by tests."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8400
DEFAULT_DB = ".sandbox/sandbox.db"
DEFAULT_KEYS_FILE = ".sandbox/keys.json"
DEFAULT_CREDIT_LIMIT = 1_000_000
MAX_BODY_BYTES = 64 * 1024
HTTP_STACKS = ("httptools", "h11")  # the first is the default (see server.py)


def default_workers() -> int:
    """Half the cores, at most 4, at least 1: a laptop keeps cores for its browser, tests and load tools."""
    return max(1, min(4, (os.cpu_count() or 1) // 2))


class ConfigError(ValueError):
    """Raised when an environment variable holds an unusable value."""


@dataclass(frozen=True)
class Config:
    db_path: str = DEFAULT_DB
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    keys_file: str | None = DEFAULT_KEYS_FILE
    credit_limit: int = DEFAULT_CREDIT_LIMIT
    rate_limit: float | None = None  # requests per second per key; None = off
    rate_burst: int | None = None  # bucket size; defaults to max(1, ceil(rate_limit))
    cors_origins: tuple[str, ...] = ()
    # SANDBOX_PAGE_ORIGINS: (store id or name, origin) pairs; each store's customer page origin (mint URLs, CORS)
    page_origins: tuple[tuple[str, str], ...] = ()
    secret: str | None = None  # server secret used only when a NEW database is created
    max_body_bytes: int = MAX_BODY_BYTES
    workers: int = 1  # server processes over the one database (SANDBOX_WORKERS; `serve` defaults to default_workers)
    http: str = HTTP_STACKS[0]  # SANDBOX_HTTP: the HTTP/1.1 parser (server.py)
    admin_secret: str | None = field(default=None, repr=False)  # SANDBOX_ADMIN_SECRET: enables /admin (admin.py)
    access_log: bool = False  # SANDBOX_ACCESS_LOG: one log line per request (off: it costs throughput)
    clock: Callable[[], float] = field(default=time.time, compare=False, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"


def _int(env: Mapping[str, str], name: str, default: int, minimum: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from exc
    if value < minimum:
        raise ConfigError(f"{name} must be >= {minimum}, got {value}")
    return value


def _rate(env: Mapping[str, str]) -> float | None:
    raw = env.get("SANDBOX_RATE_LIMIT", "").strip()
    if not raw or raw.lower() in {"0", "off", "none"}:
        return None
    try:
        value = float(raw)
    except ValueError as exc:
        raise ConfigError(f"SANDBOX_RATE_LIMIT must be a number of requests per second, got {raw!r}") from exc
    if not value > 0 or value == float("inf"):
        raise ConfigError("SANDBOX_RATE_LIMIT must be a positive finite number")
    return value


def _http(env: Mapping[str, str]) -> str:
    raw = env.get("SANDBOX_HTTP", "").strip().lower() or HTTP_STACKS[0]
    if raw not in HTTP_STACKS:
        raise ConfigError(f"SANDBOX_HTTP must be one of {', '.join(HTTP_STACKS)}, got {raw!r}")
    return raw


PAGE_ORIGIN = re.compile(r"^https?://[^/?#\s]+$")


def _page_origins(env: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    for item in (part.strip() for part in env.get("SANDBOX_PAGE_ORIGINS", "").split(",")):
        if not item:
            continue
        store, sep, origin = item.partition("=")
        store, origin = store.strip(), origin.strip().rstrip("/")
        if not sep or not store or not PAGE_ORIGIN.match(origin):
            raise ConfigError(
                f"SANDBOX_PAGE_ORIGINS takes STORE=ORIGIN pairs (store id or name, an origin such as "
                f"http://127.0.0.1:8000), got {item!r}"
            )
        pairs.append((store, origin))
    return tuple(pairs)


def from_env(env: Mapping[str, str] | None = None) -> Config:
    """Build a Config from SANDBOX_* environment variables."""
    env = os.environ if env is None else env
    burst_raw = env.get("SANDBOX_RATE_BURST", "").strip()
    origins = tuple(o.strip() for o in env.get("SANDBOX_CORS_ORIGINS", "").split(",") if o.strip())
    keys_file = env.get("SANDBOX_KEYS_FILE", DEFAULT_KEYS_FILE).strip()
    return Config(
        db_path=env.get("SANDBOX_DB", DEFAULT_DB).strip() or DEFAULT_DB,
        host=env.get("SANDBOX_HOST", DEFAULT_HOST).strip() or DEFAULT_HOST,
        port=_int(env, "SANDBOX_PORT", DEFAULT_PORT, 0),
        keys_file=keys_file or None,
        credit_limit=_int(env, "SANDBOX_CREDIT_LIMIT", DEFAULT_CREDIT_LIMIT, 0),
        rate_limit=_rate(env),
        rate_burst=_int(env, "SANDBOX_RATE_BURST", 0, 1) if burst_raw else None,
        cors_origins=origins,
        page_origins=_page_origins(env),
        secret=env.get("SANDBOX_SECRET") or None,
        workers=_int(env, "SANDBOX_WORKERS", default_workers(), 1),
        http=_http(env),
        admin_secret=env.get("SANDBOX_ADMIN_SECRET", "").strip() or None,
        access_log=env.get("SANDBOX_ACCESS_LOG", "").strip().lower() in {"1", "true", "yes", "on"},
    )
