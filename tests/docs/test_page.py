"""The reference page, dist/index.html, rendered offline by headless Chromium (Playwright, tests/chromium.py).

Redoc 3 shows one group (tag) per route (`#/customers`). One page loads the overview, then visits every group the
sidebar links to in a tall window (so that every operation of the group is drawn), and the tests assert from the
rendered DOM that each operation of openapi.yaml is there with its summary, its path, its required scope and, when
it has one, its x-inferred note; that no script failed; and that nothing was fetched from the network (any request
to anything but the file itself is aborted and recorded). Screenshots: dist/docs-screenshot.png (the overview) and
dist/docs-screenshot-operation.png (one operation, on its own route).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from allomancy_spec import HTTP_METHODS
from tests.chromium import SCROLL_SETTLED, chromium, local_only
from tests.docs.conftest import DIST

SHOT = "docs-screenshot.png"
OPERATION_SHOT = "docs-screenshot-operation.png"
# Each operation section's text nodes joined by spaces (script and style left out), by its section id.
SECTIONS = """els => els.map(e => {
  const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT, {
    acceptNode: n => n.parentElement.closest('script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const parts = [];
  while (walker.nextNode()) parts.push(walker.currentNode.data);
  return [e.getAttribute('data-section-id') || e.id || '?', parts.join(' ')];
})"""


@dataclass
class Page:
    overview: str  # the overview's rendered DOM
    groups: dict[str, dict[str, str]]  # by group route ("customers"): operation section id -> its text
    operation: dict[str, str]  # the sections drawn on one operation's own route
    operation_id: str
    outside: list[str]  # requests the page made to anything but its own file (aborted)
    errors: list[str]  # uncaught script errors


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def spec_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, item[method])
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def scopes(spec: dict[str, Any], op: dict[str, Any]) -> list[str]:
    security = op.get("security", spec.get("security", []))
    return [scope for requirement in security for names in requirement.values() for scope in names]


def plain(markdown: str) -> str:
    """Text as rendered: markdown code and bold marks dropped, whitespace collapsed."""
    return normalize(markdown.replace("**", "").replace("`", ""))


def rendered_all(ids: list[str]) -> str:
    """JS: are the sections of all these operations (lower-case operationIds) in the DOM?"""
    return (
        f"{json.dumps(ids)}.every(id => document.querySelector("
        "'[data-item-kind=\"httpItem\"][data-section-id$=\"/' + id + '\"]'))"
    )


@pytest.fixture(scope="module")
def page(dist: Path, spec: dict[str, Any]) -> Page:
    url = (dist / "index.html").as_uri()
    DIST.mkdir(exist_ok=True)
    for name in (SHOT, OPERATION_SHOT):
        (DIST / name).unlink(missing_ok=True)
    expected: dict[str, list[str]] = {}
    for _, _, op in spec_operations(spec):
        expected.setdefault(slug(op.get("tags", ["default"])[0]), []).append(op["operationId"].lower())
    _, _, example = next(o for o in spec_operations(spec) if "x-inferred" in o[2])
    example_route = f"{slug(example['tags'][0])}/{example['operationId'].lower()}"
    groups: dict[str, dict[str, str]] = {}
    with chromium() as browser, local_only(browser, height=900) as watched:
        tab = watched.page
        tab.goto(url, wait_until="load")
        # Drawn: the sidebar lists a link per group (tag).
        tab.wait_for_function(
            "n => document.querySelectorAll('[data-testid=\"menu-item-label\"]').length > n", arg=len(spec["tags"])
        )
        tab.screenshot(path=str(DIST / SHOT))
        overview = tab.content()
        # The sidebar's group links: "/customers" as rendered on the server, "#/customers" once re-rendered.
        routes = list(dict.fromkeys(re.findall(r'<a [^>]*href="#?/([^/"#?]+)"', overview)))
        tab.set_viewport_size({"width": 1280, "height": 20000})  # a group draws operations as they scroll into view
        for route in routes:
            tab.evaluate("hash => { location.hash = hash; }", "#/" + route)
            tab.wait_for_function(rendered_all(expected.get(route, [])))
            groups[route] = sections_on(tab)
        # The shot: an ordinary window, on the operation's own route, once the page has scrolled to it.
        tab.set_viewport_size({"width": 1280, "height": 1100})
        tab.evaluate("hash => { location.hash = hash; }", "#/" + example_route)
        tab.wait_for_function(rendered_all([example["operationId"].lower()]))
        tab.evaluate(SCROLL_SETTLED)
        tab.screenshot(path=str(DIST / OPERATION_SHOT))
        operation = sections_on(tab)
        return Page(overview, groups, operation, example["operationId"], list(watched.outside), list(watched.errors))


def sections_on(tab: Any) -> dict[str, str]:
    found = tab.eval_on_selector_all('[data-item-kind="httpItem"]', SECTIONS)
    return {section: normalize(text) for section, text in found}


@pytest.fixture(scope="module")
def sections(page: Page) -> dict[str, str]:
    found: dict[str, str] = {}
    for group in page.groups.values():
        found.update(group)
    return found


def section_of(sections: dict[str, str], operation_id: str) -> str:
    matches = [text for sid, text in sections.items() if sid.lower().endswith("/" + operation_id.lower())]
    assert len(matches) == 1, f"operation {operation_id}: {len(matches)} sections on the page"
    return matches[0]


def test_overview_renders(page: Page, spec: dict[str, Any]) -> None:
    text = normalize(re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page.overview, flags=re.S))
    assert f"{spec['info']['title']} ({spec['info']['version']})" in text
    assert "Reading this page." in text, "the legend of the docs copy is shown"
    assert sorted(page.groups) == sorted(slug(t["name"]) for t in spec["tags"])


def test_every_operation_is_on_the_page(sections: dict[str, str], spec: dict[str, Any]) -> None:
    ops = spec_operations(spec)
    assert len(sections) == len(ops), f"{len(sections)} operation sections for {len(ops)} operations"
    for method, path, op in ops:
        text = section_of(sections, op["operationId"])
        assert plain(op["summary"]) in text, f"{op['operationId']}: summary not shown"
        assert f"{method} {path}" in text, f"{op['operationId']}: {method} {path} not shown"


def test_every_operation_shows_its_scope(sections: dict[str, str], spec: dict[str, Any]) -> None:
    for _, _, op in spec_operations(spec):
        text = section_of(sections, op["operationId"])
        for scope in scopes(spec, op):
            assert f"Scope: {scope}" in text, f"{op['operationId']}: scope {scope} not shown"


def test_customer_page_operations_show_the_token_instead_of_a_scope(
    sections: dict[str, str], spec: dict[str, Any]
) -> None:
    token_ops = [op for _, _, op in spec_operations(spec) if op.get("security") == [{"customerToken": []}]]
    assert len(token_ops) == 13
    for op in token_ops:
        text = section_of(sections, op["operationId"])
        assert "Auth: a customer token in X-Customer-Token" in text, f"{op['operationId']}: token auth not shown"
        assert "X-Customer-Token" in text


def test_inferred_facts_are_flagged(sections: dict[str, str], spec: dict[str, Any]) -> None:
    inferred = [op for _, _, op in spec_operations(spec) if "x-inferred" in op]
    assert inferred, "the spec has x-inferred operations"
    for op in inferred:
        text = section_of(sections, op["operationId"])
        assert f"Inferred: {plain(op['x-inferred'])[:60]}" in text, f"{op['operationId']}: x-inferred not shown"


def test_operation_route_renders(page: Page) -> None:
    texts = page.operation.values()
    assert any("Inferred:" in t and "Scope:" in t for t in texts), f"{page.operation_id} not rendered on its route"


def test_page_makes_no_network_request(page: Page) -> None:
    assert page.outside == [], "the page asked for something outside its own file"


def test_page_has_no_script_error(page: Page) -> None:
    assert page.errors == []


@pytest.mark.parametrize("name", [SHOT, OPERATION_SHOT])
def test_screenshot_is_written(page: Page, name: str) -> None:
    data = (DIST / name).read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 30_000, f"{name} is {len(data)} bytes: a blank page?"
