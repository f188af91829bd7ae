"""`make bench`: run every benchmark job and print ONE table (with the targets of issue 7).

Jobs, each its own script (run in a subprocess, result as JSON):

    http         benchmarks/http_load.py        sandbox vs Prism static vs minimal apps, under wrk
    client       benchmarks/client_overhead.py  generated client vs raw httpx, per call
    generate     benchmarks/generate_time.py    scripts/generate.py wall time
    conformance  benchmarks/conformance_time.py `make conformance`: wall time, cases, cases/s
    scale        benchmarks/scale.py            stores of 10^3, 10^5, 10^6 customers: seeding, reads, pages,
                                                search, fresh store

    python -m benchmarks.run [--only http,client] [--quick] [--strict] [--wait-quiet 300] [--json OUT]

--quick: 1 round of 5 s per HTTP target and 500 client calls per side (a smoke run; figures are rougher).
--strict: exit 1 when a target is missed. Without it the exit status is 1 only when a job crashed.
--wait-quiet N: before the HTTP job, wait up to N seconds for the 1-minute load average to fall below 1
(on a shared machine other work skews req/s and p99 badly).
Figures depend on what else the machine is doing: the header shows the load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from benchmarks import harness

JOBS = ("http", "client", "generate", "conformance", "scale")
MODULES = {
    "http": "benchmarks.http_load",
    "client": "benchmarks.client_overhead",
    "generate": "benchmarks.generate_time",
    "conformance": "benchmarks.conformance_time",
    "scale": "benchmarks.scale",
}
LABELS = {
    "http": "1 http",
    "conformance": "2 conformance",
    "client": "3 client",
    "generate": "4 generate",
    "scale": "5 scale",
}
# Targets of issues 7 and 16.
MIN_PRISM_RATIO = 3.0
MAX_P99_MS = 10.0
MAX_SCALE_RATIO = 2.0  # keyed reads and pages at the largest store vs the smallest
MAX_SEED_S = 120.0  # seeding 10^6 customers
MAX_FRESH_MS = 100.0
MAX_CLIENT_RATIO = 1.15
MAX_CONFORMANCE_S = 120.0
MAX_GENERATE_S = 15.0
JOB_TIMEOUT_S = {"http": 1200, "client": 600, "generate": 600, "conformance": 1000, "scale": 1200}


@dataclass
class Row:
    job: str
    measurement: str
    result: str
    target: str = ""
    verdict: str = ""  # "met", "MISSED", "n/a" or ""


def run_job(job: str, args: list[str]) -> tuple[dict[str, Any] | None, str]:
    """Run one job script; (its JSON result, "") or (None, why it failed)."""
    handle, out = tempfile.mkstemp(prefix=f"bench-{job}-", suffix=".json")
    os.close(handle)
    try:
        harness.log(f"job {job}: python -m {MODULES[job]} {' '.join(args)}")
        started = time.perf_counter()
        process = subprocess.Popen(
            [harness.PY, "-m", MODULES[job], *args, "--json", out], cwd=harness.ROOT, start_new_session=True
        )
        try:
            code = process.wait(timeout=JOB_TIMEOUT_S[job])
        except subprocess.TimeoutExpired:
            return None, f"timed out after {JOB_TIMEOUT_S[job]} s"
        finally:
            harness.stop_process_group(process)
        harness.log(f"job {job}: done in {time.perf_counter() - started:.0f} s (exit {code})")
        text = Path(out).read_text(encoding="utf-8")
        if code != 0 or not text.strip():
            return None, f"exit status {code}"
        return json.loads(text), ""
    finally:
        Path(out).unlink(missing_ok=True)


def _rps(figure: dict[str, Any]) -> str:
    cpu = figure.get("server_cpu_us")
    text = f"{figure['rps']:,.0f} req/s, p50 {figure['p50_ms']:.1f} ms, p99 {figure['p99_ms']:.1f} ms"
    if cpu:
        text += f", server CPU {cpu:.0f} us/req"
    if figure.get("non_2xx") or figure.get("socket_errors"):
        text += f" [{figure['non_2xx']} non-2xx, {figure['socket_errors']} socket errors]"
    return text


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def http_rows(data: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    labels = {
        "sandbox": "sandbox",
        "sandbox-2w": f"sandbox, SANDBOX_WORKERS={data.get('workers', 2)}",
        "prism": "Prism static",
        "starlette": "minimal Starlette app",
        "asgi": "minimal ASGI app",
    }
    for op, figures in data["figures"].items():
        path = data["endpoints"][op]
        sandbox, prism, asgi = figures["sandbox"], figures["prism"], figures["asgi"]
        for target, label in labels.items():
            rows.append(Row("1 http", f"GET {path}: {label}", _rps(figures[target])))
        ratio = sandbox["rps"] / prism["rps"] if prism["rps"] else float("inf")
        gated = op == "getCustomer"
        rows.append(
            Row(
                "1 http",
                f"GET {path}: sandbox / Prism req/s",
                f"{ratio:.2f}x",
                f">= {MIN_PRISM_RATIO:.0f}x" if gated else "",
                _verdict(ratio >= MIN_PRISM_RATIO) if gated else "",
            )
        )
        if gated:
            rows.append(
                Row(
                    "1 http",
                    f"GET {path}: sandbox p99 at {harness.WRK_CONNECTIONS} connections",
                    f"{sandbox['p99_ms']:.1f} ms",
                    f"< {MAX_P99_MS:.0f} ms",
                    _verdict(sandbox["p99_ms"] < MAX_P99_MS),
                )
            )
        if "sandbox-2w" in figures:
            workers = figures["sandbox-2w"]
            rows.append(
                Row(
                    "1 http",
                    f"GET {path}: sandbox with {data.get('workers', 2)} workers / 1 worker req/s (same run)",
                    f"{workers['rps'] / sandbox['rps']:.2f}x; / Prism {workers['rps'] / prism['rps']:.2f}x",
                )
            )
        own = sandbox.get("server_cpu_us", 0) - asgi.get("server_cpu_us", 0)
        rows.append(
            Row(
                "1 http",
                f"GET {path}: sandbox / minimal ASGI req/s",
                f"{sandbox['rps'] / asgi['rps']:.2f}x (our code + Starlette: {own:.0f} us server CPU/req)",
            )
        )
    return rows


def client_rows(data: dict[str, Any]) -> list[Row]:
    us, cpu = data["us_per_call"], data["client_cpu_us_per_call"]
    return [
        Row(
            "3 client",
            "GET /v1/customers/{identifier}: per call, raw httpx+.json() vs get_customer.sync",
            f"raw {us['raw']:.0f} us, generated {us['generated']:.0f} us ({data['overhead_us']:+.0f} us); "
            f"client CPU {cpu['raw']:.0f} vs {cpu['generated']:.0f} us",
        ),
        Row(
            "3 client",
            f"generated / raw httpx ({data['rounds']} rounds x {data['calls_per_round']} calls, median)",
            f"{data['ratio']:.3f}x (client CPU {data['cpu_ratio']:.3f}x; vs raw without .json() "
            f"{data['ratio_vs_no_json']:.3f}x)",
            f"<= {MAX_CLIENT_RATIO}x",
            _verdict(data["ratio"] <= MAX_CLIENT_RATIO),
        ),
    ]


def generate_rows(data: dict[str, Any]) -> list[Row]:
    if not data.get("available"):
        return [
            Row(
                "4 generate",
                "scripts/generate.py wall time",
                f"not available: {data.get('reason')}",
                f"< {MAX_GENERATE_S:.0f} s",
                "n/a",
            )
        ]
    same = "identical to" if data["matches_committed"] else f"DIFFERS ({len(data['differences'])} files) from"
    runs = ", ".join(f"{t:.1f}" for t in data["runs_s"])
    return [
        Row(
            "4 generate",
            f"scripts/generate.py to a temp dir (runs: {runs} s)",
            f"{data['median_s']:.1f} s; {data['files']} files, {same} generated/allomancy-client",
            f"< {MAX_GENERATE_S:.0f} s",
            _verdict(data["median_s"] < MAX_GENERATE_S),
        )
    ]


def conformance_rows(data: dict[str, Any]) -> list[Row]:
    if not data.get("available"):
        return [
            Row(
                "2 conformance",
                "make conformance (sandbox)",
                f"not available: {data.get('reason')}",
                f"< {MAX_CONFORMANCE_S:.0f} s",
                "n/a",
            )
        ]
    status = "passed" if data["exit_code"] == 0 else f"exit {data['exit_code']}, {data.get('failures')} failures"
    return [
        Row(
            "2 conformance",
            f"make conformance (sandbox, seed {data.get('seed')})",
            f"{data['wall_s']:.0f} s wall, {data['cases']:,} cases, {data['cases_per_s']:.1f} cases/s ({status})",
            f"< {MAX_CONFORMANCE_S:.0f} s",
            _verdict(data["wall_s"] < MAX_CONFORMANCE_S),
        )
    ]


def scale_rows(data: dict[str, Any]) -> list[Row]:
    sizes = data["sizes"]
    smallest, largest = sizes[0], sizes[-1]
    rows: list[Row] = []
    for size in sizes:
        n = size["customers"]
        gated = n == largest["customers"] and n >= 1_000_000
        rows.append(
            Row(
                "5 scale",
                f"seed --customers {n:,} (with N/100 products, N/1000 coupons, N/10 gift cards)",
                f"{size['seed_s']:.1f} s, database {size['db_bytes'] / 1e6:,.0f} MB",
                f"< {MAX_SEED_S:.0f} s" if gated else "",
                _verdict(size["seed_s"] < MAX_SEED_S) if gated else "",
            )
        )
    for op in [*data["flat_ops"], *data["growing_ops"]]:
        cells = ", ".join(f"{s['customers']:,}: {s['latency'][op]['p50_ms']:.2f}" for s in sizes)
        base = smallest["latency"][op]["p50_ms"]
        ratio = largest["latency"][op]["p50_ms"] / base if base else float("inf")
        flat = op in data["flat_ops"]
        note = "" if flat else " (a substring test on every active product: grows with the product count)"
        rows.append(
            Row(
                "5 scale",
                f"{op}: p50 ms by store size{note}",
                f"{cells}; {largest['customers']:,} / {smallest['customers']:,} = {ratio:.2f}x",
                f"<= {MAX_SCALE_RATIO:.0f}x" if flat else "grows",
                _verdict(ratio <= MAX_SCALE_RATIO) if flat else "n/a",
            )
        )
    worst = max(s["fresh_store_ms"]["p50"] for s in sizes)
    cells = ", ".join(f"{s['customers']:,}: {s['fresh_store_ms']['p50']:.1f}" for s in sizes)
    rows.append(
        Row(
            "5 scale",
            "POST /admin/fresh-store (two seeded stores + keys document): p50 ms by store size",
            cells,
            f"< {MAX_FRESH_MS:.0f} ms",
            _verdict(worst < MAX_FRESH_MS),
        )
    )
    return rows


def render(rows: list[Row]) -> str:
    header = Row("job", "measurement", "result", "target", "verdict")
    table = [header, *rows]
    widths = [max(len(getattr(r, f)) for r in table) for f in ("job", "measurement", "result", "target", "verdict")]

    def line(r: Row) -> str:
        cells = (r.job, r.measurement, r.result, r.target, r.verdict)
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def wait_for_quiet(max_wait_s: int, threshold: float = 1.0) -> None:
    deadline = time.monotonic() + max_wait_s
    while os.getloadavg()[0] >= threshold and time.monotonic() < deadline:
        harness.log(f"load average {os.getloadavg()[0]:.2f}: waiting for the machine to be quiet")
        time.sleep(min(10.0, max(0.0, deadline - time.monotonic())))


def environment() -> str:
    # uvicorn's "auto" choices, for whatever `allomancy-sandbox serve` leaves to uvicorn (see the recorded arguments).
    http = "httptools" if find_spec("httptools") else "h11"
    loop = "uvloop" if find_spec("uvloop") else "asyncio"
    wrk = shutil.which("wrk")
    wrk_version = (
        subprocess.run([wrk, "--version"], capture_output=True, text=True).stdout.split(" [")[0]
        if wrk
        else "wrk missing"
    )
    prism = harness.ROOT / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    prism_version = json.loads(prism.read_text())["version"] if prism.is_file() else "missing"
    return (
        f"{os.cpu_count()} cores, Python {platform.python_version()}, uvicorn "
        f"{harness.python_version_of('uvicorn')} (auto: http={http}, loop={loop}), starlette "
        f"{harness.python_version_of('starlette')}, Prism {prism_version}, {wrk_version}"
    )


def main(argv: list[str] | None = None) -> int:
    harness.exit_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(JOBS), help=f"comma-separated subset of {', '.join(JOBS)}")
    parser.add_argument("--quick", action="store_true", help="short smoke run (rougher figures)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--wait-quiet",
        type=int,
        default=0,
        metavar="N",
        help="wait up to N s for the load average to fall below 1 before the HTTP job",
    )
    parser.add_argument("--json", help="also write every job's raw result here")
    args = parser.parse_args(argv)
    jobs = [job.strip() for job in args.only.split(",") if job.strip()]
    unknown = set(jobs) - set(JOBS)
    if unknown:
        parser.error(f"unknown job(s): {', '.join(sorted(unknown))}")
    job_args = {
        "http": ["--rounds", "1", "--duration", "5", "--warmup", "2"] if args.quick else [],
        "client": ["--calls", "500", "--rounds", "3"] if args.quick else [],
        "generate": ["--runs", "1"] if args.quick else [],
        "conformance": [],
        "scale": ["--requests", "50"] if args.quick else [],
    }
    if "http" in jobs:
        harness.ensure_wrk()
        harness.prism_bin()
        wait_for_quiet(args.wait_quiet)
    load_start = os.getloadavg()
    results: dict[str, Any] = {}
    rows: list[Row] = []
    crashed = False
    builders = {
        "http": http_rows,
        "client": client_rows,
        "generate": generate_rows,
        "conformance": conformance_rows,
        "scale": scale_rows,
    }
    for job in JOBS:
        if job not in jobs:
            continue
        data, error = run_job(job, job_args[job])
        results[job] = data if data is not None else {"error": error}
        if data is None:
            crashed = True
            rows.append(Row(LABELS[job], f"python -m {MODULES[job]}", f"FAILED: {error}", "", "n/a"))
            continue
        rows.extend(builders[job](data))
    rows.sort(key=lambda r: r.job)  # table order 1..4 whatever the run order
    load_end = os.getloadavg()

    print()
    print(f"allomancy-openapi benchmarks: {environment()}")
    print(
        f"load average (1 min) before {load_start[0]:.2f}, after {load_end[0]:.2f} (the bench itself adds about 2)"
        + (
            "\n  -- the machine was busy before the run: req/s and p99 are noisy; server CPU us/req is steadier"
            if load_start[0] > 1.0
            else ""
        )
    )
    print(render(rows))
    if "http" in results and "wrk_command" in results["http"]:
        http = results["http"]
        print(
            f"\nwrk, every HTTP target alike ({http['rounds']} round(s), median; a {http['warmup_s']} s warm-up run "
            f"first, discarded):\n  {http['wrk_command']}"
        )
        print("  (the same command against each target's port and each path; $KEY = the all-scopes demo key)")
        flags = ", ".join(f"{k}={v}" for k, v in http.get("uvicorn_flags", {}).items())
        print(
            f"uvicorn.run arguments of `allomancy-sandbox serve` as users run it (its default: no access log), used for"
            f" the sandbox and both minimal"
            f" apps: {flags}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    missed = any(r.verdict == "MISSED" for r in rows)
    if missed:
        print("\nA target was missed: `python -m benchmarks.profile_sandbox` shows where the sandbox spends its time.")
    return 1 if crashed or (args.strict and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
