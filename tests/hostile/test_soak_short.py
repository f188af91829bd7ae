"""A short version of `python -m soak` for `make test`: 8 clients for 3 s, then a small rate-limited run.
The full run (32 clients x 20 s) is `make soak`."""

from __future__ import annotations

from soak.rate_limited import run_rate_limited
from soak.workload import run_soak


def test_short_soak_loses_no_update_and_never_5xx() -> None:
    result = run_soak(clients=8, duration=3.0, seed=7, log=lambda _: None)
    failed = [check for check in result.checks if not check[3]]
    assert not failed, failed
    assert not result.recorder.violations, result.recorder.violations[:20]
    assert result.lost_updates == 0
    assert result.recorder.count_5xx() == 0
    # the machine may be shared and slow: require real traffic, not a throughput figure
    assert result.recorder.statuses[200] >= 20, "too little traffic to mean anything"


def test_short_rate_limited_run_every_429_has_retry_after_and_polite_clients_finish() -> None:
    result = run_rate_limited(
        clients=8, tasks_per_client=4, rate=8.0, burst=4, deadline_seconds=45.0, seed=8, log=lambda _: None
    )
    failed = [check for check in result.checks if not check[3]]
    assert not failed, failed
    assert not result.recorder.violations, result.recorder.violations[:20]
    assert result.completed == result.tasks == 32
    assert result.count_429 > 0 and result.missing_retry_after == 0


def test_short_soak_with_two_workers_loses_no_update_and_never_5xx() -> None:
    """Two server processes over one database (SANDBOX_WORKERS=2) keep the soak's guarantees."""
    result = run_soak(clients=8, duration=3.0, seed=9, log=lambda _: None, server_workers=2)
    failed = [check for check in result.checks if not check[3]]
    assert not failed, failed
    assert not result.recorder.violations, result.recorder.violations[:20]
    assert result.lost_updates == 0
    assert result.recorder.count_5xx() == 0
    assert result.recorder.statuses[200] >= 20, "too little traffic to mean anything"


def test_short_rate_limited_run_with_two_workers() -> None:
    result = run_rate_limited(
        clients=8,
        tasks_per_client=4,
        rate=4.0,
        burst=2,
        deadline_seconds=45.0,
        seed=10,
        log=lambda _: None,
        server_workers=2,
    )
    failed = [check for check in result.checks if not check[3]]
    assert not failed, failed
    assert not result.recorder.violations, result.recorder.violations[:20]
    assert result.completed == result.tasks == 32
    assert result.count_429 > 0 and result.missing_retry_after == 0
