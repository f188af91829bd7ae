"""Keep API keys out of everything the suite prints or writes: test reports, captured output, log tails."""

from __future__ import annotations

import re

import pytest

REDACTED = "[redacted key]"
KEY_PATTERN = re.compile(r"allo_live_[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """Replace the given secrets (longest first) and anything shaped like an Allomancy key."""
    for secret in sorted(secrets, key=len, reverse=True):
        if secret:
            text = text.replace(secret, REDACTED)
    return KEY_PATTERN.sub(REDACTED, text)


def redact_report(report: pytest.TestReport, secrets: tuple[str, ...]) -> None:
    """Rewrite a test report in place: its failure text and its captured sections."""
    if report.longrepr is not None:
        text = str(report.longrepr)
        cleaned = redact(text, secrets)
        if cleaned != text:
            report.longrepr = cleaned
    report.sections = [(title, redact(content, secrets)) for title, content in report.sections]
