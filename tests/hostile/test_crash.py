"""Crash safety: SIGKILL the sandbox mid-burst (twice), restart on the same file database, and find
every acknowledged write (see soak/crash.py for the exact checks)."""

from __future__ import annotations

from allomancy_conformance.launcher import child_pids, launch
from soak.crash import crash_round


def test_sigkill_mid_burst_loses_no_acknowledged_write() -> None:
    box = launch(prefix="allomancy-crash-")
    try:
        results = []
        for _ in range(2):
            assert box.alive()
            result = crash_round(box, writers=8, min_acked=300, max_burst=3.0)
            results.append(result)
            print(
                f"crash round: {result.acked_writes} acknowledged writes, {result.present_writes} present after"
                f" restart, {result.inflight_at_kill} in flight at the kill ({result.inflight_landed} landed),"
                f" WAL {result.wal_bytes_at_kill} bytes, integrity {result.integrity_crash_image} /"
                f" {result.integrity_after_restart}"
            )
            assert not result.problems, result.problems
            assert result.acked_writes >= 50, "the burst was too small to mean anything"
            assert result.present_writes == result.acked_writes
            assert result.integrity_crash_image == "ok"
            assert result.integrity_after_restart == "ok"
            assert result.inflight_at_kill >= 1, "the kill should land mid-burst (some request in flight)"
    finally:
        box.cleanup()


def test_sigkill_with_two_workers_loses_no_acknowledged_write_and_leaves_no_worker() -> None:
    """SANDBOX_WORKERS=2: the SIGKILLed server's workers die with it, and every acknowledged write is there."""
    box = launch({"SANDBOX_WORKERS": "2"}, prefix="allomancy-crash2-")
    try:
        assert len(child_pids(box.pid)) >= 2  # two workers (and multiprocessing's resource tracker)
        result = crash_round(box, writers=8, min_acked=300, max_burst=3.0)
        assert not result.problems, result.problems
        assert result.acked_writes >= 50, "the burst was too small to mean anything"
        assert result.present_writes == result.acked_writes
        assert result.integrity_crash_image == "ok"
        assert result.integrity_after_restart == "ok"
    finally:
        box.cleanup()
