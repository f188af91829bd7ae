"""Headless Chromium, offline: render a page from disk and read its DOM; take screenshots.

Flags follow docs/toolchain.md (the Chromium point). On top of them every host name resolves to nothing and
every request goes to a dead proxy, so a page that needs the network cannot load it; the net log
records what the page still tried to fetch.

`render` is one `chromium --dump-dom` run. `Browser` keeps one Chromium open and drives it over the
DevTools protocol (--remote-debugging-pipe), for pages that need several routes: one process
start and one page load instead of one per route.
"""

from __future__ import annotations

import base64
import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

BASE_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",
    "--enable-logging=stderr",
    "--v=0",
]
# Without a virtual-time budget the DOM is dumped before the page hydrates.
FLAGS = [*BASE_FLAGS, "--virtual-time-budget=10000"]
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


def chromium_binary() -> str | None:
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@dataclass
class Render:
    dom: str
    log: str  # chromium's stderr (console messages included)
    page_requests: list[str]  # http(s) URLs the page itself asked for


def render(binary: str, url: str, *, height: int, screenshot: Path | None = None, timeout: float = 60) -> Render:
    with tempfile.TemporaryDirectory(prefix="chromium-") as tmp:
        netlog = Path(tmp) / "net.json"
        args = [
            binary,
            *FLAGS,
            f"--user-data-dir={tmp}/profile",
            f"--log-net-log={netlog}",
            f"--window-size=1280,{height}",
            "--dump-dom",
        ]
        if screenshot is not None:
            args.append(f"--screenshot={screenshot}")
        result = subprocess.run([*args, url], capture_output=True, text=True, timeout=timeout, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"chromium exited {result.returncode} on {url}:\n{result.stderr[-3000:]}")
        return Render(result.stdout, result.stderr, page_requests(netlog))


def page_requests(netlog: Path) -> list[str]:
    """http(s) requests started on behalf of a page (not the browser's own background calls)."""
    text = netlog.read_text(encoding="utf-8") if netlog.exists() else ""
    try:
        log = json.loads(text)
    except json.JSONDecodeError:  # a log cut short at exit lacks its closing brackets
        log = json.loads(text.rstrip().rstrip(",") + "]}")
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    found = []
    for event in log.get("events", []):
        params = event.get("params") or {}
        url = str(params.get("url", ""))
        by_page = params.get("initiator") != "not an origin"  # the browser's own calls have no origin
        if event.get("type") == start_job and re.match(r"https?://", url) and by_page:
            found.append(url)
    return found


class Sections(HTMLParser):
    """Text of every element carrying `data-item-kind="httpItem"` (one operation), by its section id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.open: list[tuple[int, str]] = []  # (stack depth, section id)
        self.text: dict[str, list[str]] = {}
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag in ("script", "style"):
            self.skip += 1
        values = dict(attrs)
        if values.get("data-item-kind") == "httpItem":
            section = values.get("data-section-id") or values.get("id") or "?"
            self.open.append((len(self.stack), section))
            self.text.setdefault(section, [])

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or tag not in self.stack:
            return
        while self.stack:
            popped = self.stack.pop()
            if popped in ("script", "style"):
                self.skip -= 1
            while self.open and self.open[-1][0] > len(self.stack):
                self.open.pop()
            if popped == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.skip:
            for _, section in self.open:
                self.text[section].append(data)


def operation_sections(dom: str) -> dict[str, str]:
    parser = Sections()
    parser.feed(dom)
    parser.close()
    return {section: normalize(" ".join(parts)) for section, parts in parser.text.items()}


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


@dataclass
class Browser:
    """One headless Chromium driven over the DevTools protocol; use as a context manager."""

    binary: str
    height: int
    log: str = ""
    page_requests: list[str] = field(default_factory=list)

    def __enter__(self) -> Browser:
        self.tmp = tempfile.TemporaryDirectory(prefix="chromium-")
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def pipes_as_3_and_4() -> None:  # the protocol's fixed descriptors in the child
            read_end, write_end = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(read_end, 3, inheritable=True)
            os.dup2(write_end, 4, inheritable=True)

        self.stderr = open(Path(self.tmp.name) / "stderr.txt", "w+", encoding="utf-8")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [
                self.binary,
                *BASE_FLAGS,
                "--remote-debugging-pipe",
                f"--user-data-dir={self.tmp.name}/profile",
                f"--log-net-log={self.tmp.name}/net.json",
                f"--window-size=1280,{self.height}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.stderr,
            preexec_fn=pipes_as_3_and_4,
            close_fds=False,  # noqa: PLW1509
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer, self.next_id = b"", 0
        try:
            target = self.call("Target.createTarget", url="about:blank")["targetId"]
            self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.call("Browser.close", session=False)
            self.proc.wait(timeout=15)
        except Exception:  # noqa: BLE001 - a browser that will not close is killed
            self.proc.kill()
            self.proc.wait()
        finally:
            os.close(self.to_chrome)
            os.close(self.from_chrome)
            self.stderr.seek(0)
            self.log = self.stderr.read()
            self.stderr.close()
            try:
                self.page_requests = page_requests(Path(self.tmp.name) / "net.json")
            finally:
                self.tmp.cleanup()

    def call(self, method: str, session: bool = True, timeout: float = 30, **params: object) -> dict:
        self.next_id += 1
        message: dict[str, object] = {"id": self.next_id, "method": method, "params": params}
        if session and hasattr(self, "session"):
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" not in self.buffer:
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise RuntimeError(f"no answer from chromium to {method}")
                if select.select([self.from_chrome], [], [], min(left, 1.0))[0]:
                    chunk = os.read(self.from_chrome, 1 << 16)
                    if not chunk:
                        raise RuntimeError(f"chromium closed the protocol pipe during {method}")
                    self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def evaluate(self, expression: str) -> object:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 15) -> bool:
        """Poll `expression` until it is truthy; False if it never was within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.evaluate(expression):
                return True
            time.sleep(0.1)
        return False

    def goto(self, url: str) -> None:
        self.call("Page.navigate", url=url)

    def dom(self) -> str:
        return str(self.evaluate("document.documentElement.outerHTML"))

    def resize(self, height: int) -> None:
        self.call("Emulation.setDeviceMetricsOverride", width=1280, height=height, deviceScaleFactor=1, mobile=False)

    def screenshot(self, path: Path) -> None:
        """PNG of the viewport."""
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))
