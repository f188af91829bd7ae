#!/usr/bin/env python3
"""Write the docs-only copy of a (bundled) spec: scopes and x-inferred made visible as text.

Usage:
    scripts/docs_spec.py SPEC OUT.json

Reference-page renderers show neither the scopes of an apiKey security requirement nor
`x-` extensions, so this copy moves both into descriptions:
  - every operation's description starts with "**Scope:** `name`" (from its own `security`,
    else the document's), and ends with a "> **Inferred:** ..." block when it has x-inferred;
  - every other object that carries x-inferred (a parameter, a schema, a property, a response)
    gets the same "> **Inferred:** ..." block appended to its description;
  - info.description gets a short legend.
The copy is for `redocly build-docs` only. The published openapi.yaml / openapi.json are never
touched by this script.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from typing import Any

import allomancy_spec

TOKEN_SCHEME = "customerToken"  # the customer surface's scheme: a token, never an API key, and no scopes
HTTP_METHODS = allomancy_spec.HTTP_METHODS
# Keys whose values are data, not OpenAPI or schema objects: never annotated.
DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum", "value"})
LEGEND = (
    "**Reading this page.** Each operation starts with the **Scope** its API key needs "
    "(or, on the customer page's operations, **Auth**: the customer token it takes instead). "
    "A block headed **Inferred** marks a fact that the public documentation does not state; "
    "it explains the choice this contract makes (the `x-inferred` extension in openapi.yaml)."
)


def scope_text(security: list[dict[str, list[str]]] | None) -> str:
    """'**Scope:** `a`' (or '`a` + `b`', alternatives joined with 'or') for a security list."""
    if not security:
        return "**Scope:** none (no API key needed)"
    if all(set(requirement) == {TOKEN_SCHEME} for requirement in security):
        return "**Auth:** a customer token in `X-Customer-Token` (no API key, no scope)"
    alternatives = []
    for requirement in security:
        scopes = [f"`{scope}`" for scheme in requirement for scope in requirement[scheme]]
        alternatives.append(" + ".join(scopes) if scopes else "any valid key (no scope)")
    label = "Scope" if len(alternatives) == 1 and " + " not in alternatives[0] else "Scopes"
    return f"**{label}:** " + " or ".join(alternatives)


def inferred_block(note: Any) -> str:
    """The note as a quoted block. x-inferred is plain text, so `<`, `>` and `&` outside code spans
    are escaped (else "/actions/<verb>" would render as an unknown HTML tag and vanish)."""
    parts = re.split(r"(`[^`]*`)", " ".join(str(note).split()))
    text = "".join(p if p.startswith("`") else html.escape(p, quote=False) for p in parts)
    return f"> **Inferred:** {text}"


def join(*parts: str | None) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def annotate_operation(op: dict[str, Any], doc_security: list[Any] | None) -> None:
    inferred = inferred_block(op["x-inferred"]) if "x-inferred" in op else None
    op["description"] = join(scope_text(op.get("security", doc_security)), op.get("description"), inferred)


def annotate_inferred(node: Any, done: set[int]) -> None:
    """Append an Inferred block to the description of every object with x-inferred not in `done`."""
    if isinstance(node, list):
        for item in node:
            annotate_inferred(item, done)
        return
    if not isinstance(node, dict):
        return
    if "x-inferred" in node and id(node) not in done:
        node["description"] = join(node.get("description"), inferred_block(node["x-inferred"]))
    for key, value in node.items():
        if key not in DATA_KEYS:
            annotate_inferred(value, done)


def docs_copy(doc: dict[str, Any]) -> dict[str, Any]:
    """Return the annotated copy of `doc` (which is left unchanged)."""
    doc = json.loads(json.dumps(doc))
    done: set[int] = set()
    for item in (doc.get("paths") or {}).values():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                annotate_operation(op, doc.get("security"))
                done.add(id(op))
    annotate_inferred(doc, done)
    info = doc.setdefault("info", {})
    info["description"] = join(info.get("description"), LEGEND)
    return doc


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    source, target = Path(args[0]), Path(args[1])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        json.dumps(docs_copy(allomancy_spec.load(source)), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"docs copy: {source} -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
