"""A thread-safe recorder of request outcomes (status, problem code, latency) and table formatting."""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


def percentile(sorted_values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of an already sorted sequence (0.0 when empty)."""
    if not sorted_values:
        return 0.0
    rank = max(1, min(len(sorted_values), round(pct / 100.0 * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


@dataclass
class Recorder:
    """Counts per status and per (status, code), latencies per operation; violations as text."""

    statuses: Counter[int] = field(default_factory=Counter)
    codes: Counter[tuple[int, str]] = field(default_factory=Counter)
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    transport_errors: Counter[str] = field(default_factory=Counter)
    violations: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, op: str, status: int, seconds: float, code: str | None = None) -> None:
        with self._lock:
            self.statuses[status] += 1
            if code is not None:
                self.codes[(status, code)] += 1
            self.latencies[op].append(seconds)

    def transport_error(self, op: str, error: BaseException) -> None:
        with self._lock:
            self.transport_errors[f"{op}: {type(error).__name__}"] += 1

    def violation(self, text: str) -> None:
        with self._lock:
            if len(self.violations) < 200:  # bounded: the first ones are what matters
                self.violations.append(text)
            elif len(self.violations) == 200:
                self.violations.append("... (more violations not listed)")

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())

    def count_5xx(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500)

    def all_latencies(self) -> list[float]:
        return sorted(x for values in self.latencies.values() for x in values)

    def latency_rows(self) -> list[tuple[str, int, float, float, float]]:
        """(operation, count, p50 ms, p99 ms, max ms), busiest first, then 'all'."""
        rows = []
        for op, values in sorted(self.latencies.items(), key=lambda item: -len(item[1])):
            ordered = sorted(values)
            rows.append(
                (op, len(ordered), percentile(ordered, 50) * 1000, percentile(ordered, 99) * 1000, ordered[-1] * 1000)
            )
        everything = self.all_latencies()
        if everything:
            rows.append(
                (
                    "all",
                    len(everything),
                    percentile(everything, 50) * 1000,
                    percentile(everything, 99) * 1000,
                    everything[-1] * 1000,
                )
            )
        return rows


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain fixed-width text table (numbers right-aligned)."""
    text_rows = [[_cell(value) for value in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))
    numeric = [all(_is_number(row[i]) for row in text_rows) if text_rows else False for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        cells = [v.rjust(w) if numeric[i] else v.ljust(w) for i, (v, w) in enumerate(zip(values, widths, strict=True))]
        return "  ".join(cells).rstrip()

    out = [line(list(headers)), "  ".join("-" * w for w in widths)]
    out.extend(line(row) for row in text_rows)
    return "\n".join(out)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
