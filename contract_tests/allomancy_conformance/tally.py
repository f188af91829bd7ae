"""Counts per operation and layer (cases sent, checks run, failures found), and the end-of-run table.

The current layer and the operation a test last called live in context variables, so the Schemathesis
hook, the custom check and the suite's own client all count into the right cell.
"""

from __future__ import annotations

import contextvars
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

LAYERS: dict[str, str] = {
    "L1": "operations (Schemathesis: examples, coverage, fuzzing)",
    "L2": "stateful (links state machine, explicit sequences)",
    "L3": "auth, scopes and store isolation",
    "L4": "pagination",
    "L5": "filters",
    "L6": "documented rules",
    "L7": "problem+json on every 4xx/5xx",
}
PROBLEM_LAYER = "L7"
NO_OPERATION = "(undocumented route or method)"

current_layer: contextvars.ContextVar[str] = contextvars.ContextVar("current_layer", default="L1")
last_operation: contextvars.ContextVar[str | None] = contextvars.ContextVar("last_operation", default=None)


@dataclass
class Cell:
    cases: int = 0
    checks: int = 0
    failures: int = 0


@dataclass
class Tally:
    cells: dict[str, dict[str, Cell]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def cell(self, operation: str | None, layer: str | None = None) -> Cell:
        row = self.cells.setdefault(operation or NO_OPERATION, {})
        return row.setdefault(layer or current_layer.get(), Cell())

    def case(self, operation: str | None, layer: str | None = None) -> None:
        self.cell(operation, layer).cases += 1
        last_operation.set(operation)

    def checked(self, operation: str | None, layer: str | None = None, *, failed: bool = False) -> None:
        cell = self.cell(operation, layer)
        cell.checks += 1
        if failed:
            cell.failures += 1

    def failure(self, operation: str | None, layer: str | None = None) -> None:
        self.cell(operation, layer).failures += 1

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def failed_layers(self) -> list[str]:
        return sorted({layer for row in self.cells.values() for layer, cell in row.items() if cell.failures})

    def totals(self) -> Cell:
        total = Cell()
        for row in self.cells.values():
            for cell in row.values():
                total.cases += cell.cases
                total.checks += cell.checks
                total.failures += cell.failures
        return total

    def to_dict(self) -> dict:
        return {
            "layers": LAYERS,
            "operations": {op: {layer: asdict(cell) for layer, cell in row.items()} for op, row in self.cells.items()},
            "totals": asdict(self.totals()),
            "failedLayers": self.failed_layers(),
            "notes": self.notes,
        }

    def write(self, path: Path, extra: dict | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        document = {**self.to_dict(), **(extra or {})}
        path.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n")

    def render(self, operation_order: list[str]) -> str:
        """One row per operation: total cases and checks, then per layer `cases` or `cases!failures`."""
        order = [op for op in operation_order if op in self.cells] + sorted(set(self.cells) - set(operation_order))
        order += [op for op in operation_order if op not in self.cells]
        header = ["operation", "cases", "checks", "fail", *LAYERS]
        rows = [header]
        for op in order:
            row = self.cells.get(op, {})
            cells = [row.get(layer) for layer in LAYERS]
            shown = [_cell_text(c, layer == PROBLEM_LAYER) for c, layer in zip(cells, LAYERS, strict=True)]
            rows.append(
                [
                    op,
                    str(sum(c.cases for c in cells if c)),
                    str(sum(c.checks for c in cells if c)),
                    str(sum(c.failures for c in cells if c)),
                    *shown,
                ]
            )
        per_layer = [Cell() for _ in LAYERS]
        for row in self.cells.values():
            for index, layer in enumerate(LAYERS):
                if layer in row:
                    per_layer[index].cases += row[layer].cases
                    per_layer[index].checks += row[layer].checks
                    per_layer[index].failures += row[layer].failures
        rows.append(
            [
                "TOTAL",
                str(sum(c.cases for c in per_layer)),
                str(sum(c.checks for c in per_layer)),
                str(sum(c.failures for c in per_layer)),
                *[_cell_text(c, layer == PROBLEM_LAYER) for c, layer in zip(per_layer, LAYERS, strict=True)],
            ]
        )
        widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
        lines = []
        for index, texts in enumerate(rows):
            lines.append(
                "  ".join(
                    text.ljust(w) if i == 0 else text.rjust(w)
                    for i, (text, w) in enumerate(zip(texts, widths, strict=True))
                )
            )
            if index == 0 or index == len(rows) - 2:
                lines.append("  ".join("-" * w for w in widths))
        legend = (
            "L1-L6 cells: requests sent by that layer; L7: error responses judged (in every layer); "
            "'!n' = n failures; '-' = none.\n"
        ) + "; ".join(f"{k} {v}" for k, v in LAYERS.items())
        return "\n".join([*lines, legend])


def _cell_text(cell: Cell | None, show_checks: bool = False) -> str:
    count = (cell.checks if show_checks else cell.cases) if cell else 0
    if cell is None or (count == 0 and cell.failures == 0):
        return "-"
    return f"{count}!{cell.failures}" if cell.failures else str(count)


TALLY = Tally()
