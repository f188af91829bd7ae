"""Hand-written validators for JSON bodies, query strings and path parameters.

Rules (shared decisions): strict JSON types, whole floats accepted for integers (12.0 -> 12),
booleans only true/false, additionalProperties false, int32 unless noted, explicit lengths.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import unquote_to_bytes

from . import timefmt
from .errors import ApiError
from .identifiers import normalize_uuid, parse_identifier

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


class OutOfRangeNumber:
    """A JSON number too large to be any field's value (huge integer, or a float overflowing to inf)."""

    def __init__(self, text: str) -> None:
        self.text = text


class Invalid(Exception):
    """One or more field errors; `messages` are 'path: problem' strings."""

    def __init__(self, messages: Sequence[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = list(messages)


def _fail(path: str, problem: str) -> Invalid:
    return Invalid([f"{path}: {problem}" if path else problem])


class Spec:
    """Base of the field specs: `check` returns the normalized value or raises Invalid."""

    nullable: bool = False

    def check(self, value: Any, path: str) -> Any:
        if value is None:
            if self.nullable:
                return None
            raise _fail(path, f"must not be null ({self.describe()} expected)")
        return self.check_value(value, path)

    def check_value(self, value: Any, path: str) -> Any:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError


def _as_integer(value: Any) -> int | OutOfRangeNumber | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or isinstance(value, OutOfRangeNumber):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


@dataclass(frozen=True)
class Int(Spec):
    minimum: int = INT32_MIN
    maximum: int = INT32_MAX
    nullable: bool = False
    choices: tuple[int, ...] = ()
    nonzero: bool = False

    def describe(self) -> str:
        if self.choices:
            return "one of the integers " + ", ".join(str(c) for c in self.choices)
        return f"an integer from {self.minimum} to {self.maximum}" + (", not 0" if self.nonzero else "")

    def check_value(self, value: Any, path: str) -> Any:
        number = _as_integer(value)
        if number is None:
            raise _fail(path, f"must be {self.describe()}")
        if isinstance(number, OutOfRangeNumber) or not self.minimum <= number <= self.maximum:
            raise _fail(path, f"must be {self.describe()}")
        if self.choices and number not in self.choices:
            raise _fail(path, f"must be {self.describe()}")
        if self.nonzero and number == 0:
            raise _fail(path, "must not be 0")
        return number


@dataclass(frozen=True)
class Bool(Spec):
    nullable: bool = False

    def describe(self) -> str:
        return "a boolean (true or false)"

    def check_value(self, value: Any, path: str) -> Any:
        if not isinstance(value, bool):
            raise _fail(path, f"must be {self.describe()}")
        return value


@dataclass(frozen=True)
class Str(Spec):
    min_length: int = 0
    max_length: int | None = None
    nullable: bool = False

    def describe(self) -> str:
        if self.max_length is None:
            return f"a string of at least {self.min_length} characters"
        return f"a string of {self.min_length} to {self.max_length} characters"

    def check_value(self, value: Any, path: str) -> Any:
        if not isinstance(value, str):
            raise _fail(path, f"must be {self.describe()}")
        if not _encodable(value):
            raise _fail(path, "must be valid Unicode text (no unpaired surrogates)")
        if len(value) < self.min_length or (self.max_length is not None and len(value) > self.max_length):
            raise _fail(path, f"must be {self.describe()}")
        return value


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class Uuid(Spec):
    nullable: bool = False

    def describe(self) -> str:
        return "a UUID string (8-4-4-4-12 hex digits)"

    def check_value(self, value: Any, path: str) -> Any:
        normalized = normalize_uuid(value) if isinstance(value, str) else None
        if normalized is None:
            raise _fail(path, f"must be {self.describe()}")
        return normalized


@dataclass(frozen=True)
class DateTime(Spec):
    """An RFC 3339 date-time; normalized to epoch seconds."""

    nullable: bool = False

    def describe(self) -> str:
        return "an RFC 3339 date-time such as 2026-04-27T15:42:00Z"

    def check_value(self, value: Any, path: str) -> Any:
        epoch = timefmt.parse(value) if isinstance(value, str) else None
        if epoch is None:
            raise _fail(path, f"must be {self.describe()}")
        return epoch


@dataclass(frozen=True)
class Arr(Spec):
    item: Spec
    nullable: bool = False
    max_items: int | None = None

    def describe(self) -> str:
        return "an array"

    def check_value(self, value: Any, path: str) -> Any:
        if not isinstance(value, list):
            raise _fail(path, f"must be {self.describe()}")
        if self.max_items is not None and len(value) > self.max_items:
            raise _fail(path, f"must have at most {self.max_items} items")
        result: list[Any] = []
        errors: list[str] = []
        for index, element in enumerate(value):
            try:
                result.append(self.item.check(element, f"{path}[{index}]"))
            except Invalid as exc:
                errors.extend(exc.messages)
        if errors:
            raise Invalid(errors)
        return result


_MISSING: Any = object()


@dataclass(frozen=True)
class Field:
    spec: Spec
    required: bool = False
    default: Any = _MISSING  # filled in when the field is omitted (a callable is called)


Check = Callable[[dict[str, Any], dict[str, Any]], str | None]  # (raw, normalized) -> error message


@dataclass(frozen=True)
class Obj(Spec):
    fields: Mapping[str, Field]
    nullable: bool = False
    checks: tuple[Check, ...] = field(default=())

    def describe(self) -> str:
        return "a JSON object"

    def check_value(self, value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            raise _fail(path, f"must be {self.describe()}")
        errors: list[str] = []
        result: dict[str, Any] = {}
        prefix = f"{path}." if path else ""
        for name in value:
            if name not in self.fields:
                errors.append(f"{prefix}{name}: unknown field (allowed: {', '.join(self.fields) or 'none'})")
        for name, spec in self.fields.items():
            if name in value:
                try:
                    result[name] = spec.spec.check(value[name], prefix + name)
                except Invalid as exc:
                    errors.extend(exc.messages)
            elif spec.required:
                errors.append(f"{prefix}{name}: is required")
            elif spec.default is not _MISSING:
                result[name] = spec.default() if callable(spec.default) else spec.default
        if not errors:
            for check in self.checks:
                message = check(value, result)
                if message:
                    errors.append(prefix + message if path else message)
        if errors:
            raise Invalid(errors)
        return result


def validate_body(schema: Obj, value: Any) -> dict[str, Any]:
    try:
        result: dict[str, Any] = schema.check(value, "")
    except Invalid as exc:
        raise ApiError("validation_failed", "Request body is invalid: " + "; ".join(exc.messages)) from exc
    return result


# ---------------------------------------------------------------- query strings

QueryKind = Literal["bool", "int32", "uuid", "search"]


@dataclass(frozen=True)
class QueryParam:
    kind: QueryKind


PAGINATION_PARAMS = ("limit", "cursor")
LIMIT_DEFAULT, LIMIT_MIN, LIMIT_MAX = 100, 1, 1000
MAX_SEARCH_LENGTH = 200


def _decode_component(raw: str) -> str:
    data = unquote_to_bytes(raw.replace("+", " "))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError("validation_failed", "The query string is not valid UTF-8.") from exc


def split_query(query_string: bytes) -> dict[str, str]:
    """Decode the raw query string; a repeated parameter is rejected (400)."""
    try:
        text = query_string.decode("ascii")
    except UnicodeDecodeError as exc:
        raise ApiError("validation_failed", "The query string must be percent-encoded ASCII.") from exc
    values: dict[str, str] = {}
    for part in text.split("&"):
        if not part:
            continue
        raw_name, _, raw_value = part.partition("=")
        name, value = _decode_component(raw_name), _decode_component(raw_value)
        if name in values:
            code = "invalid_pagination" if name in PAGINATION_PARAMS else "validation_failed"
            raise ApiError(code, f"Query parameter {name!r} was given more than once.")
        values[name] = value
    return values


def parse_int_text(text: str) -> int | None:
    """A decimal integer, optionally written as a whole float ('12.0'); None otherwise."""
    body = text[1:] if text[:1] in "+-" else text
    whole, dot, frac = body.partition(".")
    if not whole.isdigit() or not whole.isascii() or len(whole) > 30:
        return None
    if dot and (not frac or frac.strip("0") or not frac.isascii()):
        return None
    value = int(whole)
    return -value if text.startswith("-") else value


def parse_bool_text(name: str, text: str) -> bool:
    if text == "true":
        return True
    if text == "false":
        return False
    raise ApiError("validation_failed", f"Query parameter {name!r} must be true or false.")


def _parse_one(name: str, kind: QueryKind, text: str) -> Any:
    if kind == "bool":
        return parse_bool_text(name, text)
    if kind == "int32":
        number = parse_int_text(text)
        if number is None or not INT32_MIN <= number <= INT32_MAX:
            raise ApiError("validation_failed", f"Query parameter {name!r} must be a 32-bit integer.")
        return number
    if kind == "uuid":
        normalized = normalize_uuid(text)
        if normalized is None:
            raise ApiError("validation_failed", f"Query parameter {name!r} must be a UUID.")
        return normalized
    if len(text) > MAX_SEARCH_LENGTH:
        raise ApiError("validation_failed", f"Query parameter {name!r} must not exceed {MAX_SEARCH_LENGTH} characters.")
    return text if text.strip() else None  # search: empty or whitespace-only means no filter


@dataclass(frozen=True)
class PageParams:
    limit: int
    cursor: str | None


def parse_limit(values: Mapping[str, str]) -> int:
    if "limit" not in values:
        return LIMIT_DEFAULT
    number = parse_int_text(values["limit"])
    if number is None or not LIMIT_MIN <= number <= LIMIT_MAX:
        raise ApiError("invalid_pagination", f"limit must be an integer from {LIMIT_MIN} to {LIMIT_MAX}.")
    return number


def parse_query(
    query_string: bytes, allowed: Mapping[str, QueryParam], paginated: bool
) -> tuple[dict[str, Any], PageParams | None]:
    """Parse and validate a query string against the operation's parameters; unknown names are 400."""
    values = split_query(query_string)
    known = set(allowed) | (set(PAGINATION_PARAMS) if paginated else set())
    unknown = sorted(set(values) - known)
    if unknown:
        raise ApiError("validation_failed", f"Unknown query parameter(s): {', '.join(unknown)}.")
    page = None
    if paginated:
        page = PageParams(limit=parse_limit(values), cursor=values.get("cursor") or None)  # empty = first page
    parsed = {name: _parse_one(name, param.kind, values[name]) for name, param in allowed.items() if name in values}
    return {k: v for k, v in parsed.items() if v is not None}, page


# ---------------------------------------------------------------- path parameters


def decode_path_param(name: str, raw: bytes) -> Any:
    """Validate a percent-decoded path segment by parameter name: uuids or resident identifiers."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if name == "identifier":
        return parse_identifier(text if text is not None else "\ufffd")
    normalized = normalize_uuid(text) if text is not None else None
    if normalized is None:
        raise ApiError("validation_failed", f"Path parameter {name!r} must be a UUID (8-4-4-4-12 hex digits).")
    return normalized
