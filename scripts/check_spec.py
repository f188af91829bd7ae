#!/usr/bin/env python3
"""Project checks on openapi.yaml that the validators and linters do not make.

Usage:
    scripts/check_spec.py [FILE]        (default FILE: openapi.yaml)

Checks (docs/toolchain.md, T-SPEC-1 and T-GEN-2):
  security-scheme   every security requirement names a scheme in components.securitySchemes
  link-target       every link's operationId names an operation of the document
  no-nullable       no 3.0-style `nullable:` keyword anywhere (3.1 uses type: [X, "null"])
  one-scope         every operation has its own `security` with exactly one requirement
                    naming exactly one scope; a requirement on a token scheme (TOKEN_SCHEMES: the
                    customer surface's X-Customer-Token) names no scope at all, since tokens carry none
  operation-id      every operation has an operationId, and no two share one
  problem-codes     the Problem schema's `x-problem-codes` (read by the sandbox, the suite and the client)
                    lists each code once, with a 4xx/5xx status, a title and a meaning
  inferred-place    the suite classifies a rule by where its mark sits, so marks sit on exact nodes: an
                    operation carries either `x-source` (a documented path, naming a page of info.x-doc-pages)
                    or an operation-level `x-inferred` (its path itself is a guess), never both or neither
                    (in a document that lists its doc pages in info.x-doc-pages);
                    no mark on `info`; every mark has a reason; `x-inferred-keywords` names keys of its node;
                    `x-inferred-statuses` names statuses the operation declares; every `x-rules` entry
                    has a statement

Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import allomancy_spec
from allomancy_spec import pointer

HTTP_METHODS = allomancy_spec.HTTP_METHODS
# Keys whose values are data (not OpenAPI or schema objects): never searched for `nullable`.
DATA_KEYS = allomancy_spec.DATA_KEYS

Problem = tuple[str, str, str]  # (check name, JSON pointer, message)
# Security schemes whose requirements list no scope: the customer token names a customer, not a set of rights.
TOKEN_SCHEMES = frozenset({"customerToken"})


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method, operation) for every operation under `paths` and `webhooks`."""
    for section in ("paths", "webhooks"):
        for path, item in (doc.get(section) or {}).items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield path, method, item[method]


def check_security_schemes(doc: dict[str, Any]) -> Iterator[Problem]:
    schemes = ((doc.get("components") or {}).get("securitySchemes") or {}).keys()
    requirement_lists: list[tuple[str, Any]] = [(pointer("security"), doc.get("security"))]
    requirement_lists += [
        (pointer("paths", path, method, "security"), op.get("security")) for path, method, op in operations(doc)
    ]
    for where, requirements in requirement_lists:
        for i, requirement in enumerate(requirements or []):
            for name in requirement or {}:
                if name not in schemes:
                    yield "security-scheme", f"{where}/{i}", f"names undefined security scheme {name!r}"


def _links(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    components = doc.get("components") or {}
    for name, link in (components.get("links") or {}).items():
        yield pointer("components", "links", name), link
    responses = [
        (pointer("components", "responses", name), response)
        for name, response in (components.get("responses") or {}).items()
    ]
    for path, method, op in operations(doc):
        for status, response in (op.get("responses") or {}).items():
            responses.append((pointer("paths", path, method, "responses", status), response))
    for where, response in responses:
        for name, link in ((response or {}).get("links") or {}).items():
            yield f"{where}/links{pointer(name)}", link


def check_link_targets(doc: dict[str, Any]) -> Iterator[Problem]:
    known = {op.get("operationId") for _, _, op in operations(doc)}
    for where, link in _links(doc):
        if isinstance(link, dict) and "operationId" in link and link["operationId"] not in known:
            yield "link-target", where, f"operationId {link['operationId']!r} names no operation"


def check_no_nullable(node: Any, where: str = "") -> Iterator[Problem]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "nullable":
                yield "no-nullable", where + pointer(key), '`nullable` is OpenAPI 3.0; use type: [X, "null"]'
            if key in DATA_KEYS:
                continue
            if key == "properties" and isinstance(value, dict):
                # property names are free text; only their schemas are searched
                for name, schema in value.items():
                    yield from check_no_nullable(schema, where + pointer(key, name))
                continue
            yield from check_no_nullable(value, where + pointer(key))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from check_no_nullable(item, where + pointer(i))


def check_one_scope(doc: dict[str, Any]) -> Iterator[Problem]:
    for path, method, op in operations(doc):
        where = pointer("paths", path, method, "security")
        security = op.get("security")
        if not isinstance(security, list) or len(security) != 1:
            yield "one-scope", where, "operation must have its own security with exactly one requirement"
            continue
        requirement = security[0] or {}
        if len(requirement) != 1:
            yield "one-scope", where + "/0", "requirement must name exactly one scheme"
            continue
        scheme, scopes = next(iter(requirement.items()))
        if scheme in TOKEN_SCHEMES:
            if scopes != []:
                yield "one-scope", where + "/0", f"a token scheme's requirement lists no scope, got {scopes!r}"
            continue
        if not isinstance(scopes, list) or len(scopes) != 1:
            yield "one-scope", where + "/0", f"requirement must list exactly one scope, got {scopes!r}"


def check_operation_ids(doc: dict[str, Any]) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for path, method, op in operations(doc):
        where = pointer("paths", path, method)
        op_id = op.get("operationId")
        if not op_id:
            yield "operation-id", where, "operation has no operationId"
        elif op_id in seen:
            yield "operation-id", where, f"operationId {op_id!r} already used at {seen[op_id]}"
        else:
            seen[op_id] = where


def check_problem_codes(doc: dict[str, Any]) -> Iterator[Problem]:
    where = pointer("components", "schemas", "Problem", "x-problem-codes")
    entries = doc.get("components", {}).get("schemas", {}).get("Problem", {}).get("x-problem-codes")
    if not isinstance(entries, list) or not entries:
        yield "problem-codes", where, "no x-problem-codes list on the Problem schema"
        return
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        at = f"{where}/{index}"
        code = entry.get("code") if isinstance(entry, dict) else None
        if not isinstance(code, str) or not code:
            yield "problem-codes", at, "entry has no code"
            continue
        if code in seen:
            yield "problem-codes", at, f"code {code!r} listed twice"
        seen.add(code)
        status = entry.get("status")
        if not isinstance(status, int) or not 400 <= status <= 599:
            yield "problem-codes", at, f"code {code!r} has no 4xx/5xx status"
        for name in ("title", "meaning"):
            if not isinstance(entry.get(name), str) or not entry[name].strip():
                yield "problem-codes", at, f"code {code!r} has no {name}"


def check_inferred_place(doc: dict[str, Any]) -> Iterator[Problem]:
    check = "inferred-place"
    pages = (doc.get("info") or {}).get("x-doc-pages") or {}
    if "x-inferred" in (doc.get("info") or {}):
        yield check, "/info", "a mark on info applies to no rule; put it on the node it is about"
    for path, method, op in operations(doc):
        where = pointer("paths", path, method)
        source, marked = op.get("x-source"), "x-inferred" in op
        if pages and marked == (source is not None):
            yield check, where, "needs exactly one of x-source (documented path) and x-inferred (guessed path)"
        if source is not None and (not isinstance(source, dict) or source.get("page") not in pages):
            yield check, f"{where}/x-source", "x-source must name a page of info.x-doc-pages and a section"
        for name, rule in (op.get("x-rules") or {}).items():
            if not isinstance(rule, dict) or not str(rule.get("statement") or "").strip():
                yield check, f"{where}/x-rules/{name}", "a rule needs a statement"
        declared = {str(k) for k in (op.get("responses") or {}) if not str(k).startswith("x-")}
        for status in op.get("x-inferred-statuses") or {}:
            if str(status) not in declared:
                yield check, f"{where}/x-inferred-statuses", f"status {status} is not declared"
    for mark in allomancy_spec.inference_marks(doc):
        if mark.form == "x-inferred" or isinstance(mark.holder.get(mark.form), dict) and mark.holder[mark.form]:
            if not isinstance(mark.reason, str) or not mark.reason.strip():
                yield check, mark.at, "needs a reason"
            if mark.form == "x-inferred-keywords" and mark.target.rsplit("/", 1)[1] not in mark.holder:
                name = mark.target.rsplit("/", 1)[1]
                yield check, mark.at, f"marks {name!r}, which this node does not have"
        else:
            yield check, mark.at, f"{mark.form} must map names to reasons"


CHECKS: list[Callable[[dict[str, Any]], Iterator[Problem]]] = [
    check_security_schemes,
    check_link_targets,
    check_no_nullable,
    check_one_scope,
    check_operation_ids,
    check_problem_codes,
    check_inferred_place,
]


def problems(doc: Any) -> list[Problem]:
    if not isinstance(doc, dict):
        return [("document", "", "document is not a mapping")]
    return [problem for check in CHECKS for problem in check(doc)]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0] if args else "openapi.yaml")
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return 2
    found = problems(allomancy_spec.load(path))
    for check, where, message in found:
        print(f"{path}#{where}: [{check}] {message}")
    print(f"check_spec: {len(found)} problem(s) in {path}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
