#!/usr/bin/env python3
"""Normalize the layout and key order of an OpenAPI YAML document.

Usage:
    scripts/format_spec.py [--check] [FILE ...]      (default FILE: openapi.yaml)

Without --check each FILE is rewritten in place when it is not normalized.
With --check nothing is written; the exit status is 1 if any FILE would change,
and the offending file names are printed with a short diff.

Normalization is a ruamel.yaml round trip (comments and quoting kept, lines not
wrapped, `- ` items indented under their key, nulls written as `null`) plus a
fixed key order for the objects listed in ORDERS. Keys an order does not know
keep their relative order after the known ones. The result is idempotent.
"""

from __future__ import annotations

import argparse
import difflib
import io
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import LiteralScalarString

from allomancy_spec import HTTP_METHODS

try:
    from scripts.yaml_reorder import reorder
except ModuleNotFoundError:  # run as `python scripts/format_spec.py`
    from yaml_reorder import reorder  # type: ignore[no-redef]

# Key order per object kind. Keys not listed keep their relative order after these.
ORDERS: dict[str, list[str]] = {
    "document": [
        "openapi",
        "info",
        "jsonSchemaDialect",
        "servers",
        "security",
        "tags",
        "externalDocs",
        "paths",
        "webhooks",
        "components",
    ],
    "info": ["title", "version", "summary", "description", "termsOfService", "contact", "license"],
    "tag": ["name", "description", "externalDocs"],
    "server": ["url", "description", "variables"],
    "path_item": ["$ref", "summary", "description", "servers", "parameters"],
    "operation": [
        "tags",
        "summary",
        "description",
        "externalDocs",
        "operationId",
        "x-inferred",
        "deprecated",
        "security",
        "servers",
        "parameters",
        "requestBody",
        "responses",
        "links",
        "callbacks",
    ],
    "parameter": [
        "$ref",
        "name",
        "in",
        "required",
        "summary",
        "description",
        "x-inferred",
        "deprecated",
        "allowEmptyValue",
        "style",
        "explode",
        "allowReserved",
        "schema",
        "content",
        "example",
        "examples",
    ],
    "header": [
        "$ref",
        "summary",
        "description",
        "x-inferred",
        "required",
        "deprecated",
        "style",
        "explode",
        "schema",
        "content",
        "example",
        "examples",
    ],
    "request_body": ["$ref", "summary", "description", "x-inferred", "required", "content"],
    "response": ["$ref", "summary", "description", "x-inferred", "headers", "content", "links"],
    "media_type": ["schema", "example", "examples", "encoding"],
    "example": ["$ref", "summary", "description", "value", "externalValue"],
    "link": ["$ref", "operationId", "operationRef", "description", "parameters", "requestBody", "server"],
    "security_scheme": [
        "$ref",
        "type",
        "in",
        "name",
        "scheme",
        "bearerFormat",
        "flows",
        "openIdConnectUrl",
        "description",
    ],
    "schema": [
        "$id",
        "$schema",
        "$anchor",
        "title",
        "description",
        "$ref",
        "deprecated",
        "readOnly",
        "writeOnly",
        "type",
        "format",
        "contentMediaType",
        "contentEncoding",
        "enum",
        "x-enum-varnames",
        "const",
        "minimum",
        "exclusiveMinimum",
        "maximum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "uniqueItems",
        "prefixItems",
        "items",
        "contains",
        "minContains",
        "maxContains",
        "unevaluatedItems",
        "minProperties",
        "maxProperties",
        "required",
        "dependentRequired",
        "properties",
        "patternProperties",
        "additionalProperties",
        "unevaluatedProperties",
        "propertyNames",
        "dependentSchemas",
        "allOf",
        "oneOf",
        "anyOf",
        "not",
        "if",
        "then",
        "else",
        "discriminator",
        "default",
        "$defs",
        "externalDocs",
        "xml",
        "example",
        "examples",
        "x-inferred",
    ],
}


# Which kind each child holds. "K" = one K object, "K{}" = a map of name -> K, "K[]" = a list of K.
# Children not listed are data (examples, defaults, extensions) and are left untouched.
CHILDREN: dict[str, dict[str, str]] = {
    "document": {
        "info": "info",
        "servers": "server[]",
        "tags": "tag[]",
        "paths": "path_item{}",
        "webhooks": "path_item{}",
        "components": "components",
    },
    "components": {
        "schemas": "schema{}",
        "responses": "response{}",
        "parameters": "parameter{}",
        "examples": "example{}",
        "requestBodies": "request_body{}",
        "headers": "header{}",
        "securitySchemes": "security_scheme{}",
        "links": "link{}",
        "callbacks": "callback{}",
        "pathItems": "path_item{}",
    },
    "path_item": {"servers": "server[]", "parameters": "parameter[]", **{m: "operation" for m in HTTP_METHODS}},
    "operation": {
        "servers": "server[]",
        "parameters": "parameter[]",
        "requestBody": "request_body",
        "responses": "response{}",
        "callbacks": "callback{}",
    },
    "parameter": {"schema": "schema", "content": "media_type{}", "examples": "example{}"},
    "header": {"schema": "schema", "content": "media_type{}", "examples": "example{}"},
    "request_body": {"content": "media_type{}"},
    "response": {"headers": "header{}", "content": "media_type{}", "links": "link{}"},
    "media_type": {"schema": "schema", "examples": "example{}"},
    "schema": {
        "properties": "schema{}",
        "patternProperties": "schema{}",
        "dependentSchemas": "schema{}",
        "$defs": "schema{}",
        "items": "schema",
        "prefixItems": "schema[]",
        "contains": "schema",
        "unevaluatedItems": "schema",
        "additionalProperties": "schema",
        "unevaluatedProperties": "schema",
        "propertyNames": "schema",
        "not": "schema",
        "if": "schema",
        "then": "schema",
        "else": "schema",
        "allOf": "schema[]",
        "oneOf": "schema[]",
        "anyOf": "schema[]",
    },
}


def _walk(node: Any, kind: str, column: int = 0) -> None:
    """Normalize `node`, an object of `kind` whose keys start at `column` in the output."""
    if not isinstance(node, CommentedMap):
        return
    if kind == "callback":
        for item in node.values():
            _walk(item, "path_item", column + 2)
        return
    if kind in ORDERS:
        reorder(node, ORDERS[kind], column)
    for key, child_kind in CHILDREN.get(kind, {}).items():
        if key in node:
            _walk_child(node[key], child_kind, column)


def _walk_child(value: Any, child_kind: str, column: int) -> None:
    # A map value's keys sit 2 columns in; a list's items (and a map of objects' objects) 4 columns in.
    if child_kind.endswith("{}"):
        if isinstance(value, CommentedMap):
            for item in value.values():
                _walk(item, child_kind[:-2], column + 4)
    elif child_kind.endswith("[]"):
        if isinstance(value, CommentedSeq):
            for item in value:
                _walk(item, child_kind[:-2], column + 4)
    else:
        _walk(value, child_kind, column + 2)


class _Representer(RoundTripRepresenter):
    """Round-trip representer that always spells None as `null` (never an empty value)."""

    def represent_none(self, data: Any) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:null", "null")


_Representer.add_representer(type(None), _Representer.represent_none)


def make_yaml() -> YAML:
    yaml = YAML()  # round-trip
    yaml.Representer = _Representer
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


TABLE_HEADER = "| status | code | meaning |"


def render_problem_table(data: Any) -> None:
    """Rewrite the table at the end of the Problem schema's description from its `x-problem-codes`.

    The list is the one source of the problem codes; the Markdown table is only its rendering for people.
    """
    try:
        problem = data["components"]["schemas"]["Problem"]
    except (KeyError, TypeError):
        return
    entries = problem.get("x-problem-codes") if isinstance(problem, dict) else None
    description = problem.get("description") if isinstance(problem, dict) else None
    if not entries or not isinstance(description, str):
        return
    head = description.split(TABLE_HEADER, 1)[0].rstrip("\n")
    rows = [TABLE_HEADER, "|---|---|---|"]
    rows += [f"| {e['status']} | {e['code']} | {e.get('meaning', '')} |" for e in entries]
    problem["description"] = LiteralScalarString(head + "\n\n" + "\n".join(rows) + "\n")


def _format_once(text: str) -> str:
    yaml = make_yaml()
    data = yaml.load(text)
    render_problem_table(data)
    _walk(data, "document")
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def format_text(text: str, max_passes: int = 4) -> str:
    """Return the normalized form of one OpenAPI YAML document.

    Passes repeat until the text stops changing (a moved comment can settle one pass later,
    e.g. one that ends up above the first key of a list item), so the result is a fixed point:
    format_text(format_text(x)) == format_text(x).
    """
    for _ in range(max_passes):
        formatted = _format_once(text)
        if formatted == text:
            return formatted
        text = formatted
    raise RuntimeError(f"formatting did not settle after {max_passes} passes")


def diff(path: Path, before: str, after: str, limit: int = 40) -> str:
    lines = list(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"{path} (current)",
            tofile=f"{path} (normalized)",
        )
    )
    shown = "".join(lines[:limit])
    if len(lines) > limit:
        shown += f"... ({len(lines) - limit} more diff lines)\n"
    return shown


def run(paths: Iterable[Path], check: bool) -> int:
    status = 0
    for path in paths:
        before = path.read_text(encoding="utf-8")
        after = format_text(before)
        if before == after:
            continue
        if check:
            status = 1
            print(f"{path}: not normalized; run `make format` (scripts/format_spec.py {path})", file=sys.stderr)
            sys.stderr.write(diff(path, before, after))
        else:
            path.write_text(after, encoding="utf-8")
            print(f"{path}: reformatted")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report files that are not normalized; write nothing")
    parser.add_argument("files", nargs="*", type=Path, default=[Path("openapi.yaml")])
    args = parser.parse_args(argv)
    missing = [p for p in args.files if not p.is_file()]
    if missing:
        for path in missing:
            print(f"{path}: no such file", file=sys.stderr)
        return 2
    return run(args.files, args.check)


if __name__ == "__main__":
    sys.exit(main())
