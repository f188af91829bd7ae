"""`allomancy-conformance`: run the conformance suite once; exit non-zero on any failure that counts.

Documented failures always count; inferred mismatches (a rule the spec marks x-inferred that the server does not
share) count against the sandbox (embedded, or any server identifying as the sandbox) and with --strict.

    allomancy-conformance                          # against a fresh embedded sandbox (started through its command)
    ALLOMANCY_BASE_URL=https://... ALLOMANCY_API_KEY=... allomancy-conformance
    allomancy-conformance --allow-writes           # not the sandbox: also write (needs ALLOMANCY_WRITE_CUSTOMER)
    allomancy-conformance --strict                 # inferred mismatches fail the run against any server
    allomancy-conformance --layers "auth or pagination" -- -x

Every flag has an ALLOMANCY_* variable (settings.py); the flag wins. Anything after `--` goes to pytest.
Reports land in reports/ of the current directory (or --report-dir): junit.xml (pytest), schemathesis-junit.xml and
schemathesis-har.json (Schemathesis), conformance-summary.json (the table as data).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Mapping, MutableMapping, Sequence
from pathlib import Path

from . import exitcodes, preflight, redaction, rulebook
from . import settings as settings_mod

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


# flag -> (variable, help); the flag wins over the variable.
VARIABLE_FLAGS = (
    (
        "--base-url",
        "ALLOMANCY_BASE_URL",
        "server under test: host root or the documented form ending in /v1 (unset: start the embedded sandbox)",
    ),
    (
        "--api-key",
        "ALLOMANCY_API_KEY",
        "a key of that server holding every scope (a flag shows in the process list: the variable is the safer way)",
    ),
    ("--keys-file", "ALLOMANCY_KEYS_FILE", "sandbox-format keys file: enables the scope and isolation layers"),
    ("--write-customer", "ALLOMANCY_WRITE_CUSTOMER", "the one existing customer a write run may change"),
    ("--examples", "ALLOMANCY_EXAMPLES", "fuzzing examples per operation"),
    ("--seed", "ALLOMANCY_SEED", "data generation seed"),
    ("--max-rps", "ALLOMANCY_MAX_RPS", "request rate ceiling (0 = none; default 0 for the sandbox, 5 otherwise)"),
    ("--report-dir", "ALLOMANCY_REPORTS_DIR", "where the reports go (default reports)"),
)
SWITCHES = (
    (
        "--allow-writes",
        "ALLOMANCY_ALLOW_WRITES",
        "send write operations to a server that is not the sandbox (only "
        "to objects the suite creates and to the write customer)",
    ),
    (
        "--fresh-store",
        "ALLOMANCY_FRESH_STORE",
        "test a fresh pair of stores of the sandbox at the base URL (needs ALLOMANCY_ADMIN_SECRET)",
    ),
    (
        "--strict",
        "ALLOMANCY_STRICT",
        "inferred mismatches fail the run against any server (by default only against the sandbox)",
    ),
)
LAYER_WORDS = (*LAYER_MARKERS, "hostile", "writes", "scoped_keys", "other_store")


class UsageProblem(Exception):
    """A flag or variable the run cannot start with (exit status 2)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="allomancy-conformance",
        description=(__doc__ or "").split("\n\n")[0],
        epilog=exitcodes.describe() + "\n\nAnything after -- goes to pytest.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    for flag, variable, text in VARIABLE_FLAGS:
        parser.add_argument(flag, metavar=variable.removeprefix("ALLOMANCY_"), help=f"{text} [env {variable}]")
    parser.add_argument("--reports", dest="report_dir", help=argparse.SUPPRESS)  # the former name
    for flag, variable, text in SWITCHES:
        parser.add_argument(flag, action="store_true", help=f"{text} [env {variable}=1]")
    parser.add_argument("--layers", help=f"pytest -m expression over the layers: {', '.join(LAYER_MARKERS)}")
    parser.add_argument(
        "--list-rules",
        nargs="?",
        const="text",
        choices=("text", "json"),
        help="print every rule a run checks (operation, spec location, documented or inferred, doc source or "
        "reason, the layers that check it; unchecked rules say so) and exit; nothing is run",
    )
    return parser


def parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    args = list(argv)
    extra: list[str] = []
    if "--" in args:
        cut = args.index("--")
        args, extra = args[:cut], args[cut + 1 :]
    return build_parser().parse_args(args), extra


def apply_options(options: argparse.Namespace, env: MutableMapping[str, str]) -> None:
    for flag, variable, _ in SWITCHES:
        if getattr(options, flag[2:].replace("-", "_")):
            env[variable] = "1"
    for flag, variable, _ in VARIABLE_FLAGS:
        value = getattr(options, flag[2:].replace("-", "_"))
        if value is not None:
            env[variable] = str(value)


def check_usage(options: argparse.Namespace, env: Mapping[str, str]) -> None:
    """Mistakes found before anything runs, each one line naming the flag and its variable."""
    base_url = env.get("ALLOMANCY_BASE_URL", "").strip()
    api_key = env.get("ALLOMANCY_API_KEY", "").strip()
    fresh = env.get("ALLOMANCY_FRESH_STORE", "").strip().lower() in {"1", "true", "yes", "on"}
    if api_key and not base_url:
        raise UsageProblem(
            "an API key is set (--api-key or ALLOMANCY_API_KEY) but no server: set --base-url or ALLOMANCY_BASE_URL "
            "too (without both the suite tests its own embedded sandbox)"
        )
    if base_url and not api_key and not fresh:
        raise UsageProblem(
            "--base-url / ALLOMANCY_BASE_URL is set but no key: set ALLOMANCY_API_KEY (or --api-key) to a key with "
            "every scope"
        )
    if options.layers:
        words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", options.layers)) - {"and", "or", "not"}
        unknown = sorted(words - set(LAYER_WORDS))
        if unknown:
            raise UsageProblem(
                f"--layers: unknown layer {', '.join(unknown)}; the layers are {', '.join(LAYER_MARKERS)}"
            )
    keys_file = env.get("ALLOMANCY_KEYS_FILE", "").strip()
    if keys_file:
        try:
            Path(keys_file).read_bytes()
        except OSError as exc:
            raise UsageProblem(
                f"--keys-file / ALLOMANCY_KEYS_FILE: cannot read {keys_file}: {exc.strerror or exc}"
            ) from None
    try:
        settings_mod.from_env(env)
    except settings_mod.SettingsError as exc:
        raise UsageProblem(str(exc)) from None


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
    if options.list_rules:
        print(rulebook.listing(options.list_rules))
        return exitcodes.CONFORMING
    apply_options(options, os.environ)
    try:
        check_usage(options, os.environ)
    except UsageProblem as exc:
        print(f"allomancy-conformance: {redaction.redact(str(exc))}", file=sys.stderr)
        return exitcodes.USAGE
    settings = settings_mod.from_env(os.environ)
    if settings.base_url is not None:
        os.environ["ALLOMANCY_BASE_URL"] = settings.base_url
        problem = preflight.check(settings.base_url, settings.api_key)
        if problem is not None:
            print(f"allomancy-conformance: {problem}", file=sys.stderr)
            return exitcodes.SETUP
    reports = Path(os.environ.get("ALLOMANCY_REPORTS_DIR") or "reports").resolve()
    created = not reports.exists()
    reports.mkdir(parents=True, exist_ok=True)
    os.environ["ALLOMANCY_REPORTS_DIR"] = str(reports)
    before = _contents(reports)
    import pytest

    started = time.monotonic()
    try:
        raw = int(pytest.main(pytest_args(options, extra, reports)))
    except KeyboardInterrupt:
        raw = 2
    code = exitcodes.from_pytest(raw)
    redaction.redact_files(reports)  # what Schemathesis and pytest wrote themselves (HAR, JUnit) too
    written = _contents(reports) != before
    if created and not written and not any(reports.iterdir()):
        reports.rmdir()  # an empty folder the run made is not left behind
    print(
        f"conformance: {'PASSED' if code == exitcodes.CONFORMING else 'FAILED'} (exit {code}: "
        f"{dict(exitcodes.TABLE)[code]}) in {time.monotonic() - started:.1f} s"
        + (f"; reports in {reports}" if written else "")
    )
    return code


def _contents(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(path): (path.stat().st_mtime_ns, path.stat().st_size) for path in folder.rglob("*") if path.is_file()}


def entry_point() -> None:
    sys.exit(main())
