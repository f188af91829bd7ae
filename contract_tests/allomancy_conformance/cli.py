"""`allomancy-conformance`: run the conformance suite once; exit non-zero on any failure that counts.

Documented failures always count; inferred mismatches (a rule the spec marks x-inferred that the server does not
share) count against the sandbox (embedded, or any server identifying as the sandbox) and with --strict.

    allomancy-conformance                          # against a fresh embedded sandbox (started through its command)
    ALLOMANCY_BASE_URL=https://... ALLOMANCY_API_KEY=... allomancy-conformance
    allomancy-conformance --allow-writes           # not the sandbox: also write (needs ALLOMANCY_WRITE_CUSTOMER)
    allomancy-conformance --strict                 # inferred mismatches fail the run against any server
    allomancy-conformance --layers "auth or pagination" -- -x

Options map to the ALLOMANCY_* variables documented in settings.py; anything after `--` goes to pytest.
Reports land in reports/ of the current directory (or --reports): junit.xml (pytest), schemathesis-junit.xml and
schemathesis-har.json (Schemathesis), conformance-summary.json (the table as data).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import MutableMapping, Sequence
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
LAYER_MARKERS = (
    "operations",
    "stateful",
    "auth",
    "pagination",
    "filters",
    "rules",
    "problems",
    "hostile",
    "concurrency",
)
# The suite's own pytest configuration, so a pytest.ini or pyproject.toml where the user stands never changes a run.
PYTEST_OPTIONS = ("-p", "no:cacheprovider", "-o", "addopts=", "-o", "python_files=test_*.py", "-o", "testpaths=")


def parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    args = list(argv)
    extra: list[str] = []
    if "--" in args:
        cut = args.index("--")
        args, extra = args[:cut], args[cut + 1 :]
    parser = argparse.ArgumentParser(prog="allomancy-conformance", description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--allow-writes",
        action="store_true",
        help="send write operations to a server that is not the sandbox (only to objects the suite creates and to "
        "ALLOMANCY_WRITE_CUSTOMER)",
    )
    parser.add_argument(
        "--fresh-store",
        action="store_true",
        help="test a fresh pair of stores of the sandbox at ALLOMANCY_BASE_URL (needs ALLOMANCY_ADMIN_SECRET)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="inferred mismatches fail the run against any server (by default only against the sandbox)",
    )
    parser.add_argument("--examples", type=int, help="fuzzing examples per operation (ALLOMANCY_EXAMPLES)")
    parser.add_argument("--seed", type=int, help="data generation seed (ALLOMANCY_SEED)")
    parser.add_argument("--max-rps", type=float, help="request rate ceiling (ALLOMANCY_MAX_RPS)")
    parser.add_argument("--reports", help="reports directory (ALLOMANCY_REPORTS_DIR, default reports)")
    parser.add_argument("--layers", help=f"pytest -m expression over the layer markers: {', '.join(LAYER_MARKERS)}")
    return parser.parse_args(args), extra


def apply_options(options: argparse.Namespace, env: MutableMapping[str, str]) -> None:
    if options.allow_writes:
        env["ALLOMANCY_ALLOW_WRITES"] = "1"
    if options.fresh_store:
        env["ALLOMANCY_FRESH_STORE"] = "1"
    if options.strict:
        env["ALLOMANCY_STRICT"] = "1"
    for name, value in (
        ("ALLOMANCY_EXAMPLES", options.examples),
        ("ALLOMANCY_SEED", options.seed),
        ("ALLOMANCY_MAX_RPS", options.max_rps),
        ("ALLOMANCY_REPORTS_DIR", options.reports),
    ):
        if value is not None:
            env[name] = str(value)


def pytest_args(options: argparse.Namespace, extra: list[str], reports: Path) -> list[str]:
    args = [
        str(PACKAGE_DIR),
        "--rootdir",
        str(PACKAGE_DIR),
        "-c",
        os.devnull,
        *PYTEST_OPTIONS,
        "-q",
        "--tb=short",
        "--no-header",
        f"--junitxml={reports / 'junit.xml'}",
        "-o",
        "junit_suite_name=allomancy-conformance",
    ]
    if options.layers:
        args += ["-m", options.layers]
    return args + extra


def main(argv: Sequence[str] | None = None) -> int:
    options, extra = parse(sys.argv[1:] if argv is None else argv)
    apply_options(options, os.environ)
    reports = Path(os.environ.get("ALLOMANCY_REPORTS_DIR") or "reports").resolve()
    reports.mkdir(parents=True, exist_ok=True)
    os.environ["ALLOMANCY_REPORTS_DIR"] = str(reports)
    import pytest

    started = time.monotonic()
    code = int(pytest.main(pytest_args(options, extra, reports)))
    print(
        f"conformance: {'PASSED' if code == 0 else 'FAILED'} (pytest exit {code}) in "
        f"{time.monotonic() - started:.1f} s; reports in {reports}"
    )
    return code


def entry_point() -> None:
    sys.exit(main())
