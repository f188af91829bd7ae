"""The verified-key cache in sandbox.auth never outlives a change to the keys: a key revoked, expired or
created through ANOTHER connection (what `allomancy-sandbox keys ...` does while the server runs) takes
effect on the very next request. Same-connection changes are covered in test_auth_routing.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from allomancy_sandbox import Config, db, key_records

from .helpers import TEST_SECRET, FakeClock, LiveServer


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def file_server(tmp_path: Path, clock: FakeClock) -> Iterator[LiveServer]:
    config = Config(db_path=str(tmp_path / "sandbox.db"), keys_file=None, secret=TEST_SECRET, clock=clock)
    live = LiveServer(config).start()
    yield live
    live.stop()


def _status(server: LiveServer, key: str) -> int:
    return httpx.get(f"{server.base_url}/v1/store", headers={"X-API-Key": key}, timeout=10).status_code


def test_changes_from_another_connection_apply_at_once(file_server: LiveServer) -> None:
    other = db.connect(file_server.config.db_path)  # a second connection, as the keys CLI opens
    try:
        store_id = other.execute("SELECT id FROM stores ORDER BY seq").fetchone()["id"]
        record, key = key_records.create_key(
            other, file_server.state.secret, store_id=store_id, name="cli key", scopes=("store:read",), now=0
        )
        assert _status(file_server, key) == 200  # created elsewhere: usable at once
        assert _status(file_server, key) == 200  # now served from the cache
        key_records.revoke(other, record.id)
        assert _status(file_server, key) == 401
        assert _status(file_server, key) == 401

        record2, key2 = key_records.create_key(
            other, file_server.state.secret, store_id=store_id, name="cli key 2", scopes=("store:read",), now=0
        )
        assert _status(file_server, key2) == 200
        key_records.expire(other, record2.id, 1)  # long past
        assert _status(file_server, key2) == 401
    finally:
        other.close()


def test_expiry_is_checked_on_every_request(file_server: LiveServer, clock: FakeClock) -> None:
    conn = file_server.state.conn
    store_id = conn.execute("SELECT id FROM stores ORDER BY seq").fetchone()["id"]
    now = int(clock())
    _, key = key_records.create_key(
        conn,
        file_server.state.secret,
        store_id=store_id,
        name="short key",
        scopes=("store:read",),
        now=now,
        expires_at=now + 60,
    )
    assert _status(file_server, key) == 200
    assert _status(file_server, key) == 200  # cached
    clock.advance(61)  # no write in between: only the clock moves past the expiry
    assert _status(file_server, key) == 401
