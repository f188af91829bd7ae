"""The suite's teeth: it PASSES against the clean sandbox and FAILS against every broken variant
(tests/conformance/broken/), and never writes an API key anywhere. The layers that caught each defect are
written to reports/conformance-detection.json and printed (the detection table).

The runs are slow (10-20 s each on an idle 2-core machine), so they run two at a time, started on first use,
with the quick profile of runner.py (CONFORMANCE_FULL_PROFILE=1 for every phase).
"""

from __future__ import annotations

import json
from concurrent.futures import Future, ThreadPoolExecutor

import pytest

from .broken.defects import DEFECTS
from .runner import ALL_PHASES, REPO_ROOT, SuiteRun, run_against, run_suite

pytestmark = pytest.mark.conformance_selftest

CLEAN = "(clean sandbox)"
WORKERS = 2
TABLE = REPO_ROOT / "reports" / "conformance-detection.json"


class Runs:
    """Every detection run, submitted to a small pool on first use."""

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(max_workers=WORKERS)
        self.futures: dict[str, Future[SuiteRun]] = {}

    def start(self) -> None:
        if self.futures:
            return
        self.futures[CLEAN] = self.pool.submit(run_suite, ALL_PHASES)  # the clean run keeps every phase
        for name in sorted(DEFECTS):  # the order the tests ask for them
            self.futures[name] = self.pool.submit(run_against, "tests.conformance.broken", {"CONFORMANCE_DEFECT": name})

    def get(self, name: str) -> SuiteRun:
        self.start()
        return self.futures[name].result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="module")
def runs():  # type: ignore[no-untyped-def]
    pool = Runs()
    yield pool
    done = {
        name: future.result()
        for name, future in pool.futures.items()
        if future.done() and not future.cancelled() and future.exception() is None
    }
    pool.close()
    if done:
        write_table(done)


def write_table(done: dict[str, SuiteRun]) -> None:
    rows = []
    for name, run in done.items():
        defect = DEFECTS.get(name)
        rows.append(
            {
                "defect": name,
                "kind": defect.kind if defect else "",
                "rule": defect.rule if defect else "",
                "exit": run.code,
                "caughtBy": run.failed_layers,
                "seconds": round(run.elapsed, 1),
                "cases": run.summary.get("totals", {}).get("cases"),
            }
        )
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    TABLE.write_text(json.dumps(rows, indent=2) + "\n")
    for r in rows:
        print(
            f"{r['defect']:<26} {r['kind']:<22} exit {r['exit']}  caught by {','.join(r['caughtBy']) or '-'}"
            f"  ({r['seconds']} s)"
        )


def test_clean_sandbox_passes(runs):  # type: ignore[no-untyped-def]
    run = runs.get(CLEAN)
    assert run.code == 0, f"the suite fails against the clean sandbox:\n{run.output[-6000:]}"
    assert not run.failed_layers
    assert "SKIPPED" not in " ".join(run.summary.get("notes", [])), "a layer was skipped in the default run"
    per_layer = {layer for row in run.summary["operations"].values() for layer, cell in row.items() if cell["cases"]}
    assert {"L1", "L2", "L3", "L4", "L5", "L6", "L7"} <= per_layer, f"layers that sent nothing: {per_layer}"
    assert {"junit.xml", "schemathesis-junit.xml", "schemathesis-har.json", "conformance-summary.json"} <= set(
        run.report_texts
    ), sorted(run.report_texts)


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_broken_variant_fails(runs, name):  # type: ignore[no-untyped-def]
    run = runs.get(name)
    assert run.code != 0, f"the suite PASSED against the {name!r} variant ({DEFECTS[name].rule}):\n{run.output[-3000:]}"
    assert run.failed_layers, f"{name}: the run failed but no layer counted a failure:\n{run.output[-3000:]}"


@pytest.mark.parametrize("name", [CLEAN, *sorted(DEFECTS)])
def test_no_key_is_ever_written(runs, name):  # type: ignore[no-untyped-def]
    run = runs.get(name)
    assert not run.leaks(), f"an API key appears in: {run.leaks()}"


def test_every_defect_breaks_a_different_kind_of_rule() -> None:
    kinds = [cls.kind for cls in DEFECTS.values()]
    assert len(DEFECTS) >= 15 and len(set(kinds)) == len(kinds), kinds
