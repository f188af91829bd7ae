"""RFC 9457 problem+json errors, restricted to the codes the spec lists."""

from __future__ import annotations

import json
from collections.abc import Mapping

from starlette.responses import Response

import allomancy_spec

PROBLEM_TYPE_BASE = "https://integrations.allomancy.net/errors/"
PROBLEM_MEDIA_TYPE = "application/problem+json"

# code -> (status, title): the spec's `x-problem-codes`, read once. The ONLY codes the sandbox may emit.
CODES: dict[str, tuple[int, str]] = {e.code: (e.status, e.title) for e in allomancy_spec.problem_table()}


class ApiError(Exception):
    """An error that becomes a problem+json response."""

    def __init__(self, code: str, detail: str, headers: Mapping[str, str] | None = None) -> None:
        if code not in CODES:
            raise ValueError(f"undeclared problem code {code!r}")
        super().__init__(detail)
        self.code = code
        self.status = CODES[code][0]
        self.detail = detail
        self.headers = dict(headers or {})


def problem_body(code: str, detail: str) -> dict[str, object]:
    status, title = CODES[code]
    return {"type": PROBLEM_TYPE_BASE + code, "title": title, "status": status, "detail": detail, "code": code}


def problem_response(code: str, detail: str, headers: Mapping[str, str] | None = None) -> Response:
    body = json.dumps(problem_body(code, detail), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, status_code=CODES[code][0], headers=dict(headers or {}), media_type=PROBLEM_MEDIA_TYPE)


def error_response(error: ApiError) -> Response:
    return problem_response(error.code, error.detail, error.headers)
