"""Crash safety: SIGKILL the sandbox in the middle of a write burst, restart it on the same database,
and check that every acknowledged (200) write is there.

Each writer thread owns its customers, so each check is exact: a thread has at most one request in
flight when the process dies, and that one write may or may not have landed.

- increment-credit on the thread's own customer: final = start + acked deltas (+ the in-flight delta);
- set-credit on the thread's own second customer: final = last acked value (or the in-flight value);
- grant-gift-card on the first customer: every acked card exists with its credit and owner, and the
  number of new cards is the number acked (+1 if a grant was in flight);
- `PRAGMA integrity_check` is ok on a copy of the crash image (db + WAL, before any restart) and on
  the live database after the restart.
"""

from __future__ import annotations

import itertools
import random
import shutil
import sqlite3
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from allomancy_conformance.launcher import SandboxProcess, child_pids

from .httpclient import HttpClient, TransportError

CREDIT_HEADROOM = 100_000


@dataclass
class Writer:
    index: int
    inc_customer: str
    set_customer: str
    inc_acked: int = 0
    inc_count: int = 0
    set_count: int = 0
    set_last: int | None = None
    cards: dict[str, int] = field(default_factory=dict)  # acked grant id -> credit
    inflight: tuple[str, int] | None = None  # (kind, value) of the request without an answer
    acked: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class RoundResult:
    acked_writes: int
    present_writes: int
    inflight_at_kill: int
    inflight_landed: int
    wal_bytes_at_kill: int
    integrity_crash_image: str
    integrity_after_restart: str
    problems: list[str]


def wait_gone(pids: list[int], timeout: float = 10.0) -> bool:
    """Wait (bounded) until none of `pids` runs any more."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = [pid for pid in pids if Path(f"/proc/{pid}").exists() and not _zombie(pid)]
        if not alive:
            return True
        time.sleep(0.02)
    return False


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] == "Z"
    except OSError:
        return False


def integrity(path: Path) -> str:
    conn = sqlite3.connect(str(path), timeout=10)
    try:
        return "; ".join(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def _get(client: HttpClient, key: str, path: str) -> Any:
    response = client.request(
        "GET",
        path,
        headers={"X-API-Key": key},
        params={"limit": 1000} if path.endswith("giftcards") or path == "/v1/customers" else None,
    )
    if response.status_code != 200:
        raise AssertionError(f"GET {path} -> {response.status_code} {response.text[:200]}")
    return response.json()


def _burst(box: SandboxProcess, writer: Writer, key: str, stop: threading.Event, deadline: float) -> None:
    client = HttpClient(box.base_url, timeout=5)
    rng = random.Random(writer.index)
    base = "/v1/customers/{}/actions/"
    try:
        for kind in itertools.cycle(("inc", "set", "grant")):
            if stop.is_set() or time.monotonic() > deadline:
                return
            value = (
                rng.randint(1, 50)
                if kind == "inc"
                else rng.randint(0, 90_000)
                if kind == "set"
                else rng.randint(1, 10_000)
            )
            if kind == "inc":
                path, body = base.format(writer.inc_customer) + "increment-credit", {"delta": value}
            elif kind == "set":
                path, body = base.format(writer.set_customer) + "set-credit", {"credit": value}
            else:
                path, body = base.format(writer.inc_customer) + "grant-gift-card", {"credit": value}
            writer.inflight = (kind, value)
            try:
                response = client.request("POST", path, headers={"X-API-Key": key}, json=body)
            except TransportError:
                return  # the server is gone: this write's fate is unknown (it stays in flight)
            writer.inflight = None
            if response.status_code != 200:
                writer.errors.append(f"{path} -> {response.status_code} {response.text[:120]}")
                continue
            writer.acked += 1
            if kind == "inc":
                writer.inc_acked += value
                writer.inc_count += 1
            elif kind == "set":
                writer.set_last = value
                writer.set_count += 1
            else:
                writer.cards[response.json()["id"]] = value
    finally:
        client.close()


def crash_round(box: SandboxProcess, writers: int = 8, min_acked: int = 300, max_burst: float = 3.0) -> RoundResult:
    """One burst -> SIGKILL -> copy the crash image -> restart -> verify. `box` must be running."""
    key = box.key("all")
    client = HttpClient(box.base_url, timeout=10)
    customers = [c for c in _get(client, key, "/v1/customers")["data"] if c["credit"] < 1_000_000 - CREDIT_HEADROOM]
    if len(customers) < 2 * writers:
        raise AssertionError(f"need {2 * writers} customers below the credit limit, have {len(customers)}")
    crew = [Writer(i, customers[2 * i]["username"], customers[2 * i + 1]["username"]) for i in range(writers)]
    start = {c["username"]: c["credit"] for c in customers}
    seeded = {
        w.inc_customer: {g["id"] for g in _get(client, key, f"/v1/customers/{w.inc_customer}/giftcards")["data"]}
        for w in crew
    }
    client.close()

    stop = threading.Event()
    deadline = time.monotonic() + max_burst + 10
    threads = [threading.Thread(target=_burst, args=(box, w, key, stop, deadline), daemon=True) for w in crew]
    for thread in threads:
        thread.start()
    burst_end = time.monotonic() + max_burst
    while time.monotonic() < burst_end and sum(w.acked for w in crew) < min_acked:
        time.sleep(0.01)
    workers = child_pids(box.pid)
    box.kill()  # SIGKILL mid-burst: no shutdown, no checkpoint
    gone = wait_gone(workers)  # worker processes die with their parent (PR_SET_PDEATHSIG)
    stop.set()
    for thread in threads:
        thread.join(timeout=15)
    problems = [f"writer {w.index}: {e}" for w in crew for e in w.errors[:3]]
    problems += [f"writer thread {i} did not stop" for i, t in enumerate(threads) if t.is_alive()]
    problems += [] if gone else [f"worker processes {workers} outlived the killed server"]

    wal = box.db_path.with_name(box.db_path.name + "-wal")
    wal_bytes = wal.stat().st_size if wal.exists() else 0
    image = Path(tempfile.mkdtemp(prefix="allomancy-crash-image-"))
    try:
        for suffix in ("", "-wal"):  # the crash image as a restart finds it (the -shm index is rebuilt)
            source = box.db_path.with_name(box.db_path.name + suffix)
            if source.exists():
                shutil.copy2(source, image / (box.db_path.name + suffix))
        image_check = integrity(image / box.db_path.name)
    finally:
        shutil.rmtree(image, ignore_errors=True)

    box.start()  # same database file, new process
    key = box.key("all")
    client = HttpClient(box.base_url, timeout=10)
    acked = sum(w.acked for w in crew)
    present = landed = 0
    try:
        for w in crew:
            kind, amount = w.inflight if w.inflight is not None else ("", 0)
            # increments: exact sum (an increment applied twice or lost would show)
            credit = _get(client, key, f"/v1/customers/{w.inc_customer}/credit")["credit"]
            expected = start[w.inc_customer] + w.inc_acked
            if credit == expected or (kind == "inc" and credit == expected + amount):
                present += w.inc_count
                landed += credit != expected
            else:
                problems.append(
                    f"{w.inc_customer}: credit {credit}, expected {expected} (acked increments)"
                    + (f" or {expected + amount} (with the one in flight)" if kind == "inc" else "")
                )
            # sets: the last acknowledged value (or the one in flight after it)
            set_credit = _get(client, key, f"/v1/customers/{w.set_customer}/credit")["credit"]
            last = w.set_last if w.set_last is not None else start[w.set_customer]
            if set_credit == last or (kind == "set" and set_credit == amount):
                present += w.set_count
                landed += set_credit != last
            else:
                problems.append(f"{w.set_customer}: credit {set_credit}, last acked set {last}")
            # grants: each acknowledged card, and no unacknowledged card beyond the one in flight
            cards = {g["id"]: g for g in _get(client, key, f"/v1/customers/{w.inc_customer}/giftcards")["data"]}
            for card_id, card_credit in w.cards.items():
                card = cards.get(card_id)
                if card is not None and card["credit"] == card_credit:
                    present += 1
                else:
                    problems.append(f"acked gift card {card_id} ({card_credit} L$) missing or changed: {card}")
            new = set(cards) - seeded[w.inc_customer] - set(w.cards)
            if len(new) == 1 and kind == "grant" and cards[next(iter(new))]["credit"] == amount:
                landed += 1
            elif new:
                problems.append(f"{w.inc_customer}: {len(new)} unacknowledged card(s) appeared")
    finally:
        client.close()
    return RoundResult(
        acked,
        present,
        sum(1 for w in crew if w.inflight is not None),
        landed,
        wal_bytes,
        image_check,
        integrity(box.db_path),
        problems,
    )
