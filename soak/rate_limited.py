"""Run 2 of the soak (rate limiting on): N clients each complete T increment/read tasks, honouring Retry-After on
every 429. Checks: every 429 carries a valid Retry-After and is problem+json rate_limited, every task completes, a
429'd increment is never applied (final balances exact), no 5xx."""

from __future__ import annotations

import random
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import allomancy_spec
from allomancy_conformance.launcher import launch

from .actions import CREDIT_LIMIT
from .httpclient import Response
from .soak_client import Client
from .stats import Recorder
from .workload import server_health_checks


@dataclass
class RateLimitResult:
    clients: int
    tasks: int
    completed: int
    abandoned: int
    elapsed: float
    rate: float
    burst: int
    count_429: int
    missing_retry_after: int
    bad_retry_after: int
    max_retry_after: int
    recorder: Recorder
    checks: list[tuple[str, str, str, bool]]

    @property
    def ok(self) -> bool:
        return not self.recorder.violations and all(ok for *_, ok in self.checks)


RL_ALLOWED: dict[str, set[tuple[int, str]]] = {}


class PoliteClient(Client):
    """A client that retries after a 429, waiting the Retry-After it was given."""

    def __init__(
        self,
        base_url: str,
        recorder: Recorder,
        timeout: float,
        allowed: dict[str, set[tuple[int, str]]],
        *,
        deadline: float,
        max_attempts: int,
        stats: dict[str, int],
        stats_lock: threading.Lock,
    ) -> None:
        super().__init__(base_url, recorder, timeout, allowed, extra_allowed={(429, "rate_limited")})
        self.deadline = deadline
        self.max_attempts = max_attempts
        self.stats = stats
        self.stats_lock = stats_lock

    def _bump(self, name: str, value: int = 1, maximum: bool = False) -> None:
        with self.stats_lock:
            self.stats[name] = max(self.stats[name], value) if maximum else self.stats[name] + value

    def polite(self, op: str, method: str, path: str, key: str, **kwargs: Any) -> Response | None:
        for _ in range(self.max_attempts):
            response = self.call(op, method, path, key, **kwargs)
            if response is None or response.status_code != 429:
                return response
            self._bump("429")
            raw = response.headers.get("retry-after")
            if raw is None:
                self._bump("missing_retry_after")
                self.recorder.violation(f"{op}: 429 without Retry-After")
                wait = 1
            elif not 1 <= (allomancy_spec.retry_after_seconds(raw) or 0) <= 3600:
                self._bump("bad_retry_after")
                self.recorder.violation(f"{op}: 429 with Retry-After {raw!r} (want delta-seconds 1..3600)")
                wait = 1
            else:
                wait = int(raw)
                self._bump("max_retry_after", wait, maximum=True)
            if time.monotonic() + wait > self.deadline:
                return response
            time.sleep(wait + random.uniform(0, 0.2))  # honour Retry-After (plus a little jitter)
        return None


def run_rate_limited(
    clients: int = 32,
    tasks_per_client: int = 12,
    rate: float = 20.0,
    burst: int = 10,
    deadline_seconds: float = 90.0,
    timeout: float = 30.0,
    seed: int = 2,
    log: Callable[[str], None] = print,
    server_workers: int = 1,
) -> RateLimitResult:
    """SandboxProcess with SANDBOX_RATE_LIMIT=rate per key: polite clients must all finish their tasks."""
    recorder = Recorder()
    # With several server workers each has its own buckets: a key may get up to that many times the rate.
    box = launch(
        {"SANDBOX_RATE_LIMIT": str(rate), "SANDBOX_RATE_BURST": str(burst), "SANDBOX_WORKERS": str(server_workers)}
    )
    stats: dict[str, int] = defaultdict(int)
    stats_lock = threading.Lock()
    try:
        setup_deadline = time.monotonic() + deadline_seconds
        list_key = box.key("customers:read")  # its own bucket: setup and verification do not steal tokens
        setup = PoliteClient(
            box.base_url,
            Recorder(),
            timeout,
            RL_ALLOWED,
            deadline=setup_deadline,
            max_attempts=1000,
            stats=defaultdict(int),
            stats_lock=threading.Lock(),
        )

        def balances() -> dict[str, int]:
            """Every customer's credit, from ONE list request (so verification costs one token)."""
            reply = setup.polite("setup", "GET", "/v1/customers", list_key, params={"limit": 1000})
            if reply is None or reply.status_code != 200 or reply.json()["pagination"]["nextCursor"] is not None:
                raise RuntimeError("rate-limited run: could not list customers in one page")
            return {c["username"]: int(c["credit"]) for c in reply.json()["data"]}

        start_all = balances()
        names = [n for n, credit in start_all.items() if credit < CREDIT_LIMIT - 10_000]
        targets = names[:clients] if len(names) >= clients else [names[i % len(names)] for i in range(clients)]
        start = {name: start_all[name] for name in set(targets)}
        keys = [box.key("all"), box.key("credits:write")]
        acked: dict[str, int] = defaultdict(int)
        completed = [0]
        abandoned = [0]
        lock = threading.Lock()
        log(
            f"rate-limited run: sandbox on {box.base_url}; {rate:g} req/s per key, burst {burst};"
            f" {clients} clients x {tasks_per_client} tasks over {len(keys)} keys"
        )
        started = time.monotonic()
        deadline = started + deadline_seconds

        def worker(index: int) -> None:
            client = PoliteClient(
                box.base_url,
                recorder,
                timeout,
                RL_ALLOWED,
                deadline=deadline,
                max_attempts=100,
                stats=stats,
                stats_lock=stats_lock,
            )
            rng = random.Random(seed * 1000 + index)
            key = keys[index % len(keys)]
            name = targets[index]
            try:
                for task in range(tasks_per_client):
                    if key == keys[0] and task % 3 == 2:  # the all-scopes key also reads
                        reply = client.polite("getCustomerCredit", "GET", f"/v1/customers/{name}/credit", key)
                        ok = reply is not None and reply.status_code == 200
                    else:
                        path = f"/v1/customers/{name}/actions/increment-credit"
                        reply = client.polite("incrementCredit", "POST", path, key, json={"delta": 1})
                        ok = reply is not None and reply.status_code == 200
                        if ok:
                            with lock:
                                acked[name] += 1
                    with lock:
                        if ok:
                            completed[0] += 1
                        else:
                            abandoned[0] += 1
                    time.sleep(rng.uniform(0, 0.01))
            finally:
                client.close()

        threads = [threading.Thread(target=worker, args=(i,), daemon=True, name=f"rl-{i}") for i in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=deadline_seconds + timeout + 10)
            if thread.is_alive():
                recorder.violation(f"{thread.name} did not finish")
        elapsed = time.monotonic() - started
        setup.deadline = time.monotonic() + deadline_seconds
        final = balances()
        wrong = [f"{n}: {final[n]} != {start[n] + acked[n]}" for n in start if final[n] != start[n] + acked[n]]
        setup.close()
        for text in setup.recorder.violations:
            recorder.violation(text)
        total = clients * tasks_per_client
        checks = [
            ("all tasks completed", str(total), str(completed[0]), completed[0] == total),
            ("rate limiting exercised (429 seen)", ">0", str(stats["429"]), stats["429"] > 0),
            (
                "every 429 has Retry-After (delta-seconds)",
                "0 missing/bad",
                f"{stats['missing_retry_after']} missing, {stats['bad_retry_after']} bad",
                stats["missing_retry_after"] == 0 and stats["bad_retry_after"] == 0,
            ),
            (
                "balances = start + acked increments (429s not applied)",
                "exact",
                "exact" if not wrong else "; ".join(wrong[:3]),
                not wrong,
            ),
            ("no 5xx", "0", str(recorder.count_5xx()), recorder.count_5xx() == 0),
            *server_health_checks(box),
        ]
        return RateLimitResult(
            clients,
            total,
            completed[0],
            abandoned[0],
            elapsed,
            rate,
            burst,
            stats["429"],
            stats["missing_retry_after"],
            stats["bad_retry_after"],
            stats["max_retry_after"],
            recorder,
            checks,
        )
    finally:
        box.cleanup()
