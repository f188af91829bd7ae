"""Security checks against a sandbox subprocess: no plaintext key in the database files or the request
log, store isolation on every operation (another store's key gets 404 for this store's objects and
changes nothing), and CORS closed unless configured."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import allomancy_spec
from allomancy_conformance.launcher import SandboxProcess, launch

from .conftest import Guard
from .support import KEY_MARKER, assert_problem, http_client

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC = REPO_ROOT / "openapi.yaml"


# ---------------------------------------------------------------------------------------------- keys at rest


@pytest.fixture(scope="module")
def cli_key(box: SandboxProcess) -> str:
    """A key minted with the key-management CLI on the running sandbox's database (never printed at start)."""
    env = {**os.environ, "SANDBOX_DB": str(box.db_path), "SANDBOX_KEYS_FILE": str(box.workdir / "cli-keys.json")}
    result = subprocess.run(  # noqa: S603 - fixed argv
        [
            sys.executable,
            "-m",
            "allomancy_sandbox",
            "keys",
            "create",
            "--store",
            "Crimson Forge",
            "--name",
            "hostile cli key",
            "--scopes",
            "all",
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    key = json.loads(result.stdout)["key"]
    assert key.startswith(KEY_MARKER)
    return str(key)


def _use_every_key(box: SandboxProcess, client: httpx.Client, extra: list[str]) -> list[str]:
    """Send requests with every key (valid, duplicated, forged, truncated) so any echo would show."""
    keys = box.all_keys() + extra
    for key in keys:
        client.get("/v1/store", headers={"X-API-Key": key})
        client.get("/v1/customers/nobody.here", headers={"X-API-Key": key})
        client.post(
            "/v1/customers/aether.ash/actions/increment-credit",
            headers={"X-API-Key": key},
            content=b"{",
        )
        client.get("/v1/store", headers=[("X-API-Key", key), ("X-API-Key", key)])
        client.get("/v1/store", params={"apiKey": key})  # a key misplaced in the URL must not reach the log
        client.get("/v1/store", headers={"X-API-Key": key[:-2] + "AA"})
        client.get("/v1/store", headers={"X-API-Key": key + "x"})
    all_key = box.key("all")
    response = client.post(
        "/v1/customers/aether.ash/actions/increment-credit", headers={"X-API-Key": all_key}, json={"delta": 1}
    )
    assert response.status_code == 200
    client.post("/v1/customers/aether.ash/actions/increment-credit", headers={"X-API-Key": all_key}, json={"delta": -1})
    return keys


def _fragments(key: str) -> list[str]:
    """The key and its payload and signature parts (each long enough to be unmistakable)."""
    payload, _, signature = key.removeprefix(KEY_MARKER).partition(".")
    return [key, payload, signature]


def test_no_plaintext_key_in_database_files(box: SandboxProcess, client: httpx.Client, cli_key: str) -> None:
    keys = _use_every_key(box, client, [cli_key])
    files = [p for p in box.workdir.iterdir() if p.name.startswith(box.db_path.name)]  # .db, -wal, -shm
    assert box.db_path in files and len(files) >= 2, files
    leaks = []
    for path in files:
        data = path.read_bytes()
        for key in keys:
            for fragment in _fragments(key):
                for encoded in (fragment.encode("ascii"), fragment.encode("utf-16-le")):
                    if encoded in data:
                        leaks.append(f"{path.name} holds {fragment[:14]}... ({len(fragment)} chars)")
    assert not leaks, leaks


def test_request_log_never_echoes_a_key(box: SandboxProcess, client: httpx.Client, cli_key: str) -> None:
    keys = _use_every_key(box, client, [cli_key])
    banner, request_log = box.split_log()
    assert box.key("all") in banner, "the start-up banner should list the demo keys (by design)"
    assert request_log.count(' - "') >= 10, "the request log should have access-log lines"
    assert KEY_MARKER not in request_log, [line for line in request_log.splitlines() if KEY_MARKER in line][:3]
    for key in keys:
        for fragment in _fragments(key):
            assert fragment not in request_log
    everything = banner + "\n" + request_log
    for fragment in _fragments(cli_key):  # a CLI-minted key is shown once, by the CLI, and never by the server
        assert fragment not in everything


# ---------------------------------------------------------------------------------------------- store isolation


def _list_all(client: httpx.Client, key: str, path: str, **params: Any) -> list[dict[str, Any]]:
    def fetch(cursor: str | None) -> dict[str, Any]:
        query = {"limit": 1000, **params, **({"cursor": cursor} if cursor else {})}
        response = client.get(path, headers={"X-API-Key": key}, params=query)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    return [row for page in allomancy_spec.follow_cursors(fetch, max_pages=100) for row in page["data"]]


class Stores:
    """Store 1's objects (discovered with store 1's key) and store 2's key."""

    def __init__(self, box: SandboxProcess, client: httpx.Client) -> None:
        self.k1, self.k2 = box.key("all", 0), box.key("all", 1)
        c = client
        self.store2_id = box.keys["stores"][1]["id"]
        s1_customers = {row["username"] for row in _list_all(c, self.k1, "/v1/customers")}
        s2_customers = {row["username"] for row in _list_all(c, self.k2, "/v1/customers")}
        self.only1 = sorted(s1_customers - s2_customers)[0]
        self.shared = sorted(s1_customers & s2_customers)[0]
        self.products1 = {row["id"] for row in _list_all(c, self.k1, "/v1/products")}
        self.product1 = sorted(self.products1)[0]
        self.categories1 = {row["id"] for row in _list_all(c, self.k1, "/v1/categories")}
        self.category1 = sorted(self.categories1)[0]
        self.category2 = _list_all(c, self.k2, "/v1/categories")[0]["id"]
        coupons1 = _list_all(c, self.k1, "/v1/coupons")
        self.coupons1 = {row["id"] for row in coupons1}
        active1 = [row for row in coupons1 if row["active"]]
        self.coupon1, self.code1, self.owner1 = active1[0]["id"], active1[0]["code"], active1[0]["couponOwnerUuid"]
        self.coupon2 = next(row for row in _list_all(c, self.k2, "/v1/coupons") if row["active"])["id"]
        self.cards1 = {
            row["id"]
            for name in sorted(s1_customers)
            for row in _list_all(c, self.k1, f"/v1/customers/{name}/giftcards")
        }
        self.card1 = next(row["id"] for row in _list_all(c, self.k1, f"/v1/customers/{self.shared}/giftcards"))
        self.tiers1 = client.get("/v1/loyalty/tiers", headers={"X-API-Key": self.k1}).json()
        first = client.get("/v1/customers", headers={"X-API-Key": self.k1}, params={"limit": 1}).json()
        self.cursor1 = first["pagination"]["nextCursor"]


@pytest.fixture(scope="module")
def stores(box: SandboxProcess, client: httpx.Client) -> Stores:
    return Stores(box, client)


Probe = tuple[str, str, dict[str, Any] | None, int, str | None]  # method, path, body, status, code


def isolation_probes(s: Stores) -> dict[str, list[Probe]]:
    """operationId -> requests made with STORE 2's key at store 1's objects, and the expected answer."""
    cust = f"/v1/customers/{s.only1}"
    act = f"{cust}/actions"
    shared_act = f"/v1/customers/{s.shared}/actions"
    nf_c = (404, "customer_not_found")
    product_body = {"name": "Cross-store hat", "price": 1}
    return {
        "getProduct": [("GET", f"/v1/products/{s.product1}", None, 404, "product_not_found")],
        "updateProduct": [("PUT", f"/v1/products/{s.product1}", product_body, 404, "product_not_found")],
        "deliverProduct": [
            (
                "POST",
                f"/v1/products/{s.product1}/actions/deliver",
                {"recipientIdentifier": s.shared},
                404,
                "product_not_found",
            )
        ],
        "getCategory": [("GET", f"/v1/categories/{s.category1}", None, 404, "category_not_found")],
        "updateCategory": [("PUT", f"/v1/categories/{s.category1}", {"name": "x"}, 404, "category_not_found")],
        "deleteCategory": [("DELETE", f"/v1/categories/{s.category1}", None, 404, "category_not_found")],
        "listCategoryProducts": [("GET", f"/v1/categories/{s.category1}/products", None, 404, "category_not_found")],
        "addProductToCategory": [
            ("PUT", f"/v1/categories/{s.category1}/products/{s.product1}", None, 404, "category_not_found"),
            ("PUT", f"/v1/categories/{s.category2}/products/{s.product1}", None, 404, "product_not_found"),
        ],
        "removeProductFromCategory": [
            ("DELETE", f"/v1/categories/{s.category1}/products/{s.product1}", None, 404, "category_not_found"),
            ("DELETE", f"/v1/categories/{s.category2}/products/{s.product1}", None, 404, "product_not_found"),
        ],
        "getCoupon": [("GET", f"/v1/coupons/{s.coupon1}", None, 404, "coupon_not_found")],
        "updateCoupon": [("PUT", f"/v1/coupons/{s.coupon1}", {"code": "STOLEN"}, 404, "coupon_not_found")],
        "applyCoupon": [
            ("POST", f"{act}/apply-coupon", {"couponId": s.coupon2, "scope": 0}, *nf_c),
            ("POST", f"{shared_act}/apply-coupon", {"couponId": s.coupon1, "scope": 0}, 404, "coupon_not_found"),
            ("POST", f"{shared_act}/apply-coupon", {"code": s.code1, "scope": 0}, 404, "coupon_not_found"),
            ("POST", f"{shared_act}/apply-coupon", {"couponOwnerUuid": s.owner1, "scope": 0}, 404, "coupon_not_found"),
            (
                "POST",
                f"{shared_act}/apply-coupon",
                {"couponId": s.coupon2, "scope": 1, "productId": s.product1},
                404,
                "product_not_found",
            ),
        ],
        "revokeCoupon": [
            ("POST", f"{act}/revoke-coupon", {"couponId": s.coupon2, "scope": 0}, *nf_c),
            # nothing of the key's store matches another store's coupon or product: 200 revoked false, no change
            ("POST", f"{shared_act}/revoke-coupon", {"couponId": s.coupon1, "scope": 0}, 200, None),
            (
                "POST",
                f"{shared_act}/revoke-coupon",
                {"couponId": s.coupon2, "scope": 1, "productId": s.product1},
                200,
                None,
            ),
        ],
        "getCustomer": [("GET", cust, None, *nf_c)],
        "updateCustomer": [("PUT", cust, {"discount": 99, "newsSubscriber": True}, *nf_c)],
        "getCustomerCredit": [("GET", f"{cust}/credit", None, *nf_c)],
        "getCustomerSpend": [("GET", f"{cust}/spend", None, *nf_c)],
        "setCustomerCredit": [("POST", f"{act}/set-credit", {"credit": 5}, *nf_c)],
        "setCustomerRestrictedCredit": [("POST", f"{act}/set-restricted-credit", {"credit": 5}, *nf_c)],
        "incrementCustomerCredit": [("POST", f"{act}/increment-credit", {"delta": 5}, *nf_c)],
        "incrementCustomerRestrictedCredit": [("POST", f"{act}/increment-restricted-credit", {"delta": 5}, *nf_c)],
        "grantGiftCard": [("POST", f"{act}/grant-gift-card", {"credit": 5}, *nf_c)],
        "banCustomer": [("POST", f"{act}/ban", {"reason": "cross-store"}, *nf_c)],
        "unbanCustomer": [("POST", f"{act}/unban", None, *nf_c)],
        "listCustomerGiftCards": [("GET", f"{cust}/giftcards", None, *nf_c)],
        "getGiftCard": [("GET", f"/v1/giftcards/{s.card1}", None, 404, "gift_card_not_found")],
        "updateGiftCard": [
            ("PUT", f"/v1/giftcards/{s.card1}", {"credit": 1, "active": True}, 404, "gift_card_not_found")
        ],
        "disableGiftCard": [("POST", f"/v1/giftcards/{s.card1}/actions/disable", None, 404, "gift_card_not_found")],
        # A body identifier that is not a customer of the key's store: 400 (the spec), never a token.
        "mintCustomerToken": [
            ("POST", "/v1/customer-tokens", {"customerIdentifier": s.only1}, 400, "unresolved_identifier")
        ],
        # A cursor issued to store 1 is not valid for store 2.
        "listCustomers": [("GET", f"/v1/customers?cursor={s.cursor1}", None, 400, "invalid_pagination")],
    }


# Operations with no store-1 object in the request: checked by what store 2's key gets BACK (below),
# or creations, which only ever create in the key's own store.
LIST_CHECKED = {
    "getStore",
    "listLoyaltyTiers",
    "listProducts",
    "listCategories",
    "listCoupons",
    "listCouponsByOwner",
    "listCustomers",
    "listCustomerGiftCards",
}
CREATES = {"createProduct", "createCategory", "createCoupon"}


def spec_operation_ids() -> set[str]:
    """The API-key operations. The customer surface takes no key: a token names one customer of one store, and
    its isolation (another customer's or another store's token) is tested in tests/sandbox/test_customer_surface.py."""
    spec = allomancy_spec.load(SPEC)
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in allomancy_spec.HTTP_METHODS and op["security"] != [{"customerToken": []}]
    }


def test_every_operation_is_covered_by_the_isolation_checks(stores: Stores) -> None:
    covered = set(isolation_probes(stores)) | LIST_CHECKED | CREATES
    assert covered == spec_operation_ids(), covered ^ spec_operation_ids()


def test_another_stores_key_gets_404_or_nothing_matched_and_changes_nothing(
    box: SandboxProcess, client: httpx.Client, guard: Guard, stores: Stores
) -> None:
    failures = []
    for op_id, probes in sorted(isolation_probes(stores).items()):
        for method, path, body, status, code in probes:
            before = guard.take()
            response = client.request(method, path, headers={"X-API-Key": stores.k2}, json=body)
            try:
                if status == 200:
                    assert (response.status_code, response.json()) == (200, {"revoked": False}), response.text
                else:
                    assert_problem(
                        response.status_code, response.headers.get("content-type"), response.content, status, code
                    )
                guard.assert_unchanged(before, f"{op_id} {method} {path}")
            except AssertionError as exc:
                failures.append(f"{op_id} {method} {path}: {exc}")
    assert not failures, "\n".join(failures)


def test_another_stores_lists_show_none_of_this_stores_objects(client: httpx.Client, stores: Stores) -> None:
    k2 = {"X-API-Key": stores.k2}
    store = client.get("/v1/store", headers=k2).json()
    assert store["id"] == stores.store2_id
    tiers = client.get("/v1/loyalty/tiers", headers=k2).json()
    assert isinstance(tiers, list) and (not stores.tiers1 or tiers != stores.tiers1)
    assert not {row["id"] for row in _list_all(client, stores.k2, "/v1/products")} & stores.products1
    assert not {row["id"] for row in _list_all(client, stores.k2, "/v1/coupons")} & stores.coupons1
    assert not {row["id"] for row in _list_all(client, stores.k2, "/v1/categories")} & stores.categories1
    owner_name = client.get(f"/v1/coupons/{next(iter(stores.coupons1))}", headers={"X-API-Key": stores.k1}).json()
    by_owner = _list_all(client, stores.k2, f"/v1/coupons/owner/{owner_name['couponOwnerUuid']}")
    assert not {row["id"] for row in by_owner} & stores.coupons1
    assert stores.only1 not in {row["username"] for row in _list_all(client, stores.k2, "/v1/customers")}
    shared_cards = _list_all(client, stores.k2, f"/v1/customers/{stores.shared}/giftcards")
    assert not {row["id"] for row in shared_cards} & stores.cards1
    one = client.get(f"/v1/customers/{stores.shared}", headers={"X-API-Key": stores.k1}).json()
    two = client.get(f"/v1/customers/{stores.shared}", headers=k2).json()
    assert one["uuid"] == two["uuid"]
    assert (one["credit"], one["restrictedCredit"], one["discount"]) != (
        two["credit"],
        two["restrictedCredit"],
        two["discount"],
    ), "the shared customer's store-2 record shows store 1's balances"


# ---------------------------------------------------------------------------------------------- CORS

ACAO = "access-control-allow-origin"
CORS_HEADERS = (
    ACAO,
    "access-control-allow-credentials",
    "access-control-allow-methods",
    "access-control-allow-headers",
    "access-control-expose-headers",
)


def _preflight(
    client: httpx.Client,
    origin: str,
    path: str = "/v1/customers/aether.ash/actions/increment-credit",
) -> httpx.Response:
    return client.options(
        path,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "x-api-key, content-type",
        },
    )


def test_cors_is_closed_by_default(box: SandboxProcess, client: httpx.Client) -> None:
    key = {"X-API-Key": box.key("all")}
    responses = [
        _preflight(client, "https://evil.example"),
        _preflight(client, "null", "/v1/store"),
        client.get("/v1/store", headers={**key, "Origin": "https://evil.example"}),
        client.get("/v1/store", headers={"Origin": "https://evil.example"}),  # 401
        client.post(
            "/v1/customers/aether.ash/actions/increment-credit",
            headers={**key, "Origin": "https://evil.example", "Content-Type": "text/plain"},
            content=b"x",
        ),
    ]
    for response in responses:
        present = [h for h in CORS_HEADERS if h in response.headers]
        assert not present, (response.request.method, response.request.url, present)
    assert responses[0].status_code == 405  # OPTIONS is not an operation: method_not_allowed problem+json
    assert_problem(
        responses[0].status_code,
        responses[0].headers.get("content-type"),
        responses[0].content,
        405,
        "method_not_allowed",
    )


@pytest.fixture(scope="module")
def cors_box() -> Iterator[SandboxProcess]:
    sandbox = launch({"SANDBOX_CORS_ORIGINS": "https://app.example"}, prefix="allomancy-cors-")
    try:
        yield sandbox
    finally:
        sandbox.cleanup()


def test_cors_opens_only_to_configured_origins(cors_box: SandboxProcess) -> None:
    with http_client(cors_box) as client:
        key = {"X-API-Key": cors_box.key("all")}
        good = _preflight(client, "https://app.example")
        assert good.headers.get(ACAO) == "https://app.example", good.headers
        assert "access-control-allow-credentials" not in good.headers
        assert good.headers.get(ACAO) != "*"
        for origin in ("https://evil.example", "https://app.example.evil.example", "http://app.example", "null"):
            bad = _preflight(client, origin)
            assert ACAO not in bad.headers, (origin, bad.headers)
            assert bad.status_code < 500
            got = client.get("/v1/store", headers={**key, "Origin": origin})
            assert got.status_code == 200 and ACAO not in got.headers, origin
        ok = client.get("/v1/store", headers={**key, "Origin": "https://app.example"})
        assert ok.headers.get(ACAO) == "https://app.example"


def test_refused_preflight_is_a_problem(cors_box: SandboxProcess) -> None:
    with http_client(cors_box) as client:
        bad = _preflight(client, "https://evil.example")
        assert_problem(bad.status_code, bad.headers.get("content-type"), bad.content)


def test_sandbox_files_are_in_its_own_work_directory(box: SandboxProcess) -> None:
    """Sanity for the scans above: the database, WAL and logs live in the temp work directory."""
    names = {p.name for p in Path(box.workdir).iterdir()}
    assert {"sandbox.db", "keys.json"} <= names
