"""Run the conformance suite as a subprocess (the allomancy-conformance command) and collect what it left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from allomancy_conformance import launcher
from allomancy_conformance.redaction import KEY_PATTERN, TOKEN_PATTERN

REPO_ROOT = Path(__file__).resolve().parents[2]

# The quick profile of the self-tests: few examples and no coverage phase (the slowest part of layer 1, and no
# defect below is caught by layer 1 alone). CONFORMANCE_FULL_PROFILE=1 keeps every phase (for the README table).
QUICK = {
    "ALLOMANCY_EXAMPLES": "3",
    "ALLOMANCY_STATEFUL_EXAMPLES": "2",
    "ALLOMANCY_SEED": "1",
    "ALLOMANCY_PHASES": "examples,fuzzing",
}
ALL_PHASES = {"ALLOMANCY_PHASES": "examples,coverage,fuzzing"}


def profile() -> dict[str, str]:
    return {**QUICK, **(ALL_PHASES if os.environ.get("CONFORMANCE_FULL_PROFILE") == "1" else {})}


RUN_TIMEOUT = 240
LAYER_MARKERS = {
    "L1": "operations",
    "L2": "stateful",
    "L3": "auth",
    "L4": "pagination",
    "L5": "filters",
    "L6": "rules",
    "L7": "problems",
    "L8": "concurrency",
}


def layer_args(layers: frozenset[str] | set[str]) -> tuple[str, ...]:
    """allomancy-conformance arguments that run only these layers ("setup", where the run's set-up records a
    finding, is no layer of its own: it happens in every run)."""
    return ("--layers", " or ".join(LAYER_MARKERS[layer] for layer in sorted(layers) if layer in LAYER_MARKERS))


@dataclass
class SuiteRun:
    code: int
    output: str
    summary: dict
    report_texts: dict[str, str]
    elapsed: float
    server_log: str = ""
    keys: list[str] = field(default_factory=list)

    @property
    def failed_layers(self) -> list[str]:
        return list(self.summary.get("failedLayers", []))

    def findings(self, kind: str | None = None) -> list[dict]:
        return [f for f in self.summary.get("findings", []) if kind is None or f["kind"] == kind]

    def leaks(self) -> list[str]:
        """Places where an API key or a customer token (any key- or token-shaped string, or one of the run's known
        keys) was written."""
        found = []
        for where, text in {"output": self.output, **self.report_texts}.items():
            shaped = KEY_PATTERN.search(text) or TOKEN_PATTERN.search(text)
            if shaped or any(key in text for key in self.keys):
                found.append(where)
        return found


def _read_reports(directory: Path) -> dict[str, str]:
    return {path.name: path.read_text(errors="replace") for path in sorted(directory.iterdir()) if path.is_file()}


def run_suite(env: dict[str, str], args: tuple[str, ...] = ()) -> SuiteRun:
    """One run of allomancy-conformance with the quick profile plus `env`; reports go to a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="conformance-reports-") as reports:
        full_env = {**os.environ, **profile(), **env, "ALLOMANCY_REPORTS_DIR": reports}
        for name in ("ALLOMANCY_BASE_URL", "ALLOMANCY_API_KEY", "ALLOMANCY_KEYS_FILE"):
            if name not in env:
                full_env.pop(name, None)
        started = time.monotonic()
        process = subprocess.run(
            [sys.executable, "-m", "allomancy_conformance", *args],
            env=full_env,
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
        )
        elapsed = time.monotonic() - started
        summary_path = Path(reports) / "conformance-summary.json"
        summary = json.loads(summary_path.read_text()) if summary_path.exists() else {}
        return SuiteRun(
            process.returncode, process.stdout + process.stderr, summary, _read_reports(Path(reports)), elapsed
        )


def all_keys(document: dict) -> list[str]:
    return [key for store in document.get("stores", []) for key in store.get("keys", {}).values()]


def run_against(
    module: str,
    server_env: dict[str, str] | None = None,
    suite_env: dict[str, str] | None = None,
    args: tuple[str, ...] = (),
    before=None,
    after=None,
) -> SuiteRun:
    """Start `python -m module` as the server, run the suite against it with its keys file, stop it.

    `before(server)` runs once the server is up and `after(server, run)` once the suite is done (snapshots).
    """
    server = launcher.launch(server_env, module=module, cwd=REPO_ROOT, prefix="allomancy-selftest-")
    try:
        if before is not None:
            before(server)
        env = {
            "ALLOMANCY_BASE_URL": server.base_url,
            "ALLOMANCY_API_KEY": server.keys["stores"][0]["keys"]["all"],
            "ALLOMANCY_KEYS_FILE": str(server.keys_file),
            **(suite_env or {}),
        }
        run = run_suite(env, args)
        run.keys = all_keys(server.keys)
        if after is not None:
            after(server, run)
        run.server_log = server.log_text()
        return run
    finally:
        server.cleanup()
