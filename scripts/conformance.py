#!/usr/bin/env python3
"""Run the conformance suite (contract_tests/) once and exit non-zero on any failure.

    python scripts/conformance.py                      # against a fresh embedded sandbox
    ALLOMANCY_BASE_URL=https://... ALLOMANCY_API_KEY=... python scripts/conformance.py
    python scripts/conformance.py --allow-writes       # a live store: also write (needs ALLOMANCY_WRITE_CUSTOMER)
    python scripts/conformance.py --layers "auth or pagination" -- -x

Options map to the ALLOMANCY_* variables documented in contract_tests/settings.py; anything after `--` goes to
pytest. Reports land in reports/ (or --reports): junit.xml (pytest), schemathesis-junit.xml and
schemathesis-har.json (Schemathesis), conformance-summary.json (the table as data).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
LAYER_MARKERS = ("operations", "stateful", "auth", "pagination", "filters", "rules", "problems", "hostile")


def parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--allow-writes", action="store_true",
                        help="send write operations to a non-loopback server (only to objects the suite creates "
                             "and to ALLOMANCY_WRITE_CUSTOMER)")
    parser.add_argument("--examples", type=int, help="fuzzing examples per operation (ALLOMANCY_EXAMPLES)")
    parser.add_argument("--seed", type=int, help="data generation seed (ALLOMANCY_SEED)")
    parser.add_argument("--max-rps", type=float, help="request rate ceiling (ALLOMANCY_MAX_RPS)")
    parser.add_argument("--reports", help="reports directory (ALLOMANCY_REPORTS_DIR, default reports)")
    parser.add_argument("--layers", help=f"pytest -m expression over the layer markers: {', '.join(LAYER_MARKERS)}")
    return parser.parse_args(argv), extra


def apply_options(options: argparse.Namespace, env: dict[str, str]) -> None:
    if options.allow_writes:
        env["ALLOMANCY_ALLOW_WRITES"] = "1"
    for name, value in (("ALLOMANCY_EXAMPLES", options.examples), ("ALLOMANCY_SEED", options.seed),
                        ("ALLOMANCY_MAX_RPS", options.max_rps), ("ALLOMANCY_REPORTS_DIR", options.reports)):
        if value is not None:
            env[name] = str(value)


def pytest_args(options: argparse.Namespace, extra: list[str], reports: Path) -> list[str]:
    args = [
        str(REPO_ROOT / "contract_tests"),
        "--rootdir", str(REPO_ROOT),
        "-p", "no:cacheprovider",
        "-q", "--tb=short", "--no-header",
        f"--junitxml={reports / 'junit.xml'}", "-o", "junit_suite_name=allomancy-conformance",
    ]
    if options.layers:
        args += ["-m", options.layers]
    return args + extra


def main(argv: list[str]) -> int:
    options, extra = parse(argv)
    apply_options(options, os.environ)  # type: ignore[arg-type]
    reports = Path(os.environ.get("ALLOMANCY_REPORTS_DIR") or "reports").resolve()
    reports.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(REPO_ROOT))
    import pytest

    started = time.monotonic()
    code = int(pytest.main(pytest_args(options, extra, reports)))
    print(f"conformance: {'PASSED' if code == 0 else 'FAILED'} (pytest exit {code}) in "
          f"{time.monotonic() - started:.1f} s; reports in {reports}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
