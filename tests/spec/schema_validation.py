"""JSON Schema 2020-12 validators for schemas that live inside an OpenAPI 3.1 document.

The whole document is registered as one resource, so a schema is addressed by its JSON
pointer and its `$ref`s (`#/components/schemas/...`) resolve within the document.
Formats are asserted: jsonschema's 2020-12 checkers (uuid, date-time via rfc3339-validator,
date, email, ...) plus the OpenAPI integer formats and `uri`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

DOCUMENT_URI = "urn:allomancy-openapi:openapi.yaml"
REQUIRED_FORMATS = ("uuid", "date-time")  # formats the spec relies on; a missing checker is an error


def _int_range(low: int, high: int):
    def check(value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return True  # formats only constrain values of their own type
        return low <= value <= high

    return check


def _uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme) and not any(c.isspace() for c in value)


def format_checker() -> FormatChecker:
    checker = FormatChecker(Draft202012Validator.FORMAT_CHECKER.checkers)
    missing = [name for name in REQUIRED_FORMATS if name not in checker.checkers]
    if missing:
        raise RuntimeError(f"jsonschema has no checker for {missing}: install the dev extra (rfc3339-validator)")
    checker.checks("int32")(_int_range(-(2**31), 2**31 - 1))
    checker.checks("int64")(_int_range(-(2**63), 2**63 - 1))
    checker.checks("uri")(_uri)
    return checker


def registry_for(document: dict[str, Any]) -> Registry:
    resource = Resource.from_contents(document, default_specification=DRAFT202012)
    return Registry().with_resource(DOCUMENT_URI, resource)


def validator_for(document: dict[str, Any], schema_pointer: str, registry: Registry | None = None):
    """A validator for the schema at `schema_pointer` (e.g. "/components/schemas/Customer")."""
    reference = {"$ref": f"{DOCUMENT_URI}#{quote(schema_pointer, safe='/~')}"}
    return Draft202012Validator(reference, registry=registry or registry_for(document), format_checker=format_checker())
