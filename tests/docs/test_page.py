"""The reference page, dist/index.html, rendered offline by headless Chromium.

Redoc 3 shows one group (tag) per route (`#/customers`). The test renders the overview with
`chromium --dump-dom --screenshot`, then visits every group the sidebar links to in one browser
driven over the DevTools protocol (a run per route would cost ~3 s each: process start and page
load), in a tall window so that every operation of the group is drawn, and asserts from the
rendered DOM that each operation of openapi.yaml is there with its summary, its path, its
required scope and, when it has one, its x-inferred note; and that nothing was fetched from the
network. Screenshots: dist/docs-screenshot.png (the overview) and
dist/docs-screenshot-operation.png (one operation, on its own route).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from allomancy_spec import HTTP_METHODS
from tests.docs.browser import Browser, Render, chromium_binary, normalize, operation_sections, render
from tests.docs.conftest import DIST

SHOT = "docs-screenshot.png"
OPERATION_SHOT = "docs-screenshot-operation.png"


@dataclass
class Page:
    overview: Render  # one `chromium --dump-dom --screenshot` run
    groups: dict[str, str]  # rendered DOM by group route ("customers"), from one DevTools-driven browser
    operation: str  # rendered DOM of one operation's own route
    operation_id: str
    log: str  # the DevTools-driven browser's stderr
    page_requests: list[str]


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
def chromium() -> str:
    binary = chromium_binary()
    if binary is None:
        pytest.fail("chromium is not installed (Debian: apt-get install -y chromium); CI must install it")
    return binary


@pytest.fixture(scope="module")
def page(chromium: str, dist: Path, spec: dict[str, Any]) -> Page:
    url = (dist / "index.html").as_uri()
    DIST.mkdir(exist_ok=True)
    for name in (SHOT, OPERATION_SHOT):
        (DIST / name).unlink(missing_ok=True)
    overview = render(chromium, url, height=900, screenshot=DIST / SHOT)
    # The sidebar's group links: "/customers" as rendered on the server, "#/customers" once re-rendered.
    routes = list(dict.fromkeys(re.findall(r'<a [^>]*href="#?/([^/"#?]+)"', overview.dom)))
    expected: dict[str, list[str]] = {}
    for _, _, op in spec_operations(spec):
        expected.setdefault(slug(op.get("tags", ["default"])[0]), []).append(op["operationId"].lower())
    _, _, example = next(o for o in spec_operations(spec) if "x-inferred" in o[2])
    example_route = f"{slug(example['tags'][0])}/{example['operationId'].lower()}"
    groups: dict[str, str] = {}
    # A tall window: a group draws its operations as they scroll into view.
    with Browser(chromium, height=20000) as browser:
        browser.goto(url)
        browser.wait_for("document.readyState === 'complete'")
        for route in routes:
            browser.evaluate(f"location.hash = {json.dumps('#/' + route)}")
            browser.wait_for(rendered_all(expected.get(route, [])))
            groups[route] = browser.dom()
        # The shot: an ordinary window, on the operation's own route (the page scrolls to it).
        browser.resize(height=1100)
        browser.evaluate(f"location.hash = {json.dumps('#/' + example_route)}")
        browser.wait_for(rendered_all([example["operationId"].lower()]))
        time.sleep(1)  # let the scroll and the layout settle
        browser.screenshot(DIST / OPERATION_SHOT)
        operation = browser.dom()
    return Page(overview, groups, operation, example["operationId"], browser.log, browser.page_requests)


@pytest.fixture(scope="module")
def sections(page: Page) -> dict[str, str]:
    found: dict[str, str] = {}
    for dom in page.groups.values():
        found.update(operation_sections(dom))
    return found


def section_of(sections: dict[str, str], operation_id: str) -> str:
    matches = [text for sid, text in sections.items() if sid.lower().endswith("/" + operation_id.lower())]
    assert len(matches) == 1, f"operation {operation_id}: {len(matches)} sections on the page"
    return matches[0]


def test_overview_renders(page: Page, spec: dict[str, Any]) -> None:
    text = normalize(re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page.overview.dom, flags=re.S))
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
    texts = operation_sections(page.operation).values()
    assert any("Inferred:" in t and "Scope:" in t for t in texts), f"{page.operation_id} not rendered on its route"


def test_page_makes_no_network_request(page: Page) -> None:
    assert page.overview.page_requests == [], "the page fetched from the network"
    assert page.page_requests == [], "the page fetched from the network while changing routes"


def test_page_has_no_script_error(page: Page) -> None:
    for log in (page.overview.log, page.log):
        errors = [line for line in log.splitlines() if "CONSOLE" in line and "Uncaught" in line]
        assert errors == []


@pytest.mark.parametrize("name", [SHOT, OPERATION_SHOT])
def test_screenshot_is_written(page: Page, name: str) -> None:
    data = (DIST / name).read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 30_000, f"{name} is {len(data)} bytes: a blank page?"
