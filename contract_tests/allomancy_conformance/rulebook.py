"""The rules a run checks: every rule the spec states per operation, classified, with the layers that check it.

A rule here is one place in the spec an answer can break: a declared response (its status and body), a
parameter, the request body, a guessed status (`x-inferred-statuses`), or a named business rule (`x-rules`). Each
is classified by rules.py (documented, with the doc page and section; or inferred, with the mark's reason).

Which layers check it is read without running anything:
- the generic layers check every operation the same way: L1 (Schemathesis) every declared status with its body
  schema, every parameter and the request body; L3 every operation's 401 and 403 (the scope and the credential);
  L7 every error answer's problem+json body;
- the hand-written tests declare what they check with `@pytest.mark.rule(<location>)`: those markers are read from
  the suite's test modules (their source, not by importing them), each charged to its module's or its own layer
  marker. A marker covers its location and every rule below it, also through a `$ref` (a marker on a shared
  parameter or response covers each operation that uses it), and `{op}` stands for any operation.

A rule that no layer checks is listed as unchecked: the suite cannot tell a server that breaks it.
"""

from __future__ import annotations

import ast
import json
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import allomancy_spec

from .rules import STATUS_MARKS, RuleIndex
from .tally import LAYER_MARKERS, LAYERS

PACKAGE_DIR = Path(__file__).resolve().parent
GENERIC = {"L1": "every declared status, body, parameter", "L3": "401 and 403", "L7": "problem+json of 4xx/5xx"}


@dataclass(frozen=True)
class RuleRow:
    operation: str
    location: str  # relative to the operation (responses/404, x-rules/expired, parameters/limit)
    kind: str
    why: str  # documented: where the docs state it; inferred: the mark's reason
    layers: tuple[str, ...]

    @property
    def checked(self) -> bool:
        return bool(self.layers)


@dataclass(frozen=True)
class Marker:
    location: str
    layer: str
    test: str


def declared_markers(package_dir: Path = PACKAGE_DIR) -> list[Marker]:
    """Every `@pytest.mark.rule(...)` location in the suite's test modules, with the layer of its test."""
    found: list[Marker] = []
    for path in sorted((package_dir / "layers").glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        module_layers = [_layer(m) for m in _module_marks(tree)]
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or not node.name.startswith("test"):
                continue
            own = [_layer(d) for d in node.decorator_list]
            layer = next((x for x in [*own, *module_layers] if x), "L1")
            for decorator in node.decorator_list:
                if _mark_name(decorator) == "rule" and isinstance(decorator, ast.Call):
                    for arg in decorator.args:
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                            found.append(Marker(arg.value, layer, f"{path.name}::{node.name}"))
    return found


def _module_marks(tree: ast.Module) -> list[ast.expr]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets):
            return list(node.value.elts) if isinstance(node.value, ast.List | ast.Tuple) else [node.value]
    return []


def _mark_name(node: ast.expr) -> str | None:
    target = node.func if isinstance(node, ast.Call) else node
    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Attribute) and target.value.attr == "mark":
        return target.attr
    return None


def _layer(node: ast.expr) -> str | None:
    return LAYER_MARKERS.get(_mark_name(node) or "")


def rule_rows(document: Mapping[str, Any], markers: Sequence[Marker]) -> list[RuleRow]:
    index = RuleIndex(document)
    coverage = _Coverage(document, index, markers)
    rows = []
    for ref in allomancy_spec.operations(document):
        operation = document["paths"][ref.path][ref.method.lower()]
        for location, at, generic in _operation_rules(document, operation):
            pointer = f"{index.operation_pointer(ref.operation_id)}/{at}"
            if location.startswith(STATUS_MARKS):
                status = location.rsplit("/", 1)[1]
                rule = index.undeclared_status(ref.operation_id, int(status[0] + "01"))
            else:
                rule = index.rule(pointer)
            why = (rule.reason if rule.inferred else rule.source) or ""
            layers = sorted({*generic, *coverage.layers(ref.operation_id, pointer)}, key=list(LAYERS).index)
            rows.append(RuleRow(ref.operation_id, location, rule.kind, " ".join(why.split()), tuple(layers)))
    return rows


def _operation_rules(document: Mapping[str, Any], operation: Mapping[str, Any]) -> Iterator[tuple[str, str, set[str]]]:
    """(the rule's name, its pointer below the operation, the generic layers that check it)."""
    for status in operation.get("responses", {}):
        generic = {"L1"}
        if str(status) in ("401", "403"):
            generic.add("L3")
        if str(status)[0] in "45" and str(status) != "500":
            generic.add("L7")
        if str(status) == "500":
            generic = set()  # no request can make a conforming server fail; only an observed 5xx is judged
        yield f"responses/{status}", f"responses/{status}", generic
    for position, parameter in enumerate(operation.get("parameters", [])):
        name = allomancy_spec.resolve(document, parameter).get("name", position)
        yield f"parameters/{name}", f"parameters/{position}", {"L1"}
    if "requestBody" in operation:
        yield "requestBody", "requestBody", {"L1"}
    for status in operation.get(STATUS_MARKS, {}):
        yield f"{STATUS_MARKS}/{status}", f"{STATUS_MARKS}/{status}", {"L1"}
    for name in operation.get("x-rules", {}):
        yield f"x-rules/{name}", f"x-rules/{allomancy_spec.pointer(name)[1:]}", set()


class _Coverage:
    """Which layers' markers cover a rule (at it, above it, or at a component it reaches through `$ref`)."""

    def __init__(self, document: Mapping[str, Any], index: RuleIndex, markers: Sequence[Marker]) -> None:
        self.document, self.index = document, index
        self.markers: list[tuple[str | None, str, str]] = []  # (operation template or None, pointer, layer)
        for marker in markers:
            text = marker.location
            if text.startswith("{op}"):
                self.markers.append(("{op}", text.removeprefix("{op}"), marker.layer))
                continue
            try:
                pointer = index.pointer(text)
            except KeyError:
                continue
            if pointer.startswith("/paths") and pointer.count("/") < 3:
                continue  # a catch-all charge for a multi-operation test (`/paths`), not a claim to check each rule
            self.markers.append((None, pointer, marker.layer))

    def layers(self, operation_id: str, pointer: str) -> set[str]:
        reached = {pointer, *self._refs_along(pointer)}
        base = self.index.operation_pointer(operation_id)
        found = set()
        for template, location, layer in self.markers:
            where = base + location if template else location
            if any(r == where or r.startswith(where + "/") for r in reached):
                found.add(layer)
        return found

    def _refs_along(self, pointer: str) -> Iterator[str]:
        """The component pointers a location passes through (`.../parameters/0` -> `/components/parameters/Limit`)."""
        node: Any = self.document
        for part in allomancy_spec.pointer_parts(pointer):
            if isinstance(node, list):
                node = node[int(part)] if part.isdigit() and int(part) < len(node) else None
            elif isinstance(node, Mapping):
                node = node.get(part)
            if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
                yield str(node["$ref"])[1:]
                node = allomancy_spec.resolve(self.document, node)


def render(rows: Sequence[RuleRow], width: int = 100) -> str:
    """One line per rule (operation, rule, kind, layers), then its source or reason indented under it."""
    lines = [f"{'operation':<32} {'rule':<36} {'kind':<11}layers", f"{'':<4}source (documented) or reason (inferred)"]
    for row in rows:
        lines.append(
            f"{row.operation[:32]:<32} {row.location[:36]:<36} {row.kind:<11}{','.join(row.layers) or 'UNCHECKED'}"
        )
        if row.why:
            why = row.why if len(row.why) <= width - 4 else row.why[: width - 5] + "~"
            lines.append(f"    {why}")
    return "\n".join([*lines, "", summary(rows)])


def summary(rows: Sequence[RuleRow]) -> str:
    kinds = Counter(row.kind for row in rows)
    by_layer = Counter(layer for row in rows for layer in row.layers)
    unchecked = [row for row in rows if not row.checked]
    unchecked_kinds = Counter(row.kind for row in unchecked)
    return "\n".join(
        [
            f"{len(rows)} rules: {kinds['documented']} documented, {kinds['inferred']} inferred",
            "checked by layer: " + ", ".join(f"{layer} {by_layer[layer]}" for layer in LAYERS),
            f"unchecked: {len(unchecked)} ({unchecked_kinds['documented']} documented, "
            f"{unchecked_kinds['inferred']} inferred)",
        ]
    )


def listing(output: str = "text", document: Mapping[str, Any] | None = None) -> str:
    rows = rule_rows(document if document is not None else allomancy_spec.load(), declared_markers())
    if output == "json":
        return json.dumps([asdict(row) for row in rows], indent=1)
    return render(rows)
