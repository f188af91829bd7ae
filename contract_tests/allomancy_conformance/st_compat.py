"""Workaround for a Schemathesis 4.32.5 pytest-plugin bug.

With any report enabled (JUnit, HAR, ...) the plugin imports `allure_commons` for every test item after the
first one, even when Allure is not enabled, so without the Allure extra installed every item but the first
errors with ModuleNotFoundError (the same bug on the xdist path was fixed upstream in PR #3662). We never
enable Allure, so the forwarder is only needed when Allure writers exist; return None when they do not.
tests/conformance/test_st_compat.py fails once an upgrade makes this unnecessary.
"""

from __future__ import annotations

import importlib.util

from schemathesis.pytest import plugin

ALLURE_INSTALLED = importlib.util.find_spec("allure_commons") is not None
_original = plugin._register_allure_forwarder


def _register_allure_forwarder(label, writers):  # type: ignore[no-untyped-def]
    if not ALLURE_INSTALLED:
        return None
    return _original(label, writers)


def apply() -> None:
    plugin._register_allure_forwarder = _register_allure_forwarder
