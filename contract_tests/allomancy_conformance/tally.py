"""Counts per operation and layer (cases sent, checks run, documented failures, inferred mismatches), the findings
behind them, the verdict and the end-of-run table.

A finding is one broken rule seen once: its layer and operation, whether the rule is documented or inferred
(rules.py), the spec location that states it (and, for an inference, its x-inferred reason), what the server
did, and a one-line reproduction (curl, key redacted). Findings are de-duplicated by (layer, operation,
location, what).

The current layer, the operation a test last called and the last request it sent live in context variables,
so the Schemathesis hooks, the custom check and the suite's own client all count into the right cell.
"""

from __future__ import annotations

import contextvars
import json
import textwrap
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .rules import DOCUMENTED, INFERRED, Rule

TABLE_WIDTH = 100  # the end-of-run table and its legend fit a 100-column terminal

LAYERS: dict[str, str] = {
    "L1": "operations (Schemathesis: examples, coverage, fuzzing)",
    "L2": "stateful (links state machine, explicit sequences)",
    "L3": "auth, scopes and store isolation",
    "L4": "pagination",
    "L5": "filters",
    "L6": "rules (PUT replace, credit, coupons, lookups)",
    "L7": "problem+json on every 4xx/5xx, hostile input, 429s",
    "L8": "concurrency (parallel clients on the suite's own objects)",
}
# pytest marker -> layer; tests run in this order (the fuzzing layer last: it rewrites the data others read)
LAYER_MARKERS: dict[str, str] = {
    "auth": "L3",
    "pagination": "L4",
    "filters": "L5",
    "problems": "L7",
    "rules": "L6",
    "stateful": "L2",
    "concurrency": "L8",
    "operations": "L1",
}
PROBLEM_LAYER = "L7"
NO_OPERATION = "(undocumented route or method)"

current_layer: contextvars.ContextVar[str] = contextvars.ContextVar("current_layer", default="L1")
last_operation: contextvars.ContextVar[str | None] = contextvars.ContextVar("last_operation", default=None)
last_request: contextvars.ContextVar[str | None] = contextvars.ContextVar("last_request", default=None)


@dataclass
class Cell:
    cases: int = 0
    checks: int = 0
    failures: int = 0  # documented rules broken
    inferred: int = 0  # inferred rules the server does not share


@dataclass(frozen=True)
class Finding:
    layer: str
    operation: str
    kind: str  # documented | inferred
    location: str  # JSON pointer of the rule in the spec
    what: str  # what the server did
    reason: str | None = None  # the x-inferred reason (inferred only)
    marked_at: str | None = None  # where that mark sits
    source: str | None = None  # the doc page and section that state the rule (x-source; documented only)
    repro: str | None = None  # one-line curl, key redacted
    test: str | None = None  # the pytest node id, when a test found it

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.layer, self.operation, self.location, self.what)


@dataclass(frozen=True)
class Verdict:
    passed: bool
    documented: int
    inferred: int
    inferred_fail: bool  # whether inferred mismatches fail this run
    why: str

    def line(self) -> str:
        return f"VERDICT: {'PASSED' if self.passed else 'FAILED'}: {self.why}"


@dataclass
class Tally:
    cells: dict[str, dict[str, Cell]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    touched: list[Finding] = field(default_factory=list)  # found (again) since the current test started
    _keys: dict[tuple[str, str, str, str], Finding] = field(default_factory=dict)

    def reset(self) -> None:
        """Forget everything: a new run starts (pytest keeps this module imported between in-process runs)."""
        self.cells.clear()
        self.notes.clear()
        self.findings.clear()
        self.touched.clear()
        self._keys.clear()

    def cell(self, operation: str | None, layer: str | None = None) -> Cell:
        row = self.cells.setdefault(operation or NO_OPERATION, {})
        return row.setdefault(layer or current_layer.get(), Cell())

    def case(self, operation: str | None, layer: str | None = None) -> None:
        self.cell(operation, layer).cases += 1
        last_operation.set(operation)

    def checked(self, operation: str | None, layer: str | None = None) -> None:
        self.cell(operation, layer).checks += 1

    def find(
        self,
        operation: str | None,
        rule: Rule,
        what: str,
        *,
        layer: str | None = None,
        repro: str | None = None,
        test: str | None = None,
    ) -> Finding:
        """Record a broken rule (once per layer, operation, location and message)."""
        found = Finding(
            layer=layer or current_layer.get(),
            operation=operation or NO_OPERATION,
            kind=rule.kind,
            location=rule.location,
            what=" ".join(what.split())[:400],
            reason=rule.reason,
            marked_at=rule.marked_at,
            source=rule.source if rule.kind == DOCUMENTED else None,
            repro=repro if repro is not None else last_request.get(),
            test=test,
        )
        if found.key in self._keys:
            found = self._keys[found.key]
        else:
            self._keys[found.key] = found
            self.findings.append(found)
            cell = self.cell(found.operation, found.layer)
            if found.kind == INFERRED:
                cell.inferred += 1
            else:
                cell.failures += 1
        self.touched.append(found)
        return found

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def count(self, kind: str) -> int:
        return sum(1 for f in self.findings if f.kind == kind)

    def failed_layers(self, kind: str | None = None) -> list[str]:
        return sorted({f.layer for f in self.findings if kind is None or f.kind == kind})

    def totals(self) -> Cell:
        total = Cell()
        for row in self.cells.values():
            for cell in row.values():
                total.cases += cell.cases
                total.checks += cell.checks
                total.failures += cell.failures
                total.inferred += cell.inferred
        return total

    def verdict(self, *, sandbox: bool, strict: bool, extra_failures: int = 0) -> Verdict:
        """Documented failures always fail the run; inferred mismatches fail it against the sandbox (or a server
        identifying as the sandbox) and with --strict, and are only reported otherwise."""
        documented = self.count(DOCUMENTED) + extra_failures
        inferred = self.count(INFERRED)
        inferred_fail = sandbox or strict
        counts = f"{documented} documented failure(s), {inferred} inferred mismatch(es)"
        if documented:
            why = f"{counts}; documented failures fail every run"
        elif inferred and inferred_fail:
            who = "the server identifies as the sandbox" if sandbox else "--strict"
            why = f"{counts}; inferred mismatches fail this run ({who})"
        elif inferred:
            why = (
                f"{counts}; the inferred mismatches are reported but do not fail the run against a server that is "
                "not the sandbox (--strict makes them fail)"
            )
        else:
            why = f"{counts}"
        passed = not documented and not (inferred and inferred_fail)
        return Verdict(passed, documented, inferred, inferred_fail, why)

    def to_dict(self) -> dict[str, Any]:
        return {
            "layers": LAYERS,
            "operations": {op: {layer: asdict(cell) for layer, cell in row.items()} for op, row in self.cells.items()},
            "totals": asdict(self.totals()),
            "failedLayers": self.failed_layers(),
            "documentedLayers": self.failed_layers(DOCUMENTED),
            "inferredLayers": self.failed_layers(INFERRED),
            "findings": [asdict(f) for f in self.findings],
            "notes": self.notes,
        }

    def write(self, path: Path, extra: dict[str, Any] | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        document = {**self.to_dict(), **(extra or {})}
        path.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n")

    def render(self, operation_order: list[str]) -> str:
        """One row per operation: requests, checks, documented failures and inferred mismatches, then per layer
        the requests it sent with `!n` (documented failures) and `?n` (inferred mismatches)."""
        order = [op for op in operation_order if op in self.cells] + sorted(set(self.cells) - set(operation_order))
        order += [op for op in operation_order if op not in self.cells]
        header = ["operation", "reqs", "checks", "doc", "inf", *LAYERS]
        rows = [header]
        per_layer = {layer: Cell() for layer in LAYERS}
        total = Cell()
        for op in order:
            row = self.cells.get(op, {})
            cells = {layer: row.get(layer) for layer in LAYERS}
            summed = Cell()
            for layer, cell in cells.items():
                if cell is None:
                    continue
                for target in (summed, per_layer[layer], total):
                    target.cases += cell.cases
                    target.checks += cell.checks
                    target.failures += cell.failures
                    target.inferred += cell.inferred
            rows.append([op, *_sums(summed), *[_cell_text(cells[layer]) for layer in LAYERS]])
        rows.append(["TOTAL", *_sums(total), *[_cell_text(per_layer[layer]) for layer in LAYERS]])
        widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
        # fit TABLE_WIDTH: long operation names are cut (marked ~); the JSON summary keeps every name whole
        widths[0] = max(len(header[0]), min(widths[0], TABLE_WIDTH - sum(widths[1:]) - (len(widths) - 1)))
        lines = []
        for index, texts in enumerate(rows):
            name = texts[0] if len(texts[0]) <= widths[0] else texts[0][: widths[0] - 1] + "~"
            lines.append(
                " ".join(
                    text.ljust(w) if i == 0 else text.rjust(w)
                    for i, (text, w) in enumerate(zip([name, *texts[1:]], widths, strict=True))
                )
            )
            if index == 0 or index == len(rows) - 2:
                lines.append(" ".join("-" * w for w in widths))
        legend = (
            "reqs: requests; doc: documented failures; inf: inferred mismatches. Layer cells: requests that layer "
            "sent; '!n' = n documented failures, '?n' = n inferred mismatches; '-' = none. "
        ) + "; ".join(f"{k} {v}" for k, v in LAYERS.items())
        return "\n".join([*lines, *textwrap.wrap(legend, TABLE_WIDTH)])

    def render_findings(self, seed: int) -> str:
        """Every finding: documented failures first, then inferred mismatches with their spec location and reason."""
        lines: list[str] = []
        for kind, title in ((DOCUMENTED, "DOCUMENTED FAILURES"), (INFERRED, "INFERRED MISMATCHES")):
            found = [f for f in self.findings if f.kind == kind]
            if not found:
                continue
            lines.append(f"{title} ({len(found)}; seed {seed}):")
            for f in found:
                lines.append(f"- [{f.layer}] {f.operation}: {f.what}")
                lines.append(f"    rule at {f.location}")
                if f.reason:
                    lines.append(f"    x-inferred at {f.marked_at}: {f.reason}")
                if f.source:
                    lines.append(f"    documented in {f.source}")
                if f.test:
                    lines.append(f"    test: {f.test}")
                lines.append(f"    repro (seed {seed}): {f.repro or '(no request: see the test)'}")
        return "\n".join(lines)


def _sums(cell: Cell) -> list[str]:
    return [str(cell.cases), str(cell.checks), str(cell.failures), str(cell.inferred)]


def _cell_text(cell: Cell | None) -> str:
    if cell is None or (cell.cases == 0 and cell.checks == 0 and not cell.failures and not cell.inferred):
        return "-"
    text = str(cell.cases)
    if cell.failures:
        text += f"!{cell.failures}"
    if cell.inferred:
        text += f"?{cell.inferred}"
    return text


TALLY = Tally()
