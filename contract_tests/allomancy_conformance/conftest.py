"""pytest wiring of the conformance suite: layers, write/keys gating, secret redaction, the end-of-run table."""

from __future__ import annotations

import httpx
import pytest

from . import session as session_mod
from . import st_compat, st_hooks  # noqa: F401  (st_hooks registers the check and the counting hooks)
from .fixtures import api, catalog, customer, factory, index, keys, run, settings  # noqa: F401
from .launcher import ServerStartError
from .redaction import redact, redact_report
from .settings import SettingsError
from .tally import LAYERS, TALLY, current_layer, last_operation

st_compat.apply()

# marker -> layer; items run in this order (the fuzzing layer last: it rewrites the data others read)
LAYER_MARKERS = {
    "auth": "L3",
    "pagination": "L4",
    "filters": "L5",
    "problems": "L7",
    "rules": "L6",
    "stateful": "L2",
    "operations": "L1",
}
SUMMARY_FILE = "conformance-summary.json"


def pytest_configure(config: pytest.Config) -> None:
    try:  # settings, target, keys and the catalog, now: a bad setting or a dead server is one clear line
        _ = session_mod.current().catalog
    except (SettingsError, ServerStartError, httpx.HTTPError, ValueError, OSError, AssertionError) as exc:
        session_mod.close()
        raise pytest.UsageError(f"conformance: {type(exc).__name__}: {redact(str(exc))}") from None
    for marker, layer in LAYER_MARKERS.items():
        config.addinivalue_line("markers", f"{marker}: conformance layer {layer}, {LAYERS[layer]}")
    config.addinivalue_line("markers", "hostile: the hostile-input corpus (test_hostile.py), counted in layer L7")
    config.addinivalue_line(
        "markers", "writes: sends write operations (skipped against a live store without --allow-writes)"
    )
    config.addinivalue_line("markers", "scoped_keys: needs one key per scope (ALLOMANCY_KEYS_FILE)")
    config.addinivalue_line("markers", "other_store: needs a second store's key (ALLOMANCY_KEYS_FILE)")


def layer_of(item: pytest.Item) -> str:
    for marker, layer in LAYER_MARKERS.items():
        if item.get_closest_marker(marker) is not None:
            return layer
    return "L1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    order = list(LAYER_MARKERS.values())
    items.sort(key=lambda item: order.index(layer_of(item)))
    current = session_mod.current()
    skips = {
        "writes": (
            not current.settings.writes,
            "the server is not on loopback: write operations are off (pass --allow-writes and "
            "ALLOMANCY_WRITE_CUSTOMER to enable them)",
        ),
        "scoped_keys": (
            not current.keyring.has_scopes,
            "no per-scope keys: set ALLOMANCY_KEYS_FILE to run the scope checks",
        ),
        "other_store": (
            current.keyring.other_store_key is None,
            "no second store key: set ALLOMANCY_KEYS_FILE (with two stores) to run the isolation checks",
        ),
    }
    for marker, (skip, reason) in skips.items():
        if not skip:
            continue
        skipped = [item for item in items if item.get_closest_marker(marker) is not None]
        if skipped:
            TALLY.note(f"SKIPPED {len(skipped)} tests: {reason}")
        for item in skipped:
            item.add_marker(pytest.mark.skip(reason=reason))


_FAILURES_BEFORE = pytest.StashKey[int]()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Count everything from here on (fixtures included) in this test's layer."""
    current_layer.set(layer_of(item))
    last_operation.set(None)
    item.stash[_FAILURES_BEFORE] = TALLY.totals().failures


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    secrets = session_mod.current().keyring.secrets() if session_mod.is_open() else ()
    access = session_mod.current().__dict__.get("customer") if session_mod.is_open() else None
    if access is not None:  # the customer token is a secret too
        secrets = (access.token, *secrets)
    redact_report(report, secrets)
    if report.failed and call.when in ("setup", "call"):
        before = item.stash.get(_FAILURES_BEFORE, 0)
        if TALLY.totals().failures == before:  # nothing counted it yet: charge the operation it last called
            TALLY.failure(last_operation.get() or _operation_of(item), layer_of(item))
    return report


def _operation_of(item: pytest.Item) -> str | None:
    label = getattr(item, "operation_label", None)
    if label and session_mod.is_open():
        operation = session_mod.current().index.by_label(label)
        return operation.id if operation else None
    return None


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if not session_mod.is_open():
        return
    current = session_mod.current()
    config_ = current.settings
    write = terminalreporter.write_line
    terminalreporter.section("Allomancy conformance")
    target = "embedded sandbox" if config_.embedded else config_.base_url
    write(
        f"target: {target}   seed: {config_.seed}   examples/operation: {config_.examples}   "
        f"writes: {'on' if config_.writes else 'off'}   429 retries: {current.pacer.throttled}"
    )
    write(TALLY.render([op.id for op in current.index.all_operations]))
    for note in TALLY.notes:
        write(f"NOTE: {note}")
    path = config_.reports_dir / SUMMARY_FILE
    TALLY.write(
        path,
        extra={
            "exitStatus": int(exitstatus),
            "seed": config_.seed,
            "target": target,
            "throttled": current.pacer.throttled,
        },
    )
    write(f"summary: {path}")


def pytest_unconfigure(config: pytest.Config) -> None:
    session_mod.close()
