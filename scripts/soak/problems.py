"""The problem codes the spec allows (from the Problem schema's table in openapi.yaml) and a checker
for problem+json responses."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://integrations.allomancy.net/errors/"
_ROW = re.compile(r"^\|\s*(\d{3})\s*\|\s*([a-z][a-z0-9_]*)\s*\|", re.MULTILINE)


@functools.cache
def spec_problem_codes(spec_path: Path = SPEC_PATH) -> dict[str, int]:
    """{code: status} from the table in components.schemas.Problem.description (the published list)."""
    from ruamel.yaml import YAML

    spec = YAML(typ="safe").load(spec_path.read_text(encoding="utf-8"))
    description = spec["components"]["schemas"]["Problem"]["description"]
    codes: dict[str, int] = {}
    for status, code in _ROW.findall(description):
        if code in codes and codes[code] != int(status):
            raise ValueError(f"problem code {code} listed with two statuses")
        codes[code] = int(status)
    if len(codes) < 10:
        raise ValueError("could not read the problem code table from the spec")
    return codes


def problem_errors(status: int, content_type: str | None, body: bytes) -> list[str]:
    """Why this response is not a well-formed problem+json for `status` (empty list when it is)."""
    errors: list[str] = []
    media = (content_type or "").split(";")[0].strip().lower()
    if media != PROBLEM_MEDIA_TYPE:
        errors.append(f"content-type {content_type!r} is not {PROBLEM_MEDIA_TYPE}")
    try:
        doc: Any = json.loads(body)
    except ValueError:
        return [*errors, f"body is not JSON: {body[:120]!r}"]
    if not isinstance(doc, dict):
        return [*errors, "body is not a JSON object"]
    if doc.get("status") != status:
        errors.append(f"status member {doc.get('status')!r} != HTTP status {status}")
    code = doc.get("code")
    codes = spec_problem_codes()
    if code not in codes:
        errors.append(f"code {code!r} is not in the spec's list")
    elif codes[code] != status:
        errors.append(f"code {code!r} belongs to status {codes[code]}, not {status}")
    if code is not None and doc.get("type") != TYPE_BASE + str(code):
        errors.append(f"type {doc.get('type')!r} does not match code {code!r}")
    for member in ("title", "detail"):
        if not isinstance(doc.get(member), str) or not doc.get(member):
            errors.append(f"{member} missing or empty")
    return errors


def problem_code(body: bytes) -> str | None:
    try:
        doc = json.loads(body)
    except ValueError:
        return None
    return doc.get("code") if isinstance(doc, dict) and isinstance(doc.get("code"), str) else None
