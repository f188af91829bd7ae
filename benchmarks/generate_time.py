"""Job 4: wall time of client generation (scripts/generate.py, what `make generate` runs).

Each run writes into a temporary directory (`scripts/generate.py --output TMP/allomancy-client`), so the
committed tree is never touched; the last output is then compared file by file with
generated/allomancy-client (a difference means the committed client is stale, not a bench failure).

    python -m benchmarks.generate_time [--runs 2] [--json OUT]
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import harness

COMMITTED = harness.ROOT / "generated" / "allomancy-client"
IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ, or exist on one side only (caches ignored)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files:
            if name not in IGNORED:
                found.append(prefix + name)
        for name, sub in cmp.subdirs.items():
            if name not in IGNORED:
                walk(sub, f"{prefix}{name}/")

    # dircmp calls filecmp.cmp(shallow=True): files whose size or mtime differ are compared by content.
    walk(filecmp.dircmp(str(left), str(right), ignore=list(IGNORED)), "")
    return sorted(found)


def run(runs: int) -> dict[str, Any]:
    script = harness.ROOT / "scripts" / "generate.py"
    if not script.is_file():
        return {"available": False, "reason": "scripts/generate.py does not exist"}
    scratch = Path(tempfile.mkdtemp(prefix="bench-generate-"))
    try:
        times: list[float] = []
        output = scratch / "allomancy-client"
        for index in range(runs):
            start = time.perf_counter()
            result = subprocess.run(
                [harness.PY, str(script), "--output", str(output)],
                cwd=harness.ROOT,
                capture_output=True,
                text=True,
                timeout=600,
            )
            elapsed = time.perf_counter() - start
            if result.returncode != 0:
                return {
                    "available": False,
                    "reason": f"scripts/generate.py exited {result.returncode}",
                    "output": (result.stdout + result.stderr)[-2000:],
                }
            times.append(elapsed)
            harness.log(f"generate run {index + 1}/{runs}: {elapsed:.2f} s")
        diff = differences(output, COMMITTED) if COMMITTED.is_dir() else ["(no committed tree)"]
        files = sum(1 for p in output.rglob("*") if p.is_file() and not IGNORED & set(p.parts))
        return {
            "available": True,
            "command": "python scripts/generate.py --output TMP/allomancy-client",
            "runs_s": times,
            "median_s": harness.median(times),
            "files": files,
            "matches_committed": not diff,
            "differences": diff[:50],
            "loadavg_end": os.getloadavg(),
        }
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    harness.exit_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--json", help="write the result here (default: stdout)")
    args = parser.parse_args(argv)
    harness.write_json(args.json, run(max(1, args.runs)))


if __name__ == "__main__":
    main()
