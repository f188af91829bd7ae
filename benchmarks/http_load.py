"""Job 1: HTTP throughput and latency of the sandbox vs Prism (static mock) vs minimal apps, under wrk.

Targets, all on 127.0.0.1, all loaded with the same wrk settings (harness.wrk_command):

    sandbox    the sandbox with production settings (uvicorn, file DB in a temp dir, access log off,
               rate limit off; benchmarks/serve_sandbox.py), one worker process
    sandbox-2w the same with SANDBOX_WORKERS=2 (two processes over one database)
    prism      `prism mock -h 127.0.0.1 -p PORT openapi.yaml -v warn` (static examples)
    starlette  uvicorn (same flags) + one Starlette catch-all route returning a fixed body
    asgi       uvicorn (same flags) + a raw ASGI callable returning a fixed body

The fixed bodies are the sandbox's own answers, byte for byte. Endpoints: GET /v1/customers/{identifier}
(a seeded customer, the all-scopes key) and GET /v1/customers?limit=100. Each round runs every
(endpoint, target) pair once, the target order rotating per round; the first round starts each pair with
a discarded warm-up. Figures are the median over rounds.

    python -m benchmarks.http_load [--rounds 3] [--duration 10] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx

from allomancy_conformance.launcher import free_port
from benchmarks import harness

TARGETS = ("sandbox", "prism", "starlette", "asgi", "sandbox-2w")
WORKERS = 2  # the "sandbox-2w" target: the same sandbox with SANDBOX_WORKERS=2


def _check(base_url: str, target: str, headers: dict[str, str]) -> httpx.Response:
    response = httpx.get(base_url + target, headers=headers, timeout=10)
    if response.status_code != 200:
        raise SystemExit(f"GET {target} on {base_url} answered {response.status_code}: {response.text[:300]}")
    return response


def run(rounds: int, duration_s: int, warmup_s: int) -> dict[str, Any]:
    harness.ensure_wrk()
    with ExitStack() as stack:
        sb = stack.enter_context(harness.sandbox())
        first = _check(sb.base_url, "/v1/customers?limit=1", {"X-API-Key": sb.all_key}).json()["data"][0]
        identifier = first["username"]
        endpoints = {
            "getCustomer": f"/v1/customers/{identifier}",
            "listCustomers": "/v1/customers?limit=100",
        }
        bodies = {path: _check(sb.base_url, path, {"X-API-Key": sb.all_key}).text for path in endpoints.values()}
        bodies_dir = Path(tempfile.mkdtemp(prefix="bench-bodies-"))
        stack.callback(shutil.rmtree, bodies_dir, ignore_errors=True)
        bodies_file = bodies_dir / "bodies.json"
        bodies_file.write_text(json.dumps(bodies), encoding="utf-8")

        uvicorn_flags = sb.uvicorn_flags
        if not uvicorn_flags:
            raise SystemExit("serve_sandbox.py did not record the uvicorn arguments of `allomancy-sandbox serve`")
        key = {"X-API-Key": sb.all_key}
        servers: dict[str, tuple[str, dict[str, str], int]] = {"sandbox": (sb.base_url, key, sb.server.pid)}
        sb2 = stack.enter_context(harness.sandbox({"SANDBOX_WORKERS": str(WORKERS)}))
        servers["sandbox-2w"] = (sb2.base_url, {"X-API-Key": sb2.all_key}, sb2.server.pid)
        port = free_port()
        prism = stack.enter_context(harness.serve("prism", harness.prism_command(port), port, ready_path="/v1/store"))
        # Prism accepts any key value; send the same one so the request bytes match.
        servers["prism"] = (prism.base_url, key, prism.pid)
        for kind in ("starlette", "asgi"):
            port = free_port()
            server = stack.enter_context(
                harness.serve(
                    kind,
                    [harness.PY, "-m", "benchmarks.serve_minimal", harness.HOST, str(port)],
                    port,
                    env={
                        "BENCH_KIND": kind,
                        "BENCH_BODIES": str(bodies_file),
                        "BENCH_UVICORN_FLAGS": json.dumps(sb.uvicorn_flags),
                    },
                )
            )
            servers[kind] = (server.base_url, key, server.pid)
        for base_url, headers, _ in servers.values():
            for path in endpoints.values():
                _check(base_url, path, headers)

        samples: dict[str, dict[str, list[harness.WrkResult]]] = {op: {t: [] for t in TARGETS} for op in endpoints}
        for index in range(rounds):
            order = TARGETS[index % len(TARGETS) :] + TARGETS[: index % len(TARGETS)]
            for op, path in endpoints.items():
                for target in order:
                    base_url, headers, pid = servers[target]
                    result = harness.run_wrk(
                        base_url + path,
                        headers,
                        duration_s=duration_s,
                        warmup_s=warmup_s if index == 0 else 0,
                        server_pid=pid,
                    )
                    if result.non_2xx or result.socket_errors:
                        harness.log(
                            f"WARNING {target} {op}: {result.non_2xx} non-2xx, {result.socket_errors} socket errors"
                        )
                    harness.log(
                        f"round {index + 1}/{rounds} {op:<13} {target:<9} {result.rps:8.0f} req/s  "
                        f"p50 {result.p50_ms:6.2f} ms  p99 {result.p99_ms:6.2f} ms  "
                        f"server CPU {result.server_cpu_us or 0:6.1f} us/req  load {os.getloadavg()[0]:.2f}"
                    )
                    samples[op][target].append(result)

    figures: dict[str, Any] = {}
    for op, per_target in samples.items():
        figures[op] = {
            target: {
                "rps": harness.median([r.rps for r in results]),
                "p50_ms": harness.median([r.p50_ms for r in results]),
                "p99_ms": harness.median([r.p99_ms for r in results]),
                "server_cpu_us": harness.median([r.server_cpu_us or 0.0 for r in results]),
                "non_2xx": sum(r.non_2xx for r in results),
                "socket_errors": sum(r.socket_errors for r in results),
                "rounds": [r.as_dict() for r in results],
            }
            for target, results in per_target.items()
        }
    example = samples["getCustomer"]["sandbox"][0].command
    return {
        "endpoints": endpoints,
        "rounds": rounds,
        "duration_s": duration_s,
        "warmup_s": warmup_s,
        "wrk_command": example,
        "uvicorn_flags": uvicorn_flags,
        "figures": figures,
        "workers": WORKERS,
        "loadavg_end": os.getloadavg(),
    }


def main(argv: list[str] | None = None) -> None:
    harness.exit_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", "3")))
    parser.add_argument("--duration", type=int, default=harness.WRK_DURATION_S, help="seconds per wrk run")
    parser.add_argument("--warmup", type=int, default=harness.WRK_WARMUP_S, help="seconds of discarded warm-up")
    parser.add_argument("--json", help="write the result here (default: stdout)")
    args = parser.parse_args(argv)
    harness.write_json(args.json, run(max(1, args.rounds), args.duration, args.warmup))


if __name__ == "__main__":
    main()
