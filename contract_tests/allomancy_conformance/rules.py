"""Documented or inferred: where the spec states a rule, and whether that place carries an `x-inferred` mark.

The spec is the one source of truth. Where the docs are silent it marks its choice on the exact node the guess is
about, in one of three forms:

- `x-inferred: "<reason>"` on a node (an operation whose path is itself a guess, a parameter, a response, a header,
  a property, a schema, a named business rule under an operation's `x-rules`);
- `x-inferred-keywords: {<keyword>: "<reason>"}` on a node, when the guess is one keyword of it (a schema's
  `default`, `maximum`, `format` or `additionalProperties`) and its other keywords are documented;
- `x-inferred-statuses: {"<status>": "<reason>"}` on an operation, when a status code itself is a guess (the
  answer's body being documented): a server that answers another status of that class departs from the guess,
  not from the docs. (It sits on the operation because generators read every key of `responses` as a status.)

A rule is *inferred* when the location that states it, or a node enclosing it on the way from its operation (or
component) down to it, carries such a mark; otherwise it is *documented*. `$ref`s are followed, so a failure
inside a referenced schema or response counts as inferred when that schema or response is marked. A documented
rule's source is the `x-source` of its operation (the doc page and section that state it).

Locations are JSON pointers into the spec (`/paths/~1v1~1customers/get/parameters/2`), or an operationId with an
optional sub-path (`listCustomers`, `listCustomers/parameters/spentMoreThan`): a parameter can be named by its
`name` instead of its index.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import allomancy_spec

INFERRED = "inferred"
DOCUMENTED = "documented"
KEYWORD_MARKS = "x-inferred-keywords"
STATUS_MARKS = "x-inferred-statuses"
_MISSING = object()


def describe_source(document: Mapping[str, Any], source: Any) -> str | None:
    """`x-source` ({page, section}) as text with the page's address from `info.x-doc-pages`."""
    if not isinstance(source, Mapping) or not isinstance(source.get("page"), str):
        return None
    pages = document.get("info", {}).get("x-doc-pages", {})
    page = str(source["page"])
    url = pages.get(page) if isinstance(pages, Mapping) else None
    section = source.get("section")
    text = f"{url or page}"
    return f"{text} ({section})" if isinstance(section, str) and section else text


@dataclass(frozen=True)
class Rule:
    """Where a rule is stated, and the x-inferred mark that makes it an inference (None: documented)."""

    location: str
    reason: str | None = None
    marked_at: str | None = None
    source: str | None = None

    @property
    def kind(self) -> str:
        return INFERRED if self.reason is not None else DOCUMENTED

    @property
    def inferred(self) -> bool:
        return self.reason is not None


_split = allomancy_spec.pointer_parts


class RuleIndex:
    """Reads the x-inferred marks of one spec document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.operations: dict[str, tuple[str, str]] = {}  # operationId -> (path, method lower case)
        for ref in allomancy_spec.operations(document):
            self.operations[ref.operation_id] = (ref.path, ref.method.lower())

    def operation_pointer(self, operation_id: str) -> str:
        path, method = self.operations[operation_id]
        return str(allomancy_spec.pointer("paths", path, method))

    def operation_id_of(self, label: str | None) -> str | None:
        """The operationId of a Schemathesis label (`GET /v1/products`), or None."""
        if not label:
            return None
        method, _, path = label.partition(" ")
        for op_id, (op_path, op_method) in self.operations.items():
            if op_method == method.lower() and op_path == path:
                return op_id
        return None

    def pointer(self, location: str) -> str:
        """A JSON pointer for a location given as a pointer or as `operationId[/sub/path]`."""
        if location.startswith("/"):
            return location
        head, _, rest = location.partition("/")
        base = self.operation_pointer(head)
        return base + ("/" + rest if rest else "")

    def rule(self, location: str) -> Rule:
        """Classify the rule stated at `location` (unknown trailing parts are ignored: the deepest node found
        is used)."""
        pointer = self.pointer(location)
        return self._walk(pointer, _split(pointer))

    def undeclared_status(self, operation_id: str, status: int) -> Rule:
        """Classify an answer whose status the operation does not declare: inferred when the operation marks
        a status of the same class as a guess (`x-inferred-statuses`), else documented."""
        pointer = self.operation_pointer(operation_id) + "/responses"
        rule = self.rule(pointer)
        if rule.inferred:
            return rule
        path, method = self.operations[operation_id]
        guessed = self.document["paths"][path][method].get(STATUS_MARKS)
        if isinstance(guessed, Mapping):
            for key, reason in guessed.items():
                if str(key)[:1] == str(status)[:1] and isinstance(reason, str):
                    marked_at = f"{self.operation_pointer(operation_id)}/{STATUS_MARKS}/{key}"
                    return Rule(pointer, reason, marked_at, rule.source)
        return rule

    def source(self, pointer: str) -> str | None:
        """The `x-source` of the operation a pointer lies in (None outside paths or for an inferred path)."""
        parts = _split(pointer)
        if len(parts) < 3 or parts[0] != "paths":
            return None
        operation = self.document.get("paths", {}).get(parts[1], {}).get(parts[2])
        if not isinstance(operation, Mapping):
            return None
        return describe_source(self.document, operation.get("x-source"))

    def rule_in_schema(self, base: str, schema_path: Sequence[str | int]) -> Rule:
        """Classify a response-schema violation: `base` points at the schema, `schema_path` is the path of the
        failing keyword inside it (Schemathesis' JsonSchemaError.schema_path, unbundled)."""
        parts = _split(self.pointer(base)) + [str(p) for p in schema_path]
        return self._walk(self.pointer(base), parts)

    def _walk(self, location: str, parts: Sequence[str]) -> Rule:
        node: Any = self.document
        here: list[str] = []
        mark: tuple[str, str] | None = None

        def visit(value: Any, where: str) -> Any:
            nonlocal mark
            seen: set[str] = set()
            marked_here = False  # along a `$ref` chain, the referring node's own mark is the specific one
            while True:
                if isinstance(value, Mapping) and isinstance(value.get("x-inferred"), str) and not marked_here:
                    mark, marked_here = (str(value["x-inferred"]), where), True
                if not (isinstance(value, Mapping) and isinstance(value.get("$ref"), str)):
                    return value
                ref = str(value["$ref"])
                if ref in seen or not ref.startswith("#/"):
                    return value
                seen.add(ref)
                where = ref[1:]
                value = allomancy_spec.resolve(self.document, {"$ref": ref})

        raw: Any = node
        raw_here: list[str] = []
        index = 0
        while index < len(parts):
            part = parts[index]
            index += 1
            if part == "$ref":
                continue
            if part == "components" and isinstance(node, Mapping) and "components" not in node:
                node, here = self.document, []  # an unbundled absolute path (components/schemas/X/...)
            if part == "x-bundled":
                continue
            child: Any = _MISSING
            if isinstance(raw, Mapping) and raw is not node and part in raw:
                # a keyword beside a `$ref` (OpenAPI 3.1 allows siblings): it belongs to the referring node
                node, here = raw, list(raw_here)
            if isinstance(node, Mapping):
                child = node.get(part, _MISSING)  # a keyword's value may be null (`default: null`)
            elif isinstance(node, list):
                if part.isdigit() and int(part) < len(node):
                    child = node[int(part)]
                else:  # a parameter named by its name
                    position = next(
                        (
                            i
                            for i, item in enumerate(node)
                            if isinstance(allomancy_spec.resolve(self.document, item), Mapping)
                            and allomancy_spec.resolve(self.document, item).get("name") == part
                        ),
                        None,
                    )
                    if position is not None:
                        part, child = str(position), node[position]
            if child is _MISSING:
                break
            keywords = node.get(KEYWORD_MARKS) if isinstance(node, Mapping) else None
            if isinstance(keywords, Mapping) and isinstance(keywords.get(part), str):
                mark = (str(keywords[part]), allomancy_spec.pointer(*here, KEYWORD_MARKS, part))
            here.append(part)
            raw, raw_here = child, list(here)
            node = visit(child, allomancy_spec.pointer(*here))
            if isinstance(child, Mapping) and isinstance(child.get("$ref"), str):
                here = _split(str(child["$ref"])[1:])
        if mark is None:
            return Rule(location, source=self.source(location))
        return Rule(location, mark[0], mark[1])

    # -- where Schemathesis failures point ---------------------------------------------------------------------
    def response_pointer(self, operation_id: str, status: int) -> str:
        """The operation's response entry for `status` (exact, then `4XX`, then `default`), or its `responses`."""
        base = self.operation_pointer(operation_id)
        path, method = self.operations[operation_id]
        responses = self.document["paths"][path][method].get("responses", {})
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in responses:
                return f"{base}/responses/{key}"
        return f"{base}/responses"

    def schema_pointer(self, operation_id: str, status: int) -> str:
        response = self.response_pointer(operation_id, status)
        node = allomancy_spec.resolve(self.document, self._get(response))
        content = node.get("content") if isinstance(node, Mapping) else None
        if isinstance(content, Mapping) and content:
            media = next(iter(content))
            return f"{response}/content/{media.replace('~', '~0').replace('/', '~1')}/schema"
        return response

    def _get(self, pointer: str) -> Any:
        node: Any = self.document
        for part in _split(pointer):
            node = allomancy_spec.resolve(self.document, node)
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node


@functools.cache
def _index(spec_path: str) -> RuleIndex:
    return RuleIndex(allomancy_spec.load(spec_path))


def index(spec_path: Path | str | None = None) -> RuleIndex:
    """The rule index of the spec at `spec_path` (default: the packaged contract), cached."""
    return _index(str(Path(spec_path) if spec_path is not None else allomancy_spec.path()))
