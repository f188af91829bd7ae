"""Path-template routing on the RAW request path (each segment percent-decoded separately, so an
encoded '/' stays inside its parameter). Distinguishes unknown paths (404) from unknown methods (405)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote_to_bytes

from .operations import Operation


@dataclass(frozen=True)
class _Template:
    segments: tuple[str, ...]  # literal text or "{name}"
    # (parameter name, None) or (None, literal bytes) per segment, computed once (the match is per request).
    compiled: tuple[tuple[str | None, bytes | None], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = tuple((s[1:-1], None) if s.startswith("{") else (None, s.encode("ascii")) for s in self.segments)
        object.__setattr__(self, "compiled", compiled)

    def match(self, parts: list[bytes]) -> dict[str, bytes] | None:
        if len(parts) != len(self.compiled):
            return None
        params: dict[str, bytes] = {}
        for (name, literal), part in zip(self.compiled, parts, strict=True):
            if name is None:
                if part != literal:
                    return None
            elif not part:
                return None
            else:
                params[name] = part
        return params


@dataclass(frozen=True)
class Match:
    operation: Operation | None  # None when the path is known but the method is not
    params: dict[str, bytes]
    allowed: tuple[str, ...]


class Router:
    def __init__(self, operations: Iterable[Operation]) -> None:
        self._routes: list[tuple[_Template, Operation]] = []
        # The same routes, in the same order, bucketed by segment count: a path is only tried against
        # templates of its own length.
        self._by_length: dict[int, list[tuple[_Template, Operation]]] = {}
        for op in operations:
            template = _Template(tuple(op.path.strip("/").split("/")))
            self._routes.append((template, op))
            self._by_length.setdefault(len(template.segments), []).append((template, op))

    @property
    def operations(self) -> list[Operation]:
        return [op for _, op in self._routes]

    def match(self, method: str, raw_path: bytes) -> Match | None:
        """None for an unknown path; a Match without operation for a known path and unknown method."""
        if not raw_path.startswith(b"/"):
            return None
        parts = [unquote_to_bytes(part) for part in raw_path[1:].split(b"/")]
        allowed: list[str] = []
        for template, op in self._by_length.get(len(parts), ()):
            params = template.match(parts)
            if params is None:
                continue
            if op.method == method:
                return Match(operation=op, params=params, allowed=())
            allowed.append(op.method)
        if not allowed:
            return None
        return Match(operation=None, params={}, allowed=tuple(sorted(set(allowed))))
