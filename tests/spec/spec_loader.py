"""Load openapi.yaml the way the validators see it, and walk its operations."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load_spec(path: Path) -> dict[str, Any]:
    """Parse `path` with openapi-spec-validator's reader (timestamps stay strings).

    The JSON round trip turns non-string keys (an unquoted `200:`) into strings, as a JSON
    consumer would see them, and fails loudly on any value JSON cannot carry.
    """
    document, _uri = read_from_filename(str(path))
    return json.loads(json.dumps(document))


def pointer(*parts: Any) -> str:
    """JSON pointer (RFC 6901) made of `parts`."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, METHOD, operation) for every operation under `paths`."""
    for path, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield path, method.upper(), item[method]
