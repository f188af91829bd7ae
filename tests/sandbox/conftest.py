"""Fixtures: one live sandbox per session (in-memory DB), an Api client, and `fresh` (re-seeded DB)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .helpers import Api, FakeClock, LiveServer, start_server


@pytest.fixture(scope="session")
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def server(clock: FakeClock) -> Iterator[LiveServer]:
    live = start_server(clock=clock)
    yield live
    live.stop()
    assert live.state.internal_errors == 0, "some request reached the 500 catch-all"


@pytest.fixture(scope="session")
def api(server: LiveServer) -> Iterator[Api]:
    client = Api(server)
    yield client
    client.client.close()


@pytest.fixture
def fresh(api: Api, server: LiveServer, clock: FakeClock) -> Api:
    """A freshly seeded database (same secret, so the same demo keys) and a reset clock."""
    server.state.reset()
    clock.offset = 0.0
    api.refresh_keys()
    return api
