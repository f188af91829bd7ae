"""Keep API keys and customer tokens out of everything the suite prints or writes: test reports, captured
output, log tails, and the report files (JUnit, the Schemathesis HAR with its mint responses, the summary)."""

from __future__ import annotations

from pathlib import Path

import pytest

from allomancy_spec import REDACTED, key_pattern, redact, token_pattern

__all__ = ["KEY_PATTERN", "REDACTED", "TOKEN_PATTERN", "redact", "redact_files", "redact_report"]

KEY_PATTERN = key_pattern()
TOKEN_PATTERN = token_pattern()


def redact_files(folder: Path) -> None:
    """Rewrite every text file under folder with its secrets redacted (files that hold none stay untouched)."""
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        cleaned = redact(text)
        if cleaned != text:
            path.write_text(cleaned, encoding="utf-8")


def redact_report(report: pytest.TestReport, secrets: tuple[str, ...]) -> None:
    """Rewrite a test report in place: its failure text and its captured sections."""
    if report.longrepr is not None:
        text = report.longreprtext  # rendered as the terminal shows it (exception groups included)
        cleaned = redact(text, secrets)
        if cleaned != text:
            report.longrepr = cleaned
    report.sections = [(title, redact(content, secrets)) for title, content in report.sections]
