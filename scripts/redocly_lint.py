#!/usr/bin/env python3
"""Run `redocly lint` on a spec and fail on any error OR warning.

Usage:
    scripts/redocly_lint.py [FILE]      (default FILE: openapi.yaml)

`redocly lint` exits 0 when there are only warnings, and this project wants zero of both,
so this wrapper reads its JSON report, prints one line per problem and a total line
("redocly: N errors, N warnings, N ignored"), and exits 1 unless all three are 0
(problems hidden by a lint-ignore file count: a rule that does not fit is switched off,
with its reason, in redocly.yaml instead).
The binary is node_modules/.bin/redocly (installed by `make node`), or $REDOCLY if set.
Configuration comes from redocly.yaml beside the spec (extends `recommended`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def redocly_binary() -> Path:
    return Path(os.environ.get("REDOCLY", ROOT / "node_modules" / ".bin" / "redocly"))


def lint(spec: Path) -> tuple[dict[str, Any], str]:
    """Return redocly's JSON report for `spec`, and its stderr."""
    binary = redocly_binary()
    if not binary.exists():
        raise FileNotFoundError(f"{binary} not found: run `make node` (npm ci) first")
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    result = subprocess.run(
        [str(binary), "lint", str(spec), "--format", "json", "--max-problems", "1000", "--lint-config", "error"],
        capture_output=True,
        text=True,
        env=env,
        cwd=spec.resolve().parent,
        check=False,
    )
    try:
        return json.loads(result.stdout), result.stderr
    except json.JSONDecodeError as exc:
        raise RuntimeError(f"redocly gave no JSON report (exit {result.returncode}):\n{result.stderr}") from exc


def describe(problem: dict[str, Any]) -> str:
    location = (problem.get("location") or [{}])[0]
    start = location.get("start") or {}
    source = (location.get("source") or {}).get("ref", "?")
    return (
        f"{source}:{start.get('line', '?')}:{start.get('col', '?')} {problem.get('severity')} "
        f"{problem.get('ruleId')}: {problem.get('message')} ({location.get('pointer', '')})"
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    spec = Path(args[0] if args else "openapi.yaml")
    try:
        report, _stderr = lint(spec)
    except (FileNotFoundError, RuntimeError) as exc:
        print(f"redocly: {exc}", file=sys.stderr)
        return 2
    for problem in report.get("problems", []):
        print(describe(problem))
    totals = report.get("totals", {})
    errors, warnings, ignored = (totals.get(k, 0) for k in ("errors", "warnings", "ignored"))
    print(f"redocly: {errors} errors, {warnings} warnings, {ignored} ignored")
    # An ignore file (.redocly.lint-ignore.yaml) would hide problems without a reason: justify rules in redocly.yaml.
    return 1 if errors or warnings or ignored else 0


if __name__ == "__main__":
    sys.exit(main())
