"""examples/github-actions-conformance.yml: a workflow that runs `make conformance` against a user's server."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / "examples" / "github-actions-conformance.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    if not WORKFLOW.is_file():
        pytest.fail(f"{WORKFLOW} is missing")
    return YAML(typ="safe", pure=True).load(WORKFLOW.read_text(encoding="utf-8"))


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def test_runs_make_conformance(workflow: dict[str, Any]) -> None:
    assert any(step.get("run", "").strip() == "make conformance" for step in steps(workflow))
    assert any(step.get("uses", "").startswith("actions/setup-python@") for step in steps(workflow))
    assert any(step.get("uses", "").startswith("actions/upload-artifact@") for step in steps(workflow))


def test_target_and_key_come_from_secrets(workflow: dict[str, Any]) -> None:
    for job in workflow["jobs"].values():
        env = job["env"]
        assert env["ALLOMANCY_API_KEY"] == "${{ secrets.ALLOMANCY_API_KEY }}"
        assert env["ALLOMANCY_BASE_URL"] == "${{ secrets.ALLOMANCY_BASE_URL }}"
    assert "allo_live_" not in WORKFLOW.read_text(encoding="utf-8"), "no key in the file"


def test_uses_only_variables_the_suite_knows() -> None:
    settings = ROOT / "contract_tests" / "allomancy_conformance" / "settings.py"
    known = set(re.findall(r"ALLOMANCY_[A-Z_]+", settings.read_text(encoding="utf-8")))
    used = set(re.findall(r"ALLOMANCY_[A-Z_]+", WORKFLOW.read_text(encoding="utf-8")))
    assert used <= known, f"unknown variables: {sorted(used - known)}"


def test_makefile_has_the_target() -> None:
    assert re.search(r"^conformance:", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
