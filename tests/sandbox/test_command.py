"""`allomancy-sandbox serve` as a user runs it (a subprocess): every setting has a flag named with its variable in
--help, a bad value exits 2, a port in use is one line naming the port and --port with exit 3 and writes nothing,
the access log is off unless asked for, and the package description names only commands that exist."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tomllib
from pathlib import Path

from allomancy_sandbox.cli import SERVE_FLAGS

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60


def sandbox(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SANDBOX_")}
    return subprocess.run(
        [sys.executable, "-m", "allomancy_sandbox", *args],
        env=clean,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def test_serve_help_lists_every_flag_with_its_variable(tmp_path: Path) -> None:
    result = sandbox(tmp_path, "serve", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for flag, variable, _, _ in SERVE_FLAGS:
        assert flag in text and f"env {variable}" in text, flag
    assert "--access-log" in text and "SANDBOX_ACCESS_LOG" in text and "SANDBOX_DB" in text
    top = sandbox(tmp_path, "--help")
    assert top.returncode == 0 and "exit status" in top.stdout
    for command in ("keys", "seed", "fresh-store"):
        assert sandbox(tmp_path, command, "--help").returncode == 0, command


def test_a_bad_port_is_a_usage_error(tmp_path: Path) -> None:
    result = sandbox(tmp_path, "serve", "--port", "eighty")
    assert result.returncode == 2 and "--port" in result.stderr.splitlines()[-1]
    assert list(tmp_path.iterdir()) == []


def test_a_port_in_use_writes_nothing_and_is_one_line_naming_the_port(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = sandbox(tmp_path, "serve", "--port", str(port))
    assert result.returncode == 3, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and f"127.0.0.1:{port}" in lines[0] and "--port" in lines[0] and "SANDBOX_PORT" in lines[0]
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == [], "a failed start must not write the keys file or the database"


def test_the_access_log_is_off_by_default_and_on_with_the_flag() -> None:
    from allomancy_sandbox.config import from_env
    from allomancy_sandbox.server import uvicorn_options

    assert uvicorn_options(from_env({}))["access_log"] is False
    assert uvicorn_options(from_env({"SANDBOX_ACCESS_LOG": "1"}))["access_log"] is True


def test_package_descriptions_name_commands_that_exist() -> None:
    commands = set()
    for project in ("sandbox", "contract_tests", "spec"):
        data = tomllib.loads((ROOT / project / "pyproject.toml").read_text())
        commands |= set(data["project"].get("scripts", {}))
        readme = (ROOT / project / data["project"].get("readme", "README.md")).read_text()
        assert "python -m sandbox" not in readme, project
    assert {"allomancy-sandbox", "allomancy-conformance"} <= commands


def test_a_bad_page_origin_is_one_line_naming_the_variable(tmp_path: Path) -> None:
    for value in ("Crimson Forge", "Crimson Forge=ftp://x", "Crimson Forge=http://127.0.0.1:1/page"):
        result = sandbox(tmp_path, "serve", "--port", "0", "--page-origins", value)
        assert result.returncode == 2, (value, result.stderr)
        assert "SANDBOX_PAGE_ORIGINS" in result.stderr.splitlines()[-1], value
    unknown = sandbox(tmp_path, "serve", "--port", "0", "--keys-file", "", "--page-origins", "No Such=http://a.b")
    assert unknown.returncode == 2, unknown.stderr
    assert "unknown store 'No Such'" in unknown.stderr and "Crimson Forge" in unknown.stderr


def test_a_page_origin_sets_the_mint_url_and_the_customer_cors(tmp_path: Path) -> None:
    from allomancy_sandbox.config import from_env

    from .helpers import start_server

    config = from_env({"SANDBOX_PAGE_ORIGINS": "crimson forge=http://127.0.0.1:8123/"})
    assert config.page_origins == (("crimson forge", "http://127.0.0.1:8123"),)
    server = start_server(page_origins=config.page_origins)
    try:
        import httpx

        keys = server.keys()
        with httpx.Client(base_url=server.base_url, timeout=10) as http:
            body = {"customerIdentifier": "resident.username"}
            minted = http.post("/v1/customer-tokens", json=body, headers={"X-API-Key": keys["all"]})
            assert minted.status_code == 200, minted.text
            assert minted.json()["url"].startswith("http://127.0.0.1:8123/#ct=")
            token = minted.json()["token"]
            for origin, readable in (("http://127.0.0.1:8123", True), ("https://customer.allomancy.com", False)):
                answer = http.get("/v1/customer/profile", headers={"X-Customer-Token": token, "Origin": origin})
                assert answer.status_code == 200
                assert (answer.headers.get("access-control-allow-origin") == origin) is readable, origin
    finally:
        server.stop()
