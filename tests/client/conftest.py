"""Fixtures for the client tests (the client, with its helpers in allomancy_client.kit, is installed by `make venv`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from allomancy_client import AuthenticatedClient
from allomancy_client.kit import RetryPolicy, connect

from .support import Recorder, Sandbox, StubServer, start_sandbox

COVERAGE_TEST = "test_operation_coverage.py::test_every_operation_is_called"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the operation-coverage check after every other client test has sent its requests."""
    last = [item for item in items if item.nodeid.endswith(COVERAGE_TEST)]
    items[:] = [item for item in items if item not in last] + last


@pytest.fixture(scope="session")
def sent() -> list[tuple[str, str]]:
    """(method, path) of every request the client tests sent to the sandbox."""
    return []


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    server = start_sandbox(tmp_path_factory.mktemp("sandbox"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def client(sandbox: Sandbox, sent: list[tuple[str, str]]) -> Iterator[AuthenticatedClient]:
    """An all-scopes client of the first store; retries on, no waiting (the sandbox does not rate-limit here)."""
    with connect(
        sandbox.key(),
        sandbox.base_url,
        retry=RetryPolicy(attempts=2, backoff=0),
        httpx_args={"transport": Recorder(sent)},
    ) as made:
        yield made


@pytest.fixture
def make_client(sandbox: Sandbox, sent: list[tuple[str, str]]) -> Iterator[Callable[..., AuthenticatedClient]]:
    """make_client(scope="all", store=0, **settings): a plain AuthenticatedClient on the sandbox."""
    made: list[AuthenticatedClient] = []

    def make(scope: str = "all", store: int = 0, **settings: object) -> AuthenticatedClient:
        settings.setdefault("httpx_args", {"transport": Recorder(sent)})
        new = AuthenticatedClient(base_url=sandbox.base_url, token=sandbox.key(scope, store), **settings)  # type: ignore[arg-type]
        made.append(new)
        return new

    yield make
    for each in made:
        each.get_httpx_client().close()


@pytest.fixture
def stub() -> Iterator[StubServer]:
    server = StubServer()
    yield server
    server.close()


@pytest.fixture
def sandbox_async(sandbox: Sandbox, sent: list[tuple[str, str]]) -> Callable[[], AuthenticatedClient]:
    """A factory of all-scopes clients for async tests: make one inside the event loop and `async with` it."""
    return lambda: connect(sandbox.key(), sandbox.base_url, httpx_args={"transport": Recorder(sent)})
