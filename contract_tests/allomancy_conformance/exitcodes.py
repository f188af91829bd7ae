"""The exit statuses of `allomancy-conformance`, one place (the --help epilog and the README quote this table)."""

from __future__ import annotations

CONFORMING = 0  # every check that counts passed
FAILURES = 1  # documented failures, or inferred mismatches where they count (the sandbox, or --strict)
USAGE = 2  # a flag or variable is missing, contradictory or unusable; nothing ran
SETUP = 3  # the target could not be tested: unreachable, key rejected or lacking scopes, wrong path
INTERNAL = 4  # the suite itself broke (a bug: please report it with the output)
INTERRUPTED = 130  # stopped by Ctrl-C

TABLE = (
    (CONFORMING, "conforming: every check that counts passed"),
    (FAILURES, "failures: documented ones, or inferred mismatches where they count (the sandbox, --strict)"),
    (USAGE, "usage error: a flag or variable is missing or unusable; nothing ran"),
    (SETUP, "set-up error: target unreachable, key rejected or lacking scopes, wrong path"),
    (INTERNAL, "internal error of the suite"),
    (INTERRUPTED, "interrupted"),
)


def describe() -> str:
    return "exit status:\n" + "\n".join(f"  {code:<4} {text}" for code, text in TABLE)


def from_pytest(code: int) -> int:
    """pytest's exit status in the suite's terms (pytest's usage error is what the suite's set-up raises)."""
    return {0: CONFORMING, 1: FAILURES, 2: INTERRUPTED, 3: INTERNAL, 4: SETUP, 5: USAGE}.get(code, INTERNAL)
