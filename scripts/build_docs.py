#!/usr/bin/env python3
"""Build the published contract into dist/: the bundled spec and one self-contained reference page.

Usage:
    scripts/build_docs.py [--spec openapi.yaml] [--out dist] [--work build/docs]

Writes:
    OUT/openapi.yaml   `redocly bundle` of the spec: every $ref is internal ('#/...')
    OUT/openapi.json   the same bundle as JSON
    OUT/index.html     the reference page (`redocly build-docs --inlineBundle`), built from a
                       docs-only copy (WORK/openapi.docs.json, scripts/docs_spec.py) that
                       shows each operation's scope and every x-inferred note as text

Checks (any failure exits 1 and leaves no half-written page behind):
  - the bundle has no external $ref and every internal $ref resolves;
  - the bundle says what the spec says: no integer beyond 2**53 - 1 (the bundler is JavaScript
    and would round it), and, while the spec is one file, both bundles parse equal to it;
  - the page loads nothing from the network: the Redocly badge's logo, the only remote
    resource Redoc 3 asks for, is swapped for an inline SVG, and no remote script, stylesheet,
    image or font reference may remain.
The Redocly binary is node_modules/.bin/redocly (`make node`), or $REDOCLY if set.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

import allomancy_spec

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from docs_spec import docs_copy  # noqa: E402

BADGE_LOGO = re.compile(r"https://cdn\.redoc\.ly/redoc/logo-mini(-full)?\.svg")
# Remote references that would make the browser fetch something (anchors <a href> are fine).
REMOTE_LOAD = re.compile(
    r"""<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//"""
    r"""|url\(\s*["']?(?:https?:)?//|@import\s+["'](?:https?:)?//""",
    re.IGNORECASE,
)


def badge_svg(text: str, width: int) -> str:
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="16" viewBox="0 0 {width} 16">'
        f'<text x="0" y="12" font-family="sans-serif" font-size="12" font-weight="600" fill="#0044D4">{text}</text>'
        "</svg>"
    )
    return "data:image/svg+xml," + quote(svg, safe="")


def redocly(*args: str) -> None:
    binary = Path(os.environ.get("REDOCLY", ROOT / "node_modules" / ".bin" / "redocly"))
    if not binary.exists():
        raise SystemExit(f"{binary} not found: run `make node` (npm ci) first")
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    result = subprocess.run([str(binary), *args], capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise SystemExit(f"redocly {args[0]} failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")


def refs(node: Any, where: str = "") -> list[tuple[str, str]]:
    """Every (location, $ref value) in `node`."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.append((where or "/", value))
            else:
                found.extend(refs(value, f"{where}/{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(refs(value, f"{where}/{index}"))
    return found


def resolve(doc: Any, ref: str) -> bool:
    node = doc
    for part in allomancy_spec.pointer_parts(ref):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def ref_problems(doc: Any) -> list[str]:
    problems = []
    for where, ref in refs(doc):
        if not ref.startswith("#"):
            problems.append(f"{where}: external $ref {ref!r}")
        elif not resolve(doc, ref):
            problems.append(f"{where}: $ref {ref!r} does not resolve")
    return problems


def differences(a: Any, b: Any, where: str = "") -> list[str]:
    """Where parsed documents `a` (the source) and `b` (a bundle) differ; type-strict for numbers."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = [f"{where}/{k}: only in the source" for k in a if k not in b]
        out += [f"{where}/{k}: only in the bundle" for k in b if k not in a]
        for key in a.keys() & b.keys():
            out += differences(a[key], b[key], f"{where}/{key}")
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in differences(x, y, f"{where}/{i}")]
    if type(a) is not type(b) or a != b:
        return [f"{where or '/'}: source {a!r}, bundle {b!r}"]
    return []


def unsafe_integers(node: Any, where: str = "") -> list[str]:
    """Integers a JavaScript number cannot hold exactly (beyond 2**53 - 1)."""
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in unsafe_integers(value, f"{where}/{key}")]
    if isinstance(node, list):
        return [p for index, value in enumerate(node) for p in unsafe_integers(value, f"{where}/{index}")]
    if isinstance(node, int) and not isinstance(node, bool) and abs(node) > 2**53 - 1:
        return [
            f"{where}: {node} is beyond 2**53 - 1; JavaScript tools (this bundler, Redoc, openapi-typescript) round it"
        ]
    return []


def bundle(spec: Path, out: Path) -> None:
    source = allomancy_spec.load(spec)
    single_file = all(ref.startswith("#") for _, ref in refs(source))
    for name in ("openapi.yaml", "openapi.json"):
        target = out / name
        redocly("bundle", str(spec), "--output", str(target))
        bundled = allomancy_spec.load(target)
        problems = unsafe_integers(source) + ref_problems(bundled)
        if single_file:  # then the bundle must be the source itself
            problems += differences(source, bundled)
        if problems:
            target.unlink()
            raise SystemExit(
                f"{target} is not a faithful, self-contained bundle of {spec}:\n  " + "\n  ".join(problems)
            )
        print(f"bundle: {spec} -> {target}")


def page(bundled: Path, out: Path, work: Path) -> None:
    doc = json.loads(bundled.read_text(encoding="utf-8"))
    copy = work / "openapi.docs.json"
    work.mkdir(parents=True, exist_ok=True)
    copy.write_text(json.dumps(docs_copy(doc), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    target = out / "index.html"
    title = f"{doc['info']['title']} {doc['info']['version']}"
    redocly("build-docs", str(copy), "--inlineBundle", "--output", str(target), "--title", title)
    html = target.read_text(encoding="utf-8")
    html = BADGE_LOGO.sub(lambda m: badge_svg("Redocly", 60) if m.group(1) else badge_svg("R", 10), html)
    remote = sorted({html[m.start() : m.start() + 80] for m in REMOTE_LOAD.finditer(html)})
    if remote:
        target.unlink()
        raise SystemExit(f"{target} would load remote resources:\n  " + "\n  ".join(remote))
    target.write_text(html, encoding="utf-8")
    print(f"page: {copy} -> {target} ({len(html) // 1024} KiB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "docs", help="for the docs-only copy")
    args = parser.parse_args(argv)
    spec, out = args.spec.resolve(), args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    bundle(spec, out)
    page(out / "openapi.json", out, args.work.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
