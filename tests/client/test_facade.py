"""Allomancy / AsyncAllomancy against the sandbox: grouped like the docs, typed iteration, base URLs, reuse
across event loops, and client-side pacing against a rate-limited key."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import re
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

import allomancy_client.api
import allomancy_client.models
import allomancy_spec
from allomancy_client import (
    Allomancy,
    AllomancyCustomer,
    ApiError,
    AsyncAllomancy,
    AuthenticatedClient,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from allomancy_client.api.customers import list_customers
from allomancy_client.api.store import get_store
from allomancy_client.errors import PROBLEM_CODES
from allomancy_client.kit import DEFAULT_BASE_URL, Pacer, connect, iterate, normalize_base_url
from allomancy_client.models import GrantGiftCardRequest

from .support import Recorder, Sandbox, start_sandbox
from .test_operation_coverage import SPEC, spec_operations

SPEC_DATA = allomancy_spec.load(SPEC)


def groups() -> dict[str, tuple[type, type]]:
    """tag module name -> (sync resource class, async resource class), as generated."""
    found = {}
    for tag in pkgutil.iter_modules(allomancy_client.api.__path__):
        module = importlib.import_module(f"allomancy_client.api.{tag.name}")
        base = allomancy_client.kit.SyncResource
        sync = next(v for v in vars(module).values() if isinstance(v, type) and issubclass(v, base) and v is not base)
        found[tag.name] = (sync, getattr(module, f"Async{sync.__name__}"))
    return found


def paths_of_group(group: str) -> set[str]:
    return {
        ref.path
        for ref in allomancy_spec.operations(SPEC_DATA)
        if ref.operation["tags"][0].lower().replace(" ", "_") == group
    }


def low_level_of(method: object) -> str:
    match = re.search(r"allomancy_client\.api\.(\w+)\.(\w+)\.(sync|asyncio)_detailed", inspect.getdoc(method) or "")
    assert match, method
    return match.group(2)


def test_every_operation_has_one_method_in_the_group_of_its_tag() -> None:
    """The surface comes from the spec: one method per operation, under its tag, sync and async alike."""
    tags = {operation["operationId"]: operation["tags"][0] for item in SPEC_DATA["paths"].values()
            for operation in item.values() if isinstance(operation, dict) and "operationId" in operation}  # fmt: skip
    facades = (Allomancy("allo_test_x.y"), AllomancyCustomer("ct_x"))  # store key / customer page token
    covered: dict[str, str] = {}
    for name, (sync, asynchronous) in groups().items():
        (owner,) = [api for api in facades if hasattr(api, name)]  # each group on exactly one facade
        assert isinstance(getattr(owner, name), sync)
        on_customer_page = isinstance(owner, AllomancyCustomer)
        assert all(p.startswith("/v1/customer/") == on_customer_page for p in paths_of_group(name))
        calls = {m: f for m, f in vars(sync).items() if callable(f) and not m.startswith(("_", "iter"))}
        async_calls = {m for m, f in vars(asynchronous).items() if inspect.iscoroutinefunction(f)}
        assert set(calls) == async_calls
        for method, function in calls.items():
            covered[low_level_of(function)] = f"{name}.{method}"
    snake = {re.sub(r"(?<!^)(?=[A-Z])", "_", op).lower(): op for op in spec_operations()}
    assert set(covered) == set(snake) and len(covered) == len(list(allomancy_spec.operations(SPEC_DATA)))
    for module, where in covered.items():
        assert where.split(".")[0] == tags[snake[module]].lower().replace(" ", "_"), (module, where)
    assert covered["grant_gift_card"] == "gift_cards.grant"  # its path is under /customers, its tag is Gift cards
    assert covered["list_customers"] == "customers.list" and covered["get_customer_credit"] == "credit.get"


def test_every_paginated_list_has_an_iter_with_its_own_parameters_but_the_cursor() -> None:
    for _, (sync, _asynchronous) in groups().items():
        for name, function in vars(sync).items():
            if not name.startswith("iter"):
                continue
            lister = vars(sync)["list" + name[len("iter") :]]
            expected = [p for p in inspect.signature(lister).parameters if p != "cursor"]
            assert list(inspect.signature(function).parameters) == expected
            assert "limit" in expected and "page_size" not in expected


def flat(text: str | None) -> str:
    return " ".join((text or "").split())


def spec_parameters(operation: dict[str, object], item: dict[str, object]) -> list[dict[str, object]]:
    found = []
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:  # type: ignore[misc]
        if "$ref" in parameter:
            parameter = SPEC_DATA["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        found.append(parameter)
    return found


def test_docstrings_carry_the_spec_descriptions_and_agree_with_the_annotations() -> None:
    """Every parameter's description reaches both layers' docstrings; Raises lists the documented statuses."""
    methods = {}
    for _, (sync, _asynchronous) in groups().items():
        for name, function in vars(sync).items():
            if callable(function) and not name.startswith(("_", "iter")):
                methods[low_level_of(function)] = function
    checked = 0
    for item in SPEC_DATA["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            module_name = re.sub(r"(?<!^)(?=[A-Z])", "_", operation["operationId"]).lower()
            facade_doc = flat(inspect.getdoc(methods[module_name]))
            tag = re.sub(r"\W+", "_", operation["tags"][0].lower())
            low = importlib.import_module(f"allomancy_client.api.{tag}.{module_name}")
            low_doc = flat(inspect.getdoc(low.sync_detailed))
            assert flat(operation["summary"]) in facade_doc and flat(operation["summary"]) in low_doc
            for parameter in spec_parameters(operation, item):
                described = flat(str(parameter.get("description", "")))
                assert described and described in facade_doc and described in low_doc, (module_name, parameter)
                checked += 1
            statuses = sorted(int(code) for code in operation["responses"] if int(code) >= 400)
            assert re.findall(r"Error: HTTP (\d+)", facade_doc) == [str(code) for code in statuses]
            success = inspect.formatannotation(inspect.signature(methods[module_name]).return_annotation)
            short = re.sub(r"[\w.]+\.(\w+)", r"\1", success)  # allomancy_client.models.x.X -> X
            assert f"Returns: {short}:" in facade_doc
    assert checked > 40
    low = flat(inspect.getdoc(list_customers.sync))
    assert "Returns: CustomerPage | Problem | None:" in low  # the annotation's None is documented


def test_only_models_an_operation_reaches_are_exported() -> None:
    exported = set(allomancy_client.models.__all__)
    reached: set[str] = set()
    pending = []
    for _, (sync, _asynchronous) in groups().items():
        for function in vars(sync).values():
            if callable(function):
                pending += re.findall(r"\b([A-Z]\w+)\b", str(inspect.signature(function)))
    while pending:
        name = pending.pop()
        cls = getattr(allomancy_client.models, name, None)
        if name in reached or cls is None:
            continue
        reached.add(name)
        if hasattr(cls, "__attrs_attrs__"):
            pending += re.findall(r"\b([A-Z]\w+)\b", " ".join(str(a.type) for a in cls.__attrs_attrs__))
    reached.add("Problem")  # every error status's body
    assert exported == reached
    every_schema = set(SPEC_DATA["components"]["schemas"])
    assert {"ProductIdGiven", "ProductIdLeftOut", "ProductScopeSelected"} & every_schema <= every_schema - exported


def test_problem_codes_are_the_spec_list() -> None:
    listed = SPEC_DATA["components"]["schemas"]["Problem"]["x-problem-codes"]
    assert list(PROBLEM_CODES) == [entry["code"] for entry in listed]
    assert all(PROBLEM_CODES[e["code"]] == (e["status"], e["meaning"]) for e in listed)


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("https://integrations.allomancy.net", "https://integrations.allomancy.net"),
        ("https://integrations.allomancy.net/", "https://integrations.allomancy.net"),
        ("https://integrations.allomancy.net/v1", "https://integrations.allomancy.net"),
        ("https://integrations.allomancy.net/v1/", "https://integrations.allomancy.net"),
        ("http://127.0.0.1:8400/v1", "http://127.0.0.1:8400"),
        ("https://gw.example/allomancy/v1", "https://gw.example/allomancy"),
        ("https://gw.example/allomancy", "https://gw.example/allomancy"),
    ],
)
def test_base_urls_with_or_without_v1(given: str, used: str) -> None:
    assert normalize_base_url(given) == used
    assert Allomancy("allo_live_x.y", given).client._base_url == used
    assert connect("allo_live_x.y", given)._base_url == used


def test_a_base_url_that_is_not_http_is_refused() -> None:
    for bad in ("integrations.allomancy.net", "ftp://x", "https://x/v1?key=1"):
        with pytest.raises(ValueError, match="base_url"):
            normalize_base_url(bad)


def test_the_default_base_url_is_the_spec_server() -> None:
    assert SPEC_DATA["servers"][0]["url"] == DEFAULT_BASE_URL == normalize_base_url(DEFAULT_BASE_URL)


@pytest.fixture
def api(sandbox: Sandbox, sent: list[tuple[str, str]]) -> Iterator[Allomancy]:
    with Allomancy(sandbox.key(), sandbox.base_url + "/v1", httpx_args={"transport": Recorder(sent)}) as made:
        yield made


def test_the_grouped_surface_against_the_sandbox(api: Allomancy, sandbox: Sandbox) -> None:
    assert api.store.get().name == "Crimson Forge"
    walked = [c.username for c in api.customers.iter(limit=3, news_subscriber=True)]
    low_level = [c.username for c in iterate(list_customers.sync_detailed, api.client, limit=50, news_subscriber=True)]
    assert walked == low_level and len(walked) > 3
    card = api.gift_cards.grant("resident.username", body=GrantGiftCardRequest(credit=25))
    assert api.gift_cards.get(card.id).credit == 25
    assert card.id in {c.id for c in api.gift_cards.iter("resident.username", limit=2)}
    accessories = next(c for c in api.categories.iter(limit=2) if c.name == "Accessories")
    assert {p.name for p in api.categories.iter_products(accessories.id)} >= {"Forge Gloves", "Limited Lantern"}
    assert [t.spending_threshold for t in api.loyalty.list_tiers()] == sorted(
        t.spending_threshold for t in api.loyalty.list_tiers()
    )

    with pytest.raises(NotFoundError) as missing:
        api.customers.get("nobody.here")
    assert (missing.value.code, missing.value.method) == ("customer_not_found", "GET")
    assert missing.value.url == f"{sandbox.base_url}/v1/customers/nobody.here"


def test_errors_for_a_bad_key_and_a_missing_scope(sandbox: Sandbox) -> None:
    with pytest.raises(AuthenticationError) as bad:
        Allomancy("allo_live_bm9wZQ.bm9wZQ", sandbox.base_url).store.get()
    assert bad.value.code == "api_key_invalid" and "bm9wZQ" not in str(bad.value) + repr(bad.value)
    with pytest.raises(PermissionDeniedError) as scoped:
        Allomancy(sandbox.key("store:read"), sandbox.base_url).products.list()
    assert scoped.value.code == "insufficient_scope"


def test_an_async_client_serves_several_event_loops(sandbox: Sandbox) -> None:
    shared = AsyncAllomancy(sandbox.key(), sandbox.base_url)

    async def names() -> list[str]:
        return [c.username async for c in shared.customers.iter(limit=4)]

    async def scoped_use() -> str:
        async with shared as api:
            return (await api.store.get()).name

    first, second = asyncio.run(names()), asyncio.run(names())
    assert first == second and first
    assert asyncio.run(scoped_use()) == asyncio.run(scoped_use()) == "Crimson Forge"

    plain = AuthenticatedClient(base_url=sandbox.base_url, token=sandbox.key())

    async def store_status() -> int:
        return int((await get_store.asyncio_detailed(client=plain)).status_code)

    assert [asyncio.run(store_status()) for _ in range(2)] == [200, 200]


def test_an_async_client_given_by_the_caller_says_when_it_is_used_in_another_loop(sandbox: Sandbox) -> None:
    client = AuthenticatedClient(base_url=sandbox.base_url, token=sandbox.key())

    async def give() -> None:
        client.set_async_httpx_client(httpx.AsyncClient(base_url=sandbox.base_url))
        await get_store.asyncio_detailed(client=client)

    async def reuse() -> None:
        await get_store.asyncio_detailed(client=client)

    asyncio.run(give())
    with pytest.raises(RuntimeError, match="another event loop"):
        asyncio.run(reuse())


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    """A sandbox that allows 5 requests a second per key (a burst of 2)."""
    server = start_sandbox(tmp_path_factory.mktemp("paced"), SANDBOX_RATE_LIMIT="5", SANDBOX_RATE_BURST="2")
    yield server
    server.stop()


def test_pacing_keeps_concurrent_async_calls_under_the_rate_limit(limited: Sandbox) -> None:
    async def burst(**pacing: float) -> list[str | ApiError]:
        async with AsyncAllomancy(limited.key(), limited.base_url, retry=None, **pacing) as api:  # type: ignore[arg-type]

            async def one() -> str | ApiError:
                try:
                    return (await api.customers.get("aether.ash")).username
                except ApiError as error:
                    return error

            return list(await asyncio.gather(*(one() for _ in range(10))))

    paced = asyncio.run(burst(requests_per_second=4))
    assert paced == ["aether.ash"] * 10
    unpaced = asyncio.run(burst())
    assert any(isinstance(result, RateLimitError) for result in unpaced)  # no retries, no pacing: 429s


def test_max_concurrency_caps_requests_in_flight_sync_and_async() -> None:
    # Each request waits (bounded) until two are in flight at once, so the first two overlap for certain: with the
    # cap the peak is exactly 2, without it more would pile in; no timing is assumed.
    in_flight, peak = 0, 0
    two_in = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight >= 2:
            two_in.set()
        await asyncio.wait_for(two_in.wait(), timeout=10)
        in_flight -= 1
        return httpx.Response(404, json={"code": "customer_not_found"})

    async def run() -> list[object]:
        transport = httpx.MockTransport(handler)
        async with AsyncAllomancy("allo_live_x.y", retry=None, max_concurrency=2,
                                  httpx_args={"transport": transport}) as api:  # fmt: skip
            return list(await asyncio.gather(*(api.customers.get("a.b") for _ in range(8)), return_exceptions=True))

    results = asyncio.run(run())
    assert all(isinstance(r, NotFoundError) for r in results) and peak == 2

    lock, threads_in, threads_peak, both_in = threading.Lock(), [0], [0], threading.Event()

    def blocking(request: httpx.Request) -> httpx.Response:
        with lock:
            threads_in[0] += 1
            threads_peak[0] = max(threads_peak[0], threads_in[0])
            if threads_in[0] >= 2:
                both_in.set()
        assert both_in.wait(timeout=10), "two requests were never in flight together"
        with lock:
            threads_in[0] -= 1
        return httpx.Response(404, json={"code": "customer_not_found"})

    api = Allomancy(
        "allo_live_x.y", retry=None, max_concurrency=2, httpx_args={"transport": httpx.MockTransport(blocking)}
    )

    def one(_: int) -> str | None:
        with pytest.raises(NotFoundError) as caught:
            api.customers.get("a.b")
        return caught.value.code

    with ThreadPoolExecutor(6) as pool:
        assert list(pool.map(one, range(12))) == ["customer_not_found"] * 12
    assert threads_peak[0] == 2


def test_the_pacer_spaces_requests() -> None:
    sleeps: list[float] = []
    pacer = Pacer(requests_per_second=1, sleep=sleeps.append)
    for _ in range(3):
        pacer.wait_turn()
    assert len(sleeps) == 2 and 0.5 < sleeps[0] <= 1.0 and 1.5 < sleeps[1] <= 2.0
    with pytest.raises(ValueError):
        Pacer(requests_per_second=0)
    with pytest.raises(ValueError):
        Pacer(max_concurrency=0)


def test_a_sync_client_can_be_used_again_after_with(sandbox: Sandbox) -> None:
    api = Allomancy(sandbox.key(), sandbox.base_url)
    for _ in range(2):
        with api:
            assert api.store.get().name == "Crimson Forge"
