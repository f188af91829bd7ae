#!/usr/bin/env python3
"""Soak the sandbox: concurrent mixed traffic with exact lost-update checks, then a rate-limited run.

    python -m soak                               # 32 clients x 20 s, then the 429 run (make soak)
    python -m soak --clients 8 --duration 3 --rl-clients 8 --rl-tasks 5

Each run starts its own sandbox subprocess (the `allomancy-sandbox` command) on a free loopback port with a temporary
file database, and stops it afterwards. Prints summary tables; exits 1 on any violation (a 5xx, a
lost update, a 429 without Retry-After, an unfinished task, an error that is not problem+json...).
See soak/workload.py (run 1) and soak/rate_limited.py (run 2) for what is checked.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .rate_limited import RateLimitResult, run_rate_limited
from .stats import table
from .workload import SoakResult, run_soak


def soak_report(result: SoakResult) -> str:
    rec = result.recorder
    rps = rec.requests / result.elapsed if result.elapsed else 0.0
    lines = [
        f"== soak: {result.clients} clients, {result.elapsed:.1f} s, rate limiting off ==",
        f"requests {rec.requests}   req/s {rps:.0f}   5xx {rec.count_5xx()}   transport errors "
        f"{sum(rec.transport_errors.values())}   lost updates {result.lost_updates}",
        "",
        table(
            ["status", "code", "count"],
            [(s, "-", n) for s, n in sorted(rec.statuses.items()) if s < 400]
            + [(s, c, n) for (s, c), n in sorted(rec.codes.items())],
        ),
        "",
        table(["operation", "requests", "p50 ms", "p99 ms", "max ms"], rec.latency_rows()),
        "",
        table(["activity", "count"], sorted(result.counters.items())),
        "",
        table(
            ["check", "expected", "observed", "result"],
            [(c, e, o, "ok" if ok else "FAIL") for c, e, o, ok in result.checks],
        ),
    ]
    return "\n".join(lines)


def rate_limit_report(result: RateLimitResult) -> str:
    rec = result.recorder
    lines = [
        f"== rate-limited run: {result.clients} clients, {result.rate:g} req/s per key, burst {result.burst},"
        f" {result.elapsed:.1f} s ==",
        f"requests {rec.requests}   429s {result.count_429}   tasks completed {result.completed}/{result.tasks}"
        f"   abandoned {result.abandoned}   max Retry-After {result.max_retry_after} s",
        "",
        table(
            ["status", "code", "count"],
            [(s, "-", n) for s, n in sorted(rec.statuses.items()) if s < 400]
            + [(s, c, n) for (s, c), n in sorted(rec.codes.items())],
        ),
        "",
        table(
            ["check", "expected", "observed", "result"],
            [(c, e, o, "ok" if ok else "FAIL") for c, e, o, ok in result.checks],
        ),
    ]
    return "\n".join(lines)


def figures(soak: SoakResult | None, limited: RateLimitResult | None) -> dict[str, object]:
    out: dict[str, object] = {}
    if soak is not None:
        rec = soak.recorder
        out["soak"] = {
            "clients": soak.clients,
            "seconds": round(soak.elapsed, 2),
            "requests": rec.requests,
            "requestsPerSecond": round(rec.requests / soak.elapsed, 1) if soak.elapsed else 0,
            "statuses": {str(k): v for k, v in sorted(rec.statuses.items())},
            "codes": {f"{s} {c}": n for (s, c), n in sorted(rec.codes.items())},
            "p50ms": next((r[2] for r in rec.latency_rows() if r[0] == "all"), 0.0),
            "p99ms": next((r[3] for r in rec.latency_rows() if r[0] == "all"), 0.0),
            "lostUpdates": soak.lost_updates,
            "count5xx": rec.count_5xx(),
            "violations": rec.violations,
            "ok": soak.ok,
        }
    if limited is not None:
        out["rateLimited"] = {
            "clients": limited.clients,
            "tasks": limited.tasks,
            "completed": limited.completed,
            "count429": limited.count_429,
            "missingRetryAfter": limited.missing_retry_after,
            "seconds": round(limited.elapsed, 2),
            "requests": limited.recorder.requests,
            "count5xx": limited.recorder.count_5xx(),
            "violations": limited.recorder.violations,
            "ok": limited.ok,
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients in the soak run (32)")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds of soak traffic (20)")
    parser.add_argument("--rl-clients", type=int, default=32, help="clients in the rate-limited run (32)")
    parser.add_argument("--rl-tasks", type=int, default=12, help="tasks per client in the rate-limited run (12)")
    parser.add_argument("--rl-rate", type=float, default=20.0, help="SANDBOX_RATE_LIMIT per key (20 req/s)")
    parser.add_argument("--rl-burst", type=int, default=10, help="SANDBOX_RATE_BURST (10)")
    parser.add_argument("--skip-soak", action="store_true")
    parser.add_argument("--skip-rate-limit", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1, help="SANDBOX_WORKERS of the sandbox under test (1)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    args = parser.parse_args(argv)
    if not 1 <= args.clients <= 256 or not 0 < args.duration <= 600:
        parser.error("--clients must be 1..256 and --duration 0..600 s")
    if not 1 <= args.rl_clients <= 256 or not 1 <= args.rl_tasks <= 1000:
        parser.error("--rl-clients must be 1..256 and --rl-tasks 1..1000")

    started = time.monotonic()
    soak = limited = None
    if not args.skip_soak:
        soak = run_soak(args.clients, args.duration, seed=args.seed, server_workers=args.workers)
        print(soak_report(soak), flush=True)
        print(flush=True)
    if not args.skip_rate_limit:
        limited = run_rate_limited(
            args.rl_clients, args.rl_tasks, args.rl_rate, args.rl_burst, seed=args.seed + 1, server_workers=args.workers
        )
        print(rate_limit_report(limited), flush=True)
        print(flush=True)
    violations = [*(soak.recorder.violations if soak else []), *(limited.recorder.violations if limited else [])]
    failed_checks = [c for r in (soak, limited) if r is not None for c, _, _, ok in r.checks if not ok]
    if args.json:
        args.json.write_text(json.dumps(figures(soak, limited), indent=2) + "\n")
    if violations or failed_checks:
        print(
            f"FAILED after {time.monotonic() - started:.1f} s: {len(failed_checks)} failed check(s),"
            f" {len(violations)} violation(s)"
        )
        for line in failed_checks + violations[:50]:
            print(f"  - {line}")
        return 1
    print(f"OK after {time.monotonic() - started:.1f} s: no violations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
