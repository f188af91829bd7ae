"""The suite's teeth: it PASSES against the clean sandbox and FAILS against every broken variant
(tests/conformance/broken/), caught by exactly the layers each variant declares and classified as the kind of
rule it declares (documented or inferred); no run writes an API key anywhere. An inferred-only variant that
poses as a server that is not the sandbox passes, with its mismatch reported. The layers that caught each defect
are written to reports/conformance-detection.json and printed (the detection table).

Each defect run runs only the layers the defect declares (runner.layer_args), with the quick profile of
runner.py; the runs go two at a time, started on first use.
"""

from __future__ import annotations

import json
from concurrent.futures import Future, ThreadPoolExecutor

import pytest

from .broken.defects import DEFECTS
from .runner import REPO_ROOT, SuiteRun, layer_args, run_against, run_suite

pytestmark = [pytest.mark.conformance_selftest, pytest.mark.slow]

CLEAN = "(clean sandbox)"
FOREIGN = " (posing as foreign)"
WORKERS = 2
TABLE = REPO_ROOT / "reports" / "conformance-detection.json"
# inferred-only variants that also run posing as a server that is not the sandbox (a few: each run costs time)
INFERRED_ONLY = ["429-without-retry-after", "increment-read-then-set", "null-ban-body", "mint-201"]


def _defect_run(name: str, foreign: bool = False) -> SuiteRun:
    defect = DEFECTS[name]
    env = {"CONFORMANCE_DEFECT": name, **({"CONFORMANCE_POSE": "foreign"} if foreign else {})}
    suite_env = {"ALLOMANCY_MAX_RPS": "0"} if foreign else {}
    if foreign:  # writes need the customer the suite may change on a server that is not the sandbox
        suite_env |= {"ALLOMANCY_ALLOW_WRITES": "1", "ALLOMANCY_WRITE_CUSTOMER": "brass.vin"}
    return run_against("tests.conformance.broken", env, suite_env, layer_args(defect.layers))


class Runs:
    """Every detection run, submitted to a small pool when a test first asks for it, plus the next one in order
    (so the pool stays busy); a worker only runs what its own tests ask for."""

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(max_workers=WORKERS)
        self.futures: dict[str, Future[SuiteRun]] = {}
        self.order = [CLEAN, *sorted(DEFECTS), *(name + FOREIGN for name in INFERRED_ONLY)]

    def submit(self, name: str) -> None:
        if name in self.futures:
            return
        if name == CLEAN:
            self.futures[name] = self.pool.submit(run_suite, {})  # every layer, the quick profile
        elif name.endswith(FOREIGN):
            self.futures[name] = self.pool.submit(_defect_run, name.removesuffix(FOREIGN), True)
        else:
            self.futures[name] = self.pool.submit(_defect_run, name)

    def get(self, name: str) -> SuiteRun:
        self.submit(name)
        position = self.order.index(name)
        for following in self.order[position + 1 : position + WORKERS]:
            self.submit(following)
        return self.futures[name].result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="module")
def runs():
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
        defect = DEFECTS.get(name.removesuffix(FOREIGN))
        rows.append(
            {
                "defect": name,
                "kind": defect.kind if defect else "",
                "rule": defect.rule if defect else "",
                "exit": run.code,
                "caughtBy": run.failed_layers,
                "documented": len(run.findings("documented")),
                "inferred": len(run.findings("inferred")),
                "seconds": round(run.elapsed, 1),
                "cases": run.summary.get("totals", {}).get("cases"),
            }
        )
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    try:  # another xdist worker may have written its share of the runs: merge by variant
        earlier = {r["defect"]: r for r in json.loads(TABLE.read_text())}
    except (OSError, ValueError):
        earlier = {}
    merged = {**earlier, **{r["defect"]: r for r in rows}}
    TABLE.write_text(json.dumps(sorted(merged.values(), key=lambda r: r["defect"]), indent=2) + "\n")
    for r in rows:
        print(
            f"{r['defect']:<44} {r['kind']:<24} exit {r['exit']}  caught by {','.join(r['caughtBy']) or '-'}"
            f"  documented {r['documented']} inferred {r['inferred']}  ({r['seconds']} s, {r['cases']} requests)"
        )


def test_clean_sandbox_passes(runs):
    run = runs.get(CLEAN)
    assert run.code == 0, f"the suite fails against the clean sandbox:\n{run.output[-6000:]}"
    assert not run.failed_layers and not run.findings()
    assert "SKIPPED" not in " ".join(run.summary.get("notes", [])), "a layer was skipped in the default run"
    per_layer = {layer for row in run.summary["operations"].values() for layer, cell in row.items() if cell["cases"]}
    assert {"L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8"} <= per_layer, f"layers that sent nothing: {per_layer}"
    assert {"junit.xml", "schemathesis-junit.xml", "schemathesis-har.json", "conformance-summary.json"} <= set(
        run.report_texts
    ), sorted(run.report_texts)
    assert "VERDICT: PASSED" in run.output, run.output[-2000:]
    assert not run.leaks(), f"an API key or a customer token appears in: {run.leaks()}"


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_broken_variant_is_caught_by_exactly_its_layers(runs, name):
    run, defect = runs.get(name), DEFECTS[name]
    assert run.code != 0, f"the suite PASSED against the {name!r} variant ({defect.rule}):\n{run.output[-3000:]}"
    assert set(run.failed_layers) == set(defect.layers), (
        f"{name}: caught by {run.failed_layers}, declared {sorted(defect.layers)}:\n{run.output[-3000:]}"
    )
    kinds = {f["kind"] for f in run.findings()}
    expected = {"documented"} if defect.verdict == "documented" else {"inferred"}
    if defect.verdict == "documented":
        assert "documented" in kinds, f"{name}: no documented failure, only {kinds}:\n{run.output[-3000:]}"
    else:
        assert kinds == expected, f"{name}: findings of kinds {kinds}, expected inferred only:\n{run.output[-3000:]}"
    for finding in run.findings():
        assert finding["location"] and finding["repro"] is not None or finding["test"], finding
        if finding["kind"] == "inferred":
            assert finding["reason"] and finding["marked_at"], finding
    assert "VERDICT: FAILED" in run.output and "seed" in run.output
    assert not run.leaks(), f"an API key or a customer token appears in: {run.leaks()}"


@pytest.mark.parametrize("name", INFERRED_ONLY)
def test_inferred_only_variant_posing_as_foreign_passes_with_the_mismatch_reported(runs, name):
    assert DEFECTS[name].verdict == "inferred"
    run = runs.get(name + FOREIGN)
    assert run.code == 0, f"{name} posing as foreign must pass (inferred only):\n{run.output[-3000:]}"
    assert run.findings("inferred") and not run.findings("documented"), run.findings()
    assert "INFERRED MISMATCHES" in run.output and "VERDICT: PASSED" in run.output, run.output[-3000:]
    assert not run.leaks(), f"an API key or a customer token appears in: {run.leaks()}"


def test_every_defect_breaks_a_different_kind_of_rule() -> None:
    kinds = [cls.kind for cls in DEFECTS.values()]
    assert len(DEFECTS) >= 15 and len(set(kinds)) == len(kinds), kinds
    assert all(cls.layers for cls in DEFECTS.values()), "every defect declares the layers that catch it"
