"""pytest wiring of the conformance suite: layers, write/keys gating, secret redaction, findings and the verdict,
the end-of-run table.

A test that fails without having recorded a finding (through the client, the Schemathesis hooks or the hostile
checks) is charged to the rule it declares with the `rule` marker: `@pytest.mark.rule("listCustomers/parameters/
spentMoreThan")`; `{op}` in a location stands for the operation the test is parametrized with. Each failed
test's JUnit entry carries the kind (documented or inferred), the locations and the reasons as properties.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import httpx
import pytest

from . import session as session_mod
from . import st_compat, st_hooks  # noqa: F401  (st_hooks registers the check and the counting hooks)
from .client import BudgetExceeded
from .fixtures import api, catalog, customer, factory, fuzzed_schema, index, keys, settings, suite_session  # noqa: F401
from .launcher import ServerStartError
from .pages import PaginationLoop
from .redaction import redact, redact_report
from .rules import DOCUMENTED, INFERRED, Rule
from .settings import SettingsError
from .tally import LAYER_MARKERS, LAYERS, TALLY, Finding, Verdict, current_layer, last_operation, last_request

st_compat.apply()

SUMMARY_FILE = "conformance-summary.json"
SCHEMATHESIS_JUNIT = "schemathesis-junit.xml"
LOOP_RULE = "/components/schemas/Pagination/properties/nextCursor"  # the last page's nextCursor is null


def pytest_configure(config: pytest.Config) -> None:
    start_run()
    # A run opens its session first (target, keys, catalog), so a bad setting or a dead server is one clear line
    # before anything is collected. Collecting only (--collect-only) asks no server anything: the layers are
    # parametrized from the spec alone and reach the session through fixtures.
    if not config.option.collectonly:
        try:
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
    config.addinivalue_line(
        "markers", "rule(*locations): where the spec states the rule the test checks (rules.py location syntax)"
    )


def layer_of(item: pytest.Item) -> str:
    for marker, layer in LAYER_MARKERS.items():
        if item.get_closest_marker(marker) is not None:
            return layer
    return "L1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    order = list(LAYER_MARKERS.values())
    items.sort(key=lambda item: order.index(layer_of(item)))
    if not session_mod.is_open():  # collecting only: nothing runs, so nothing is skipped
        return
    current = session_mod.current()
    skips = {
        "writes": (
            not current.settings.writes,
            "the server is not the sandbox: write operations are off (pass --allow-writes and "
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


# A fixture's failure is cached and raised again in every test that uses it: the findings it made are
# charged to those tests too (by the identity of the exception).
_FINDINGS_OF_ERROR: dict[int, tuple[BaseException, list[Finding]]] = {}


class _Progress:
    """One line when a layer starts (its tests) and one when it ends (requests sent, the last operation tested):
    a long paced run shows where it is, not only pytest's dots."""

    def __init__(self) -> None:
        self.layer: str | None = None
        self.tests: dict[str, int] = {}
        self.layers: dict[str, str] = {}  # nodeid -> layer
        self.config: pytest.Config | None = None

    def write(self, config: pytest.Config, text: str) -> None:
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            if getattr(getattr(reporter, "_tw", None), "width_of_current_line", 0):  # after the dots of -q
                reporter.write("\n")
            reporter.ensure_newline()
            reporter.write_line(text)

    def enter(self, config: pytest.Config, nodeid: str) -> None:
        layer = self.layers.get(nodeid)
        if layer is None or layer == self.layer:
            return
        self.finish(config)
        self.layer = layer
        self.write(config, f"[{layer}] {LAYERS[layer]}: {self.tests.get(layer, 0)} tests")

    def finish(self, config: pytest.Config) -> None:
        if self.layer is None:
            return
        layer, self.layer = self.layer, None
        requests = sum(row[layer].cases for row in TALLY.cells.values() if layer in row)
        operation = last_operation.get() or "-"
        self.write(config, f"[{layer}] done: {requests} requests; last operation {operation}")


PROGRESS = _Progress()


def start_run() -> None:
    """Nothing of an earlier run in this process survives into this one (pytest.main may run twice in a process,
    and keeps this module imported): its session, tally, progress, findings and verdict start empty."""
    global PROGRESS, VERDICT, FINAL_STATUS
    session_mod.close()
    TALLY.reset()
    _FINDINGS_OF_ERROR.clear()
    PROGRESS = _Progress()
    VERDICT = None
    FINAL_STATUS = None


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    for item in session.items:
        layer = layer_of(item)
        PROGRESS.layers[item.nodeid] = layer
        PROGRESS.tests[layer] = PROGRESS.tests.get(layer, 0) + 1
        PROGRESS.config = session.config


def pytest_runtest_logstart(nodeid: str, location: tuple[str, int | None, str]) -> None:
    """Outside output capture (setup runs inside it): where the layer lines can reach the terminal."""
    if PROGRESS.config is not None:
        PROGRESS.enter(PROGRESS.config, nodeid)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Count everything from here on (fixtures included) in this test's layer."""
    current_layer.set(layer_of(item))
    last_operation.set(None)
    last_request.set(None)
    TALLY.touched.clear()


def declared_rules(item: pytest.Item) -> list[Rule]:
    """The rules the test declares (its own `rule` marker first, then its module's)."""
    spec_rules = session_mod.current().rules
    params = getattr(getattr(item, "callspec", None), "params", {})
    operation = next((_op_id(v) for name, v in params.items() if name in ("op", "listing", "op_id", "ops")), None)
    found = []
    for marker in item.iter_markers("rule"):
        for location in marker.args:
            text = str(location)
            if "{op}" in text:
                if operation is None:
                    continue
                text = text.replace("{op}", operation)
            try:
                found.append(spec_rules.rule(text))
            except KeyError:
                continue
    return found


def _op_id(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, tuple) and value and isinstance(value[0], str):
        return value[0]
    identifier = getattr(value, "id", None)
    return identifier if isinstance(identifier, str) else None


def _failure_text(report: pytest.TestReport) -> str:
    crash = getattr(report.longrepr, "reprcrash", None)
    text = str(getattr(crash, "message", "") or report.longreprtext or "test failed")
    return " ".join(text.split())[:400]


def _secrets() -> tuple[str, ...]:
    secrets = session_mod.current().keyring.secrets() if session_mod.is_open() else ()
    access = session_mod.current().__dict__.get("customer") if session_mod.is_open() else None
    return (access.token, *secrets) if access is not None else secrets  # the customer token is a secret too


@pytest.hookimpl(trylast=True)
def pytest_exception_interact(node: pytest.Item, call: pytest.CallInfo[None], report: pytest.TestReport) -> None:
    """Schemathesis rewrites a failed report's text here (after makereport), with response bodies that may hold a
    minted token: redact again, last."""
    redact_report(report, _secrets())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    report: pytest.TestReport = yield
    redact_report(report, _secrets())
    if report.failed and call.when in ("setup", "call") and session_mod.is_open():
        error = call.excinfo.value if call.excinfo is not None else None
        cached = _FINDINGS_OF_ERROR.get(id(error))
        new = list(TALLY.touched) or (cached[1] if cached is not None and cached[0] is error else [])
        if not new:  # nothing recorded it yet: charge the rule the test declares (documented when none)
            declared = declared_rules(item)
            rule = declared[0] if declared else Rule(f"(no rule declared by {item.nodeid})")
            if call.excinfo is not None and call.excinfo.errisinstance(PaginationLoop):
                rule = session_mod.current().rules.rule(LOOP_RULE)
            elif call.excinfo is not None and call.excinfo.errisinstance(BudgetExceeded):
                rule = Rule("(request budget of the layer)")
            operation = last_operation.get() or _operation_of(item)
            new = [TALLY.find(operation, rule, _failure_text(report), layer=layer_of(item), test=item.nodeid)]
        if error is not None:
            _FINDINGS_OF_ERROR[id(error)] = (error, new)
        kind = DOCUMENTED if any(f.kind == DOCUMENTED for f in new) else INFERRED
        properties = [("conformance.kind", kind)]
        for f in new[:10]:
            properties.append((f"conformance.{f.kind}", f"{f.location} :: {f.what}"))
            if f.reason:
                properties.append(("conformance.x-inferred", f"{f.marked_at}: {f.reason}"))
            if f.source:
                properties.append(("conformance.source", f.source))
        report.user_properties = [*report.user_properties, *properties]
        item.user_properties.extend(properties)
    return report


def _operation_of(item: pytest.Item) -> str | None:
    label = getattr(item, "operation_label", None)
    if label and session_mod.is_open():
        operation = session_mod.current().index.by_label(label)
        return operation.id if operation else None
    return None


VERDICT: Verdict | None = None
FINAL_STATUS: int | None = None


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The run's exit status follows the verdict: documented failures always fail it, inferred mismatches only
    against the sandbox or with --strict. Other errors (collection, usage, internal) keep their status."""
    PROGRESS.finish(session.config)
    global VERDICT, FINAL_STATUS
    if not session_mod.is_open():
        return
    config_ = session_mod.current().settings
    VERDICT = TALLY.verdict(sandbox=config_.sandbox, strict=config_.strict)
    if int(exitstatus) in (int(pytest.ExitCode.OK), int(pytest.ExitCode.TESTS_FAILED)):
        session.exitstatus = pytest.ExitCode.OK if VERDICT.passed else pytest.ExitCode.TESTS_FAILED
    FINAL_STATUS = int(session.exitstatus)
    annotate_schemathesis_junit(config_.reports_dir / SCHEMATHESIS_JUNIT)


def annotate_schemathesis_junit(path: Path) -> None:
    """Give each operation's testcase in Schemathesis' JUnit file (written by its own sessionfinish, which runs
    before this trylast hook) the same split as ours: one property per layer-1 finding, by kind."""
    if not path.exists() or not session_mod.is_open():
        return
    rules_index = session_mod.current().rules
    by_label: dict[str, list[Finding]] = {}
    for finding in TALLY.findings:
        if finding.layer in ("L1", "L2"):
            path_method = rules_index.operations.get(finding.operation)
            if path_method is not None:
                by_label.setdefault(f"{path_method[1].upper()} {path_method[0]}", []).append(finding)
    if not by_label:
        return
    tree = ElementTree.parse(path)
    for testcase in tree.iter("testcase"):
        found = by_label.get(testcase.get("name", ""), [])
        if not found:
            continue
        properties = ElementTree.SubElement(testcase, "properties")
        kind = DOCUMENTED if any(f.kind == DOCUMENTED for f in found) else INFERRED
        ElementTree.SubElement(properties, "property", {"name": "conformance.kind", "value": kind})
        for f in found:
            value = f"{f.location} :: {f.what}" + (f" :: x-inferred at {f.marked_at}: {f.reason}" if f.reason else "")
            ElementTree.SubElement(properties, "property", {"name": f"conformance.{f.kind}", "value": value})
    tree.write(path, encoding="utf-8", xml_declaration=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config) -> None:
    if not session_mod.is_open():
        return
    current = session_mod.current()
    config_ = current.settings
    write = terminalreporter.write_line
    terminalreporter.section("Allomancy conformance")
    if config_.embedded:
        target = f"embedded sandbox {current.sandbox_version or ''}".strip()
    elif config_.sandbox:
        target = f"{config_.base_url} (identifies as sandbox {current.sandbox_version})"
    else:
        target = f"{config_.base_url} (not the sandbox)"
    write(
        f"target: {target}   seed: {config_.seed}   examples/operation: {config_.examples}   "
        f"writes: {'on' if config_.writes else 'off'}   strict: {'on' if config_.strict else 'off'}   "
        f"429s judged: {current.pacer.throttled}"
    )
    write(TALLY.render([op.id for op in current.index.all_operations]))
    for note in TALLY.notes:
        write(f"NOTE: {note}")
    detail = TALLY.render_findings(config_.seed)
    if detail:
        write(detail)
    verdict = VERDICT or TALLY.verdict(sandbox=config_.sandbox, strict=config_.strict)
    path = config_.reports_dir / SUMMARY_FILE
    sent = current.client.sent if "client" in current.__dict__ else {}
    TALLY.write(
        path,
        extra={
            "exitStatus": FINAL_STATUS if FINAL_STATUS is not None else int(exitstatus),
            "seed": config_.seed,
            "target": target,
            "sandbox": config_.sandbox,
            "strict": config_.strict,
            "throttled": current.pacer.throttled,
            "requestsByLayer": sent,
            "budgets": current.client.budgets if "client" in current.__dict__ else {},
            "verdict": {
                "passed": verdict.passed,
                "documented": verdict.documented,
                "inferred": verdict.inferred,
                "inferredFailRun": verdict.inferred_fail,
                "why": verdict.why,
            },
        },
    )
    write(f"summary: {path}")
    write(verdict.line(), bold=True, red=not verdict.passed, green=verdict.passed)


def pytest_unconfigure(config: pytest.Config) -> None:
    session_mod.close()
