"""The one way the tests drive a browser: Playwright for Python on the distribution's Chromium.

Nothing downloads a browser (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 in .ci/run; `executable_path` points at the
installed Chromium: $CHROMIUM, else `chromium` or `chromium-browser` on PATH). The flags keep Chromium from
calling home (updates, sync, field trials) and make every host name resolve to nothing, so only file: pages
and loopback servers (127.0.0.1) can be reached. `local_only` also aborts, and records, any request a page makes
to anything else, so a test can assert that a page needed nothing from the network.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Request, Response, Route, sync_playwright

FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
)
LOCAL = re.compile(r"^(file:|data:|blob:|about:|https?://127\.0\.0\.1(:\d+)?/)")
TIMEOUT_MS = 30_000


def chromium_binary() -> str | None:
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Chromium (the installed one), closed on exit."""
    binary = chromium_binary()
    if binary is None:
        raise RuntimeError("chromium is not installed (Debian: apt-get install -y chromium); .ci/run installs it")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=binary, headless=True, args=list(FLAGS))
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Watched:
    """A page with what it did: its requests and responses, requests to places other than file: and loopback
    (aborted), console lines, and uncaught script errors."""

    page: Page
    context: BrowserContext
    outside: list[str] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@contextmanager
def local_only(browser: Browser, *, width: int = 1280, height: int = 900) -> Iterator[Watched]:
    """A fresh context and page that may reach only file: URLs and 127.0.0.1; closed on exit."""
    context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
    context.set_default_timeout(TIMEOUT_MS)
    watched = Watched(page=context.new_page(), context=context)

    def guard(route: Route) -> None:
        if LOCAL.match(route.request.url):
            route.fallback()
        else:
            watched.outside.append(route.request.url)
            route.abort("blockedbyclient")

    def on_console(message: ConsoleMessage) -> None:
        watched.console.append(f"{message.type}: {message.text}")

    context.route("**/*", guard)
    watched.page.on("console", on_console)
    watched.page.on("pageerror", lambda error: watched.errors.append(str(error)))
    watched.page.on("request", lambda request: watched.requests.append(request))
    watched.page.on("response", lambda response: watched.responses.append(response))
    try:
        yield watched
    finally:
        context.close()


# Resolves once the page's scroll position has stayed put for a few animation frames (a scroll to an anchor has
# settled); frames, not seconds, so it does not depend on the machine's speed.
SCROLL_SETTLED = """() => new Promise(resolve => {
  let last = -1, still = 0;
  const tick = () => {
    still = scrollY === last ? still + 1 : 0;
    last = scrollY;
    if (still >= 5) resolve(true); else requestAnimationFrame(tick);
  };
  tick();
})"""
