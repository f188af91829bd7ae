"""Reading and decoding request bodies: size limit (413), media type (415), strict JSON (400).

Strict JSON means: UTF-8 only, no NaN/Infinity, nesting depth <= 32, no duplicate member names,
huge numbers kept as OutOfRangeNumber so validators reject them with a clean 400.
"""

from __future__ import annotations

import json
import math
from typing import Any, Literal

from starlette.requests import Request

from .errors import ApiError
from .validation import OutOfRangeNumber

BodyMode = Literal["none", "required", "optional"]
MAX_DEPTH = 32
_ABSENT: Any = object()


class _DuplicateMember(ValueError):
    pass


def is_json_media_type(content_type: str | None) -> bool:
    """application/json or application/<anything>+json, with an optional utf-8 charset."""
    if not content_type:
        return False
    media, *params = (part.strip() for part in content_type.split(";"))
    media = media.lower()
    if not (media == "application/json" or (media.startswith("application/") and media.endswith("+json"))):
        return False
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() not in {"utf-8", "utf8"}:
            return False
    return True


async def read_limited(request: Request, limit: int) -> bytes:
    """Read the body, refusing (413) anything over `limit` bytes without buffering it all."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise ApiError("payload_too_large", f"The request body must not exceed {limit} bytes.")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError("payload_too_large", f"The request body must not exceed {limit} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


def _max_depth(text: str) -> int:
    """Deepest array/object nesting, scanning once and skipping string contents."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return 0
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _parse_int(text: str) -> Any:
    return int(text) if len(text.lstrip("-")) <= 30 else OutOfRangeNumber(text)


def _parse_float(text: str) -> Any:
    value = float(text)
    return value if math.isfinite(value) else OutOfRangeNumber(text)


def _object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            raise _DuplicateMember(name)
        result[name] = value
    return result


def parse_json(raw: bytes) -> Any:
    """Decode strict JSON; raises ApiError invalid_json / validation_failed."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError("invalid_json", "The request body is not valid UTF-8.") from exc
    if _max_depth(text) > MAX_DEPTH:
        raise ApiError("invalid_json", f"JSON nesting must not be deeper than {MAX_DEPTH} levels.")
    try:
        return json.loads(
            text,
            parse_constant=_reject_constant,
            parse_int=_parse_int,
            parse_float=_parse_float,
            object_pairs_hook=_object_pairs,
        )
    except _DuplicateMember as exc:
        raise ApiError("validation_failed", f"Request body has a duplicate member {exc.args[0]!r}.") from exc
    except (ValueError, RecursionError) as exc:
        raise ApiError("invalid_json", "The request body is not valid JSON.") from exc


async def load_body(request: Request, mode: BodyMode, limit: int) -> Any:
    """Return the decoded JSON body, or _ABSENT when no body was sent (or the operation takes none)."""
    if mode == "none":  # a body sent to an operation that takes none is ignored (never read)
        return _ABSENT
    raw = await read_limited(request, limit)
    present = bool(raw.strip())
    if present and not is_json_media_type(request.headers.get("content-type")):
        raise ApiError("unsupported_media_type", "Request bodies must be sent as application/json.")
    if not present:
        if mode == "required":
            raise ApiError("validation_failed", "A JSON request body is required.")
        return _ABSENT
    return parse_json(raw)


def is_absent(value: Any) -> bool:
    return value is _ABSENT
