"""Layer 7, hostile input: the corpus of ../corpus.py (malformed JSON, wrong media types, sizes, nesting,
NaN/Infinity, integers at the int32/2^53/int64/uint64 edges, invalid UTF-8, long inputs, traversal and encoded
slashes, duplicate and broken keys, CR/LF injection, odd methods and framing), sent byte-exact over raw sockets.

Every case must get a 4xx (never a 5xx, never a 2xx/3xx) that is application/problem+json with `status` equal to
the HTTP status and a `code` from the spec's Problem list (and the status and code the corpus expects), must not
echo a key or let an injected header through, and must change nothing: the target customer (profile, credit, gift
cards) is read back through the API before and after each group of cases.

Against a live store without --allow-writes (settings.writes is False) only inert cases are sent (corpus.inert: a
read method, a key that cannot authenticate, or a body no JSON parser reads), and every write among them is aimed
at unknown ids, so even a server that wrongly accepted one would have nothing to change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest

from allomancy_conformance.rawhttp import RawResponse, exchange

from .. import corpus, findings, problems, run_keys, session
from ..assertions import ok
from ..customer_snapshot import CustomerState
from ..fixtures import writable_customer
from ..problems import spec_problem_codes
from ..tally import PROBLEM_LAYER, TALLY

pytestmark = [pytest.mark.problems, pytest.mark.hostile]

GROUPS = sorted(corpus.GROUPS)
INJECTED_HEADERS = ("x-injected", "set-cookie")


@dataclass(frozen=True)
class Target:
    host: str
    port: int
    tls: bool
    host_header: str
    customer: str  # read back before and after each group
    values: dict[str, str]  # placeholder values: key, key2, card, customer, host
    decoy: bool  # writes are aimed at unknown ids (a live store without --allow-writes)


@pytest.fixture(scope="module")
def target(suite_session: session.Session, api, settings, catalog, keys) -> Target:
    parts = urlsplit(suite_session.base_url)
    tls = parts.scheme == "https"
    customer = writable_customer(settings, catalog)
    decoy = not settings.writes
    cards = ok(api.call("listCustomerGiftCards", path={"identifier": customer}, params={"limit": 1000}))["data"]
    card = next((str(c["id"]) for c in cards if not c["redeemed"]), None)
    values = {
        "key": keys.all_key,
        "key2": keys.other_store_key or run_keys.unknown_key(keys.all_key),
        "card": str(uuid.uuid4()) if decoy or card is None else card,
        "customer": str(uuid.uuid4()) if decoy else customer,
        "host": parts.netloc,
    }
    return Target(
        parts.hostname or "127.0.0.1", parts.port or (443 if tls else 80), tls, parts.netloc, customer, values, decoy
    )


def view(api, identifier: str) -> tuple[Any, ...]:
    """What the API says about one customer: profile, credit and every gift card (the tests/hostile api_view)."""
    path = {"identifier": identifier}
    return (
        ok(api.call("getCustomer", path=path)),
        ok(api.call("getCustomerCredit", path=path)),
        ok(api.call("listCustomerGiftCards", path=path, params={"limit": 1000}))["data"],
    )


def send(suite_session: session.Session, target: Target, request: bytes) -> RawResponse:
    """One raw exchange, paced, re-sent after Retry-After on a 429 (the suite's Pacer)."""
    attempt = 0
    while True:
        suite_session.pacer.wait_turn()
        response = exchange(target.port, request, timeout=30, host=target.host, tls=target.tls)
        headers = {name.lower(): value for name, value in response.headers}
        if response.status == 429:  # judged before it is re-sent
            findings.record_throttle(
                suite_session.rules,
                operation_of(suite_session, request),
                headers,
                headers.get("content-type"),
                response.body,
            )
        delay = suite_session.pacer.retry_delay(response.status, headers, attempt)
        if delay is None:
            return response
        suite_session.pacer.sleep(delay)
        attempt += 1


def operation_of(suite_session: session.Session, request: bytes) -> str | None:
    line = request.split(b"\r\n", 1)[0].split(b" ")
    if len(line) < 2:
        return None
    operation = suite_session.index.match(line[0].decode("latin-1"), line[1].split(b"?", 1)[0].decode("latin-1"))
    return operation.id if operation else None


def judge(c: corpus.Case, response: RawResponse, secrets: tuple[str, ...], codes: dict[str, int]) -> list[str]:
    """Why this answer breaks the hostile-input rules (empty when it does not)."""
    if response.timed_out or not response.status:
        return [f"no response ({'timed out' if response.timed_out else 'closed'}): {response.raw[:120]!r}"]
    status = response.status
    found = []
    if not 400 <= status < 500:
        found.append(f"answered {status}, not a 4xx")
    found += problems.violations(status, response.header("content-type"), response.body)
    code = problems.code_of(response.body)
    if code is not None and code not in codes:
        found.append(f"code {code!r} is not in the spec's Problem list")
    elif code is not None and codes[code] != status:
        found.append(f"code {code!r} belongs to status {codes[code]}, not {status}")
    if status != c.status:
        found.append(f"status {status} ({code}), the rules call for {c.status}")
    allowed = {c.code} if isinstance(c.code, str) else c.code
    if allowed is not None and code not in allowed:
        found.append(f"code {code!r}, the rules call for {sorted(allowed)}")
    found += [f"injected response header {name}" for name in INJECTED_HEADERS if response.header(name) is not None]
    if any(secret.encode() in response.raw for secret in secrets):
        found.append("the response echoes an API key")
    return found


def test_corpus_ids_are_unique() -> None:
    ids = [c.id for cases in corpus.GROUPS.values() for c in cases]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


SENT: dict[str, int] = {"sent": 0, "of": 0}


@pytest.fixture(scope="module", autouse=True)
def _note_read_only_subset(target: Target):
    yield
    if target.decoy and SENT["of"]:
        TALLY.note(
            f"hostile corpus: read-only target: {SENT['sent']} of {SENT['of']} cases sent (the inert ones: "
            "read methods, keys that cannot authenticate, unparseable bodies; writes aimed at unknown ids)"
        )


@pytest.mark.parametrize("group", GROUPS)
def test_hostile_input_is_a_harmless_4xx_problem(suite_session, api, settings, target, group):
    cases = corpus.GROUPS[group]
    chosen = [c for c in cases if corpus.inert(c)] if target.decoy else cases
    SENT["sent"] += len(chosen)
    SENT["of"] += len(cases)
    if not chosen:
        pytest.skip(f"no inert case in group {group}")
    codes = spec_problem_codes(settings.spec_path)
    secrets = suite_session.keyring.secrets()
    state = CustomerState.take(api, target.customer) if settings.writes else None
    before = view(api, target.customer)
    failures = []
    for c in chosen:
        request = corpus.render(corpus.request_bytes(c), **target.values)
        op = operation_of(suite_session, request)
        TALLY.case(op)
        found = judge(c, send(suite_session, target, request), secrets, codes)
        TALLY.checked(op, PROBLEM_LAYER)
        if found:
            failures.append(f"{c.id}: " + "; ".join(found))
            rule = findings.problem_rule(suite_session.rules, op, c.status)
            repro = findings.raw_repro(request, target.host, target.port, target.tls)
            TALLY.find(op, rule, f"{c.id}: " + "; ".join(found), layer=PROBLEM_LAYER, repro=repro)
    after = view(api, target.customer)
    if after != before:
        failures.append(f"the customer {target.customer} changed: {before} -> {after}")
        TALLY.find(None, findings.problem_rule(suite_session.rules, None, 400), failures[-1], layer=PROBLEM_LAYER)
        if state is not None:
            state.restore(api)
    assert not failures, f"{len(failures)} of {len(chosen)} {group} cases failed:\n  " + "\n  ".join(failures[:15])
