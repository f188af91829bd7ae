"""Products (defaults, full replace, activePrice, deliver), categories and membership, store, tiers, tokens."""

from __future__ import annotations

from typing import Any

import pytest

from allomancy_sandbox import timefmt
from allomancy_sandbox.seed_ids import STORE1, STORE2, category_id, product_id, resident_id, store_id

from .helpers import Api, FakeClock, LiveServer, assert_problem

UNKNOWN = "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f"
DEFAULTS: dict[str, Any] = {
    "price": 0,
    "activePrice": 0,
    "image": None,
    "bloggable": False,
    "active": True,
    "blockCredits": False,
    "item": None,
    "limited": False,
    "availableAmount": 0,
    "permissions": {"copy": True, "modify": False, "transfer": False},
    "discount": None,
    "description": None,
    "demoId": None,
    "mpListing": None,
    "profitShares": [],
}


def product(api: Api, name: str) -> dict[str, Any]:
    return dict(api.ok("GET", f"/v1/products/{product_id(STORE1, name)}"))


def test_create_product_with_only_a_name_takes_every_default(fresh: Api) -> None:
    created = fresh.ok("POST", "/v1/products", json={"name": "Plain"})
    assert {k: v for k, v in created.items() if k != "id"} == {"name": "Plain", **DEFAULTS}
    assert fresh.ok("GET", f"/v1/products/{created['id']}") == created
    assert "Plain" in {p["name"] for p in fresh.ok("GET", "/v1/products", params={"listed": "false"})["data"]}


def test_create_product_with_every_field(fresh: Api) -> None:
    body = {
        "name": "Full",
        "price": 100,
        "image": UNKNOWN.upper(),
        "listed": True,
        "bloggable": True,
        "permissions": {"copy": False, "modify": True, "transfer": True},
        "discount": {
            "value": 10,
            "type": 0,
            "startDate": "2020-01-01T00:00:00+02:00",
            "endDate": "2099-01-01T00:00:00.5Z",
        },
        "availableAmount": 3,
        "limited": True,
        "item": "i" * 63,
        "blockCredits": True,
        "description": "d" * 4000,
        "profitShares": [
            {"username": "blogger.one", "userUuid": resident_id("blogger.one"), "percent": 40},
            {"userUuid": UNKNOWN, "percent": 0, "username": None},
        ],
        "demoId": product_id(STORE1, "Demo Crimson Hat"),
        "active": True,
    }
    created = fresh.ok("POST", "/v1/products", json=body)
    assert created["image"] == UNKNOWN and created["activePrice"] == 90
    assert created["discount"] == {
        "value": 10,
        "type": 0,
        "startDate": "2019-12-31T22:00:00Z",
        "endDate": "2099-01-01T00:00:00Z",
    }
    assert created["profitShares"] == [
        {"userUuid": resident_id("blogger.one"), "percent": 40},
        {"userUuid": UNKNOWN, "percent": 0},
    ]
    assert created["permissions"] == body["permissions"] and created["mpListing"] is None


def test_update_product_is_a_full_replace(fresh: Api) -> None:
    lantern = product(fresh, "Limited Lantern")
    assert lantern["mpListing"] == 2**53 - 1  # the largest listing id the spec allows survives JSON
    replaced = fresh.ok("PUT", f"/v1/products/{lantern['id']}", json={"name": "Lantern II"})
    assert {k: v for k, v in replaced.items() if k not in ("id", "mpListing")} == {
        "name": "Lantern II",
        **{k: v for k, v in DEFAULTS.items() if k != "mpListing"},
    }
    assert replaced["mpListing"] == lantern["mpListing"]  # not settable through the API
    assert_problem(fresh.put(f"/v1/products/{UNKNOWN}", json={"name": "x"}), 404, "product_not_found")
    assert_problem(fresh.put(f"/v1/products/{UNKNOWN}", json={}), 400, "validation_failed")
    deactivated = fresh.ok("PUT", f"/v1/products/{lantern['id']}", json={"name": "Gone", "active": False})
    assert deactivated["active"] is False
    assert "Gone" not in {p["name"] for p in fresh.ok("GET", "/v1/products", params={"limit": 1000})["data"]}
    assert fresh.ok("GET", f"/v1/products/{lantern['id']}")["name"] == "Gone"  # inactive is readable by id


@pytest.mark.parametrize(
    "bad",
    [
        {"name": ""},
        {"name": "n" * 256},
        {"name": None},
        {"name": "x", "price": -1},
        {"name": "x", "item": "i" * 64},
        {"name": "x", "description": "d" * 4001},
        {"name": "x", "permissions": {"copy": True}},
        {
            "name": "x",
            "discount": {"value": 1, "type": 3, "startDate": "2020-01-01T00:00:00Z", "endDate": "2021-01-01T00:00:00Z"},
        },
        {
            "name": "x",
            "discount": {"value": 1, "type": 0, "startDate": "2020-02-30T00:00:00Z", "endDate": "2021-01-01T00:00:00Z"},
        },
        {"name": "x", "discount": {"value": 1, "type": 0, "startDate": "2020-01-01", "endDate": "2021-01-01"}},
        {
            "name": "x",
            "discount": {
                "value": -1,
                "type": 0,
                "startDate": "2020-01-01T00:00:00Z",
                "endDate": "2021-01-01T00:00:00Z",
            },
        },
        {"name": "x", "discount": {"value": 1, "type": 0, "startDate": "2020-01-01T00:00:00Z"}},
        {"name": "x", "profitShares": [{"userUuid": UNKNOWN, "percent": 101}]},
        {"name": "x", "profitShares": [{"username": "u" * 64, "userUuid": UNKNOWN, "percent": 1}]},
        {"name": "x", "profitShares": [{"percent": 1}]},
        {"name": "x", "demoId": "demo"},
        {"name": "x", "listed": "yes"},
        {"name": "x", "id": UNKNOWN},
        {"name": "x", "activePrice": 1},
        {"name": "x", "mpListing": 5},
    ],
)
def test_product_validation(api: Api, bad: dict[str, Any]) -> None:
    assert_problem(api.post("/v1/products", json=bad), 400, "validation_failed")


@pytest.mark.parametrize(
    "name, price, active_price",
    [
        ("Crimson Hat", 250, 225),
        ("Ember Cloak", 400, 350),
        ("Forge Gloves", 300, 75),
        ("Ash Boots", 200, 200),
        ("Steel Ring", 150, 150),
        ("Flat Overkill", 200, 0),
        ("Percent Overkill", 80, 0),
        ("Hat500", 500, 500),
    ],
)
def test_active_price(api: Api, name: str, price: int, active_price: int) -> None:
    seen = product(api, name)
    assert (seen["price"], seen["activePrice"]) == (price, active_price)


def test_discount_window_is_half_open(fresh: Api, clock: FakeClock) -> None:
    now = int(clock())
    window = {"value": 30, "type": 0, "startDate": timefmt.to_text(now + 100), "endDate": timefmt.to_text(now + 200)}
    created = fresh.ok("POST", "/v1/products", json={"name": "Timed", "price": 100, "discount": window})
    path = f"/v1/products/{created['id']}"
    assert created["activePrice"] == 100
    clock.advance(100)
    assert fresh.ok("GET", path)["activePrice"] == 70
    clock.advance(99)
    assert fresh.ok("GET", path)["activePrice"] == 70
    clock.advance(1)
    assert fresh.ok("GET", path)["activePrice"] == 100


def test_deliver(fresh: Api, server: LiveServer) -> None:
    hat = product_id(STORE1, "Crimson Hat")
    path = f"/v1/products/{hat}/actions/deliver"
    delivered = fresh.ok("POST", path, json={"recipientIdentifier": "Wanderer.Nomad", "message": "Enjoy!"})
    assert delivered == {
        "productId": hat,
        "recipientUuid": resident_id("wanderer.nomad"),
        "recipientUsername": "wanderer.nomad",
        "queued": True,
        "message": "Enjoy!",
    }
    assert fresh.ok("POST", path, json={"recipientIdentifier": resident_id("azure.only")})["message"] == ""
    assert fresh.ok("POST", path, json={"recipientIdentifier": "aether.ash", "message": None})["message"] == ""
    relic = product_id(STORE1, "Inactive Relic")
    assert (
        fresh.ok("POST", f"/v1/products/{relic}/actions/deliver", json={"recipientIdentifier": "aether.ash"})["queued"]
        is True
    )
    assert_problem(fresh.post(path, json={"recipientIdentifier": "no.body"}), 400, "unresolved_identifier")
    assert_problem(fresh.post(path, json={"recipientIdentifier": "not valid"}), 400, "invalid_identifier")
    assert_problem(
        fresh.post(path, json={"recipientIdentifier": "aether.ash", "message": "m" * 251}), 400, "validation_failed"
    )
    assert_problem(fresh.post(path, json={"message": "hi"}), 400, "validation_failed")
    assert_problem(
        fresh.post(f"/v1/products/{UNKNOWN}/actions/deliver", json={"recipientIdentifier": "aether.ash"}),
        404,
        "product_not_found",
    )
    queued = server.state.conn.execute("SELECT COUNT(*) FROM deliveries").fetchone()[0]
    assert queued == 4


# ---------------------------------------------------------------- categories


def test_category_crud(fresh: Api) -> None:
    created = fresh.ok("POST", "/v1/categories", json={"name": "Hats"})  # names need not be unique
    assert created["name"] == "Hats" and created["productCount"] == 0
    path = f"/v1/categories/{created['id']}"
    assert fresh.ok("PUT", path, json={"name": "Caps"})["name"] == "Caps"
    assert fresh.ok("GET", path) == {"id": created["id"], "name": "Caps", "productCount": 0}
    response = fresh.delete(path)
    assert response.status_code == 200 and response.json() == {"id": created["id"], "name": "Caps", "productCount": 0}
    assert_problem(fresh.get(path), 404, "category_not_found")
    assert_problem(fresh.delete(path), 404, "category_not_found")
    for bad in ({"name": ""}, {"name": "n" * 101}, {}, {"name": 5}):
        assert_problem(fresh.post("/v1/categories", json=bad), 400, "validation_failed")
    assert fresh.ok("POST", "/v1/categories", json={"name": "n" * 100})["name"] == "n" * 100


def test_membership(fresh: Api) -> None:
    empty = category_id(STORE1, "Empty Shelf")
    ring, relic = product_id(STORE1, "Steel Ring"), product_id(STORE1, "Inactive Relic")
    member = f"/v1/categories/{empty}/products"
    assert fresh.ok("PUT", f"{member}/{ring}")["productCount"] == 1
    assert fresh.ok("PUT", f"{member}/{ring.upper()}")["productCount"] == 1  # idempotent
    assert fresh.ok("PUT", f"{member}/{relic}")["productCount"] == 2  # inactive products can be members
    assert [p["name"] for p in fresh.ok("GET", member)["data"]] == ["Steel Ring"]  # the list shows active ones
    assert fresh.ok("DELETE", f"{member}/{ring}")["productCount"] == 1
    assert fresh.ok("DELETE", f"{member}/{ring}")["productCount"] == 1  # not a member: 200, unchanged
    assert_problem(fresh.put(f"{member}/{UNKNOWN}"), 404, "product_not_found")
    assert_problem(fresh.put(f"{member}/{product_id(STORE2, 'Azure Thread')}"), 404, "product_not_found")
    assert_problem(fresh.put(f"/v1/categories/{UNKNOWN}/products/{ring}"), 404, "category_not_found")
    assert_problem(fresh.delete(f"/v1/categories/{UNKNOWN}/products/{ring}"), 404, "category_not_found")
    assert_problem(fresh.get(f"/v1/categories/{UNKNOWN}/products"), 404, "category_not_found")
    assert_problem(fresh.put(f"{member}/not-a-uuid"), 400, "validation_failed")


def test_delete_category_with_products_keeps_the_products(fresh: Api) -> None:
    hats = category_id(STORE1, "Hats")
    assert fresh.ok("GET", f"/v1/categories/{hats}")["productCount"] == 6
    assert fresh.delete(f"/v1/categories/{hats}").json()["productCount"] == 6
    assert product(fresh, "Crimson Hat")["name"] == "Crimson Hat"
    assert fresh.ok("GET", "/v1/products", params={"category": hats})["data"] == []
    sale = fresh.ok("GET", f"/v1/categories/{category_id(STORE1, 'Sale')}")
    assert sale["productCount"] == 5


# ---------------------------------------------------------------- store, tiers, tokens


def test_store(api: Api) -> None:
    store = api.ok("GET", "/v1/store")
    assert store["id"] == store_id(STORE1) and store["name"] == "Crimson Forge"
    assert store["ownerUuid"] == resident_id("vesper.ironwood") and store["ownerUsername"] == "vesper.ironwood"
    assert store["bonus"] == {"baseBonus": 5, "groupBonus": 10} and store["locationSlUrl"].startswith("http://maps")
    other = api.ok("GET", "/v1/store", key=api.store2_key)
    assert other["name"] == STORE2 and other["logo"] is None and other["locationSlUrl"] == ""


def test_loyalty_tiers_bare_array_sorted(api: Api) -> None:
    tiers = api.ok("GET", "/v1/loyalty/tiers")
    assert [(t["spendingThreshold"], t["discountPercentage"]) for t in tiers] == [
        (0, 1),
        (1000, 5),
        (1000, 6),
        (5000, 10),
        (20000, 15),
    ]
    assert tiers[4]["isLastYearOnly"] is True and tiers[2]["isGroupOnly"] is True
    assert api.ok("GET", "/v1/loyalty/tiers", key=api.store2_key) == []
    assert_problem(api.get("/v1/loyalty/tiers", params={"limit": 5}), 400, "validation_failed")


def test_store_not_found_when_the_store_is_gone(fresh: Api, server: LiveServer) -> None:
    server.state.conn.execute("DELETE FROM stores WHERE id = ?", (store_id(STORE2),))
    assert_problem(fresh.get("/v1/store", key=fresh.store2_key), 404, "store_not_found")


def test_mint_customer_token(fresh: Api, clock: FakeClock) -> None:
    minted = fresh.ok("POST", "/v1/customer-tokens", json={"customerIdentifier": "resident.username"})
    assert minted["url"] == "https://customer.allomancy.com/#ct=" + minted["token"]
    expires = timefmt.parse(minted["expiresAt"])
    assert expires is not None and abs(expires - (clock() + 3600)) < 5
    assert fresh.ok(
        "POST", "/v1/customer-tokens", json={"customerIdentifier": resident_id("aether.ash"), "collectiveId": None}
    )["token"]
    assert_problem(
        fresh.post("/v1/customer-tokens", json={"customerIdentifier": "blogger.one"}), 400, "unresolved_identifier"
    )
    assert_problem(
        fresh.post("/v1/customer-tokens", json={"customerIdentifier": "bad name"}), 400, "invalid_identifier"
    )
    assert_problem(
        fresh.post("/v1/customer-tokens", json={"customerIdentifier": "aether.ash", "collectiveId": UNKNOWN}),
        404,
        "collective_not_found",
    )
    assert_problem(
        fresh.post("/v1/customer-tokens", json={"customerIdentifier": "aether.ash", "collectiveId": "x"}),
        400,
        "validation_failed",
    )
    assert_problem(fresh.post("/v1/customer-tokens", json={}), 400, "validation_failed")
