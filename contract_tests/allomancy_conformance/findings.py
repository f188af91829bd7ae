"""Turning what a check saw into findings: the spec location of the rule (rules.py) and a one-line reproduction.

Schemathesis 4.32.5 failures carry `operation` (the label, `GET /v1/products/{id}`); a response-schema violation
(`JsonSchemaError`) also carries `schema_path`, the path of the failing keyword inside the response schema,
with bundled `$ref`s that `unbundle_path` maps back to `components/schemas/...`; a missing header
(`MissingHeaders`) carries `missing_headers`. Every other failure is located at the operation's response for
the status received, or at the operation itself.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterable, Mapping
from typing import Any

from schemathesis.core.failures import Failure
from schemathesis.core.jsonschema.bundler import unbundle_path
from schemathesis.openapi.checks import JsonSchemaError, MissingHeaders, UndefinedStatusCode

import allomancy_spec

from .redaction import REDACTED, redact
from .rules import Rule, RuleIndex
from .tally import PROBLEM_LAYER, TALLY

KEY_HEADER = "x-api-key"
MAX_BODY = 2000

# Failures about the request side or the whole operation (acceptance of data, auth, state), not one response part.
OPERATION_LEVEL = frozenset(
    {
        "RejectedPositiveData",
        "AcceptedNegativeData",
        "IgnoredAuth",
        "UseAfterFree",
        "EnsureResourceAvailability",
        "ObjectLevelAuthorizationViolation",
        "MissingHeaderNotRejected",
        "UnsupportedMethodResponse",
        "AllowHeaderMismatch",
    }
)


def curl(method: str, url: str, headers: Iterable[tuple[str, str]], body: bytes | None) -> str:
    """One line of shell that re-sends the request; any API key is replaced by a placeholder."""
    parts = ["curl", "-sS", "-i", "-X", method.upper(), shlex.quote(url)]
    for name, value in headers:
        lowered = name.lower()
        if lowered in ("content-length", "host", "accept-encoding", "connection", "user-agent", "accept"):
            continue
        shown = f"{name}: {REDACTED}" if lowered == KEY_HEADER and value else f"{name}: {value}"
        parts += ["-H", shlex.quote(shown)]
    if body:
        text = body.decode("utf-8", "replace")
        if len(text) > MAX_BODY:
            text = text[:MAX_BODY] + "...(truncated)"
        parts += ["--data-raw", shlex.quote(text)]
    return str(redact(" ".join(parts).replace("\n", "\\n").replace("\r", "\\r")))


def located(index: RuleIndex, operation_id: str | None, status: int, failure: Failure) -> Rule:
    """The rule a Schemathesis failure shows broken, classified documented or inferred."""
    if operation_id is None:
        return index.rule(_any_response(index, status))
    if isinstance(failure, JsonSchemaError):
        path: list[Any] = list(failure.schema_path)
        name_to_uri = getattr(failure, "_name_to_uri", None)
        if name_to_uri:
            path = unbundle_path(path, name_to_uri)
        if failure.title == "Response header does not conform to the schema":
            return index.rule(index.response_pointer(operation_id, status) + "/headers")
        return index.rule_in_schema(index.schema_pointer(operation_id, status), path)
    if isinstance(failure, MissingHeaders):
        base = index.response_pointer(operation_id, status)
        return index.rule(f"{base}/headers/{failure.missing_headers[0]}" if failure.missing_headers else base)
    if isinstance(failure, UndefinedStatusCode):
        return index.undeclared_status(operation_id, status)
    if type(failure).__name__ in OPERATION_LEVEL:
        return index.rule(index.operation_pointer(operation_id))
    return index.rule(index.response_pointer(operation_id, status))


def _any_response(index: RuleIndex, status: int) -> str:
    """For a request no operation documents: the first operation's response entry for that status."""
    for op_id in index.operations:
        pointer = index.response_pointer(op_id, status)
        if not pointer.endswith("/responses"):
            return pointer
    return "/components/schemas/Problem"


def problem_rule(index: RuleIndex, operation_id: str | None, status: int) -> Rule:
    """Where the error-format rule for this status is stated: the operation's response entry."""
    if operation_id is None:
        return index.rule(_any_response(index, status))
    return index.rule(index.response_pointer(operation_id, status))


def throttle_violations(headers: Mapping[str, str], content_type: str | None, body: bytes) -> list[str]:
    """Why a 429 breaks the spec's rule for it: problem+json with status 429 and Retry-After in whole seconds."""
    from . import problems  # local: problems imports nothing from here, keep the graph flat

    found = problems.violations(429, content_type, body)
    raw = headers.get("retry-after")
    if raw is None:
        found.append("429 without Retry-After")
    elif allomancy_spec.retry_after_seconds(raw) is None:
        found.append(f"429 with Retry-After {raw!r}, not a number of seconds")
    return found


def record_throttle(
    index: RuleIndex, operation_id: str | None, headers: Mapping[str, str], content_type: str | None, body: bytes
) -> None:
    """Judge one 429 (before it is re-sent) and record what is wrong with it, in layer L7."""
    TALLY.checked(operation_id, PROBLEM_LAYER)
    lowered = {name.lower(): value for name, value in headers.items()}
    base = index.response_pointer(operation_id, 429) if operation_id else "/components/responses/TooManyRequests"
    for what in throttle_violations(lowered, content_type, body):
        where = f"{base}/headers/Retry-After" if "Retry-After" in what else base
        TALLY.find(operation_id, index.rule(where), what, layer=PROBLEM_LAYER)


def raw_repro(request: bytes, host: str, port: int, tls: bool) -> str:
    """One line that re-sends raw bytes (printf into nc, or openssl for TLS); any API key is replaced."""
    escaped = "".join(
        chr(b) if 32 <= b < 127 and b not in (0x25, 0x5C, 0x27) else f"\\x{b:02x}" for b in request[:MAX_BODY]
    )
    sink = f"openssl s_client -quiet -connect {host}:{port}" if tls else f"nc {host} {port}"
    return str(redact(f"printf '{escaped}' | {sink}"))


def short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= 160 else text[:160] + "..."
