"""dist/ as `make docs` writes it: a faithful, self-contained bundle, and the docs-only copy's annotations."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import allomancy_spec
from scripts.build_docs import bundle
from scripts.docs_spec import docs_copy, inferred_block, scope_text


def all_refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == "$ref"] + [r for v in node.values() for r in all_refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in all_refs(v)]
    return []


def resolves(doc: Any, ref: str) -> bool:
    node = doc
    for part in allomancy_spec.pointer_parts(ref):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def test_dist_holds_the_contract(dist: Path) -> None:
    for name in ("openapi.yaml", "openapi.json", "index.html"):
        assert (dist / name).is_file(), f"dist/{name} missing"


def test_bundle_has_no_external_ref(dist: Path) -> None:
    for name in ("openapi.yaml", "openapi.json"):
        doc = allomancy_spec.load(dist / name)
        refs = all_refs(doc)
        assert refs, "the bundle keeps its internal $refs"
        external = [r for r in refs if not r.startswith("#/")]
        assert external == [], f"dist/{name}: external $refs {external[:5]}"
        broken = sorted({r for r in refs if not resolves(doc, r)})
        assert broken == [], f"dist/{name}: unresolved $refs {broken[:5]}"


def test_bundle_says_what_the_spec_says(dist: Path, spec: dict[str, Any]) -> None:
    source = json.loads(json.dumps(spec))
    assert allomancy_spec.load(dist / "openapi.yaml") == source
    assert allomancy_spec.load(dist / "openapi.json") == source


def test_published_spec_has_no_docs_annotations(dist: Path) -> None:
    for name in ("openapi.yaml", "openapi.json"):
        text = (dist / name).read_text(encoding="utf-8")
        assert "**Scope:**" not in text and "**Inferred:**" not in text


def test_page_is_one_self_contained_file(dist: Path) -> None:
    html = (dist / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<script\b[^>]*\bsrc=", html) is None, "scripts are inlined"
    assert re.search(r"<link\b[^>]*\bhref=[\"']?(https?:)?//", html) is None, "no remote stylesheet"
    assert "cdn.redoc.ly/redoc/logo" not in html, "the badge logo is inlined (the browser test checks every fetch)"
    assert "hydrate(__redoc_definition" in html


# ---- the docs-only copy (scripts/docs_spec.py) ----

DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1.0.0"},
    "security": [{"apiKey": ["things:read"]}],
    "paths": {
        "/things": {
            "get": {"summary": "List", "responses": {"200": {"description": "ok"}}},
            "post": {
                "description": "Creates a thing.",
                "x-inferred": "The path follows /actions/<verb>; see `a<b>`.",
                "security": [{"apiKey": ["things:write"]}],
                "parameters": [{"name": "q", "in": "query", "x-inferred": "Max 200.", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok"}},
            },
        }
    },
}


def test_docs_copy_adds_scope_and_inferred() -> None:
    before = json.dumps(DOC, sort_keys=True)
    copy = docs_copy(DOC)
    assert json.dumps(DOC, sort_keys=True) == before, "the input is not changed"
    assert copy["paths"]["/things"]["get"]["description"] == "**Scope:** `things:read`"
    post = copy["paths"]["/things"]["post"]["description"]
    assert post.startswith("**Scope:** `things:write`\n\nCreates a thing.\n\n> **Inferred:** ")
    assert "/actions/&lt;verb&gt;; see `a<b>`." in post, "plain text escaped, code spans kept"
    assert copy["paths"]["/things"]["post"]["parameters"][0]["description"] == "> **Inferred:** Max 200."
    assert "**Scope**" in copy["info"]["description"], "the legend"


def test_scope_text() -> None:
    assert scope_text(None) == "**Scope:** none (no API key needed)"
    assert scope_text([{"apiKey": ["a", "b"]}]) == "**Scopes:** `a` + `b`"
    assert scope_text([{"apiKey": ["a"]}, {"oauth": ["b"]}]) == "**Scopes:** `a` or `b`"
    assert inferred_block("x  y\n z") == "> **Inferred:** x y z"


# ---- the bundling step itself (scripts/build_docs.py), on small specs ----

SPLIT_SPEC = """openapi: 3.1.0
info: {title: t, version: 1.0.0}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: './thing.yaml'}
"""


def test_bundler_inlines_external_refs(tmp_path: Path) -> None:
    (tmp_path / "openapi.yaml").write_text(SPLIT_SPEC, encoding="utf-8")
    (tmp_path / "thing.yaml").write_text("type: object\nproperties: {id: {type: string}}\n", encoding="utf-8")
    out = tmp_path / "dist"
    out.mkdir()
    bundle(tmp_path / "openapi.yaml", out)
    for name in ("openapi.yaml", "openapi.json"):
        doc = allomancy_spec.load(out / name)
        assert doc["paths"]["/things"]["get"]["operationId"] == "listThings"
        assert all(r.startswith("#/") and resolves(doc, r) for r in all_refs(doc)), all_refs(doc)
        assert "./thing.yaml" not in json.dumps(doc) and '"id": {"type": "string"}' in json.dumps(doc)


def test_bundle_refuses_a_rounded_integer(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n"
        "components:\n  schemas:\n    Big: {type: integer, format: int64, maximum: 9223372036854775807}\n",
        encoding="utf-8",
    )
    (tmp_path / "dist").mkdir()
    with pytest.raises(SystemExit, match="9223372036854775807 is beyond 2"):
        bundle(spec, tmp_path / "dist")
