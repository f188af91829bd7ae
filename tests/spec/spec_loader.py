"""The spec as the tests see it: through allomancy_spec, the project's one loader (see its module docstring)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import allomancy_spec
from allomancy_spec import HTTP_METHODS, pointer

__all__ = ["HTTP_METHODS", "ROOT", "SPEC_PATH", "load_spec", "operations", "pointer"]

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"


def load_spec(path: Path) -> dict[str, Any]:
    """A private copy of the parsed document (tests may change it)."""
    return copy.deepcopy(allomancy_spec.load(path))


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, METHOD, operation) for every operation under `paths`."""
    for ref in allomancy_spec.operations(doc):
        yield ref.path, ref.method, dict(ref.operation)
