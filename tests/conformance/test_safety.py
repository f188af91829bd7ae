"""The suite is safe against a live store. A sandbox stands in for the live store (ALLOMANCY_ASSUME_LIVE=1):

- without --allow-writes it sends only GETs (checked in the server's access log), apart from the inert
  hostile-input cases (contract_tests/test_hostile.py: writes that cannot authenticate or parse, aimed at
  unknown ids), which must all be refused with a 4xx; and it honours 429 + Retry-After from a rate-limited
  server and still passes;
- with --allow-writes it changes nothing that existed before except the named customer, whom it puts back
  (checked by reading every store's objects before and after the run).
"""

from __future__ import annotations

import re

import httpx
import pytest

from .runner import ALL_PHASES, run_against

pytestmark = pytest.mark.conformance_selftest

WRITE_LINE = re.compile(r'"(POST|PUT|DELETE|PATCH) /')
REFUSED = re.compile(r'HTTP/[0-9.]+" 4\d\d ')  # the inert hostile-input writes: refused before doing anything
WRITE_CUSTOMER = "brass.vin"  # a customer of the first seeded store only


def test_read_only_against_a_live_store_sends_only_reads_and_honours_429() -> None:
    run = run_against(
        "allomancy_sandbox",
        server_env={"SANDBOX_RATE_LIMIT": "150", "SANDBOX_RATE_BURST": "150"},
        suite_env={"ALLOMANCY_ASSUME_LIVE": "1", "ALLOMANCY_MAX_RPS": "0", **ALL_PHASES},  # coverage probes too
    )
    assert run.code == 0, f"the read-only run failed:\n{run.output[-6000:]}"
    writes = [line for line in run.server_log.splitlines() if WRITE_LINE.search(line) and not REFUSED.search(line)]
    assert not writes, f"{len(writes)} write requests reached the 'live' server, e.g. {writes[:3]}"
    assert run.summary.get("throttled", 0) > 0, "the rate-limited server never answered 429: the test proves nothing"
    notes = " ".join(run.summary.get("notes", []))
    assert "write operations are off" in notes and "read operations only" in notes, notes
    assert not run.leaks(), run.leaks()


def snapshot(base_url: str, keys: dict) -> dict[str, dict[str, dict]]:
    """Every listable object of every store, by (store, kind, id)."""
    state: dict[str, dict[str, dict]] = {}
    with httpx.Client(base_url=base_url, timeout=30) as http:
        for store in keys["stores"]:
            headers = {"X-API-Key": store["keys"]["all"]}

            def rows(path: str) -> list[dict]:
                response = http.get(path, params={"limit": 1000}, headers=headers)  # noqa: B023
                response.raise_for_status()
                return response.json()["data"]

            customers = rows("/v1/customers")
            kinds = {
                "customer": {c["uuid"]: c for c in customers},
                "product": {p["id"]: p for p in rows("/v1/products")},
                "category": {c["id"]: c for c in rows("/v1/categories")},
                "coupon": {c["id"]: c for c in rows("/v1/coupons")},
                "giftcard": {g["id"]: g for c in customers for g in rows(f"/v1/customers/{c['uuid']}/giftcards")},
            }
            for kind, objects in kinds.items():
                state[f"{store['id']}/{kind}"] = objects
    return state


def test_writes_against_a_live_store_touch_only_own_objects_and_the_named_customer() -> None:
    captured: dict[str, dict] = {}

    def before(server) -> None:  # type: ignore[no-untyped-def]
        captured["before"] = snapshot(server.base_url, server.keys)

    def after(server, run) -> None:  # type: ignore[no-untyped-def]
        captured["after"] = snapshot(server.base_url, server.keys)

    run = run_against(
        "allomancy_sandbox",
        suite_env={
            "ALLOMANCY_ASSUME_LIVE": "1",
            "ALLOMANCY_ALLOW_WRITES": "1",
            "ALLOMANCY_MAX_RPS": "0",
            "ALLOMANCY_WRITE_CUSTOMER": WRITE_CUSTOMER,
        },
        before=before,
        after=after,
    )
    assert run.code == 0, f"the guarded write run failed:\n{run.output[-6000:]}"
    changed = []
    for collection, objects in captured["before"].items():
        now = captured["after"][collection]
        changed += [f"{collection}/{oid}" for oid, obj in objects.items() if now.get(oid) != obj]
    assert not changed, f"pre-existing objects changed (the named customer included: it must be put back): {changed}"
    created = sum(len(set(captured["after"][c]) - set(objects)) for c, objects in captured["before"].items())
    assert created > 0, "the run created no objects of its own: the write layers did not run"
    assert not run.leaks(), run.leaks()
