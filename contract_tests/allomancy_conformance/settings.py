"""The suite's settings, read once from ALLOMANCY_* environment variables.

| variable | meaning | default |
|---|---|---|
| ALLOMANCY_BASE_URL | host root of the server under test (paths are /v1/...) | unset: start the embedded sandbox |
| ALLOMANCY_API_KEY | a key of that server holding every scope | required with ALLOMANCY_BASE_URL |
| ALLOMANCY_KEYS_FILE | sandbox-format keys file: enables the scope and isolation layers | unset: those layers skip |
| ALLOMANCY_ALLOW_WRITES | 1 lets the suite write to a non-loopback server (conformance.py --allow-writes) | 0 |
| ALLOMANCY_WRITE_CUSTOMER | the one existing customer a write run may change | required for live writes |
| ALLOMANCY_MAX_RPS | request rate ceiling (requests per second; 0 = none) | 0 on loopback, 5 elsewhere |
| ALLOMANCY_EXAMPLES | fuzzing examples per operation | 50 |
| ALLOMANCY_STATEFUL_EXAMPLES | state-machine scenarios | 20 |
| ALLOMANCY_PHASES | layer-1 Schemathesis phases, comma-separated: examples, coverage, fuzzing | all three |
| ALLOMANCY_SEED | seed for generated data | random (printed) |
| ALLOMANCY_CREDIT_LIMIT | the server's per-balance credit limit in L$ | 1000000 |
| ALLOMANCY_REPORTS_DIR | where JUnit, Schemathesis and summary reports go | reports |
| ALLOMANCY_SPEC | the OpenAPI document | the openapi.yaml packaged with allomancy-spec |
| ALLOMANCY_FRESH_STORE | 1: test a fresh pair of stores of the sandbox (POST /admin/fresh-store) | 0 |
| ALLOMANCY_ADMIN_SECRET | that sandbox's SANDBOX_ADMIN_SECRET (needed with ALLOMANCY_FRESH_STORE) | unset |
| ALLOMANCY_ASSUME_LIVE | 1 treats a loopback server as a live store (the self-tests of the safety rules use it) | 0 |
"""

from __future__ import annotations

import ipaddress
import os
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import allomancy_spec

DEFAULT_SPEC = allomancy_spec.path()


PHASES = ("examples", "coverage", "fuzzing")


class SettingsError(ValueError):
    """An ALLOMANCY_* variable is missing or unusable."""


@dataclass(frozen=True)
class Settings:
    base_url: str | None
    api_key: str | None = field(repr=False)
    keys_file: str | None
    allow_writes: bool
    write_customer: str | None
    max_rps: float
    examples: int
    stateful_examples: int
    seed: int
    credit_limit: int
    reports_dir: Path
    spec_path: Path
    assume_live: bool = False
    phases: tuple[str, ...] = PHASES
    fresh_store: bool = False
    admin_secret: str | None = field(default=None, repr=False)

    @property
    def embedded(self) -> bool:
        """True when the suite starts its own sandbox."""
        return self.base_url is None

    @property
    def loopback(self) -> bool:
        """A server the suite may write to freely: the embedded sandbox or a loopback address."""
        return not self.assume_live and (self.base_url is None or is_loopback(self.base_url))

    @property
    def writes(self) -> bool:
        """Whether write operations may be sent at all."""
        return self.loopback or self.allow_writes

    @property
    def guarded_writes(self) -> bool:
        """A write run against a live store: touch only own objects and the named customer."""
        return self.writes and not self.loopback


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _flag(env: Mapping[str, str], name: str) -> bool:
    return env.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def _number(env: Mapping[str, str], name: str, default: float, cast: type, minimum: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = cast(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from exc
    if value < minimum:
        raise SettingsError(f"{name} must be >= {minimum}, got {raw!r}")
    return value


def from_env(env: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if env is None else env
    base_url = env.get("ALLOMANCY_BASE_URL", "").strip().rstrip("/") or None
    api_key = env.get("ALLOMANCY_API_KEY", "").strip() or None
    if base_url is not None:
        scheme = urlsplit(base_url).scheme
        if scheme not in {"http", "https"}:
            raise SettingsError(f"ALLOMANCY_BASE_URL must be an http(s) URL, got scheme {scheme!r}")
        if api_key is None and not _flag(env, "ALLOMANCY_FRESH_STORE"):
            raise SettingsError("ALLOMANCY_API_KEY (a key with every scope) is required with ALLOMANCY_BASE_URL")
    assume_live = _flag(env, "ALLOMANCY_ASSUME_LIVE") and base_url is not None
    loopback = not assume_live and (base_url is None or is_loopback(base_url))
    allow_writes = _flag(env, "ALLOMANCY_ALLOW_WRITES")
    write_customer = env.get("ALLOMANCY_WRITE_CUSTOMER", "").strip() or None
    if allow_writes and not loopback and write_customer is None:
        raise SettingsError(
            "--allow-writes against a live server needs ALLOMANCY_WRITE_CUSTOMER (the one customer "
            "the suite may change)"
        )
    fresh_store = _flag(env, "ALLOMANCY_FRESH_STORE")
    admin_secret = env.get("ALLOMANCY_ADMIN_SECRET", "").strip() or None
    if fresh_store and (base_url is None or admin_secret is None):
        raise SettingsError("ALLOMANCY_FRESH_STORE needs ALLOMANCY_BASE_URL and ALLOMANCY_ADMIN_SECRET")
    seed_raw = env.get("ALLOMANCY_SEED", "").strip()
    phases = tuple(p.strip() for p in env.get("ALLOMANCY_PHASES", ",".join(PHASES)).split(",") if p.strip())
    if not phases or set(phases) - set(PHASES):
        raise SettingsError(f"ALLOMANCY_PHASES must name some of {', '.join(PHASES)}, got {phases}")
    return Settings(
        base_url=base_url,
        api_key=api_key,
        keys_file=env.get("ALLOMANCY_KEYS_FILE", "").strip() or None,
        allow_writes=allow_writes,
        write_customer=write_customer,
        max_rps=_number(env, "ALLOMANCY_MAX_RPS", 0.0 if loopback else 5.0, float, 0),
        examples=int(_number(env, "ALLOMANCY_EXAMPLES", 50, int, 1)),
        stateful_examples=int(_number(env, "ALLOMANCY_STATEFUL_EXAMPLES", 20, int, 1)),
        seed=int(seed_raw) if seed_raw else random.SystemRandom().randrange(1, 2**31),
        credit_limit=int(_number(env, "ALLOMANCY_CREDIT_LIMIT", 1_000_000, int, 1)),
        reports_dir=Path(env.get("ALLOMANCY_REPORTS_DIR", "").strip() or "reports"),
        spec_path=Path(env.get("ALLOMANCY_SPEC", "").strip() or DEFAULT_SPEC),
        assume_live=assume_live,
        phases=phases,
        fresh_store=fresh_store,
        admin_secret=admin_secret,
    )
