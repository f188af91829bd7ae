"""problem+json comes back as the typed Problem; unwrap() turns any failure into one ApiError."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from email.utils import formatdate

import pytest

from allomancy_client import AuthenticatedClient
from allomancy_client.api.credit import increment_customer_credit
from allomancy_client.api.customer_page import mark_customer_news_seen
from allomancy_client.api.customers import get_customer
from allomancy_client.api.store import get_store
from allomancy_client.kit import ApiError, BadRequestError, RetryPolicy, connect, retry_after_seconds, unwrap
from allomancy_client.models import IncrementCustomerCreditRequest, MarkNewsSeenRequest, Problem

from .support import Recorder, Reply, Sandbox, StubServer, start_sandbox

KEY = "allo_live_eA.eQ"


def test_problem_json_is_parsed_into_the_problem_model(make_client: Callable[..., AuthenticatedClient]) -> None:
    response = get_customer.sync_detailed("nobody.here", client=make_client())
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.parsed
    assert isinstance(problem, Problem)
    assert (problem.status, problem.code) == (404, "customer_not_found")
    assert problem.type_ == "https://integrations.allomancy.net/errors/customer_not_found"
    assert problem.title and problem.detail


def test_unwrap_returns_the_model_or_raises_one_exception_type(make_client: Callable[..., AuthenticatedClient]) -> None:
    client = make_client()
    assert unwrap(get_customer.sync_detailed("aether.ash", client=client)).username == "aether.ash"
    with pytest.raises(ApiError) as caught:
        unwrap(get_customer.sync_detailed("not a name!", client=client))
    error = caught.value
    assert (error.status, error.code, error.retry_after) == (400, "invalid_identifier", None)
    assert isinstance(error.problem, Problem) and error.detail == error.problem.detail
    assert str(error).startswith(
        "GET http://127.0.0.1:"
    ) and "/v1/customers/not%20a%20name%21 -> HTTP 400 invalid_identifier: " in str(error)
    assert isinstance(error, BadRequestError)
    with pytest.raises(ApiError) as limit:
        body = IncrementCustomerCreditRequest(delta=2_000_000_000)
        unwrap(increment_customer_credit.sync_detailed("brass.vin", client=client, body=body))
    assert limit.value.code == "credit_limit_exceeded"


def test_unwrap_of_an_empty_success_is_none(stub: StubServer) -> None:
    stub.script([Reply(204)])
    client = AuthenticatedClient(base_url=stub.base_url, token=KEY)
    assert unwrap(mark_customer_news_seen.sync_detailed(client=client, body=MarkNewsSeenRequest(store_id=None))) is None


def test_a_body_that_is_not_a_problem_still_gives_an_api_error(stub: StubServer) -> None:
    stub.script([Reply(502, b"<html><body>Bad   gateway</body></html>", content_type="text/html")])
    client = AuthenticatedClient(base_url=stub.base_url, token=KEY)
    with pytest.raises(ApiError) as caught:
        unwrap(get_store.sync_detailed(client=client))
    assert (caught.value.status, caught.value.code, caught.value.problem, caught.value.detail) == (
        502,
        None,
        None,
        None,
    )
    assert caught.value.body == "<html><body>Bad   gateway</body></html>"
    assert str(caught.value).endswith("/v1/store -> HTTP 502: <html><body>Bad gateway</body></html>")
    stub.script([Reply(201, {"id": "x"})])  # a success status the operation does not document
    with pytest.raises(ApiError) as odd:
        unwrap(get_store.sync_detailed(client=client))
    assert odd.value.status == 201


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert retry_after_seconds({"Retry-After": "2"}) == 2.0
    now = time.time()
    assert retry_after_seconds({"Retry-After": formatdate(now + 30, usegmt=True)}, now=now) == pytest.approx(30, abs=1)
    assert retry_after_seconds({"Retry-After": formatdate(now - 30, usegmt=True)}, now=now) == 0.0
    assert retry_after_seconds({"Retry-After": "soon"}) is None
    assert retry_after_seconds({}) is None


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    """A second sandbox that allows 1 request per second per key, with no burst."""
    server = start_sandbox(tmp_path_factory.mktemp("limited"), SANDBOX_RATE_LIMIT="1", SANDBOX_RATE_BURST="1")
    yield server
    server.stop()


def test_a_429_carries_retry_after_into_the_api_error(limited: Sandbox, sent: list[tuple[str, str]]) -> None:
    client = connect(limited.key("store:read"), limited.base_url, retry=None, httpx_args={"transport": Recorder(sent)})
    unwrap(get_store.sync_detailed(client=client))
    with pytest.raises(ApiError) as caught:
        unwrap(get_store.sync_detailed(client=client))
    assert (caught.value.status, caught.value.code) == (429, "rate_limited")
    assert caught.value.retry_after is not None and caught.value.retry_after >= 1


def test_retries_wait_out_a_429_from_the_sandbox(limited: Sandbox) -> None:
    client = connect(limited.key("customers:read"), limited.base_url, retry=RetryPolicy(attempts=3))
    started = time.monotonic()
    names = [unwrap(get_customer.sync_detailed("aether.ash", client=client)).username for _ in range(2)]
    assert names == ["aether.ash"] * 2
    assert time.monotonic() - started >= 0.9  # the second call waited for the Retry-After second
