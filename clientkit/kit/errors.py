"""One exception type for every failed call, with a subclass per kind of failure.

    ApiError                        the base: catch it to handle every failure
    ├── BadRequestError             400
    ├── AuthenticationError         401
    ├── PermissionDeniedError       403
    ├── NotFoundError               404
    ├── ConflictError               409
    ├── PayloadError                413, 415
    ├── RateLimitError              429 (retry_after: the server's Retry-After, in seconds)
    ├── ServerError                 5xx
    ├── UnexpectedResponseError     a status the operation does not document (3xx, an odd 2xx or 4xx)
    │   └── ResponseDecodeError     a success status whose body is not the documented JSON
    └── ApiConnectionError          the request could not be sent (DNS, refused, reset, TLS)
        └── ApiTimeoutError         ... or timed out

The class depends on the status alone, whatever the body: an HTML 500 from a proxy is a ServerError, an
empty 404 a NotFoundError. Every error carries method, url (the key travels in a header, never in the
URL), status, code (the problem's machine-readable code, typed as the spec's ProblemCode), detail,
title, retry_after and body (the response text, at most BODY_LIMIT characters).
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import TypeVar, cast

import httpx

from allomancy_client.errors import ProblemCode
from allomancy_client.models.problem import Problem
from allomancy_client.types import Response

T = TypeVar("T")

BODY_LIMIT = 2048
"""Characters of the response body kept on an error (the rest is cut, with a marker)."""
_SNIPPET = 200  # characters of a non-problem body shown in str(error)


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


class ApiError(Exception):
    """A failed call: an error status, an unreadable or unexpected answer, or no answer at all.

    method, url: the request (url never holds the key). status: the HTTP status, None when no answer came.
    code: the problem document's code (a ProblemCode; a code newer than this client arrives as its plain
    string), None when the body was not a problem document. detail, title: from the problem document.
    retry_after: seconds, from the Retry-After header. body: the response text, at most BODY_LIMIT
    characters. problem: the parsed Problem when the body was one. status_code: the same as status, under the
    name httpx-based clients use.
    """

    def __init__(
        self,
        message: str | None = None,
        *,
        method: str | None = None,
        url: str | None = None,
        status: int | None = None,
        code: ProblemCode | None = None,
        detail: str | None = None,
        title: str | None = None,
        retry_after: float | None = None,
        body: str = "",
        problem: Problem | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.status = status
        self.code = code
        self.detail = detail
        self.title = title
        self.retry_after = retry_after
        self.body = body
        self.problem = problem
        super().__init__(message if message is not None else self._describe())

    @property
    def status_code(self) -> int | None:
        """The HTTP status (the name httpx and httpx-based clients use); None when no answer came."""
        return self.status

    def _describe(self) -> str:
        where = f"{self.method} {self.url}" if self.method and self.url else (self.url or "request")
        status = f"HTTP {self.status}" if self.status is not None else "no response"
        text = f"{where} -> {status}"
        if self.code:
            text += f" {self.code}"
        if self.detail:
            text += f": {self.detail}"
        elif self.body:
            snippet = " ".join(self.body.split())
            text += f": {snippet[:_SNIPPET]}{'...' if len(snippet) > _SNIPPET else ''}"
        elif self.status is not None:
            text += ": empty body"
        if self.retry_after is not None:
            text += f" (retry after {self.retry_after:g} s)"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(method={self.method!r}, url={self.url!r}, status={self.status!r}, "
            f"code={self.code!r}, retry_after={self.retry_after!r})"
        )


class BadRequestError(ApiError):
    """400: the request is invalid (a malformed identifier, a bad page size or cursor, a business rule)."""


class AuthenticationError(ApiError):
    """401: the API key is missing, malformed, unknown, revoked or expired."""


class PermissionDeniedError(ApiError):
    """403: the key lacks the scope the operation requires."""


class NotFoundError(ApiError):
    """404: something the request names does not exist for this key (or the URL is wrong)."""


class ConflictError(ApiError):
    """409: the request conflicts with the current state (a coupon code in use, an inactive coupon)."""


class PayloadError(ApiError):
    """413 or 415: the body is too large, or is not JSON."""


class RateLimitError(ApiError):
    """429: too many requests; retry_after says how long the server asks you to wait."""


class ServerError(ApiError):
    """5xx: the server (or a proxy in front of it) failed."""


class UnexpectedResponseError(ApiError):
    """A status the operation does not document and no other class covers (a 3xx, an odd 2xx or 4xx)."""


class ResponseDecodeError(UnexpectedResponseError):
    """A success status whose body is not the documented JSON (not JSON, truncated, a field missing).

    The parsing exception is the __cause__.
    """


class ApiConnectionError(ApiError):
    """The request got no answer: the connection failed or was cut. The httpx exception is the __cause__."""


class ApiTimeoutError(ApiConnectionError):
    """The request timed out (connect, write, read or pool). The httpx exception is the __cause__."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadError,
    415: PayloadError,
    429: RateLimitError,
}


def error_class(status: int) -> type[ApiError]:
    """The ApiError subclass for an error status (anything else is UnexpectedResponseError)."""
    found = _BY_STATUS.get(status)
    if found is not None:
        return found
    return ServerError if 500 <= status < 600 else UnexpectedResponseError


def _text(content: bytes) -> str:
    text = content[: BODY_LIMIT * 4].decode("utf-8", errors="replace")
    return text if len(text) <= BODY_LIMIT else text[:BODY_LIMIT] + "...[truncated]"


def _problem_fields(parsed: object, content: bytes) -> tuple[Problem | None, dict[str, str]]:
    """The problem document, parsed by the operation or read leniently from the body; its string fields."""
    if isinstance(parsed, Problem):
        return parsed, {"code": parsed.code, "detail": parsed.detail, "title": parsed.title}
    try:
        data = json.loads(content)
    except ValueError:
        return None, {}
    if not isinstance(data, dict):
        return None, {}
    fields = {key: data[key] for key in ("code", "detail", "title") if isinstance(data.get(key), str)}
    try:
        return Problem.from_dict(data), fields
    except (ValueError, LookupError, TypeError, AttributeError):
        return None, fields


def _request_of(response: Response[object]) -> tuple[str | None, str | None]:
    request = response.request
    return (request.method, str(request.url)) if request is not None else (None, None)


def error_from_response(response: Response[object]) -> ApiError:
    """The ApiError subclass for a response that is not a usable success."""
    status = int(response.status_code)
    method, url = _request_of(response)
    retry_after = retry_after_seconds(response.headers)
    body = _text(response.content)
    cause = response.parse_error
    if 200 <= status < 300 and cause is not None:
        detail = f"the {status} body could not be read: {type(cause).__name__}: {str(cause)[:_SNIPPET]}"
        decode = ResponseDecodeError(
            method=method, url=url, status=status, detail=detail, retry_after=retry_after, body=body
        )
        decode.__cause__ = cause
        return decode
    problem, fields = _problem_fields(response.parsed, response.content)
    kind = UnexpectedResponseError if 200 <= status < 300 else error_class(status)
    return kind(
        method=method,
        url=url,
        status=status,
        code=cast(ProblemCode | None, fields.get("code")),
        detail=fields.get("detail"),
        title=fields.get("title"),
        retry_after=retry_after,
        body=body,
        problem=problem,
    )


def unwrap(response: Response[T | Problem]) -> T:
    """The parsed model of a successful response from a *_detailed function; an ApiError subclass otherwise.

    customer = unwrap(get_customer.sync_detailed("resident.name", client=client))
    """
    parsed = response.parsed
    status = response.status_code
    if 200 <= status < 300 and response.parse_error is None and not isinstance(parsed, Problem):
        if parsed is not None:
            return parsed
        if response.documented:
            return cast(T, None)  # a documented success without a body, such as 204
    raise error_from_response(cast(Response[object], response))


def connection_error(error: httpx.RequestError) -> ApiError:
    """The ApiConnectionError (ApiTimeoutError for a timeout) for an httpx transport failure."""
    try:
        request: httpx.Request | None = error.request
    except RuntimeError:  # an httpx error raised outside a request carries none
        request = None
    kind = ApiTimeoutError if isinstance(error, httpx.TimeoutException) else ApiConnectionError
    return kind(
        method=request.method if request is not None else None,
        url=str(request.url) if request is not None else None,
        detail=f"{type(error).__name__}: {error}" if str(error) else type(error).__name__,
    )
