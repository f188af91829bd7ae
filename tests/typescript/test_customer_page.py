"""The example customer page (examples/customer-page/) in a real browser, against a real sandbox.

The page is bundled with esbuild (scripts/build_ts.py page) and served from one loopback port; the sandbox runs on
another, with that page origin configured for the store (SANDBOX_PAGE_ORIGINS), so a minted URL opens the page.
Playwright drives the installed Chromium (tests/chromium.py). What the page shows is compared with what the
Python client reads: the key surface for what the key can see (profile, credit, cards), the customer surface
with the same token for the rest (lots, transactions, news). Screenshots go next to the docs' screenshots, in dist/.
"""

from __future__ import annotations

import functools
import http.server
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from allomancy_client import Allomancy, AllomancyCustomer
from allomancy_conformance.launcher import SandboxProcess, free_port, launch
from allomancy_sandbox.seed_ids import STORE1
from tests.chromium import chromium, local_only
from tests.docs.conftest import DIST

ROOT = Path(__file__).resolve().parents[2]
STORE = STORE1  # the store whose page origin the tests configure (the keys file's first store)
CUSTOMER = "resident.username"
RECEIVER = "aether.ash"  # another customer of the store (transfer target)
SHOT = "customer-page.png"
EXPIRED_SHOT = "customer-page-expired-token.png"

pytestmark = pytest.mark.node


class StaticServer:
    """The built page over HTTP on a loopback port, in a thread."""

    def __init__(self, folder: Path) -> None:
        handler = functools.partial(QuietHandler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> StaticServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass


@dataclass
class World:
    page_origin: str  # the origin the store has configured
    stranger_origin: str  # the same page, served from an origin no store configured
    sandbox: SandboxProcess
    browser: Browser

    @property
    def key(self) -> Allomancy:
        return Allomancy(self.sandbox.keys["stores"][0]["keys"]["all"], self.sandbox.base_url)

    def mint(self) -> str:
        with self.key as api:
            return api.customer_tokens.mint(customer_identifier=CUSTOMER).url

    def opened(self, minted: str, origin: str | None = None) -> str:
        """The minted URL with the page's origin (when given) and the sandbox as the page's API (?api=)."""
        match = re.fullmatch(r"(https?://[^/]+)/#ct=(\S+)", minted)
        assert match, minted
        return f"{origin or match.group(1)}/?api={self.sandbox.base_url}#ct={match.group(2)}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("customer-page")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_ts.py"), "page", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="module")
def world(built: Path) -> Iterator[World]:
    with StaticServer(built) as page, StaticServer(built) as stranger, chromium() as browser:
        sandbox = launch({"SANDBOX_PAGE_ORIGINS": f"{STORE}={page.origin}"}, prefix="allomancy-page-")
        try:
            yield World(page.origin, stranger.origin, sandbox, browser)
        finally:
            sandbox.cleanup()


def shown(tab: Any, selector: str, attributes: tuple[str, ...]) -> list[dict[str, str]]:
    """The given data-* attributes of every element matching the selector, in page order."""
    script = "(els, names) => els.map(e => Object.fromEntries(names.map(n => [n, e.getAttribute('data-' + n)])))"
    return list(tab.eval_on_selector_all(selector, script, list(attributes)))


def ready(tab: Any) -> None:
    tab.wait_for_selector("body[data-state=ready]")


def test_the_minted_url_opens_the_page_and_it_shows_what_the_api_reads(world: World) -> None:
    minted = world.mint()
    assert minted.startswith(world.page_origin + "/#ct="), "the mint URL uses the store's configured page origin"
    token = minted.rsplit("#ct=", 1)[1]
    with local_only(world.browser, height=1400) as watched:
        tab = watched.page
        tab.goto(world.opened(minted))
        ready(tab)
        assert "#ct=" not in tab.url, "the page takes the token out of the address bar"
        DIST.mkdir(exist_ok=True)
        tab.screenshot(path=str(DIST / SHOT), full_page=True)

        with world.key as api, AllomancyCustomer(token, world.sandbox.base_url) as me:
            profile, context = me.customer_page.get_profile(), me.customer_page.get_context()
            account = me.customer_page.get_account()
            credit = api.credit.get(CUSTOMER)
            key_cards = {str(card.id): card for card in api.gift_cards.iter(CUSTOMER)}
            transactions = [str(row.id) for row in me.customer_page.iter_transactions()]
            news = [str(post.id) for post in me.customer_page.iter_news()]
            unread = me.customer_page.get_news_unread()

        assert tab.get_attribute("[data-username]", "data-username") == profile.username == CUSTOMER
        assert tab.text_content("#brand") == context.brand.name
        assert [s["store-id"] for s in shown(tab, "#stores li", ("store-id",))] == [str(s.id) for s in context.stores]

        boxes = {
            b["store-id"]: b for b in shown(tab, "#balances .account", ("store-id", "credit", "restricted-credit"))
        }
        assert sorted(boxes) == sorted(str(acc.store_id) for acc in account.accounts)
        mine = boxes[world.sandbox.keys["stores"][0]["id"]]
        assert (int(mine["credit"]), int(mine["restricted-credit"])) == (credit.credit, credit.restricted_credit)
        lots = shown(tab, "#balances .account li", ("amount", "expires-at", "restricted"))
        expected_lots = [
            {"amount": str(lot.amount), "expires-at": lot.expires_at.isoformat().replace("+00:00", "Z"),
             "restricted": "" if lot.restricted else None}
            for acc in account.accounts for lot in (acc.credit_lots or [])
        ]  # fmt: skip
        assert lots == expected_lots and lots, "the dated lots are shown as the API lists them"

        cards = shown(tab, "#giftcards li[data-card-id]", ("card-id", "credit", "redeemed", "active"))
        assert cards, "the customer has gift cards"
        for card in cards:
            known = key_cards[card["card-id"]]
            assert int(card["credit"]) == known.credit
            assert (card["redeemed"] is not None, card["active"] is not None) == (known.redeemed, known.active)
        active = {cid for cid, card in key_cards.items() if card.active}
        assert active <= {card["card-id"] for card in cards}, "every active card the key sees is on the page"

        assert [
            r["transaction-id"] for r in shown(tab, "#transactions tr[data-transaction-id]", ("transaction-id",))
        ] == transactions
        assert [p["news-id"] for p in shown(tab, "#news li[data-news-id]", ("news-id",))] == news
        assert tab.get_attribute("#unread", "data-unread-total") == str(unread.total)

        api_calls = [r for r in watched.requests if r.url.startswith(world.sandbox.base_url)]
        sent = [r.all_headers() for r in api_calls if r.method != "OPTIONS"]
        assert sent and all(headers.get("x-customer-token") == token for headers in sent)
        assert not any("cookie" in headers for headers in sent), "credentials are omitted"
        assert watched.outside == [] and watched.errors == []


def test_redeeming_and_transferring_in_the_page_show_through_the_key(world: World) -> None:
    with local_only(world.browser) as watched:
        tab = watched.page
        tab.goto(world.opened(world.mint()))
        ready(tab)
        redeemable = tab.locator("#giftcards li[data-card-id]:has(button.redeem):not(:has(button.transfer))")
        assert redeemable.count() > 0, "the seed gives the customer a card to redeem"
        first = redeemable.first
        card_id, value = first.get_attribute("data-card-id"), int(first.get_attribute("data-credit") or 0)
        with world.key as api:
            before = api.credit.get(CUSTOMER).credit
            first.locator("button.redeem").click()
            tab.wait_for_selector(f'#giftcards li[data-card-id="{card_id}"][data-redeemed]')
            after = api.credit.get(CUSTOMER).credit
            assert after == before + value
            assert api.gift_cards.get(card_id).redeemed is True
            store_id = world.sandbox.keys["stores"][0]["id"]
            assert tab.get_attribute(f'#balances .account[data-store-id="{store_id}"]', "data-credit") == str(after)
            assert "Redeemed" in (tab.text_content("#status") or "")

            giftable = tab.locator("#giftcards li[data-card-id]:has(button.transfer)")
            assert giftable.count() > 0, "the seed gives the customer a transferable card"
            gift_id = giftable.first.get_attribute("data-card-id")
            assert gift_id is not None
            giftable.first.locator("input").fill(RECEIVER)
            giftable.first.locator("button.transfer").click()
            tab.wait_for_selector(f'#giftcards li[data-card-id="{gift_id}"]', state="detached")
            assert api.gift_cards.get(gift_id).owner_username == RECEIVER
            assert RECEIVER in (tab.text_content("#status") or "")
        assert watched.errors == []


def test_news_can_be_marked_seen_and_an_item_requested(world: World) -> None:
    with local_only(world.browser) as watched:
        tab = watched.page
        tab.goto(world.opened(world.mint()))
        ready(tab)
        requestable = tab.locator("#news li:has(button.request-item)")
        assert requestable.count() > 0, "the seed has a post with an on-demand item"
        requestable.first.locator("button.request-item").click()
        tab.wait_for_function("() => document.querySelector('#status').textContent.startsWith('Requested')")
        tab.click("#mark-seen")
        tab.wait_for_selector('#unread[data-unread-total="0"]', state="attached")
        assert watched.errors == []


def test_a_page_on_an_origin_the_store_did_not_configure_gets_no_data(world: World) -> None:
    with local_only(world.browser) as watched:
        tab = watched.page
        tab.goto(world.opened(world.mint(), origin=world.stranger_origin))
        tab.wait_for_selector("body[data-state=unreachable]")
        assert tab.eval_on_selector_all("#stores li, #balances .account, #giftcards li", "els => els.length") == 0
        assert tab.is_hidden("main")
        assert "could not be reached" in (tab.text_content("#status") or "")
        blocked = [line for line in watched.console if "blocked by CORS policy" in line]
        assert blocked, "the browser reports the CORS refusal:\n" + "\n".join(watched.console)


def test_an_expired_token_shows_the_401_message(world: World) -> None:
    expired = world.sandbox.keys["stores"][0]["customerTokens"]["expired"]
    with local_only(world.browser) as watched:
        tab = watched.page
        tab.goto(f"{world.page_origin}/?api={world.sandbox.base_url}#ct={expired}")
        tab.wait_for_selector("body[data-state=unauthorized]")
        assert "expired" in (tab.text_content("#status") or "")
        assert tab.is_hidden("main")
        tab.screenshot(path=str(DIST / EXPIRED_SHOT))
        assert watched.errors == []


def test_without_a_token_the_page_says_where_to_get_one(world: World) -> None:
    with local_only(world.browser) as watched:
        tab = watched.page
        tab.goto(f"{world.page_origin}/")
        tab.wait_for_selector("body[data-state=no-token]")
        assert not any(r.url.startswith(world.sandbox.base_url) for r in watched.requests)


def test_a_429_is_shown_and_the_page_waits_for_retry_after(world: World, built: Path) -> None:
    browser = world.browser
    with StaticServer(built) as page:
        sandbox = launch(
            {"SANDBOX_PAGE_ORIGINS": f"{STORE}={page.origin}", "SANDBOX_RATE_LIMIT": "3", "SANDBOX_RATE_BURST": "3"},
            prefix="allomancy-page-429-",
        )
        try:
            world = World(page.origin, page.origin, sandbox, browser)
            with local_only(browser) as watched:
                tab = watched.page
                tab.goto(world.opened(world.mint()))
                tab.wait_for_selector("#status.waiting[data-retry-after]")
                ready(tab)
                refused = [r for r in watched.responses if r.status == 429]
                assert refused and all(r.all_headers().get("retry-after") for r in refused)
                assert watched.errors == []
        finally:
            sandbox.cleanup()
