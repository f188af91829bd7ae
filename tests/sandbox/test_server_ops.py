"""Persistence across restarts, the keys CLI, the `allomancy-sandbox` command, rate limiting, CORS and configuration."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from allomancy_conformance.launcher import launch
from allomancy_sandbox import Config, key_crypto
from allomancy_sandbox.config import ConfigError, from_env
from allomancy_sandbox.ratelimit import TokenBucketLimiter
from allomancy_sandbox.scopes import SCOPES

from .helpers import Api, LiveServer, assert_problem, start_server

REPO = Path(__file__).resolve().parents[2]


def test_state_and_demo_keys_survive_a_restart(tmp_path: Path) -> None:
    db_path = str(tmp_path / "state" / "sandbox.db")
    first = LiveServer(Config(db_path=db_path, keys_file=None)).start()
    try:
        demo = first.state.demo_keys()
        key = demo[0]["keys"]["all"]
        assert set(demo[0]["keys"]) == {"all", *SCOPES} and set(demo[1]["keys"]) == {"all"}
        with httpx.Client(base_url=first.base_url, headers={"X-API-Key": key}) as client:
            assert client.post("/v1/customers/aether.ash/actions/set-credit", json={"credit": 4242}).status_code == 200
            created = client.post("/v1/categories", json={"name": "Persisted"}).json()
    finally:
        first.stop()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    stored = {row[0] for row in conn.execute("SELECT key_hash FROM api_keys")}
    assert key not in stored and key_crypto.hash_key(key) in stored  # only hashes at rest
    conn.close()
    second = LiveServer(Config(db_path=db_path, keys_file=None)).start()
    try:
        assert second.state.demo_keys() == demo  # same secret, same derived keys, no re-seed
        with httpx.Client(base_url=second.base_url, headers={"X-API-Key": key}) as client:
            assert client.get("/v1/customers/aether.ash/credit").json()["credit"] == 4242
            assert client.get(f"/v1/categories/{created['id']}").json()["name"] == "Persisted"
            assert len(client.get("/v1/customers").json()["data"]) == 30
    finally:
        second.stop()


def run_cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SANDBOX_DB": str(db_path)}
    return subprocess.run(
        [sys.executable, "-m", "allomancy_sandbox", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_keys_cli_create_list_revoke_expire(tmp_path: Path) -> None:
    db_path = tmp_path / "cli.db"
    created = run_cli(
        db_path,
        "keys",
        "create",
        "--store",
        "Crimson Forge",
        "--name",
        "ci key",
        "--scopes",
        "customers:read,credits:read",
    )
    assert created.returncode == 0, created.stderr
    record = json.loads(created.stdout)
    key = record["key"]
    assert key.startswith("allo_test_") and record["scopes"] == ["customers:read", "credits:read"]
    assert record["preview"] == "allo_test_***" + key[-6:]
    duplicate = run_cli(db_path, "keys", "create", "--store", "crimson forge", "--name", "ci key", "--scopes", "all")
    assert duplicate.returncode == 1 and "already exists" in duplicate.stderr
    assert (
        run_cli(db_path, "keys", "create", "--store", "Crimson Forge", "--name", "ab", "--scopes", "all").returncode
        == 1
    )
    assert run_cli(db_path, "keys", "create", "--store", "Nowhere", "--name", "abc", "--scopes", "all").returncode == 1
    assert (
        run_cli(
            db_path, "keys", "create", "--store", "Crimson Forge", "--name", "abc", "--scopes", "customers:delete"
        ).returncode
        == 1
    )
    listing = run_cli(db_path, "keys", "list", "--json")
    rows = json.loads(listing.stdout)
    assert len(rows) == 19 and key not in listing.stdout  # 17 + 1 demo keys, plus ours; never the secret
    live = LiveServer(Config(db_path=str(db_path), keys_file=None)).start()
    try:
        with httpx.Client(base_url=live.base_url, headers={"X-API-Key": key}) as client:
            assert client.get("/v1/customers/aether.ash").status_code == 200
            assert client.get("/v1/store").json()["code"] == "insufficient_scope"
            assert run_cli(db_path, "keys", "expire", record["id"], "--at", "2999-01-01T00:00:00Z").returncode == 0
            assert client.get("/v1/customers/aether.ash").status_code == 200
            assert run_cli(db_path, "keys", "expire", "ci key", "--store", "Crimson Forge").returncode == 0
            assert_problem(client.get("/v1/customers/aether.ash"), 401, "api_key_invalid")
            assert run_cli(db_path, "keys", "expire", record["id"], "--at", "2999-01-01T00:00:00Z").returncode == 0
            assert run_cli(db_path, "keys", "revoke", record["id"]).returncode == 0
            assert_problem(client.get("/v1/customers/aether.ash"), 401, "api_key_invalid")
        text_listing = run_cli(db_path, "keys", "list", "--store", "Crimson Forge").stdout
        assert "revoked" in text_listing and "ci key" in text_listing
        assert run_cli(db_path, "keys", "revoke", "no-such-id").returncode == 1
        demo = json.loads(run_cli(db_path, "keys", "demo").stdout)
        assert demo["stores"] == live.state.demo_keys()
    finally:
        live.stop()


def test_the_sandbox_command_serves_and_writes_the_keys_file() -> None:
    box = launch({"SANDBOX_ACCESS_LOG": "1"}, prefix="allomancy-command-")  # requests logged: none may show a key
    try:
        document = box.keys
        assert document["baseUrl"] == box.base_url
        assert [s["name"] for s in document["stores"]] == ["Crimson Forge", "Azure Loom"]
        assert set(document["stores"][0]["keys"]) == {"all", *SCOPES}
        assert box.keys_file.stat().st_mode & 0o077 == 0
        key = document["stores"][0]["keys"]["all"]
        assert httpx.get(f"{document['baseUrl']}/v1/store", headers={"X-API-Key": key}).status_code == 200
        box.stop()
        banner, request_log = box.split_log()
    finally:
        box.cleanup()
    assert key in banner  # the start-up listing prints the demo keys ...
    requests = [line for line in request_log.splitlines() if "/v1/store" in line]
    assert requests and not any(key in line for line in requests)  # ... but requests never log them


def test_rate_limit_429_with_retry_after() -> None:
    live = start_server(rate_limit=0.5, rate_burst=3)
    try:
        all_key = live.keys()["all"]
        with httpx.Client(base_url=live.base_url) as client:
            for _ in range(3):
                assert client.get("/v1/store", headers={"X-API-Key": all_key}).status_code == 200
            limited = client.get("/v1/store", headers={"X-API-Key": all_key})
            assert_problem(limited, 429, "rate_limited")
            assert limited.headers["retry-after"] == "2"
            # per key: another key still has its own bucket; unauthenticated requests are not limited
            assert client.get("/v1/store", headers={"X-API-Key": live.keys()["store:read"]}).status_code == 200
            assert client.get("/v1/store").status_code == 401
    finally:
        live.stop()


def test_token_bucket_refills() -> None:
    now = [0.0]
    limiter = TokenBucketLimiter(rate=2, burst=2, clock=lambda: now[0])
    assert limiter.retry_after("k") is None and limiter.retry_after("k") is None
    assert limiter.retry_after("k") == 1
    now[0] += 0.5
    assert limiter.retry_after("k") is None
    assert limiter.retry_after("k") == 1
    now[0] += 10
    assert [limiter.retry_after("k") for _ in range(3)] == [None, None, 1]  # capped at the burst


def test_no_cors_headers_unless_configured(api: Api) -> None:
    response = api.get("/v1/store", headers={"Origin": "https://evil.example"})
    assert not any(name.lower().startswith("access-control-") for name in response.headers)
    preflight = api.request(
        "OPTIONS",
        "/v1/store",
        key=None,
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 405


def test_cors_when_configured() -> None:
    live = start_server(cors_origins=("https://app.example",))
    try:
        headers = {"Origin": "https://app.example", "X-API-Key": live.keys()["all"]}
        response = httpx.get(f"{live.base_url}/v1/store", headers=headers)
        assert response.headers["access-control-allow-origin"] == "https://app.example"
        preflight = httpx.options(
            f"{live.base_url}/v1/store",
            headers={
                "Origin": "https://app.example",
                "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "X-API-Key",
            },
        )
        assert preflight.status_code == 200
        other = httpx.get(f"{live.base_url}/v1/store", headers={**headers, "Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
    finally:
        live.stop()


def test_config_from_env() -> None:
    config = from_env(
        {
            "SANDBOX_DB": ":memory:",
            "SANDBOX_PORT": "9000",
            "SANDBOX_CREDIT_LIMIT": "500",
            "SANDBOX_RATE_LIMIT": "5",
            "SANDBOX_RATE_BURST": "10",
            "SANDBOX_CORS_ORIGINS": "a, b",
        }
    )
    assert (
        config.db_path,
        config.port,
        config.credit_limit,
        config.rate_limit,
        config.rate_burst,
        config.cors_origins,
    ) == (":memory:", 9000, 500, 5.0, 10, ("a", "b"))
    defaults = from_env({})
    assert (defaults.host, defaults.port, defaults.db_path, defaults.keys_file, defaults.rate_limit) == (
        "127.0.0.1",
        8400,
        ".sandbox/sandbox.db",
        ".sandbox/keys.json",
        None,
    )
    assert from_env({"SANDBOX_RATE_LIMIT": "off"}).rate_limit is None
    for bad in (
        {"SANDBOX_PORT": "x"},
        {"SANDBOX_RATE_LIMIT": "-1"},
        {"SANDBOX_CREDIT_LIMIT": "-5"},
        {"SANDBOX_RATE_LIMIT": "nan"},
    ):
        with pytest.raises(ConfigError):
            from_env(bad)
