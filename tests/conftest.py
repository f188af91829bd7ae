"""Run-wide settings: how the tests are spread over parallel workers (pytest-xdist, `--dist loadgroup`).

Each test file runs on one worker, in order, because module-scoped servers carry state from test to test.
The client tests share one sandbox and one record of the requests they sent (the operation-coverage check
reads it), so the whole folder is one group. Slow end-to-end tests are marked `slow` (`make test-quick`
leaves them out).
"""

from __future__ import annotations

import pytest

SHARED_GROUPS = {"client": "tests/client/"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("xdist_group"):
            continue
        path = item.nodeid.split("::", 1)[0]
        group = next((name for name, prefix in SHARED_GROUPS.items() if path.startswith(prefix)), path)
        item.add_marker(pytest.mark.xdist_group(group))
