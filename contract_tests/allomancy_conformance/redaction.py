"""Keep API keys out of everything the suite prints or writes: test reports, captured output, log tails."""

from __future__ import annotations

import pytest

from allomancy_spec import REDACTED, key_pattern, redact

__all__ = ["KEY_PATTERN", "REDACTED", "redact", "redact_report"]

KEY_PATTERN = key_pattern()


def redact_report(report: pytest.TestReport, secrets: tuple[str, ...]) -> None:
    """Rewrite a test report in place: its failure text and its captured sections."""
    if report.longrepr is not None:
        text = str(report.longrepr)
        cleaned = redact(text, secrets)
        if cleaned != text:
            report.longrepr = cleaned
    report.sections = [(title, redact(content, secrets)) for title, content in report.sections]
