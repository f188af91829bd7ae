"""Shared helpers for the hostile tests: database snapshots (read-only, straight from the file), an
API view of the target customer, problem+json assertions, and small request helpers."""

from __future__ import annotations

import sqlite3
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

import httpx

from allomancy_conformance.launcher import SandboxProcess
from allomancy_conformance.problems import problem_errors, spec_problem_codes

KEY_MARKER = "allo_test_"


def db_snapshot(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read through a read-only connection (sees the latest commit)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {table: conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall() for table in tables}
    finally:
        conn.close()


def snapshot_diff(before: dict[str, list[tuple[Any, ...]]], after: dict[str, list[tuple[Any, ...]]]) -> list[str]:
    changes = []
    for table in sorted(set(before) | set(after)):
        old, new = before.get(table, []), after.get(table, [])
        if old != new:
            added = [row for row in new if row not in old][:3]
            removed = [row for row in old if row not in new][:3]
            changes.append(f"{table}: {len(old)} -> {len(new)} rows; added {added}; removed {removed}")
    return changes


def api_view(client: httpx.Client, key: str, username: str) -> tuple[Any, ...]:
    """What the API says about one customer: profile, credit and every gift card."""
    headers = {"X-API-Key": key}
    customer = client.get(f"/v1/customers/{username}", headers=headers)
    credit = client.get(f"/v1/customers/{username}/credit", headers=headers)
    cards = client.get(f"/v1/customers/{username}/giftcards", headers=headers, params={"limit": 1000})
    assert customer.status_code == credit.status_code == cards.status_code == 200, (customer.text, credit.text)
    return customer.json(), credit.json(), cards.json()["data"]


def assert_problem(
    status: int,
    content_type: str | None,
    body: bytes,
    expected_status: int | None = None,
    expected_code: str | AbstractSet[str] | None = None,
) -> str:
    """A 4xx problem+json with a code from the spec's list (and the expected status/code); returns the code."""
    import json

    assert 400 <= status < 500, f"not a 4xx: {status} {body[:200]!r}"
    errors = problem_errors(status, content_type, body)
    assert not errors, f"{status}: {errors}; body {body[:200]!r}"
    code = json.loads(body)["code"]
    assert code in spec_problem_codes()
    if expected_status is not None:
        assert status == expected_status, f"status {status} ({code}), expected {expected_status}"
    if expected_code is not None:
        allowed = {expected_code} if isinstance(expected_code, str) else expected_code
        assert code in allowed, f"code {code}, expected {sorted(allowed)}"
    assert KEY_MARKER.encode() not in body, "a problem document echoes an API key"
    return str(code)


def http_client(box: SandboxProcess) -> httpx.Client:
    return httpx.Client(base_url=box.base_url, timeout=15)
