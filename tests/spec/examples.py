"""Find every example in an OpenAPI 3.1 document, paired with the schema it must satisfy.

Covered: schema `example` / `examples` (at any depth), media-type `example` / `examples`,
parameter and header `example` / `examples`. Each object is visited where it is defined
(under `paths` or `components`), so a `$ref`'d response or parameter is checked once.
Example Objects given by `$ref` are followed to `#/components/examples/...`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tests.spec.spec_loader import HTTP_METHODS, pointer


@dataclass(frozen=True)
class Example:
    where: str  # JSON pointer of the example value
    schema: str  # JSON pointer of the schema the value must satisfy
    value: Any


# Schema keywords whose value is a subschema, a map of subschemas, or a list of subschemas.
SUBSCHEMA = (
    "items",
    "contains",
    "additionalProperties",
    "unevaluatedProperties",
    "unevaluatedItems",
    "propertyNames",
    "not",
    "if",
    "then",
    "else",
)
SUBSCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")
SUBSCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")


def _schema(doc: dict, node: Any, where: str) -> Iterator[Example]:
    if not isinstance(node, dict):
        return
    if "example" in node:
        yield Example(where + "/example", where, node["example"])
    if isinstance(node.get("examples"), list):
        for i, value in enumerate(node["examples"]):
            yield Example(f"{where}/examples/{i}", where, value)
    for key in SUBSCHEMA:
        if isinstance(node.get(key), dict):
            yield from _schema(doc, node[key], where + pointer(key))
    for key in SUBSCHEMA_MAPS:
        for name, sub in (node.get(key) or {}).items():
            yield from _schema(doc, sub, where + pointer(key, name))
    for key in SUBSCHEMA_LISTS:
        for i, sub in enumerate(node.get(key) or []):
            yield from _schema(doc, sub, where + pointer(key, i))


def _example_objects(doc: dict, examples: Any, where: str, schema: str) -> Iterator[Example]:
    """Example Objects in an `examples` map (media type, parameter, header)."""
    for name, example in (examples or {}).items():
        at = where + pointer(name)
        ref = example.get("$ref") if isinstance(example, dict) else None
        if isinstance(ref, str):
            if not ref.startswith("#/components/examples/"):
                raise ValueError(f"{at}: unsupported example $ref {ref!r}")
            at = ref[1:]
            example = doc["components"]["examples"][ref.rsplit("/", 1)[1]]
        if isinstance(example, dict) and "value" in example:
            yield Example(at + "/value", schema, example["value"])


def _with_schema(doc: dict, obj: Any, where: str) -> Iterator[Example]:
    """Media type, parameter or header: a `schema` plus `example` / `examples`."""
    if not isinstance(obj, dict) or "$ref" in obj:
        return
    if "schema" in obj:
        schema = where + "/schema"
        yield from _schema(doc, obj["schema"], schema)
        if "example" in obj:
            yield Example(where + "/example", schema, obj["example"])
        yield from _example_objects(doc, obj.get("examples"), where + "/examples", schema)
    for media, media_obj in (obj.get("content") or {}).items():
        yield from _with_schema(doc, media_obj, where + pointer("content", media))


def _response(doc: dict, response: Any, where: str) -> Iterator[Example]:
    if not isinstance(response, dict) or "$ref" in response:
        return
    for name, header in (response.get("headers") or {}).items():
        yield from _with_schema(doc, header, where + pointer("headers", name))
    for media, media_obj in (response.get("content") or {}).items():
        yield from _with_schema(doc, media_obj, where + pointer("content", media))


def _operation(doc: dict, op: dict, where: str) -> Iterator[Example]:
    for i, parameter in enumerate(op.get("parameters") or []):
        yield from _with_schema(doc, parameter, where + pointer("parameters", i))
    body = op.get("requestBody")
    if isinstance(body, dict) and "$ref" not in body:
        for media, media_obj in (body.get("content") or {}).items():
            yield from _with_schema(doc, media_obj, where + pointer("requestBody", "content", media))
    for status, response in (op.get("responses") or {}).items():
        yield from _response(doc, response, where + pointer("responses", status))


def find_examples(doc: dict) -> list[Example]:
    found: list[Example] = []
    components = doc.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        found += _schema(doc, schema, pointer("components", "schemas", name))
    for section in ("parameters", "headers"):
        for name, obj in (components.get(section) or {}).items():
            found += _with_schema(doc, obj, pointer("components", section, name))
    for name, response in (components.get("responses") or {}).items():
        found += _response(doc, response, pointer("components", "responses", name))
    for name, body in (components.get("requestBodies") or {}).items():
        for media, media_obj in ((body or {}).get("content") or {}).items():
            found += _with_schema(doc, media_obj, pointer("components", "requestBodies", name, "content", media))
    for path, item in (doc.get("paths") or {}).items():
        for i, parameter in enumerate(item.get("parameters") or []):
            found += _with_schema(doc, parameter, pointer("paths", path, "parameters", i))
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                found += _operation(doc, item[method], pointer("paths", path, method))
    return found
