"""(a) openapi.yaml is a valid OpenAPI 3.1 document (openapi-spec-validator)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.readers import read_from_filename


def test_spec_is_openapi_3_1(spec: dict[str, Any]) -> None:
    assert str(spec.get("openapi", "")).startswith("3.1."), spec.get("openapi")


def test_spec_validates(spec_path: Path) -> None:
    document, base_uri = read_from_filename(str(spec_path))
    errors = [
        f"{'/'.join(map(str, getattr(e, 'absolute_path', [])))}: {e.message}"
        for e in OpenAPIV31SpecValidator(document, base_uri=base_uri).iter_errors()
    ]
    assert not errors, "\n".join(errors)


def test_response_codes_are_quoted_strings(spec_path: Path) -> None:
    """An unquoted `200:` is an integer key in YAML; OpenAPI wants strings (and JSON tools disagree)."""
    document, _ = read_from_filename(str(spec_path))
    unquoted = [
        f"{path} {method} {status!r}"
        for path, item in (document.get("paths") or {}).items()
        for method, op in item.items()
        if isinstance(op, dict)
        for status in (op.get("responses") or {})
        if not isinstance(status, str)
    ]
    assert not unquoted, unquoted
