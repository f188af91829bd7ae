"""Fresh stores for CI jobs sharing one sandbox (POST /admin/fresh-store, `allomancy-sandbox fresh-store`), large
generated stores (`allomancy-sandbox seed --customers N`), and two conformance suites at once against one sandbox,
each on its own fresh stores."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import allomancy_spec
from allomancy_conformance.launcher import SandboxProcess, launch

ADMIN = "test-admin-secret-0123456789"
SANDBOX = [sys.executable, "-m", "allomancy_sandbox"]
REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def box() -> Iterator[SandboxProcess]:
    sandbox = launch({"SANDBOX_ADMIN_SECRET": ADMIN}, prefix="allomancy-fresh-")
    try:
        yield sandbox
    finally:
        sandbox.cleanup()


def fresh(box: SandboxProcess, secret: str | None = ADMIN) -> httpx.Response:
    headers = {"X-Admin-Secret": secret} if secret is not None else {}
    return httpx.post(f"{box.base_url}/admin/fresh-store", headers=headers, timeout=30)


def credit(base_url: str, key: str, customer: str) -> int:
    response = httpx.get(f"{base_url}/v1/customers/{customer}/credit", headers={"X-API-Key": key}, timeout=10)
    assert response.status_code == 200, response.text
    return int(response.json()["credit"])


def test_admin_endpoint_needs_the_secret(box: SandboxProcess) -> None:
    for secret in (None, "wrong", ADMIN + "x"):
        response = fresh(box, secret)
        assert response.status_code == 401, response.text
        assert response.headers["content-type"] == "application/problem+json"
    assert httpx.get(f"{box.base_url}/admin/fresh-store", timeout=10).status_code == 405


def test_admin_endpoint_does_not_exist_without_a_secret() -> None:
    sandbox = launch(prefix="allomancy-noadmin-")
    try:
        response = fresh(sandbox)
        assert response.status_code == 404
        assert response.json()["code"] == "route_not_found"
    finally:
        sandbox.cleanup()


def test_fresh_stores_are_seeded_and_isolated_from_each_other(box: SandboxProcess) -> None:
    first, second = fresh(box), fresh(box)
    assert first.status_code == second.status_code == 201, (first.text, second.text)
    a, b = first.json(), second.json()
    assert len(a["stores"]) == len(b["stores"]) == 2
    ids = {s["id"] for doc in (a, b) for s in doc["stores"]} | {s["id"] for s in box.keys["stores"]}
    assert len(ids) == 6, "every fresh store has its own id"
    key_a, key_b, key_demo = a["stores"][0]["keys"]["all"], b["stores"][0]["keys"]["all"], box.key("all")
    assert set(a["stores"][0]["keys"]) == set(box.keys["stores"][0]["keys"]), "the same demo keys as the seed"
    before = [credit(box.base_url, key, "aether.ash") for key in (key_a, key_b, key_demo)]
    assert before[0] == before[1] == before[2], "a fresh store starts from the demo seed"
    response = httpx.post(
        f"{box.base_url}/v1/customers/aether.ash/actions/increment-credit",
        headers={"X-API-Key": key_a},
        json={"delta": 7},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    after = [credit(box.base_url, key, "aether.ash") for key in (key_a, key_b, key_demo)]
    assert after == [before[0] + 7, before[1], before[2]], "a write in one fresh store is seen in no other store"


def test_fresh_store_command_writes_a_keys_file(tmp_path: Path) -> None:
    db, keys = tmp_path / "s.db", tmp_path / "keys.json"
    env = {**os.environ, "SANDBOX_DB": str(db)}
    done = subprocess.run([*SANDBOX, "fresh-store", "--keys-file", str(keys)], env=env, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    document = json.loads(keys.read_text())
    assert [len(s["keys"]) > 0 for s in document["stores"]] == [True, True]
    assert oct(keys.stat().st_mode & 0o777) == "0o600"
    listing = subprocess.run([*SANDBOX, "keys", "list", "--json"], env=env, capture_output=True, timeout=60)
    stores = {k["storeId"] for k in json.loads(listing.stdout)}
    assert {s["id"] for s in document["stores"]} <= stores


def test_seed_customers_adds_pages_of_generated_customers(tmp_path: Path) -> None:
    workdir = tmp_path / "box"
    workdir.mkdir()
    env = {**os.environ, "SANDBOX_DB": str(workdir / "sandbox.db")}
    done = subprocess.run([*SANDBOX, "seed", "--customers", "2500"], env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert b"added 2500 customers, 25 products, 2 coupons and 250 gift cards" in done.stdout
    again = subprocess.run([*SANDBOX, "seed", "--customers", "10"], env=env, capture_output=True, timeout=120)
    assert again.returncode == 1 and b"already holds generated customers" in again.stderr
    sandbox = launch(workdir=workdir)
    try:
        headers = {"X-API-Key": sandbox.key("all")}

        def fetch(cursor: str | None) -> dict[str, Any]:
            query = {"limit": 100, "newsSubscriber": "true", **({"cursor": cursor} if cursor else {})}
            answer = httpx.get(f"{sandbox.base_url}/v1/customers", params=query, headers=headers, timeout=10)
            page: dict[str, Any] = answer.json()
            return page

        pages = allomancy_spec.follow_cursors(fetch, max_pages=50)
        seen = [customer["username"] for page in pages for customer in page["data"]]
        generated = [name for name in seen if name.startswith("bulk.c")]
        assert len(generated) == 1250 and len(set(seen)) == len(seen)
        one = httpx.get(f"{sandbox.base_url}/v1/customers/bulk.c0002499", headers=headers, timeout=10)
        assert one.status_code == 200 and one.json()["newsSubscriber"] is True
    finally:
        sandbox.cleanup()


@pytest.mark.slow
def test_two_conformance_suites_at_once_against_one_sandbox(box: SandboxProcess) -> None:
    """Two CI jobs share one sandbox: each suite takes fresh stores (--fresh-store) and both pass."""
    base = {
        **{k: v for k, v in os.environ.items() if not k.startswith("ALLOMANCY_")},
        "ALLOMANCY_BASE_URL": box.base_url,
        "ALLOMANCY_ADMIN_SECRET": ADMIN,
        "ALLOMANCY_EXAMPLES": "3",
        "ALLOMANCY_STATEFUL_EXAMPLES": "2",
        "ALLOMANCY_PHASES": "examples,fuzzing",
    }
    runs = []
    with tempfile.TemporaryDirectory(prefix="parallel-suites-") as tmp:
        for index in range(2):
            env = {**base, "ALLOMANCY_SEED": str(index + 1), "ALLOMANCY_REPORTS_DIR": f"{tmp}/reports{index}"}
            out = open(f"{tmp}/out{index}.txt", "w+")  # noqa: SIM115 - closed below
            process = subprocess.Popen(
                [sys.executable, "-m", "allomancy_conformance", "--fresh-store"],
                env=env,
                cwd=REPO_ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
            runs.append((process, out))
        deadline = time.monotonic() + 280
        codes = []
        for process, out in runs:
            try:
                codes.append(process.wait(timeout=max(1.0, deadline - time.monotonic())))
            except subprocess.TimeoutExpired:
                process.kill()
                codes.append(process.wait())
            out.seek(0)
            text = out.read()
            out.close()
            assert codes[-1] == 0, text[-3000:]
    assert box.alive()


def test_a_fresh_store_carries_the_customer_page_data_under_its_own_ids(box: SandboxProcess) -> None:
    """A fresh pair gets the customer surface's seed too (purchases, news, dated credit), not only the key surface's."""
    seen: dict[str, set[str]] = {}
    for document in (box.keys, fresh(box).json()):
        store = document["stores"][0]
        assert set(store["customerTokens"]) == {"expired", "revoked"}
        key = store["keys"]["all"]
        minted = httpx.post(
            f"{box.base_url}/v1/customer-tokens",
            json={"customerIdentifier": "aether.ash"},
            headers={"X-API-Key": key},
            timeout=10,
        )
        assert minted.status_code == 200, minted.text
        token = {"X-Customer-Token": minted.json()["token"]}
        rows = httpx.get(f"{box.base_url}/v1/customer/transactions", headers=token, timeout=10).json()["data"]
        news = httpx.get(f"{box.base_url}/v1/customer/news", headers=token, timeout=10).json()["data"]
        assert rows and news
        assert {row["storeId"] for row in rows} == {store["id"]}
        seen[store["id"]] = {row["id"] for row in rows}
    first, second = seen.values()
    assert len(first) == len(second) and not first & second  # the same purchases, under new ids
