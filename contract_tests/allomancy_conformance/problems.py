"""The error-format rule: every 4xx/5xx is an RFC 9457 problem document whose status matches the HTTP status.

`violations()` is pure; the Schemathesis check (checks.py) and the suite's own client (client.py) both use it.
`problem_errors()` adds the stricter rule the hostile-input checks apply: the code is one the spec lists, for
that status (`x-problem-codes` on components.schemas.Problem).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import allomancy_spec

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://integrations.allomancy.net/errors/"
CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
REQUIRED_STRINGS = ("type", "title", "detail", "code")


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def violations(status: int, content_type: str | None, body: bytes) -> list[str]:
    """Why this response breaks the error-format rule; empty when it does not (or is not an error)."""
    if status < 400:
        return []
    found = []
    if media_type(content_type) != PROBLEM_MEDIA_TYPE:
        found.append(f"{status} answered with Content-Type {content_type!r}, not {PROBLEM_MEDIA_TYPE}")
    try:
        document = json.loads(body)
    except ValueError:
        return [*found, f"{status} body is not JSON: {body[:80]!r}"]
    if not isinstance(document, dict):
        return [*found, f"{status} body is not a JSON object"]
    for name in REQUIRED_STRINGS:
        if not isinstance(document.get(name), str):
            found.append(f"problem member {name!r} missing or not a string")
    if document.get("status") != status or isinstance(document.get("status"), bool):
        found.append(f"problem status {document.get('status')!r} does not match the HTTP status {status}")
    code = document.get("code")
    if isinstance(code, str):
        if not CODE_PATTERN.fullmatch(code):
            found.append(f"problem code {code!r} does not match {CODE_PATTERN.pattern}")
        elif document.get("type") != TYPE_BASE + code:
            found.append(f"problem type {document.get('type')!r} is not {TYPE_BASE + code!r}")
    return found


def code_of(body: bytes) -> str | None:
    try:
        document = json.loads(body)
    except ValueError:
        return None
    return document.get("code") if isinstance(document, dict) else None


def spec_problem_codes(spec_path: Path | None = None) -> dict[str, int]:
    """{code: status} from the spec's `x-problem-codes` (the published list)."""
    codes: dict[str, int] = allomancy_spec.problem_codes(allomancy_spec.load(spec_path))
    return codes


def problem_errors(status: int, content_type: str | None, body: bytes) -> list[str]:
    """`violations()` plus: the code is listed in the spec, for this status."""
    found = violations(status, content_type, body)
    code = code_of(body)
    codes = spec_problem_codes()
    if code not in codes:
        found.append(f"code {code!r} is not in the spec's list")
    elif codes[code] != status:
        found.append(f"code {code!r} belongs to status {codes[code]}, not {status}")
    return found
