"""Self-tests of the conformance suite (contract_tests/): unit tests of its parts, the broken-server detection
runs and the live-store safety runs."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "conformance_selftest: runs the whole conformance suite in a subprocess "
                                       "(slow; deselect with -m 'not conformance_selftest')")
