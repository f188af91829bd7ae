"""Path-template routing on the RAW request path (each segment percent-decoded separately, so an
encoded '/' stays inside its parameter). Distinguishes unknown paths (404) from unknown methods (405)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from .operations import Operation


@dataclass(frozen=True)
class _Template:
    segments: tuple[str, ...]  # literal text or "{name}"

    def match(self, parts: list[bytes]) -> dict[str, bytes] | None:
        if len(parts) != len(self.segments):
            return None
        params: dict[str, bytes] = {}
        for segment, part in zip(self.segments, parts, strict=True):
            if segment.startswith("{"):
                if not part:
                    return None
                params[segment[1:-1]] = part
            elif part != segment.encode("ascii"):
                return None
        return params


@dataclass(frozen=True)
class Match:
    operation: Operation | None  # None when the path is known but the method is not
    params: dict[str, bytes]
    allowed: tuple[str, ...]


class Router:
    def __init__(self, operations: Iterable[Operation]) -> None:
        self._routes: list[tuple[_Template, Operation]] = []
        for op in operations:
            self._routes.append((_Template(tuple(op.path.strip("/").split("/"))), op))

    @property
    def operations(self) -> list[Operation]:
        return [op for _, op in self._routes]

    def match(self, method: str, raw_path: bytes) -> Match | None:
        """None for an unknown path; a Match without operation for a known path and unknown method."""
        if not raw_path.startswith(b"/"):
            return None
        parts = [unquote_to_bytes(part) for part in raw_path[1:].split(b"/")]
        allowed: list[str] = []
        for template, op in self._routes:
            params = template.match(parts)
            if params is None:
                continue
            if op.method == method:
                return Match(operation=op, params=params, allowed=())
            allowed.append(op.method)
        if not allowed:
            return None
        return Match(operation=None, params={}, allowed=tuple(sorted(set(allowed))))
