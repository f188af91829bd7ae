"""Run-wide settings: how the tests are spread over parallel workers (pytest-xdist, `make test` uses -n 2).

Each test file runs whole on one worker, in order, because module-scoped servers carry state from test to test.
The client tests share one sandbox and one record of the requests they sent (the operation-coverage check reads
it), so the whole tests/client folder is one unit. Slow end-to-end tests are marked `slow` (`make test-quick`
leaves them out).

The grouping is a scheduler of our own (xdist's scope scheduling, with our notion of scope): xdist 3.8's
`xdist_group` marks do not reach the scheduler under pytest 9 (they rename `Item._nodeid`, which pytest 9 no
longer reads), so they would silently spread a file over both workers.
"""

from __future__ import annotations

from typing import Any

SHARED_UNITS = ("tests/client/",)


def unit_of(nodeid: str) -> str:
    """The scheduling unit of a test: its shared folder, or its file."""
    path = nodeid.split("::", 1)[0]
    return next((prefix for prefix in SHARED_UNITS if path.startswith(prefix)), path)


def pytest_xdist_make_scheduler(config: Any, log: Any) -> Any:
    from xdist.scheduler import LoadScopeScheduling

    class UnitScheduling(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            return unit_of(nodeid)

    return UnitScheduling(config, log)
