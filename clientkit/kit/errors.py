"""One exception type for unsuccessful responses, and unwrap() to opt into it per call."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import TypeVar, cast

from allomancy_client.models import Problem
from allomancy_client.types import Response

T = TypeVar("T")

_SNIPPET = 200  # characters of a non-problem body kept as the detail


def retry_after_seconds(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Retry-After as seconds to wait: delay-seconds or an HTTP date; None when absent or unreadable."""
    value = headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _problem_in(content: bytes) -> Problem | None:
    """A problem document in a body the operation did not document (an undocumented status)."""
    try:
        data = json.loads(content)
        return Problem.from_dict(data) if isinstance(data, dict) else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


class ApiError(Exception):
    """An unsuccessful response: any 4xx/5xx, an undocumented status, or an unreadable success.

    status, code (the problem's machine-readable code; None when the body was not a problem document),
    detail, title, retry_after (seconds, from the Retry-After header) and problem (the parsed Problem).
    """

    def __init__(
        self,
        status: int,
        code: str | None,
        detail: str,
        *,
        title: str | None = None,
        retry_after: float | None = None,
        problem: Problem | None = None,
    ) -> None:
        super().__init__(status, code, detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.title = title
        self.retry_after = retry_after
        self.problem = problem

    def __str__(self) -> str:
        text = f"HTTP {self.status} {self.code or 'unexpected_response'}: {self.detail}"
        if self.retry_after is not None:
            text += f" (retry after {self.retry_after:g} s)"
        return text

    def __repr__(self) -> str:
        return f"ApiError(status={self.status}, code={self.code!r}, retry_after={self.retry_after!r})"

    @classmethod
    def from_response(cls, response: Response[object]) -> ApiError:
        status = int(response.status_code)
        problem = response.parsed if isinstance(response.parsed, Problem) else _problem_in(response.content)
        retry_after = retry_after_seconds(response.headers)
        if problem is not None:
            return cls(
                status, problem.code, problem.detail, title=problem.title, retry_after=retry_after, problem=problem
            )
        text = " ".join(response.content.decode("utf-8", errors="replace").split())
        detail = text[:_SNIPPET] or "no body"
        return cls(status, None, f"undocumented response: {detail}", retry_after=retry_after)


def unwrap(response: Response[T | Problem]) -> T:
    """The parsed model of a successful response from a *_detailed function; ApiError otherwise.

    customer = unwrap(get_customer.sync_detailed("resident.name", client=client))
    """
    parsed = response.parsed
    if 200 <= response.status_code < 300 and not isinstance(parsed, Problem):
        if parsed is not None or not response.content.strip():
            return cast(T, parsed)  # None only for a documented empty success such as 204
    raise ApiError.from_response(response)
