"""Job 3: per-call cost of the generated client vs raw httpx, same sandbox, same connection pool.

One AuthenticatedClient is built the documented way; its httpx.Client (the pool, with the key attached
as its auth) serves both sides:

    raw        pool.get("/v1/customers/{identifier}").json()          (what a hand-written caller does)
    generated  get_customer.sync(identifier, client=client)          (request + CustomerResponse model)
    facade     Allomancy.from_client(client).customers.get(identifier)  (the same, raising ApiError subclasses)

Each round makes N sequential calls per side, interleaved in blocks of BLOCK calls (A B C A B C ...,
the order flipping every round) so that load drift on the machine hits all sides alike; the figure is
the median over rounds of the mean time per call, and the ratio generated / raw. The server
is the sandbox with production settings, so the ratio is for a realistic round trip on loopback.

    python -m benchmarks.client_overhead [--calls 2000] [--rounds 7] [--json OUT]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from benchmarks import harness

CLIENT_PATHS = (harness.ROOT / "generated" / "allomancy-client",)


def _import_client() -> Any:
    for folder in CLIENT_PATHS:
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    import allomancy_client
    from allomancy_client.api.customers import get_customer

    return allomancy_client, get_customer


BLOCK = 100


def _per_call_us(call: Callable[[], Any], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - start) / calls * 1e6


def _interleaved_round(
    sides: dict[str, Callable[[], Any]], calls: int, flip: bool
) -> tuple[dict[str, float], dict[str, float]]:
    """N calls per side in blocks of BLOCK, alternating sides. Mean microseconds per call for each side:
    wall clock, and this (client) process's CPU time, which leaves the server's share out."""
    names = list(reversed(sides)) if flip else list(sides)
    wall = dict.fromkeys(names, 0.0)
    cpu = dict.fromkeys(names, 0.0)
    done = 0
    while done < calls:
        block = min(BLOCK, calls - done)
        for name in names:
            start, start_cpu = time.perf_counter(), time.process_time()
            for _ in range(block):
                sides[name]()
            wall[name] += time.perf_counter() - start
            cpu[name] += time.process_time() - start_cpu
        done += block
    return ({name: wall[name] / calls * 1e6 for name in sides}, {name: cpu[name] / calls * 1e6 for name in sides})


def run(calls: int, rounds: int) -> dict[str, Any]:
    package, get_customer = _import_client()
    from allomancy_client.models.customer_response import CustomerResponse

    with harness.sandbox() as sb:
        client = package.AuthenticatedClient(base_url=sb.base_url, token=sb.all_key)
        with client:
            pool = client.get_httpx_client()
            identifier = pool.get("/v1/customers", params={"limit": 1}).json()["data"][0]["username"]
            path = f"/v1/customers/{identifier}"

            def raw() -> Any:
                response = pool.get(path)
                if response.status_code != 200:
                    raise SystemExit(f"raw GET {path}: {response.status_code}")
                return response.json()

            def raw_bytes() -> Any:
                return pool.get(path).content

            def generated() -> Any:
                parsed = get_customer.sync(identifier, client=client)
                if not isinstance(parsed, CustomerResponse):
                    raise SystemExit(f"generated get_customer returned {parsed!r}")
                return parsed

            api = package.Allomancy.from_client(client)

            def facade() -> Any:
                return api.customers.get(identifier)

            sides = {"raw": raw, "generated": generated, "facade": facade, "raw_no_json": raw_bytes}
            for side in sides.values():  # warm the pool, the imports and the server's caches
                _per_call_us(side, min(200, calls))
            samples: dict[str, list[float]] = {name: [] for name in sides}
            cpu_samples: dict[str, list[float]] = {name: [] for name in sides}
            for index in range(rounds):
                wall, cpu = _interleaved_round(sides, calls, flip=index % 2 == 1)
                for name in sides:
                    samples[name].append(wall[name])
                    cpu_samples[name].append(cpu[name])
                harness.log(
                    f"round {index + 1}/{rounds}: "
                    + "  ".join(f"{name} {values[-1]:.1f} us" for name, values in samples.items())
                )

    medians = {name: harness.median(values) for name, values in samples.items()}
    cpu_medians = {name: harness.median(values) for name, values in cpu_samples.items()}

    def ratio(top: str, bottom: str, table: dict[str, list[float]]) -> float:
        return harness.median([t / b for t, b in zip(table[top], table[bottom], strict=True)])

    return {
        "calls_per_round": calls,
        "rounds": rounds,
        "operation": "GET /v1/customers/{identifier}",
        "us_per_call": medians,
        "client_cpu_us_per_call": cpu_medians,
        "samples_us": samples,
        "cpu_samples_us": cpu_samples,
        "ratio": ratio("generated", "raw", samples),  # median over rounds of the per-round ratio
        "facade_ratio": ratio("facade", "raw", samples),
        "ratio_vs_no_json": ratio("generated", "raw_no_json", samples),
        "cpu_ratio": ratio("generated", "raw", cpu_samples),
        "overhead_us": harness.median([g - r for g, r in zip(samples["generated"], samples["raw"], strict=True)]),
        "loadavg_end": os.getloadavg(),
    }


def main(argv: list[str] | None = None) -> None:
    harness.exit_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000, help="sequential calls per side per round")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", help="write the result here (default: stdout)")
    args = parser.parse_args(argv)
    harness.write_json(args.json, run(max(1, args.calls), max(1, args.rounds)))


if __name__ == "__main__":
    main()
