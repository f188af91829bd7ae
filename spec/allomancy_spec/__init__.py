"""The Allomancy API contract and the one way to read facts out of it.

The document is parsed once per path with a YAML loader that keeps timestamps as strings and turns
mapping keys into strings (`200:` becomes `"200"`), so code sees what a JSON consumer of the spec sees.
Facts that code needs live in the spec as vendor extensions and are read here:

- `x-problem-codes` on the Problem schema: every problem `code` with its HTTP status, title and meaning;
- `x-key-pattern` on the apiKey security scheme: what an API key looks like (used to redact keys);
- `x-token-pattern` on the customerToken scheme: what a customer token looks like (redacted likewise);
- each operation's `security`: its one scope;
- `x-inferred` (and its keyword and status forms): where the spec guesses because the docs are silent.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "DATA_KEYS",
    "HTTP_METHODS",
    "MARK_FORMS",
    "InferenceMark",
    "REDACTED",
    "REDACTED_TOKEN",
    "OperationRef",
    "ProblemCode",
    "inference_marks",
    "key_pattern",
    "load",
    "operations",
    "path",
    "pointer",
    "pointer_parts",
    "problem_codes",
    "problem_table",
    "redact",
    "resolve",
    "token_pattern",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
REDACTED = "[redacted key]"
REDACTED_TOKEN = "[redacted token]"
_HERE = Path(__file__).resolve().parent


def path() -> Path:
    """The packaged openapi.yaml."""
    return _HERE / "openapi.yaml"


class _Loader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver: `2026-04-27T15:42:00Z` stays a string."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _stringify_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _stringify_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_stringify_keys(v) for v in node]
    return node


@functools.cache
def _load_cached(resolved: str, mtime_ns: int) -> dict[str, Any]:
    with open(resolved, encoding="utf-8") as handle:
        if resolved.endswith(".json"):
            document = json.load(handle)
        else:
            document = yaml.load(handle, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    if not isinstance(document, dict):
        raise ValueError(f"{resolved}: not an OpenAPI document")
    result: dict[str, Any] = _stringify_keys(document)
    return result


def load(spec_path: Path | str | None = None) -> dict[str, Any]:
    """The parsed document, YAML or (by its `.json` suffix) JSON; cached per path and modification time: treat it
    as read-only."""
    target = Path(spec_path) if spec_path is not None else path()
    resolved = target.resolve()
    return _load_cached(str(resolved), resolved.stat().st_mtime_ns)


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) made of `parts`."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def pointer_parts(pointer: str) -> list[str]:
    """The unescaped reference tokens of a JSON pointer, given as `/a/b` or as a local `$ref` (`#/a/b`)."""
    body = pointer.removeprefix("#").strip("/")
    return [raw.replace("~1", "/").replace("~0", "~") for raw in body.split("/")] if body else []


def _follow(document: Mapping[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"only local references are used in this spec: {ref}")
    node: Any = document
    for part in pointer_parts(ref):
        if not isinstance(node, Mapping) or part not in node:
            raise KeyError(f"unresolvable reference {ref}")
        node = node[part]
    return node


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """`node` with its `$ref` chain followed; sibling keys next to a `$ref` win over the target's."""
    return resolve_chain(document, node)[0]


def resolve_chain(document: Mapping[str, Any], node: Any) -> tuple[Any, tuple[str, ...]]:
    """As `resolve`, with the references followed on the way, in order (empty when `node` is no `$ref`)."""
    seen: list[str] = []
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise ValueError(f"reference cycle at {ref}")
        seen.append(ref)
        target = _follow(document, ref)
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if siblings and isinstance(target, Mapping) else target
    return node, tuple(seen)


@dataclass(frozen=True)
class OperationRef:
    """One operation of the document: where it is and what it says."""

    path: str
    method: str  # upper case
    operation: Mapping[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.operation.get("operationId", ""))

    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes of the operation's own security requirement(s)."""
        found: list[str] = []
        for requirement in self.operation.get("security") or []:
            for names in requirement.values():
                found.extend(str(n) for n in names)
        return tuple(found)


def operations(document: Mapping[str, Any] | None = None) -> Iterator[OperationRef]:
    """Every operation under `paths`, in document order."""
    doc = load() if document is None else document
    for route, item in (doc.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                yield OperationRef(route, method.upper(), operation)


@dataclass(frozen=True)
class ProblemCode:
    code: str
    status: int
    title: str
    meaning: str


def problem_table(document: Mapping[str, Any] | None = None) -> tuple[ProblemCode, ...]:
    """The `x-problem-codes` list of the Problem schema, in document order."""
    doc = load() if document is None else document
    entries = doc["components"]["schemas"]["Problem"].get("x-problem-codes")
    if not isinstance(entries, list) or not entries:
        raise ValueError("the Problem schema has no x-problem-codes list")
    return tuple(
        ProblemCode(str(e["code"]), int(e["status"]), str(e.get("title", "")), str(e.get("meaning", "")))
        for e in entries
    )


def problem_codes(document: Mapping[str, Any] | None = None) -> dict[str, int]:
    """{code: HTTP status} of every documented problem code."""
    codes: dict[str, int] = {}
    for entry in problem_table(document):
        if codes.setdefault(entry.code, entry.status) != entry.status:
            raise ValueError(f"problem code {entry.code} is listed with two statuses")
    return codes


def key_pattern(document: Mapping[str, Any] | None = None) -> re.Pattern[str]:
    """What an API key looks like: the `x-key-pattern` of the apiKey scheme, unanchored."""
    doc = load() if document is None else document
    return _findable(doc["components"]["securitySchemes"]["apiKey"]["x-key-pattern"])


@functools.cache
def _default_key_pattern() -> re.Pattern[str]:
    return key_pattern()


def token_pattern(document: Mapping[str, Any] | None = None) -> re.Pattern[str]:
    """What a customer token looks like: the `x-token-pattern` of the customerToken scheme, unanchored."""
    doc = load() if document is None else document
    return _findable(doc["components"]["securitySchemes"]["customerToken"]["x-token-pattern"])


def _findable(anchored: object) -> re.Pattern[str]:
    """A whole-value pattern (`^...$`) made to find the value inside text: unanchored, but never starting inside a
    longer word (so `test_product_put...` holds no `ct_...` token)."""
    return re.compile(r"(?<![A-Za-z0-9_-])" + str(anchored).removeprefix("^").removesuffix("$"))


@functools.cache
def _default_token_pattern() -> re.Pattern[str]:
    return token_pattern()


class PaginationNeverEnds(RuntimeError):
    """A walk met a cursor it had already followed, or ran past its page budget: following on would never end."""

    def __init__(self, message: str, pages: int, repeated_cursor: bool) -> None:
        super().__init__(message)
        self.pages = pages
        self.repeated_cursor = repeated_cursor


def follow_cursors(
    fetch: Callable[[str | None], Mapping[str, Any]], *, max_pages: int = 1000
) -> Iterator[Mapping[str, Any]]:
    """The pages of a list as the contract pages it: `fetch(None)` is the first page, `fetch(cursor)` the page at the
    previous page's `pagination.nextCursor`; the walk ends after a page whose nextCursor is null. A cursor met
    twice, or more than `max_pages` pages, raises PaginationNeverEnds. The one page walker of the project's
    tools and tests (the client, which stands alone, has its own in allomancy_client.kit)."""
    cursor: str | None = None
    followed: set[str] = set()
    for number in range(1, max_pages + 1):
        page = fetch(cursor)
        yield page
        following = page["pagination"]["nextCursor"]
        if following is None:
            return
        if following in followed:
            raise PaginationNeverEnds(f"page {number} points at a cursor already followed", number, True)
        followed.add(following)
        cursor = str(following)
    raise PaginationNeverEnds(f"still a nextCursor after {max_pages} pages", max_pages, False)


def retry_after_seconds(value: str | None) -> int | None:
    """A Retry-After value read as the contract states it (a whole number of seconds); None when it is absent or
    in another form. Servers are judged by it (a 429's Retry-After must read); waiting code falls back when None."""
    if value is None:
        return None
    text = value.strip()
    return int(text) if text.isascii() and text.isdigit() else None


def redact(text: str, secrets: tuple[str, ...] = (), mask: str = REDACTED) -> str:
    """`text` with the given secrets (longest first) and anything shaped like an API key or a customer token
    replaced by `mask` (tokens by REDACTED_TOKEN when the mask is the default)."""
    for secret in sorted(secrets, key=len, reverse=True):
        if secret:
            text = text.replace(secret, mask)
    text = _default_key_pattern().sub(mask, text)
    return _default_token_pattern().sub(REDACTED_TOKEN if mask == REDACTED else mask, text)


# The three forms of an inference mark: on the node the guess is about, on one keyword of a node, on a status.
MARK_FORMS = ("x-inferred", "x-inferred-keywords", "x-inferred-statuses")
# Keys whose values are data (examples, defaults, enum values), not spec nodes: no mark is looked for inside them.
DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum", "value"})


@dataclass(frozen=True)
class InferenceMark:
    """One guess of the spec. `target` points at the node the guess is about (for a keyword mark, the keyword;
    for a status mark, the operation's response entry), `at` at the mark itself."""

    target: str
    at: str
    form: str
    reason: Any
    holder: Mapping[str, Any]  # the node that carries the mark


def inference_marks(document: Mapping[str, Any]) -> Iterator[InferenceMark]:
    """Every inference mark of the document, in document order (`$ref`s are not followed: each mark once)."""
    yield from _marks(document, "")


def _marks(node: Any, where: str) -> Iterator[InferenceMark]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "x-inferred":
                yield InferenceMark(where, f"{where}/x-inferred", key, value, node)
            elif key in MARK_FORMS:
                extension = f"{where}/{key}"
                if not isinstance(value, Mapping) or not value:
                    yield InferenceMark(where, extension, key, value, node)
                    continue
                for name, reason in value.items():
                    target = f"{where}/responses" if key == "x-inferred-statuses" else where
                    yield InferenceMark(
                        f"{target}/{pointer(name)[1:]}", f"{extension}/{pointer(name)[1:]}", key, reason, node
                    )
            elif key not in DATA_KEYS:
                yield from _marks(value, f"{where}/{pointer(key)[1:]}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _marks(item, f"{where}/{index}")
