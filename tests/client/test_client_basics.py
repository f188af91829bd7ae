"""Construction, the key on the wire, keeping the key secret, timeouts, odd status codes and open enums."""

from __future__ import annotations

import importlib
import inspect
import logging
import pkgutil
from collections.abc import Callable
from http import HTTPStatus
from types import ModuleType
from typing import get_type_hints

import httpx
import pytest

import allomancy_client.api
import allomancy_spec
from allomancy_client import AuthenticatedClient, errors
from allomancy_client.api.coupons import apply_coupon
from allomancy_client.api.products import get_product, list_products
from allomancy_client.api.store import get_store
from allomancy_client.client import API_KEY_HEADER, DEFAULT_TIMEOUT
from allomancy_client.kit import ApiError, RetryPolicy, connect, unwrap
from allomancy_client.models import (
    AppliedCouponResponse,
    AppliedCouponScope,
    ApplyCouponByCode,
    CouponApplyScope,
    Discount,
    DiscountType,
    Problem,
    ProductResponse,
    StoreResponse,
)

from .support import Recorder, Reply, Sandbox, StubServer, problem
from .test_operation_coverage import SPEC, spec_operations

KEY = "allo_live_c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJl"


def operation_modules() -> list[ModuleType]:
    found = []
    for tag in pkgutil.iter_modules(allomancy_client.api.__path__):
        package = importlib.import_module(f"allomancy_client.api.{tag.name}")
        for module in pkgutil.iter_modules(package.__path__):
            found.append(importlib.import_module(f"{package.__name__}.{module.name}"))
    return found


def test_one_line_construction_works_against_the_sandbox(sandbox: Sandbox, sent: list[tuple[str, str]]) -> None:
    with AuthenticatedClient(base_url=sandbox.base_url, token=sandbox.key("store:read")) as client:
        store = get_store.sync(client=client)
    assert isinstance(store, StoreResponse) and store.name == "Crimson Forge"
    with connect(sandbox.key(), sandbox.base_url) as client:
        assert unwrap(get_store.sync_detailed(client=client)).name == "Crimson Forge"


def test_the_key_goes_out_as_x_api_key_with_no_prefix(stub: StubServer) -> None:
    stub.script([Reply(404, problem(404, "store_not_found"), content_type="application/problem+json")])
    with AuthenticatedClient(base_url=stub.base_url, token=KEY) as client:
        get_store.sync_detailed(client=client)
    (request,) = stub.requests
    assert request.headers["X-API-Key"] == KEY
    assert "Authorization" not in request.headers
    scheme = allomancy_spec.load(SPEC)["components"]["securitySchemes"]["apiKey"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", API_KEY_HEADER)  # template vs spec


def test_a_custom_httpx_client_still_sends_the_key(stub: StubServer) -> None:
    """The stock client forgets the key after set_httpx_client() (docs/toolchain.md, T-GEN-2); this one attaches it."""
    stub.script([Reply(404, problem(404, "store_not_found"), content_type="application/problem+json")])
    client = AuthenticatedClient(base_url="http://unused.invalid", token=KEY)
    client.set_httpx_client(httpx.Client(base_url=stub.base_url))
    get_store.sync_detailed(client=client)
    assert stub.requests[0].headers["X-API-Key"] == KEY


def test_every_operation_requires_an_authenticated_client() -> None:
    modules = operation_modules()
    assert len(modules) == len(spec_operations()) == 52  # 39 on the API key, 13 on the customer token
    for module in modules:
        for name in ("sync_detailed", "sync", "asyncio_detailed", "asyncio"):
            function = getattr(module, name, None)
            if function is None:  # an operation with no body to parse has only the *_detailed pair
                continue
            assert get_type_hints(function)["client"] is AuthenticatedClient, f"{module.__name__}.{name}"
            assert inspect.signature(function).parameters["client"].default is inspect.Parameter.empty


def test_a_wrong_key_comes_back_as_a_parsed_problem(
    sandbox: Sandbox, make_client: Callable[..., AuthenticatedClient], sent: list[tuple[str, str]]
) -> None:
    bad = AuthenticatedClient(base_url=sandbox.base_url, token=KEY, httpx_args={"transport": Recorder(sent)})
    result = get_store.sync(client=bad)
    assert isinstance(result, Problem) and (result.status, result.code) == (401, "api_key_invalid")
    scoped = list_products.sync(client=make_client("store:read"))
    assert isinstance(scoped, Problem) and scoped.code == "insufficient_scope"


def test_the_key_never_shows_in_a_repr_a_log_line_or_an_error(
    stub: StubServer, caplog: pytest.LogCaptureFixture
) -> None:
    stub.script(
        [
            Reply(503),
            Reply(520, {"detail": "odd"}),
            Reply(429, problem(429, "rate_limited"), headers={"Retry-After": "7200"}),
        ]
    )
    client = connect(KEY, stub.base_url, retry=RetryPolicy(attempts=2, backoff=0), raise_on_unexpected_status=True)
    texts = [
        repr(client),
        str(client),
        repr(client.get_httpx_client()),
        repr(client.get_httpx_client().headers),
        repr(client.get_httpx_client().auth),
        repr(client.with_timeout(5.0)),
        repr(client.with_headers({"a": "b"})),
    ]
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(errors.UnexpectedStatus) as unexpected:
            get_store.sync_detailed(client=client)  # 503 (retried), then 520: undocumented
        texts += [str(unexpected.value), repr(unexpected.value)]
        with pytest.raises(ApiError) as limited:
            unwrap(get_store.sync_detailed(client=client))  # 429 asking for 2 hours: not waited for
        texts += [str(limited.value), repr(limited.value)]
    with pytest.raises(ValueError) as bad_key:
        connect(f" {KEY}\n", stub.base_url)
    texts += [str(bad_key.value)]
    texts += [record.getMessage() for record in caplog.records]
    assert any("retrying GET /v1/store" in text for text in texts)  # the logs were captured
    assert any(record.name.startswith("httpx") for record in caplog.records)
    leaks = [text for text in texts if KEY in text or KEY[:20] in text]
    assert not leaks


def test_timeouts_are_configurable(stub: StubServer) -> None:
    assert AuthenticatedClient(base_url=stub.base_url, token=KEY).get_httpx_client().timeout == DEFAULT_TIMEOUT
    stub.script([Reply(200, {}, delay=1.0)])
    slow = connect(KEY, stub.base_url, timeout=0.2, retry=None)
    assert slow.get_httpx_client().timeout == httpx.Timeout(0.2)
    with pytest.raises(httpx.ReadTimeout):  # the reply comes after 1 s: only the 0.2 s timeout makes this raise
        get_store.sync_detailed(client=slow)
    patient = slow.with_timeout(httpx.Timeout(5.0))
    assert patient.get_httpx_client().timeout == httpx.Timeout(5.0)


@pytest.mark.parametrize("status", [499, 520, 299])
def test_a_status_python_does_not_know_still_gives_a_response(stub: StubServer, status: int) -> None:
    stub.script([Reply(status, problem(status, "edge_case", "from a proxy"), content_type="application/problem+json")])
    client = AuthenticatedClient(base_url=stub.base_url, token=KEY)
    response = get_store.sync_detailed(client=client)
    assert response.status_code == status and not isinstance(response.status_code, HTTPStatus)
    assert response.parsed is None  # undocumented for this operation
    with pytest.raises(ApiError) as caught:
        unwrap(response)
    assert (caught.value.status, caught.value.code, caught.value.detail) == (status, "edge_case", "from a proxy")
    strict = AuthenticatedClient(base_url=stub.base_url, token=KEY, raise_on_unexpected_status=True)
    with pytest.raises(errors.UnexpectedStatus) as unexpected:
        get_store.sync_detailed(client=strict)
    assert unexpected.value.status_code == status


def test_known_statuses_stay_httpstatus(sandbox: Sandbox, make_client: Callable[..., AuthenticatedClient]) -> None:
    response = get_store.sync_detailed(client=make_client())
    assert response.status_code is HTTPStatus.OK


def test_enums_have_readable_members_and_accept_values_added_later(
    make_client: Callable[..., AuthenticatedClient], stub: StubServer
) -> None:
    assert (DiscountType.PERCENT, DiscountType.FLAT, DiscountType.OVERRIDE) == (0, 1, 2)
    assert int(CouponApplyScope.PRODUCT) == 1 and str(CouponApplyScope.PRODUCT) == "1"
    cloak = next(p for p in unwrap(list_products.sync_detailed(client=make_client(), search="cloak")).data)
    assert isinstance(cloak.discount, Discount) and cloak.discount.type_ is DiscountType.FLAT

    # The same product as the sandbox sent it, but with a discount type this client has never heard of.
    raw = get_product.sync_detailed(cloak.id, client=make_client()).content.replace(b'"type":1', b'"type":7')
    assert b'"type":7' in raw
    stub.script([Reply(200, raw)])
    product = unwrap(get_product.sync_detailed(cloak.id, client=AuthenticatedClient(base_url=stub.base_url, token=KEY)))
    assert isinstance(product, ProductResponse) and isinstance(product.discount, Discount)
    assert product.discount.type_ == 7 and product.discount.type_.name == "UNKNOWN_7"
    assert not product.discount.type_.is_known and DiscountType.FLAT.is_known
    assert product.to_dict()["discount"]["type"] == 7

    applied = {
        "couponId": str(cloak.id),
        "code": "X",
        "discount": 5,
        "scope": "collection",
        "productId": None,
        "customerUuid": str(cloak.id),
        "customerUsername": "a.b",
        "expiresAt": "2030-01-01T00:00:00Z",
        "replaced": False,
    }
    stub.script([Reply(200, applied)])
    result = apply_coupon.sync(
        "a.b",
        client=AuthenticatedClient(base_url=stub.base_url, token=KEY),
        body=ApplyCouponByCode(code="X", scope=CouponApplyScope.STORE_WIDE),
    )
    assert isinstance(result, AppliedCouponResponse)
    assert result.scope == "collection" and not result.scope.is_known and AppliedCouponScope.STORE.is_known
