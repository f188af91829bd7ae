"""Retries: 429 after Retry-After for any method; 5xx and connection errors for idempotent methods only."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest

from allomancy_client import AuthenticatedClient
from allomancy_client.api.categories import create_category, delete_category, update_category
from allomancy_client.api.store import get_store
from allomancy_client.kit import RetryPolicy, RetryTransport, connect
from allomancy_client.models import CreateCategoryRequest, UpdateCategoryRequest
from allomancy_conformance.launcher import free_port

from .support import Reply, StubServer, problem

KEY = "allo_live_eA.eQ"
STORE = {
    "id": str(uuid.uuid4()),
    "name": "S",
    "logo": None,
    "blogListed": False,
    "applicationOpen": False,
    "bonus": {"baseBonus": 0, "groupBonus": 0},
    "locationSlUrl": "",
    "ownerUuid": str(uuid.uuid4()),
    "ownerUsername": "a.b",
}
CATEGORY = {"id": str(uuid.uuid4()), "name": "Hats", "productCount": 0}
NO_JITTER = RetryPolicy(attempts=3, backoff=0.5, jitter=False)


def client_on(base_url: str, policy: RetryPolicy, sleeps: list[float]) -> AuthenticatedClient:
    transport = RetryTransport(policy, sleep=sleeps.append)
    return AuthenticatedClient(base_url=base_url, token=KEY, httpx_args={"transport": transport})


def test_get_is_retried_on_5xx_with_backoff(stub: StubServer) -> None:
    stub.script([Reply(503), Reply(502), Reply(200, STORE)])
    sleeps: list[float] = []
    response = get_store.sync_detailed(client=client_on(stub.base_url, NO_JITTER, sleeps))
    assert response.status_code == 200 and len(stub.requests) == 3
    assert sleeps == [0.5, 1.0]


def test_attempts_are_bounded(stub: StubServer) -> None:
    stub.script([Reply(500, problem(500, "internal_error"), content_type="application/problem+json")])
    sleeps: list[float] = []
    response = get_store.sync_detailed(client=client_on(stub.base_url, RetryPolicy(attempts=4, jitter=False), sleeps))
    assert response.status_code == 500 and len(stub.requests) == 4 and len(sleeps) == 3


def test_post_is_never_retried_on_5xx_but_put_and_delete_are(stub: StubServer) -> None:
    sleeps: list[float] = []
    client = client_on(stub.base_url, NO_JITTER, sleeps)
    stub.script([Reply(503), Reply(200, CATEGORY)])
    assert create_category.sync_detailed(client=client, body=CreateCategoryRequest(name="Hats")).status_code == 503
    assert len(stub.requests) == 1 and sleeps == []

    stub.script([Reply(503), Reply(200, CATEGORY)])
    body = UpdateCategoryRequest(name="Hats")
    assert update_category.sync_detailed(uuid.uuid4(), client=client, body=body).status_code == 200
    assert [r.method for r in stub.requests] == ["PUT", "PUT"]
    assert stub.requests[1].body == stub.requests[0].body == b'{"name":"Hats"}'  # the body is sent again

    stub.script([Reply(504), Reply(200, CATEGORY)])
    assert delete_category.sync_detailed(uuid.uuid4(), client=client).status_code == 200
    assert len(stub.requests) == 2


def test_429_is_retried_for_any_method_after_retry_after(stub: StubServer) -> None:
    limited = Reply(429, problem(429, "rate_limited"), {"Retry-After": "2"}, "application/problem+json")
    stub.script([limited, Reply(200, CATEGORY)])
    sleeps: list[float] = []
    client = client_on(stub.base_url, NO_JITTER, sleeps)
    assert create_category.sync_detailed(client=client, body=CreateCategoryRequest(name="Hats")).status_code == 200
    assert sleeps == [2.0] and len(stub.requests) == 2


def test_a_retry_after_beyond_the_limit_goes_back_to_the_caller(stub: StubServer) -> None:
    stub.script([Reply(429, problem(429, "rate_limited"), {"Retry-After": "3600"}, "application/problem+json")])
    sleeps: list[float] = []
    response = get_store.sync_detailed(client=client_on(stub.base_url, NO_JITTER, sleeps))
    assert response.status_code == 429 and response.headers["Retry-After"] == "3600"
    assert sleeps == [] and len(stub.requests) == 1


def test_501_is_not_worth_retrying(stub: StubServer) -> None:
    stub.script([Reply(501)])
    sleeps: list[float] = []
    assert get_store.sync_detailed(client=client_on(stub.base_url, NO_JITTER, sleeps)).status_code == 501
    assert sleeps == []


class Counting(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return super().handle_request(request)


def test_connection_errors_are_retried_for_get_only() -> None:
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens here
    sleeps: list[float] = []
    inner = Counting()
    client = AuthenticatedClient(
        base_url=dead,
        token=KEY,
        httpx_args={"transport": RetryTransport(NO_JITTER, transport=inner, sleep=sleeps.append)},
    )
    with pytest.raises(httpx.ConnectError):
        get_store.sync_detailed(client=client)
    assert inner.calls == 3 and sleeps == [0.5, 1.0]
    inner.calls, sleeps[:] = 0, []
    with pytest.raises(httpx.ConnectError):
        create_category.sync_detailed(client=client, body=CreateCategoryRequest(name="Hats"))
    assert inner.calls == 1 and sleeps == []


def test_retries_can_be_switched_off(stub: StubServer) -> None:
    stub.script([Reply(503), Reply(200, STORE)])
    assert get_store.sync_detailed(client=connect(KEY, stub.base_url, retry=None)).status_code == 503
    stub.script([Reply(503), Reply(200, STORE)])
    off = RetryPolicy(attempts=1)
    assert get_store.sync_detailed(client=connect(KEY, stub.base_url, retry=off)).status_code == 503
    assert len(stub.requests) == 1


def test_async_calls_are_retried_too(stub: StubServer) -> None:
    stub.script([Reply(503), Reply(200, STORE)])
    sleeps: list[float] = []

    async def pause(seconds: float) -> None:
        sleeps.append(seconds)

    async def call() -> int:
        transport = RetryTransport(NO_JITTER, async_sleep=pause)
        async with AuthenticatedClient(base_url=stub.base_url, token=KEY, httpx_args={"transport": transport}) as c:
            return int((await get_store.asyncio_detailed(client=c)).status_code)

    assert asyncio.run(call()) == 200 and sleeps == [0.5]


def test_backoff_doubles_up_to_a_cap_and_jitter_stays_below_it() -> None:
    policy = RetryPolicy(attempts=9, backoff=0.5, max_backoff=4.0, jitter=False)
    assert [policy.backoff_delay(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    jittered = RetryPolicy(backoff=1.0)
    assert all(0.5 <= jittered.backoff_delay(1) < 1.0 for _ in range(50))
    with pytest.raises(ValueError):
        RetryPolicy(attempts=0)
