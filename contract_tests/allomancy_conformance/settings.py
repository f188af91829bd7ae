"""The suite's settings, read once from ALLOMANCY_* environment variables.

| variable | meaning | default |
|---|---|---|
| ALLOMANCY_BASE_URL | server under test: host root or the URL ending in /v1 | unset: start the embedded sandbox |
| ALLOMANCY_API_KEY | a key of that server holding every scope | required with ALLOMANCY_BASE_URL |
| ALLOMANCY_KEYS_FILE | sandbox-format keys file: enables the scope and isolation layers | unset: those layers skip |
| ALLOMANCY_ALLOW_WRITES | 1 lets the suite write to a server that is not the sandbox (--allow-writes) | 0 |
| ALLOMANCY_WRITE_CUSTOMER | the one existing customer a write run against such a server may change | required with it |
| ALLOMANCY_STRICT | 1 makes inferred mismatches fail the run against any server (--strict) | 0 |
| ALLOMANCY_MAX_RPS | request rate ceiling (requests per second; 0 = none) | 0 for the sandbox, 5 otherwise |
| ALLOMANCY_EXAMPLES | fuzzing examples per operation | 50 |
| ALLOMANCY_STATEFUL_EXAMPLES | state-machine scenarios | 20 |
| ALLOMANCY_PHASES | layer-1 Schemathesis phases, comma-separated: examples, coverage, fuzzing | all three |
| ALLOMANCY_SEED | seed for generated data | random (printed) |
| ALLOMANCY_CREDIT_LIMIT | the server's per-balance credit limit in L$ | 1000000 |
| ALLOMANCY_REPORTS_DIR | where JUnit, Schemathesis and summary reports go | reports |
| ALLOMANCY_SPEC | the OpenAPI document | the openapi.yaml packaged with allomancy-spec |
| ALLOMANCY_FRESH_STORE | 1: test a fresh pair of stores of the sandbox (POST /admin/fresh-store) | 0 |
| ALLOMANCY_ADMIN_SECRET | that sandbox's SANDBOX_ADMIN_SECRET (needed with ALLOMANCY_FRESH_STORE) | unset |

"The sandbox" is the embedded one or any server whose responses carry the `X-Allomancy-Sandbox` header (the
suite asks once, at start). Only the sandbox is written to by default and only against it do inferred
mismatches fail the run (without --strict). Every other server, loopback addresses included (a local proxy or
tunnel may forward to a live store), is treated as a live store: read-only unless --allow-writes.
"""

from __future__ import annotations

import dataclasses
import os
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import allomancy_spec
from allomancy_client.kit import normalize_base_url

DEFAULT_SPEC = allomancy_spec.path()


PHASES = ("examples", "coverage", "fuzzing")
DEFAULT_LIVE_RPS = 5.0


class SettingsError(ValueError):
    """An ALLOMANCY_* variable is missing or unusable."""


@dataclass(frozen=True)
class Settings:
    base_url: str | None
    api_key: str | None = field(repr=False)
    keys_file: str | None
    allow_writes: bool
    write_customer: str | None
    max_rps: float | None  # None: 0 for the sandbox, DEFAULT_LIVE_RPS otherwise
    examples: int
    stateful_examples: int
    seed: int
    credit_limit: int
    reports_dir: Path
    spec_path: Path
    phases: tuple[str, ...] = PHASES
    fresh_store: bool = False
    admin_secret: str | None = field(default=None, repr=False)
    strict: bool = False
    identified_sandbox: bool = False  # the server answered with the sandbox's identifying header

    @property
    def embedded(self) -> bool:
        """True when the suite starts its own sandbox."""
        return self.base_url is None

    @property
    def sandbox(self) -> bool:
        """The embedded sandbox or a server identifying as the sandbox: free writes, inferred mismatches fail."""
        return self.embedded or self.identified_sandbox

    @property
    def writes(self) -> bool:
        """Whether write operations may be sent at all."""
        return self.sandbox or self.allow_writes

    @property
    def guarded_writes(self) -> bool:
        """A write run against a server that is not the sandbox: touch only own objects and the named customer."""
        return self.writes and not self.sandbox

    @property
    def rate(self) -> float:
        """The request rate ceiling in force (0 = none)."""
        if self.max_rps is not None:
            return self.max_rps
        return 0.0 if self.sandbox else DEFAULT_LIVE_RPS

    def identified(self, is_sandbox: bool) -> Settings:
        return dataclasses.replace(self, identified_sandbox=is_sandbox)


def _flag(env: Mapping[str, str], name: str) -> bool:
    return env.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def _number(env: Mapping[str, str], name: str, default: float, cast: type[float] | type[int], minimum: float) -> float:
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
    base_url = env.get("ALLOMANCY_BASE_URL", "").strip() or None
    api_key = env.get("ALLOMANCY_API_KEY", "").strip() or None
    if base_url is not None:
        try:  # the client's rule: the host root or the documented form ending in /v1
            base_url = normalize_base_url(base_url)
        except ValueError as exc:
            raise SettingsError(f"--base-url / ALLOMANCY_BASE_URL: {exc}") from None
        if api_key is None and not _flag(env, "ALLOMANCY_FRESH_STORE"):
            raise SettingsError("ALLOMANCY_API_KEY (a key with every scope) is required with ALLOMANCY_BASE_URL")
    allow_writes = _flag(env, "ALLOMANCY_ALLOW_WRITES") and base_url is not None
    write_customer = env.get("ALLOMANCY_WRITE_CUSTOMER", "").strip() or None
    fresh_store = _flag(env, "ALLOMANCY_FRESH_STORE")
    admin_secret = env.get("ALLOMANCY_ADMIN_SECRET", "").strip() or None
    if fresh_store and (base_url is None or admin_secret is None):
        raise SettingsError("ALLOMANCY_FRESH_STORE needs ALLOMANCY_BASE_URL and ALLOMANCY_ADMIN_SECRET")
    rps_raw = env.get("ALLOMANCY_MAX_RPS", "").strip()
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
        max_rps=_number(env, "ALLOMANCY_MAX_RPS", 0.0, float, 0) if rps_raw else None,
        examples=int(_number(env, "ALLOMANCY_EXAMPLES", 50, int, 1)),
        stateful_examples=int(_number(env, "ALLOMANCY_STATEFUL_EXAMPLES", 20, int, 1)),
        seed=int(seed_raw) if seed_raw else random.SystemRandom().randrange(1, 2**31),
        credit_limit=int(_number(env, "ALLOMANCY_CREDIT_LIMIT", 1_000_000, int, 1)),
        reports_dir=Path(env.get("ALLOMANCY_REPORTS_DIR", "").strip() or "reports"),
        spec_path=spec_path(env),
        phases=phases,
        fresh_store=fresh_store,
        admin_secret=admin_secret,
        strict=_flag(env, "ALLOMANCY_STRICT"),
    )


def spec_path(env: Mapping[str, str] | None = None) -> Path:
    """The spec the run checks against: ALLOMANCY_SPEC, else the packaged contract."""
    env = os.environ if env is None else env
    return Path(env.get("ALLOMANCY_SPEC", "").strip() or DEFAULT_SPEC)


def check_writes(settings: Settings) -> None:
    """Once the server is identified: --allow-writes against a server that is not the sandbox needs the customer."""
    if settings.allow_writes and not settings.sandbox and settings.write_customer is None:
        raise SettingsError(
            "--allow-writes against a server that is not the sandbox needs ALLOMANCY_WRITE_CUSTOMER (the one "
            "customer the suite may change)"
        )
