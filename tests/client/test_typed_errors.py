"""Every failure is one ApiError subclass, whatever the body: what a proxy, CDN or firewall sends included.

The answers come from httpx.MockTransport passed through httpx_args (the documented way to inject a
transport; it keeps the key header); the calls go through the public Allomancy / AsyncAllomancy surface.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx
import pytest

from allomancy_client import (
    Allomancy,
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AsyncAllomancy,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PayloadError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    UnexpectedResponseError,
)
from allomancy_client.api.customers import get_customer
from allomancy_client.kit import BODY_LIMIT, RetryPolicy, connect, unwrap
from allomancy_client.models import CreateCategoryRequest

from .support import problem

KEY = "allo_live_c2VjcmV0.c2ln"
HOST = "https://integrations.allomancy.net"
CUSTOMER = {
    "uuid": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
    "username": "resident.username",
    "credit": 10,
    "restrictedCredit": 0,
    "banned": False,
    "newsSubscriber": True,
    "discount": None,
}

Handler = Callable[[httpx.Request], httpx.Response]


def api_answering(handler: Handler, **settings: object) -> Allomancy:
    settings.setdefault("retry", None)
    return Allomancy(KEY, HOST, httpx_args={"transport": httpx.MockTransport(handler)}, **settings)  # type: ignore[arg-type]


def answer(status: int, content: bytes, content_type: str | None, **headers: str) -> Handler:
    if content_type is not None:
        headers["Content-Type"] = content_type
    return lambda request: httpx.Response(status, content=content, headers=headers)


def test_an_html_500_from_a_proxy_is_a_server_error_with_its_body() -> None:
    page = b"<html><head><title>500</title></head><body><h1>Internal Server Error</h1></body></html>"
    api = api_answering(answer(500, page, "text/html; charset=utf-8"))
    with pytest.raises(ServerError) as caught:
        api.customers.get("resident.username")
    error = caught.value
    assert (error.method, error.url, error.status) == ("GET", f"{HOST}/v1/customers/resident.username", 500)
    assert (error.code, error.detail, error.problem, error.retry_after) == (None, None, None, None)
    assert error.body == page.decode()
    assert isinstance(error, ApiError)
    assert "GET https://integrations.allomancy.net/v1/customers/resident.username -> HTTP 500" in str(error)
    assert "Internal Server Error" in str(error) and KEY not in str(error) + repr(error)


def test_a_text_429_keeps_retry_after() -> None:
    api = api_answering(answer(429, b"Too many requests, slow down", "text/plain", **{"Retry-After": "17"}))
    with pytest.raises(RateLimitError) as caught:
        api.store.get()
    error = caught.value
    assert (error.status, error.retry_after, error.code, error.body) == (
        429,
        17.0,
        None,
        "Too many requests, slow down",
    )
    assert (error.method, error.url) == ("GET", f"{HOST}/v1/store")
    assert str(error).endswith("(retry after 17 s)")


def test_an_empty_404_is_a_not_found_error() -> None:
    api = api_answering(answer(404, b"", None))
    with pytest.raises(NotFoundError) as caught:
        api.gift_cards.get("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")  # type: ignore[arg-type]
    error = caught.value
    assert (error.status, error.code, error.detail, error.body) == (404, None, None, "")
    assert error.url == f"{HOST}/v1/giftcards/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"
    assert str(error).endswith("HTTP 404: empty body")


def test_a_200_missing_a_required_field_is_a_decode_error() -> None:
    body = json.dumps({k: v for k, v in CUSTOMER.items() if k != "credit"}).encode()
    api = api_answering(answer(200, body, "application/json"))
    with pytest.raises(ResponseDecodeError) as caught:
        api.customers.get("resident.username")
    error = caught.value
    assert isinstance(error, UnexpectedResponseError) and isinstance(error.__cause__, KeyError)
    assert (error.status, error.method, error.body) == (200, "GET", body.decode())
    assert error.detail is not None and "KeyError" in error.detail and "credit" in error.detail


def test_truncated_json_is_a_decode_error_on_success_and_keeps_the_status_class_on_errors() -> None:
    whole = json.dumps({"data": [CUSTOMER], "pagination": {"nextCursor": None, "previousCursor": None, "limit": 1}})
    api = api_answering(answer(200, whole[:40].encode(), "application/json"))
    with pytest.raises(ResponseDecodeError) as caught:
        api.customers.list(limit=1)
    assert isinstance(caught.value.__cause__, json.JSONDecodeError)
    assert caught.value.url == f"{HOST}/v1/customers?limit=1" and caught.value.body == whole[:40]
    with pytest.raises(ResponseDecodeError):
        next(api.customers.iter(limit=1))

    cut = json.dumps(problem(400, "invalid_pagination"))[:30].encode()
    api = api_answering(answer(400, cut, "application/problem+json"))
    with pytest.raises(BadRequestError) as bad:
        api.customers.list(limit=1)
    assert (bad.value.status, bad.value.code, bad.value.body) == (400, None, cut.decode())


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (413, PayloadError),
        (415, PayloadError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (520, ServerError),
        (418, UnexpectedResponseError),
        (302, UnexpectedResponseError),
        (201, UnexpectedResponseError),
    ],
)
def test_each_status_has_its_class_and_a_problem_fills_code_and_detail(status: int, kind: type[ApiError]) -> None:
    document = problem(status, "coupon_code_taken", "The code WELCOME10 is already in use.")
    api = api_answering(answer(status, json.dumps(document).encode(), "application/problem+json"))
    with pytest.raises(kind) as caught:
        api.categories.create(body=CreateCategoryRequest(name="Hats"))
    error = caught.value
    assert type(error) is kind
    assert (error.method, error.url, error.status) == ("POST", f"{HOST}/v1/categories", status)
    assert (error.code, error.detail) == ("coupon_code_taken", "The code WELCOME10 is already in use.")
    assert error.title == "coupon code taken"


def test_an_unknown_problem_code_still_arrives() -> None:
    api = api_answering(answer(403, json.dumps(problem(403, "brand_new_code")).encode(), "application/problem+json"))
    with pytest.raises(PermissionDeniedError) as caught:
        api.store.get()
    assert caught.value.code == "brand_new_code"
    assert caught.value.problem is not None and caught.value.problem.code == "brand_new_code"


def test_the_body_kept_on_an_error_is_bounded() -> None:
    huge = b"x" * (BODY_LIMIT * 10)
    api = api_answering(answer(502, huge, "text/plain"))
    with pytest.raises(ServerError) as caught:
        api.store.get()
    assert caught.value.body.startswith("x" * BODY_LIMIT)
    assert len(caught.value.body) < BODY_LIMIT + 20 and caught.value.body.endswith("[truncated]")
    assert len(str(caught.value)) < 400


def test_transport_failures_are_connection_errors_with_the_httpx_cause() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(ApiConnectionError) as refused:
        api_answering(refuse).customers.get("resident.username")
    assert isinstance(refused.value.__cause__, httpx.ConnectError) and refused.value.status is None
    assert (refused.value.method, refused.value.url) == ("GET", f"{HOST}/v1/customers/resident.username")
    assert "no response" in str(refused.value) and "ConnectError" in str(refused.value)

    def stall(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(ApiTimeoutError) as slow:
        list(api_answering(stall).customers.iter())
    assert isinstance(slow.value, ApiConnectionError) and isinstance(slow.value.__cause__, httpx.ReadTimeout)


def test_retries_still_run_before_the_error_and_never_repeat_a_post() -> None:
    seen: list[str] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        return httpx.Response(503, content=b"<html>busy</html>", headers={"Content-Type": "text/html"})

    api = api_answering(flaky, retry=RetryPolicy(attempts=3, backoff=0))
    with pytest.raises(ServerError):
        api.store.get()
    assert seen == ["GET"] * 3
    seen.clear()
    with pytest.raises(ServerError):
        api.categories.create(body=CreateCategoryRequest(name="Hats"))
    assert seen == ["POST"]


def test_async_calls_raise_the_same_classes() -> None:
    async def run() -> tuple[ApiError, ApiError]:
        async with AsyncAllomancy(
            KEY, HOST, retry=None, httpx_args={"transport": httpx.MockTransport(answer(404, b"", None))}
        ) as api:
            with pytest.raises(NotFoundError) as missing:
                await api.customers.get("resident.username")
            with pytest.raises(NotFoundError) as walking:
                [row async for row in api.gift_cards.iter("resident.username")]
        return missing.value, walking.value

    missing, walking = asyncio.run(run())
    assert missing.url == f"{HOST}/v1/customers/resident.username"
    assert walking.url == f"{HOST}/v1/customers/resident.username/giftcards?limit=100"


def test_the_low_level_functions_return_a_response_instead_of_raising() -> None:
    client = connect(KEY, HOST, retry=None, httpx_args={"transport": httpx.MockTransport(answer(200, b"{", "x/y"))})
    response = get_customer.sync_detailed("resident.username", client=client)
    assert response.status_code == 200 and response.parsed is None
    assert isinstance(response.parse_error, json.JSONDecodeError)
    assert get_customer.sync("resident.username", client=client) is None
    with pytest.raises(ResponseDecodeError):
        unwrap(response)
