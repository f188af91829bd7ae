"""One sandbox subprocess (file database, rate limiting off, CORS off) shared by the hostile-input
corpus and the security checks; the soak and crash tests start their own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from allomancy_conformance.launcher import SandboxProcess, launch

from .support import api_view, db_snapshot, http_client, snapshot_diff

TARGET = "aether.ash"  # a customer of both stores, with a seeded gift card and a coupon it owns


@pytest.fixture(scope="session")
def box() -> Iterator[SandboxProcess]:
    sandbox = launch(
        {"SANDBOX_ACCESS_LOG": "1"}, prefix="allomancy-hostile-"
    )  # the key-secrecy tests read its request log
    try:
        yield sandbox
    finally:
        sandbox.cleanup()


@pytest.fixture(scope="session")
def client(box: SandboxProcess) -> Iterator[httpx.Client]:
    with http_client(box) as c:
        yield c


class Guard:
    """Snapshot the whole database and the target customer's API view; assert both are unchanged."""

    def __init__(self, box: SandboxProcess, client: httpx.Client) -> None:
        self.box = box
        self.client = client
        self.key = box.key("all")

    def take(self) -> tuple[Any, ...]:
        return db_snapshot(self.box.db_path), api_view(self.client, self.key, TARGET)

    def assert_unchanged(self, before: tuple[Any, ...], what: str = "") -> None:
        assert self.box.alive(), f"the sandbox died ({what})"
        after = self.take()
        changes = snapshot_diff(before[0], after[0])
        assert not changes, f"{what}: the database changed: {changes}"
        assert before[1] == after[1], f"{what}: the API view of {TARGET} changed"


@pytest.fixture(scope="session")
def guard(box: SandboxProcess, client: httpx.Client) -> Guard:
    return Guard(box, client)
