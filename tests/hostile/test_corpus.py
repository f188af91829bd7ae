"""Hostile-input corpus, sent over real HTTP (raw sockets, byte-exact) to a sandbox subprocess.

Every case must get a 4xx problem+json (Content-Type application/problem+json, `status` member equal
to the HTTP status, a code from the spec's list, and the code the rules call for), never a 5xx,
never an echoed key, and must change no state: the whole database file and the API view of the
target customer are compared before and after each case. Most cases aim a VALID write at the
target (e.g. `{"delta": 1}` on increment-credit) and make one thing hostile, so a sandbox that let
the hostile part through would visibly change a balance.

Requests the HTTP layer (uvicorn/h11) refuses before the app runs are in PARSER_CASES: they must be
a 400 problem+json too (the sandbox's own h11 protocol class, sandbox/http11.py) and change nothing.

The corpus itself (ALL_CASES, PARSER_CASES) lives in allomancy_conformance/corpus.py: the conformance suite sends its
inert part to any server (allomancy_conformance/layers/test_hostile.py).
"""

from __future__ import annotations

import pytest

from allomancy_conformance.corpus import ALL_CASES, AUTH, INC, JA, KEY, ONE, PARSER_CASES, C, Case, request_bytes
from allomancy_conformance.corpus import render as render_request
from allomancy_conformance.launcher import SandboxProcess
from allomancy_conformance.rawhttp import RawResponse, build, exchange

from .conftest import TARGET, Guard
from .support import assert_problem

# ---------------------------------------------------------------------------------------------- running cases


@pytest.fixture(scope="module")
def card_id(box: SandboxProcess, guard: Guard) -> bytes:
    response = guard.client.get(f"/v1/customers/{TARGET}/giftcards", headers={"X-API-Key": guard.key})
    cards = [c for c in response.json()["data"] if not c["redeemed"]]
    assert cards, "the target customer needs an unredeemed gift card"
    return str(cards[0]["id"]).encode()


def render(box: SandboxProcess, request: bytes, card: bytes) -> bytes:
    return render_request(
        request, key=box.key("all"), key2=box.key("all", store=1), card=card.decode(), customer=TARGET, host="127.0.0.1"
    )


def send(box: SandboxProcess, c: Case, card: bytes) -> RawResponse:
    return exchange(box.port, render(box, request_bytes(c), card), timeout=15, half_close=c.half_close)


def test_corpus_is_large_and_ids_are_unique() -> None:
    ids = [c.id for c in ALL_CASES]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    assert len(ALL_CASES) >= 250


@pytest.mark.parametrize("c", ALL_CASES, ids=lambda c: c.id)
def test_hostile_request_is_a_harmless_4xx_problem(box: SandboxProcess, guard: Guard, card_id: bytes, c: Case) -> None:
    before = guard.take()
    response = send(box, c, card_id)
    assert not response.timed_out and response.status, f"no response: {response.raw[:200]!r}"
    assert response.status < 500, f"5xx: {response.status} {response.body[:300]!r}"
    assert_problem(response.status, response.header("content-type"), response.body, c.status, c.code)
    for header in ("x-injected", "set-cookie"):
        assert response.header(header) is None, f"injected response header {header}"
    guard.assert_unchanged(before, c.id)


# ---------------------------------------------------------------------------------------------- parser level


@pytest.mark.parametrize("name", sorted(PARSER_CASES))
def test_parser_level_rejection_is_a_harmless_400_problem(
    box: SandboxProcess, guard: Guard, card_id: bytes, name: str
) -> None:
    before = guard.take()
    response = exchange(box.port, render(box, PARSER_CASES[name], card_id), timeout=15)
    assert not response.timed_out and response.status == 400, (response.status, response.raw[:300])
    assert response.header("x-injected") is None
    assert b"allo_test_" not in response.raw
    assert_problem(response.status, response.header("content-type"), response.body, 400)
    guard.assert_unchanged(before, name)


# ---------------------------------------------------------------------------------------------- connection level


def test_truncated_body_then_close_is_not_applied(box: SandboxProcess, guard: Guard, card_id: bytes) -> None:
    """Content-Length 100 but only a complete-looking JSON object is sent, then the client half-closes."""
    before = guard.take()
    request = build(b"POST", INC, [*JA, (b"Content-Length", b"100")], ONE, content_length=False)
    response = exchange(box.port, render(box, request, card_id), timeout=10, half_close=True)
    assert response.status == 0 or 400 <= response.status < 500, (response.status, response.raw[:200])
    guard.assert_unchanged(before, "truncated body")


def test_truncated_headers_then_close_is_not_applied(box: SandboxProcess, guard: Guard, card_id: bytes) -> None:
    before = guard.take()
    request = b"POST " + INC + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-API-Key: " + KEY
    response = exchange(box.port, render(box, request, card_id), timeout=10, half_close=True)
    assert response.status == 0 or 400 <= response.status < 500
    guard.assert_unchanged(before, "truncated headers")


def test_large_ignored_body_on_bodyless_operation_keeps_the_connection_usable(
    box: SandboxProcess, guard: Guard, card_id: bytes
) -> None:
    """unban takes no body (the spec: ignored). A 1 MiB body must not wedge the connection: the next
    request pipelined on it is answered. (The target is not banned in store 1, so unban changes nothing.)"""
    before = guard.take()
    unban = b"/v1/customers/" + C + b"/actions/unban"
    first = build(b"POST", unban, [(b"Content-Type", b"text/plain"), AUTH], b"x" * (1 << 20), close=False)
    second = build(b"GET", b"/v1/customers/" + C + b"/credit", [AUTH], close=True)
    response = exchange(box.port, render(box, first + second, card_id), timeout=15)
    assert 200 <= response.status < 500, (response.status, response.raw[:300])
    assert response.raw.count(b"HTTP/1.1 ") in (1, 2)  # the server may close after an unread body, never 5xx
    assert b"HTTP/1.1 5" not in response.raw
    guard.assert_unchanged(before, "ignored body")


def test_the_server_survived_the_corpus(box: SandboxProcess, guard: Guard) -> None:
    assert box.alive()
    response = guard.client.get("/v1/store", headers={"X-API-Key": guard.key})
    assert response.status_code == 200
    _, request_log = box.split_log()
    assert "Traceback" not in request_log and "internal error" not in request_log
