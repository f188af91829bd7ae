"""Workarounds for two Schemathesis 4.32.5 pytest-plugin bugs.

1. Its lazy schemas (`schemathesis.pytest.from_fixture`, layer 1) rename the running test to each operation's
   label through `node._nodeid`, an attribute pytest 9 no longer has (a node's id is `node._id`, a structured
   NodeId): every operation would fail with AttributeError. `_nodeid` is given back to pytest's nodes as a
   property over `_id`, so the per-operation names reach the reports as intended.

2. The Allure forwarder (below).

With any report enabled (JUnit, HAR, ...) the plugin imports `allure_commons` for every test item after the
first one, even when Allure is not enabled, so without the Allure extra installed every item but the first
errors with ModuleNotFoundError (the same bug on the xdist path was fixed upstream in PR #3662). We never
enable Allure, so the forwarder is only needed when Allure writers exist; return None when they do not.
tests/conformance/test_parts.py fails once an upgrade makes either unnecessary.
"""

from __future__ import annotations

import importlib.util

from _pytest import nodes
from _pytest.nodeid import coerce_node_id
from schemathesis.pytest import plugin

NODE_ID_MISSING = not hasattr(nodes.Node, "_nodeid")

ALLURE_INSTALLED = importlib.util.find_spec("allure_commons") is not None
_original = plugin._register_allure_forwarder


def _register_allure_forwarder(label, writers):  # type: ignore[no-untyped-def]
    if not ALLURE_INSTALLED:
        return None
    return _original(label, writers)


def _get_nodeid(node: nodes.Node) -> str:
    return str(node._id)


def _set_nodeid(node: nodes.Node, value: str) -> None:
    node._id = coerce_node_id(value)


def apply() -> None:
    plugin._register_allure_forwarder = _register_allure_forwarder
    if NODE_ID_MISSING:
        nodes.Node._nodeid = property(_get_nodeid, _set_nodeid)  # type: ignore[attr-defined]
