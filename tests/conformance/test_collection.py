"""The suite's run state. Collecting reads the spec and nothing else: no network connection is attempted and no server
process is started, whether the target is a URL (here a port nothing listens on) or the embedded sandbox (which
collecting must not launch); a plugin loaded before the suite's own conftest blocks and records every attempt. And
nothing outlives a run: two runs in one process (pytest.main keeps the modules imported) count the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from allomancy_conformance.launcher import free_port

SUITE = Path(__file__).resolve().parents[2] / "contract_tests" / "allomancy_conformance"

GUARD = """
import json, os, socket, subprocess

ATTEMPTS = []


def _connect(self, address):
    ATTEMPTS.append(f"connect {address!r}")
    raise OSError("no network while collecting")


def _connect_ex(self, address):
    ATTEMPTS.append(f"connect {address!r}")
    return 111


_real_popen_init = subprocess.Popen.__init__


def _popen(self, args, *rest, **kwargs):
    ATTEMPTS.append(f"process {args!r}")
    raise OSError("no process may start while collecting")


socket.socket.connect = _connect
socket.socket.connect_ex = _connect_ex
subprocess.Popen.__init__ = _popen


def pytest_sessionfinish(session):
    with open(os.environ["COLLECTION_GUARD_OUT"], "w", encoding="utf-8") as out:
        json.dump(ATTEMPTS, out)
"""


@pytest.mark.parametrize("target", ["a dead URL", "the embedded sandbox"])
def test_collecting_makes_no_connection_and_starts_no_server(tmp_path: Path, target: str) -> None:
    (tmp_path / "collection_guard.py").write_text(GUARD, encoding="utf-8")
    out = tmp_path / "attempts.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALLOMANCY_")}
    env.update(PYTHONPATH=os.pathsep.join([str(tmp_path), env.get("PYTHONPATH", "")]), COLLECTION_GUARD_OUT=str(out))
    if target == "a dead URL":
        env.update(ALLOMANCY_BASE_URL=f"http://127.0.0.1:{free_port()}", ALLOMANCY_API_KEY="allo_test_x.y")
    command = [sys.executable, "-m", "pytest", str(SUITE), "--rootdir", str(SUITE), "-c", os.devnull]
    command += ["-p", "collection_guard", "--collect-only", "-q", "-p", "no:cacheprovider"]
    result = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert json.loads(out.read_text(encoding="utf-8")) == [], "collecting tried to reach the network or start a server"
    collected = [line for line in result.stdout.splitlines() if "::" in line]
    assert len(collected) > 500 and any("test_operations.py::test_operation" in line for line in collected)


RUN_TWICE = """
import json, os, sys
from pathlib import Path
from allomancy_conformance import cli

reports = Path(sys.argv[1])
totals = []
for n in (1, 2):
    os.environ["ALLOMANCY_REPORTS_DIR"] = str(reports / str(n))
    code = cli.main(["--layers", "problems", "--", "-k", "unknown_route", "-p", "no:cacheprovider"])
    summary = json.loads((reports / str(n) / "conformance-summary.json").read_text())
    totals.append([code, summary["totals"], len(summary["findings"])])
print(json.dumps(totals))
"""


def test_two_runs_in_one_process_share_nothing(tmp_path: Path) -> None:
    """pytest.main keeps the suite's modules imported: a second run must start from an empty tally (same counts as
    the first, not their sum), with its own session (embedded sandbox)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALLOMANCY_")}
    result = subprocess.run(
        [sys.executable, "-c", RUN_TWICE, str(tmp_path)],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    first, second = json.loads(result.stdout.strip().splitlines()[-1])
    assert first[0] == second[0] == 0
    assert first[1]["cases"] > 0 and second[1] == first[1], (first, second)
    assert first[2] == second[2] == 0
