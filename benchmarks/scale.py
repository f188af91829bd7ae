"""Job 5: the sandbox at scale. For stores of 10^3, 10^5 and 10^6 generated customers (`allomancy-sandbox seed
--customers N`, timed): per-request latency of keyed reads, pages, filtered pages, a deep page and a product search,
and the time of one fresh store (POST /admin/fresh-store) on that database.

Requests are sequential on one keep-alive connection (latency, not throughput), each operation `--requests` times
after a few discarded ones; keyed reads pick a different generated customer on every request. The deep page's cursor
is made the way the sandbox makes them (its secret is read from the database), positioned at 90% of the list.

    python -m benchmarks.scale [--sizes 1000,100000,1000000] [--requests 200] [--json OUT]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from allomancy_conformance.launcher import launch
from allomancy_sandbox.bigseed import bulk_username, bulk_uuid
from allomancy_sandbox.pagination import Binding, Position, encode_cursor
from benchmarks import harness

SIZES = (1_000, 100_000, 1_000_000)
ADMIN_SECRET = "bench-admin-secret"
WARMUP = 10
FRESH_CALLS = 10
# Operations whose latency must not grow with the store (the keyed reads and keyset pages).
FLAT_OPS = (
    "get by username",
    "get by UUID",
    "page of 100",
    "page newsSubscriber=true",
    "page spentMoreThan=25000",
    "deep page (90% in)",
)
GROWING_OPS = ("search (no match)",)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _deep_cursor(db_path: Path, store_id: str, customers: int) -> str:
    conn = sqlite3.connect(str(db_path))
    try:
        secret = str(conn.execute("SELECT value FROM meta WHERE key = 'secret'").fetchone()[0])
        seq = int(
            conn.execute(
                "SELECT seq FROM customers WHERE store_id = ? ORDER BY seq LIMIT 1 OFFSET ?",
                (store_id, int(customers * 0.9)),
            ).fetchone()[0]
        )
    finally:
        conn.close()
    binding = Binding(store_id=store_id, endpoint="listCustomers", filters={})
    return str(encode_cursor(secret, binding, Position(True, seq)))


def measure_size(customers: int, requests: int) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix=f"bench-scale-{customers}-"))
    try:
        db_path = workdir / "sandbox.db"
        started = time.perf_counter()
        subprocess.run(
            [harness.PY, "-m", "allomancy_sandbox", "--db", str(db_path), "seed", "--customers", str(customers)],
            check=True,
            capture_output=True,
            timeout=900,
        )
        seed_s = time.perf_counter() - started
        harness.log(f"scale {customers:>9,}: seeded in {seed_s:.1f} s")
        box = launch({"SANDBOX_ADMIN_SECRET": ADMIN_SECRET}, workdir=workdir)
        try:
            store_id = str(box.keys["stores"][0]["id"])
            deep = _deep_cursor(db_path, store_id, customers)
            rng = random.Random(customers)
            ops: dict[str, Callable[[], str]] = {
                "get by username": lambda: f"/v1/customers/{bulk_username(rng.randint(1, customers))}",
                "get by UUID": lambda: f"/v1/customers/{bulk_uuid(1, rng.randint(1, customers))}",
                "page of 100": lambda: "/v1/customers?limit=100",
                "page newsSubscriber=true": lambda: "/v1/customers?limit=100&newsSubscriber=true",
                "page spentMoreThan=25000": lambda: "/v1/customers?limit=100&spentMoreThan=25000",
                "deep page (90% in)": lambda: f"/v1/customers?limit=100&cursor={deep}",
                "search (no match)": lambda: "/v1/products?limit=100&search=no-such-product",
            }
            latencies: dict[str, dict[str, float]] = {}
            with httpx.Client(base_url=box.base_url, headers={"X-API-Key": box.key("all")}, timeout=30) as client:
                for name, path in ops.items():
                    samples: list[float] = []
                    for index in range(WARMUP + requests):
                        target = path()
                        began = time.perf_counter()
                        response = client.get(target)
                        elapsed = (time.perf_counter() - began) * 1000
                        if response.status_code != 200:
                            raise SystemExit(f"GET {target} answered {response.status_code}: {response.text[:200]}")
                        if index >= WARMUP:
                            samples.append(elapsed)
                    latencies[name] = {"p50_ms": _percentile(samples, 0.5), "p99_ms": _percentile(samples, 0.99)}
                    harness.log(f"scale {customers:>9,}: {name:<26} p50 {latencies[name]['p50_ms']:.2f} ms")
                fresh: list[float] = []
                for _ in range(FRESH_CALLS):
                    began = time.perf_counter()
                    response = client.post("/admin/fresh-store", headers={"X-Admin-Secret": ADMIN_SECRET})
                    fresh.append((time.perf_counter() - began) * 1000)
                    if response.status_code != 201:
                        raise SystemExit(f"POST /admin/fresh-store answered {response.status_code}")
        finally:
            box.stop()
        return {
            "customers": customers,
            "seed_s": seed_s,
            "latency": latencies,
            "fresh_store_ms": {"p50": _percentile(fresh, 0.5), "max": max(fresh)},
            "db_bytes": db_path.stat().st_size,
        }
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    harness.exit_on_sigterm()
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES), help="comma-separated customer counts")
    parser.add_argument("--requests", type=int, default=200, help="measured requests per operation and size")
    parser.add_argument("--json", help="write the result here (default: stdout)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = [measure_size(size, max(10, args.requests)) for size in sizes]
    harness.write_json(
        args.json,
        {"sizes": results, "requests": args.requests, "flat_ops": FLAT_OPS, "growing_ops": GROWING_OPS},
    )


if __name__ == "__main__":
    main()
