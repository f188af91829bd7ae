"""The benchmark scripts' own logic (parsing, table, flag round trip) and their server handling: a server
started by harness.serve answers on loopback and is gone, with its whole process group, after the block.
No load is generated here: `make bench` itself is too long and too noisy for CI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest

from allomancy_conformance.launcher import free_port
from benchmarks import conformance_time, generate_time, harness, profile_sandbox, run, scale

WRK_OUTPUT = """Running 10s test @ http://127.0.0.1:40001/v1/customers/resident.username
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.10ms    1.20ms  40.00ms   90.00%
    Req/Sec     3.10k   200.00     3.50k    70.00%
  Latency Distribution
     50%    4.98ms
     75%    5.50ms
     90%  850.00us
     99%    1.02s
  61857 requests in 10.01s, 20.00MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 7
Requests/sec:   6179.52
Transfer/sec:      2.00MB
"""


def test_parse_wrk_reads_every_unit() -> None:
    result = harness.parse_wrk(WRK_OUTPUT, "wrk ...")
    assert result.requests == 61857
    assert result.seconds == pytest.approx(10.01)
    assert result.rps == pytest.approx(6179.52)
    assert result.p50_ms == pytest.approx(4.98)
    assert result.p90_ms == pytest.approx(0.85)
    assert result.p99_ms == pytest.approx(1020.0)
    assert result.non_2xx == 7
    assert result.socket_errors == 5


def test_parse_wrk_without_errors_and_refuses_garbage() -> None:
    clean = "\n".join(line for line in WRK_OUTPUT.splitlines() if "errors" not in line and "Non-2xx" not in line)
    result = harness.parse_wrk(clean, "wrk ...")
    assert (result.non_2xx, result.socket_errors) == (0, 0)
    with pytest.raises(ValueError):
        harness.parse_wrk("unable to connect to 127.0.0.1:1 Connection refused", "wrk ...")


def test_shown_command_hides_the_key() -> None:
    command = ["/usr/bin/wrk", "-t2", "-H", "X-API-Key: allo_live_abcdefghijklmnopqr.stuvwxyz0123456789", "http://x"]
    assert harness.shown(command) == "wrk -t2 -H 'X-API-Key: $KEY' http://x"


def test_uvicorn_flags_round_trip_classes() -> None:
    from allomancy_sandbox.http11 import ProblemH11Protocol

    described = {
        name: harness.describe_flag(value)
        for name, value in {"http": ProblemH11Protocol, "log_level": "warning", "access_log": False}.items()
    }
    assert json.loads(json.dumps(described))["http"] == "allomancy_sandbox.http11:ProblemH11Protocol"
    assert harness.resolve_flag("http", described["http"]) is ProblemH11Protocol
    assert harness.resolve_flag("log_level", "warning") == "warning"


def test_median() -> None:
    assert harness.median([3.0, 1.0, 2.0]) == 2.0
    assert harness.median([4.0, 1.0, 2.0, 3.0]) == 2.5


def test_conformance_total_row_is_parsed() -> None:
    output = "operation  cases  checks  fail\n---\nTOTAL  6061  12000  0  10  -\nlegend"
    assert conformance_time._cases_from_output(output) == 6061
    assert conformance_time._cases_from_output("no table") is None


def test_profile_summary_counts_own_and_inclusive_time() -> None:
    raw = "main (a.py:1);handler (sandbox/app.py:3) 3\nmain (a.py:1);idle (b.py:2) 1\n"
    text = profile_sandbox.summarize(raw, top=5)
    assert "4 samples" in text
    assert " 75.0%  handler (sandbox/app.py)" in text


def test_generate_differences_reports_changed_and_missing_files(tmp_path: Path) -> None:
    left, right = tmp_path / "a", tmp_path / "b"
    for root in (left, right):
        (root / "pkg").mkdir(parents=True)
        (root / "pkg" / "same.py").write_text("x = 1\n")
    (left / "pkg" / "changed.py").write_text("x = 1\n")
    (right / "pkg" / "changed.py").write_text("x = 2\n")
    (left / "pkg" / "new.py").write_text("")
    (left / "pkg" / "__pycache__").mkdir()
    assert generate_time.differences(left, right) == ["pkg/changed.py", "pkg/new.py"]


def test_table_marks_missed_targets() -> None:
    data = {
        "us_per_call": {"raw": 600.0, "generated": 720.0, "raw_no_json": 590.0},
        "client_cpu_us_per_call": {"raw": 300.0, "generated": 420.0, "raw_no_json": 290.0},
        "overhead_us": 120.0,
        "ratio": 1.2,
        "cpu_ratio": 1.4,
        "ratio_vs_no_json": 1.22,
        "rounds": 7,
        "calls_per_round": 2000,
    }
    rows = run.client_rows(data)
    assert rows[-1].verdict == "MISSED"
    table = run.render(rows + run.conformance_rows({"available": False, "reason": "not written yet"}))
    assert "not available: not written yet" in table
    assert len({len(line) for line in table.splitlines()}) == 1  # aligned


def test_served_process_group_is_gone_afterwards(tmp_path: Path) -> None:
    bodies = tmp_path / "bodies.json"
    bodies.write_text(json.dumps({"/hello": '{"ok":true}'}))
    port = free_port()
    command = [harness.PY, "-m", "benchmarks.serve_minimal", harness.HOST, str(port)]
    env = {"BENCH_KIND": "asgi", "BENCH_BODIES": str(bodies), "BENCH_UVICORN_FLAGS": "{}"}
    with harness.serve("minimal", command, port, env=env, ready_path="/hello") as server:
        assert httpx.get(server.base_url + "/hello").json() == {"ok": True}
        pid = server.pid
        assert harness.cpu_seconds(pid) >= 0
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)


def test_scale_rows_gate_flat_operations_and_report_growing_ones() -> None:
    def size(customers: int, page_ms: float, search_ms: float, seed_s: float) -> dict[str, object]:
        latency = {op: {"p50_ms": 1.0, "p99_ms": 2.0} for op in scale.FLAT_OPS}
        latency["page of 100"] = {"p50_ms": page_ms, "p99_ms": page_ms}
        latency["search (no match)"] = {"p50_ms": search_ms, "p99_ms": search_ms}
        return {
            "customers": customers,
            "seed_s": seed_s,
            "latency": latency,
            "fresh_store_ms": {"p50": 5.0, "max": 9.0},
            "db_bytes": 1_000_000,
        }

    data = {
        "sizes": [size(1_000, 1.0, 0.5, 0.5), size(1_000_000, 2.5, 9.0, 30.0)],
        "flat_ops": list(scale.FLAT_OPS),
        "growing_ops": list(scale.GROWING_OPS),
    }
    rows = {r.measurement.split(":")[0]: r for r in run.scale_rows(data)}
    assert rows["page of 100"].verdict == "MISSED"  # 2.5x > 2x
    assert rows["get by username"].verdict == "met"
    assert rows["search (no match)"].verdict == "n/a" and "18.00x" in rows["search (no match)"].result
    assert rows["seed --customers 1,000,000 (with N/100 products, N/1000 coupons, N/10 gift cards)"].verdict == "met"
    assert rows["POST /admin/fresh-store (two seeded stores + keys document)"].verdict == "met"
