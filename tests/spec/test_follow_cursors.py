"""allomancy_spec.follow_cursors, the page walker of the project's tools and tests."""

from __future__ import annotations

from typing import Any

import pytest

from allomancy_spec import PaginationNeverEnds, follow_cursors


def book(pages: dict[str | None, tuple[list[int], str | None]]) -> Any:
    asked: list[str | None] = []

    def fetch(cursor: str | None) -> dict[str, Any]:
        asked.append(cursor)
        data, following = pages[cursor]
        return {"data": data, "pagination": {"nextCursor": following}}

    return fetch, asked


def test_follows_each_next_cursor_until_null() -> None:
    fetch, asked = book({None: ([1, 2], "a"), "a": ([3], "b"), "b": ([], None)})
    assert [row for page in follow_cursors(fetch) for row in page["data"]] == [1, 2, 3]
    assert asked == [None, "a", "b"]


def test_fetches_lazily() -> None:
    fetch, asked = book({None: ([1], "a"), "a": ([2], None)})
    first = next(iter(follow_cursors(fetch)))
    assert first["data"] == [1] and asked == [None]


def test_a_cursor_met_twice_stops_the_walk() -> None:
    fetch, _ = book({None: ([1], "a"), "a": ([2], "b"), "b": ([3], "a")})
    with pytest.raises(PaginationNeverEnds) as stop:
        list(follow_cursors(fetch))
    assert stop.value.repeated_cursor and stop.value.pages == 3


def test_the_page_budget_stops_the_walk() -> None:
    fetch, asked = book({None: ([0], "c1"), **{f"c{i}": ([i], f"c{i + 1}") for i in range(1, 10)}})
    with pytest.raises(PaginationNeverEnds) as stop:
        list(follow_cursors(fetch, max_pages=4))
    assert not stop.value.repeated_cursor and len(asked) == 4
