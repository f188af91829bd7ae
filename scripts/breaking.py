#!/usr/bin/env python3
"""Fail on a breaking change of the spec against the last released version.

Usage:
    scripts/breaking.py [--base RELEASED.yaml] [SPEC]      (default SPEC: openapi.yaml)

The base is the newest releases/openapi-X.Y.Z.yaml (by semver) unless --base is given: a
release is a committed snapshot of the spec, so this works on a fresh clone without tags.
Breaking changes are allowed, and still listed, when SPEC's info.version raises the major.

Kinds of break (see KINDS). Operations are matched by method and path, with path parameters
matched by position (renaming `{id}` is not a break); schemas are compared through their
$refs, in parameters, request bodies and responses.
  - Narrowing a request schema (parameters, bodies) breaks clients: a value they send may now be
    refused. Narrowing a response schema (a new bound, pattern, const or condition; an enum value
    removed) breaks no client: every response it now allows was allowed before. It is a change
    for servers and mocks, which must keep to the narrower contract, so it is listed apart as
    `response-narrowed` (see SERVER_KINDS) and does not fail the run: a MINOR release.
  - A keyword narrows only values of its own type: `format`, `pattern` or `maxLength` added where
    the old schema admitted no string (e.g. `type: 'null'` becoming `[string, 'null']`) narrows
    nothing.
  - Widening is never reported (a new enum value, a looser bound, a new optional field).
  - `request-field-removed` is reported even when unknown fields would be ignored: a field a
    client sends no longer means anything.

Exit status: 0 no breaking change (or the major was raised; response narrowing alone is 0),
1 breaking changes, 2 bad input.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import allomancy_spec

ROOT = Path(__file__).resolve().parent.parent
RELEASES = ROOT / "releases"
HTTP_METHODS = allomancy_spec.HTTP_METHODS
SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")

KINDS = {
    "operation-removed": "an operation was removed",
    "parameter-removed": "a parameter was removed",
    "parameter-newly-required": "a parameter became required, or a required one was added",
    "request-field-newly-required": "a request-body field (or the body itself) became required",
    "request-field-removed": "a request-body field, or the body, was removed",
    "response-field-removed": "a response field was removed",
    "response-field-optional": "a response field that was always present became optional",
    "enum-value-removed": "an enum (or const) value was removed",
    "type-narrowed": "a type or constraint narrowed (type list, format, bound, length, pattern, oneOf branch)",
    "media-type-removed": "a request or response media type was removed",
    "success-status-changed": "a success (2xx) status of an operation was removed or changed",
    "scope-changed": "an operation's required scopes changed",
}

# Changes that break no client but bind servers (listed, never failing the run).
SERVER_KINDS = {
    "response-narrowed": "a response schema narrowed (bound, pattern, format, const, condition, enum value): servers"
    " must keep to it, clients are unaffected",
}
# Conditional keywords: a new one narrows the schema it is added to.
CONDITIONS = ("if", "then", "else", "not", "dependentSchemas", "dependentRequired")
# The JSON type whose values a keyword constrains (a keyword narrows nothing if the old schema admitted none).
KEYWORD_TYPES = {
    "maxLength": "string",
    "minLength": "string",
    "pattern": "string",
    "maximum": "number",
    "exclusiveMaximum": "number",
    "minimum": "number",
    "exclusiveMinimum": "number",
    "multipleOf": "number",
    "maxItems": "array",
    "minItems": "array",
    "uniqueItems": "array",
    "maxProperties": "object",
    "minProperties": "object",
    "additionalProperties": "object",
}
FORMAT_TYPES = {"int32": "number", "int64": "number", "float": "number", "double": "number"}

# Bounds: a new or lowered maximum, a new or raised minimum, narrows. Defaults stand for "no bound".
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
LOWER_BOUNDS = {"minimum": None, "exclusiveMinimum": None, "minLength": 0, "minItems": 0, "minProperties": 0}
# (old format, new format) pairs that widen.
WIDER_FORMATS = {("int32", "int64"), ("float", "double")}


@dataclass(frozen=True)
class Break:
    kind: str
    where: str  # "METHOD /path" (the operation) or "METHOD /path param/body/status"
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}: {self.detail}"


# ---------------------------------------------------------------- documents


class Doc:
    """A parsed OpenAPI document with local $ref resolution."""

    def __init__(self, data: dict[str, Any]):
        self.data = data

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """(node with its $ref chain followed and siblings kept, name of the last $ref target): the spec
        package's resolver; only local references are compared (bundle others first: make docs)."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and not node["$ref"].startswith("#"):
            raise ValueError(f"external $ref {node['$ref']!r}: compare bundled documents (make docs)")
        resolved, refs = allomancy_spec.resolve_chain(self.data, node)
        return resolved, (refs[-1].rsplit("/", 1)[-1] if refs else None)

    def operations(self) -> dict[tuple[str, str], Op]:
        ops = {}
        for path, item in (self.data.get("paths") or {}).items():
            item, _ = self.resolve(item)
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    op = Op(self, method.upper(), path, item, item[method])
                    ops[op.key] = op
        return ops


@dataclass
class Op:
    doc: Doc
    method: str
    path: str
    item: dict[str, Any]
    raw: dict[str, Any]

    @property
    def key(self) -> tuple[str, str]:
        return self.method, re.sub(r"\{[^}]*\}", "{}", self.path)

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"

    def parameters(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Parameters by (in, name); path parameters by position, header names without case."""
        template = re.findall(r"\{([^}]*)\}", self.path)
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*(self.item.get("parameters") or []), *(self.raw.get("parameters") or [])]:
            param, _ = self.doc.resolve(raw)
            where, name = param.get("in", "?"), str(param.get("name", "?"))
            if where == "path" and name in template:
                key = ("path", f"#{template.index(name)}")
            else:
                key = (where, name.lower() if where == "header" else name)
            found[key] = param
        return found

    def request_body(self) -> dict[str, Any] | None:
        body = self.raw.get("requestBody")
        return self.doc.resolve(body)[0] if body is not None else None

    def responses(self) -> dict[str, dict[str, Any]]:
        return {str(code): self.doc.resolve(r)[0] for code, r in (self.raw.get("responses") or {}).items()}

    def scopes(self) -> list[tuple[str, tuple[str, ...]]] | None:
        security = self.raw.get("security", self.doc.data.get("security"))
        if security is None:
            return None
        return sorted(
            (scheme, tuple(sorted(scopes or []))) for requirement in security for scheme, scopes in requirement.items()
        )


def success(code: str) -> bool:
    return code.startswith("2")


def param_label(key: tuple[str, str], param: dict[str, Any]) -> str:
    return f"{key[0]} parameter {param.get('name', key[1])!r}"


# ---------------------------------------------------------------- operation-level kinds


def operations_removed(old: Doc, new: Doc) -> Iterator[Break]:
    new_ops = new.operations()
    for key, op in old.operations().items():
        if key not in new_ops:
            name = op.raw.get("operationId")
            yield Break("operation-removed", op.name, f"operation {name} is gone" if name else "the operation is gone")


def parameters_removed(old: Op, new: Op) -> Iterator[Break]:
    new_params = new.parameters()
    for key, param in old.parameters().items():
        if key not in new_params:
            yield Break("parameter-removed", old.name, f"{param_label(key, param)} is gone")


def parameters_newly_required(old: Op, new: Op) -> Iterator[Break]:
    old_params = old.parameters()
    for key, param in new.parameters().items():
        if param.get("required") and not (old_params.get(key) or {}).get("required"):
            state = "is now required" if key in old_params else "was added as required"
            yield Break("parameter-newly-required", old.name, f"{param_label(key, param)} {state}")


def request_body_changed(old: Op, new: Op) -> Iterator[Break]:
    old_body, new_body = old.request_body(), new.request_body()
    if old_body is not None and new_body is None:
        yield Break("request-field-removed", old.name, "the request body was removed")
    elif new_body is not None and new_body.get("required") and not (old_body or {}).get("required"):
        yield Break("request-field-newly-required", old.name, "the request body is now required")


def media_types_removed(old: Op, new: Op) -> Iterator[Break]:
    old_body, new_body = old.request_body() or {}, new.request_body() or {}
    if new.request_body() is not None:
        for media in old_body.get("content") or {}:
            if media not in (new_body.get("content") or {}):
                yield Break("media-type-removed", old.name, f"request body media type {media} is gone")
    new_responses = new.responses()
    for code, response in old.responses().items():
        if code in new_responses:
            for media in response.get("content") or {}:
                if media not in (new_responses[code].get("content") or {}):
                    yield Break("media-type-removed", old.name, f"response {code} media type {media} is gone")


def success_status_changed(old: Op, new: Op) -> Iterator[Break]:
    old_codes = sorted(c for c in old.responses() if success(c))
    new_codes = sorted(c for c in new.responses() if success(c))
    gone = [c for c in old_codes if c not in new_codes]
    if gone:
        yield Break(
            "success-status-changed", old.name, f"success status {', '.join(old_codes)} -> {', '.join(new_codes)}"
        )


def scope_changed(old: Op, new: Op) -> Iterator[Break]:
    if old.scopes() != new.scopes():
        yield Break(
            "scope-changed", old.name, f"security {describe_scopes(old.scopes())} -> {describe_scopes(new.scopes())}"
        )


def describe_scopes(scopes: list[tuple[str, tuple[str, ...]]] | None) -> str:
    if scopes is None:
        return "(none)"
    return " or ".join(f"{scheme}[{', '.join(s)}]" for scheme, s in scopes) or "[] (public)"


OPERATION_CHECKS: list[Callable[[Op, Op], Iterator[Break]]] = [
    parameters_removed,
    parameters_newly_required,
    request_body_changed,
    media_types_removed,
    success_status_changed,
    scope_changed,
]


# ---------------------------------------------------------------- schema-level kinds


@dataclass
class Walk:
    """Where a schema comparison stands: the operation, request or response side, a label."""

    where: str  # the operation and the place: "POST /v1/things request body"
    side: str  # "request" or "response"
    label: str  # the path inside the schema: "Thing.size", "Thing.tags[]" ('' at the top)
    seen: set[tuple[str, str, str]] = field(default_factory=set)


def at(walk: Walk) -> str:
    return f"{walk.label}: " if walk.label else ""


def admits(schema: dict[str, Any], kind: str) -> bool:
    """Whether `schema`'s type list admits values of JSON type `kind` ("number" includes integers)."""
    types = types_of(schema)
    if types is None:
        return True
    return kind in types or (kind == "number" and "integer" in types) or (kind == "integer" and "number" in types)


def types_of(schema: dict[str, Any]) -> list[str] | None:
    kind = schema.get("type")
    return None if kind is None else ([kind] if isinstance(kind, str) else list(kind))


def types_narrowed(old: dict[str, Any], new: dict[str, Any], walk: Walk) -> Iterator[Break]:
    old_types, new_types = types_of(old), types_of(new)
    if old_types is not None and new_types is not None:
        lost = [t for t in old_types if t not in new_types and not (t == "integer" and "number" in new_types)]
        if lost:
            yield Break("type-narrowed", walk.where, f"{at(walk)}type {old_types} -> {new_types}")
    elif (
        old_types is None
        and new_types is not None
        and not any(k in old for k in ("oneOf", "anyOf", "allOf", "enum", "const"))
    ):
        yield Break("type-narrowed", walk.where, f"{at(walk)}any type -> {new_types}")
    old_format, new_format = old.get("format"), new.get("format")
    if (
        new_format
        and new_format != old_format
        and (old_format, new_format) not in WIDER_FORMATS
        and admits(old, FORMAT_TYPES.get(new_format, "string"))
    ):
        yield Break("type-narrowed", walk.where, f"{at(walk)}format {old_format or '(none)'} -> {new_format}")


def bounds_narrowed(old: dict[str, Any], new: dict[str, Any], walk: Walk) -> Iterator[Break]:
    old = {k: v for k, v in old.items() if k not in KEYWORD_TYPES or admits(old, KEYWORD_TYPES[k])}
    new = {k: v for k, v in new.items() if k not in KEYWORD_TYPES or admits(old, KEYWORD_TYPES[k])}
    for key in UPPER_BOUNDS:
        if key in new and (key not in old or new[key] < old[key]):
            yield Break("type-narrowed", walk.where, f"{at(walk)}{key} {old.get(key, '(none)')} -> {new[key]}")
    for key, default in LOWER_BOUNDS.items():
        before = old.get(key, default)
        if key in new and (before is None or new[key] > before):
            yield Break("type-narrowed", walk.where, f"{at(walk)}{key} {old.get(key, '(none)')} -> {new[key]}")
    step_old, step_new = old.get("multipleOf"), new.get("multipleOf")
    if step_new is not None and (step_old is None or step_old % step_new != 0):
        yield Break("type-narrowed", walk.where, f"{at(walk)}multipleOf {step_old or '(none)'} -> {step_new}")
    if "pattern" in new and new["pattern"] != old.get("pattern"):
        yield Break(
            "type-narrowed", walk.where, f"{at(walk)}pattern {old.get('pattern', '(none)')!r} -> {new['pattern']!r}"
        )
    if new.get("uniqueItems") and not old.get("uniqueItems"):
        yield Break("type-narrowed", walk.where, f"{at(walk)}items must now be unique")
    if new.get("additionalProperties") is False and old.get("additionalProperties", True) is not False:
        yield Break("type-narrowed", walk.where, f"{at(walk)}unknown properties are now rejected")


def allowed_values(schema: dict[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    return list(schema["enum"]) if isinstance(schema.get("enum"), list) else None


def enum_values_removed(old: dict[str, Any], new: dict[str, Any], walk: Walk) -> Iterator[Break]:
    old_values, new_values = allowed_values(old), allowed_values(new)
    if new_values is None:
        return
    if old_values is None:
        if types_of(old) == ["null"] and None in new_values:
            return  # `type: 'null'` restated as `const: null` (or enum [null, ...]): nothing lost
        yield Break("type-narrowed", walk.where, f"{at(walk)}now restricted to {new_values}")
        return
    gone = [v for v in old_values if v not in new_values]
    if gone:
        yield Break("enum-value-removed", walk.where, f"{at(walk)}value(s) {gone} removed")


def fields_removed(old: dict[str, Any], new: dict[str, Any], walk: Walk, old_doc: Doc, new_doc: Doc) -> Iterator[Break]:
    new_props = properties(new_doc, new)
    if not properties(old_doc, old) or (not new_props and types_of(new) is None):
        return
    kind = "response-field-removed" if walk.side == "response" else "request-field-removed"
    for name in properties(old_doc, old):
        if name not in new_props:
            yield Break(kind, walk.where, f"{at(walk)}field {name!r} is gone")


def fields_newly_required(
    old: dict[str, Any], new: dict[str, Any], walk: Walk, old_doc: Doc, new_doc: Doc
) -> Iterator[Break]:
    if walk.side != "request":
        return
    before = required(old_doc, old)
    for name in required(new_doc, new):
        if name not in before:
            yield Break("request-field-newly-required", walk.where, f"{at(walk)}field {name!r} is now required")


def fields_made_optional(
    old: dict[str, Any], new: dict[str, Any], walk: Walk, old_doc: Doc, new_doc: Doc
) -> Iterator[Break]:
    if walk.side != "response":
        return
    now, new_props = required(new_doc, new), properties(new_doc, new)
    for name in required(old_doc, old):
        if name not in now and name in new_props:
            yield Break("response-field-optional", walk.where, f"{at(walk)}field {name!r} is no longer always present")


def conditions_added(old: dict[str, Any], new: dict[str, Any], walk: Walk) -> Iterator[Break]:
    for key in CONDITIONS:
        if key in new and key not in old:
            yield Break("type-narrowed", walk.where, f"{at(walk)}new condition `{key}`")


SCHEMA_CHECKS = [types_narrowed, bounds_narrowed, enum_values_removed, conditions_added]
OBJECT_CHECKS = [fields_removed, fields_newly_required, fields_made_optional]


def properties(doc: Doc, schema: dict[str, Any]) -> dict[str, Any]:
    """Own properties plus those of allOf members."""
    found = dict(schema.get("properties") or {})
    for member in schema.get("allOf") or []:
        found.update(properties(doc, doc.resolve(member)[0]))
    return found


def required(doc: Doc, schema: dict[str, Any]) -> set[str]:
    found = set(schema.get("required") or [])
    for member in schema.get("allOf") or []:
        found |= required(doc, doc.resolve(member)[0])
    return found


def branches(doc: Doc, schemas: list[Any]) -> dict[str, Any]:
    """oneOf/anyOf branches keyed by their $ref target name, else by position among inline ones."""
    keyed, inline = {}, 0
    for branch in schemas:
        name = doc.resolve(branch)[1] if isinstance(branch, dict) and "$ref" in branch else None
        if name is None:
            name, inline = f"#{inline}", inline + 1
        keyed[name] = branch
    return keyed


def compare_schema(old_doc: Doc, new_doc: Doc, old_raw: Any, new_raw: Any, walk: Walk) -> Iterator[Break]:
    if not isinstance(old_raw, dict) or not isinstance(new_raw, dict):
        return
    old, old_name = old_doc.resolve(old_raw)
    new, new_name = new_doc.resolve(new_raw)
    if old_name or new_name:
        if old_name and new_name:  # each pair of named schemas is compared once per side
            key = (walk.side, old_name, new_name)
            if key in walk.seen:
                return
            walk.seen.add(key)
        walk = Walk(walk.where, walk.side, str(new_name or old_name), walk.seen)
    for check in SCHEMA_CHECKS:
        for found in check(old, new, walk):
            if walk.side == "response" and found.kind in ("type-narrowed", "enum-value-removed"):
                found = Break("response-narrowed", found.where, f"{found.kind}: {found.detail}")
            yield found
    for object_check in OBJECT_CHECKS:
        yield from object_check(old, new, walk, old_doc, new_doc)
    new_props = properties(new_doc, new)
    for name, schema in properties(old_doc, old).items():
        if name in new_props:
            yield from compare_schema(old_doc, new_doc, schema, new_props[name], sub(walk, f".{name}"))
    if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
        yield from compare_schema(old_doc, new_doc, old["items"], new["items"], sub(walk, "[]"))
    if isinstance(old.get("additionalProperties"), dict) and isinstance(new.get("additionalProperties"), dict):
        yield from compare_schema(
            old_doc, new_doc, old["additionalProperties"], new["additionalProperties"], sub(walk, "{*}")
        )
    for combinator in ("oneOf", "anyOf"):
        if combinator in old and combinator in new:
            old_branches, new_branches = branches(old_doc, old[combinator]), branches(new_doc, new[combinator])
            for name, branch in old_branches.items():
                if name not in new_branches:
                    yield Break("type-narrowed", walk.where, f"{at(walk)}{combinator} branch {name} removed")
                else:
                    yield from compare_schema(old_doc, new_doc, branch, new_branches[name], sub(walk, f"<{name}>"))


def sub(walk: Walk, suffix: str) -> Walk:
    label = walk.label + suffix if walk.label else suffix.lstrip(".")
    return Walk(walk.where, walk.side, label, walk.seen)


def schemas_narrowed(old: Op, new: Op, seen: set[tuple[str, str, str]]) -> Iterator[Break]:
    """Every schema-level kind, in parameters, the request body and every response both versions have."""
    new_params = new.parameters()
    for key, param in old.parameters().items():
        if key in new_params:
            walk = Walk(f"{old.name} {param_label(key, param)}", "request", "", seen)
            yield from compare_schema(old.doc, new.doc, param.get("schema"), new_params[key].get("schema"), walk)
    old_body, new_body = old.request_body() or {}, new.request_body() or {}
    for media, content in (old_body.get("content") or {}).items():
        new_content = (new_body.get("content") or {}).get(media)
        if new_content is not None:
            walk = Walk(f"{old.name} request body", "request", "", seen)
            yield from compare_schema(old.doc, new.doc, content.get("schema"), new_content.get("schema"), walk)
    new_responses = new.responses()
    for code, response in old.responses().items():
        for media, content in (response.get("content") or {}).items():
            new_content = ((new_responses.get(code) or {}).get("content") or {}).get(media)
            if new_content is not None:
                walk = Walk(f"{old.name} response {code}", "response", "", seen)
                yield from compare_schema(old.doc, new.doc, content.get("schema"), new_content.get("schema"), walk)


# ---------------------------------------------------------------- the comparison


def find_breaks(old_data: dict[str, Any], new_data: dict[str, Any]) -> list[Break]:
    """Every breaking change (for clients) from `old_data` to `new_data` (parsed OpenAPI documents)."""
    return [b for b in find_changes(old_data, new_data) if b.kind in KINDS]


def find_server_changes(old_data: dict[str, Any], new_data: dict[str, Any]) -> list[Break]:
    """Every change that binds servers but breaks no client (SERVER_KINDS)."""
    return [b for b in find_changes(old_data, new_data) if b.kind in SERVER_KINDS]


def find_changes(old_data: dict[str, Any], new_data: dict[str, Any]) -> list[Break]:
    """Every reported change, of KINDS and SERVER_KINDS."""
    old, new = Doc(old_data), Doc(new_data)
    found = list(operations_removed(old, new))
    new_ops = new.operations()
    seen: set[tuple[str, str, str]] = set()
    for key, old_op in old.operations().items():
        if key in new_ops:
            for check in OPERATION_CHECKS:
                found.extend(check(old_op, new_ops[key]))
            found.extend(schemas_narrowed(old_op, new_ops[key], seen))
    unique = list(dict.fromkeys(found))
    assert all(b.kind in KINDS or b.kind in SERVER_KINDS for b in unique), "unknown kind"
    return unique


def major(version: Any) -> int:
    match = SEMVER.match(str(version))
    if not match:
        raise ValueError(f"info.version {version!r} is not semver (MAJOR.MINOR.PATCH)")
    return int(match.group(1))


def semver_key(path: Path) -> tuple[int, int, int]:
    match = SEMVER.match(path.stem.removeprefix("openapi-"))
    return (int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else (-1, -1, -1)


def latest_release(folder: Path = RELEASES) -> Path:
    releases = [p for p in folder.glob("openapi-*.yaml") if semver_key(p) >= (0, 0, 0)]
    if not releases:
        raise FileNotFoundError(f"no released spec (openapi-X.Y.Z.yaml) in {folder}")
    return max(releases, key=semver_key)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("spec", nargs="?", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--base", type=Path, help="the released spec to compare with (default: newest in releases/)")
    args = parser.parse_args(argv)
    try:
        base = args.base or latest_release()
        old_data, new_data = allomancy_spec.load(base), allomancy_spec.load(args.spec)
        old_version, new_version = old_data["info"]["version"], new_data["info"]["version"]
        allowed = major(new_version) > major(old_version)
        changes = find_changes(old_data, new_data)
        breaks = [b for b in changes if b.kind in KINDS]
        server = [b for b in changes if b.kind in SERVER_KINDS]
    except (OSError, KeyError, ValueError) as exc:
        print(f"breaking: {exc}", file=sys.stderr)
        return 2
    print(f"breaking: {base.name} ({old_version}) -> {args.spec.name} ({new_version})")
    for item in server:
        print(f"  server {item}")
    if server:
        print(
            f"breaking: {len(server)} response schema change(s) bind servers only; clients are unaffected"
            " (release them as MINOR)"
        )
    for item in breaks:
        print(f"  {'allowed' if allowed else 'BREAKING'} {item}")
    if not breaks:
        print("breaking: no breaking change")
        return 0
    if allowed:
        print(f"breaking: {len(breaks)} change(s) allowed: the major was raised ({old_version} -> {new_version})")
        return 0
    print(
        f"breaking: {len(breaks)} breaking change(s). Undo them, or raise info.version's major "
        f"(now {new_version}) and record them in CHANGELOG.md",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
