"""Job 2: the full conformance run against the sandbox (`make conformance`): wall time, cases, cases/s.

The suite writes its summary (conformance-summary.json: totals.cases, exitStatus) into
ALLOMANCY_REPORTS_DIR, which this job points at a temporary directory; if that file is missing the
TOTAL row of the printed table is used. When `make conformance` is still a placeholder, or the suite
produced no summary, the result says "not available" and why: no figure is ever made up.

    python -m benchmarks.conformance_time [--timeout 900] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import harness

SUMMARY_FILE = "conformance-summary.json"
PLACEHOLDER = "not yet implemented"


def _placeholder() -> str | None:
    """Why `make conformance` cannot run yet, or None when it can."""
    dry = subprocess.run(["make", "-n", "conformance"], cwd=harness.ROOT, capture_output=True, text=True, timeout=60)
    if dry.returncode != 0 and "No rule to make target" in dry.stderr:
        return "the Makefile has no conformance target"
    if PLACEHOLDER in dry.stdout:
        return "`make conformance` is still a placeholder"
    return None


def _cases_from_output(output: str) -> int | None:
    match = re.search(r"^TOTAL\s+(\d+)\s+(\d+)\s+(\d+)", output, re.MULTILINE)
    return int(match.group(1)) if match else None


def run(timeout_s: int) -> dict[str, Any]:
    reason = _placeholder()
    if reason:
        return {"available": False, "reason": reason}
    reports = Path(tempfile.mkdtemp(prefix="bench-conformance-"))
    log_path = reports / "conformance.log"
    try:
        env = {**os.environ, "ALLOMANCY_REPORTS_DIR": str(reports)}
        start = time.perf_counter()
        with open(log_path, "w", encoding="utf-8") as log_file:
            # Its own process group, so a time-out stops make, pytest and the sandbox they started.
            process = subprocess.Popen(
                ["make", "--no-print-directory", "conformance"],
                cwd=harness.ROOT,
                env=env,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        try:
            returncode = process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            return {"available": False, "reason": f"`make conformance` ran longer than {timeout_s} s (stopped)"}
        finally:
            harness.stop_process_group(process)
        wall = time.perf_counter() - start
        output = log_path.read_text(encoding="utf-8", errors="replace")
        summary_path = reports / SUMMARY_FILE
        summary: dict[str, Any] = {}
        if summary_path.is_file():
            summary = json.loads(summary_path.read_text(encoding="utf-8"))
        totals = summary.get("totals", {})
        cases = totals.get("cases") if totals else _cases_from_output(output)
        if cases is None:
            return {
                "available": False,
                "wall_s": wall,
                "exit_code": returncode,
                "reason": f"`make conformance` exited {returncode} without a case count",
                "output_tail": output[-3000:],
            }
        return {
            "available": True,
            "command": "make conformance",
            "wall_s": wall,
            "cases": int(cases),
            "checks": totals.get("checks"),
            "failures": totals.get("failures"),
            "cases_per_s": int(cases) / wall if wall else None,
            "exit_code": returncode,
            "seed": summary.get("seed"),
            "summary_source": SUMMARY_FILE if summary else "printed TOTAL row",
            "output_tail": output[-1500:] if returncode else "",
            "loadavg_end": os.getloadavg(),
        }
    finally:
        shutil.rmtree(reports, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    harness.exit_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=int, default=900, help="stop the run after this many seconds")
    parser.add_argument("--json", help="write the result here (default: stdout)")
    args = parser.parse_args(argv)
    harness.write_json(args.json, run(args.timeout))


if __name__ == "__main__":
    main()
