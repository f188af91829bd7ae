"""(e) Spectral and Redocly report zero errors and zero warnings on openapi.yaml.

Both run from node_modules (installed by `make node`, a dependency of `make test`). A missing
node_modules is a failure, not a skip: CI installs them, so their absence is a broken setup.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from scripts import redocly_lint
from tests.spec.spec_loader import ROOT

NODE_BIN = ROOT / "node_modules" / ".bin"
QUIET = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "DO_NOT_TRACK": "1"}


def binary(name: str) -> Path:
    path = NODE_BIN / name
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make node` (npm ci)")
    return path


@pytest.mark.node
def test_spectral_has_no_errors_or_warnings(spec_path: Path) -> None:
    result = subprocess.run(
        [
            str(binary("spectral")),
            "lint",
            str(spec_path),
            "--ruleset",
            str(ROOT / ".spectral.yaml"),
            "--fail-severity",
            "warn",
            "--display-only-failures",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=QUIET,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"spectral found problems:\n{result.stdout}\n{result.stderr}"


@pytest.mark.node
def test_redocly_has_no_errors_or_warnings(spec_path: Path) -> None:
    binary("redocly")
    report, stderr = redocly_lint.lint(spec_path)
    problems = "\n".join(redocly_lint.describe(p) for p in report.get("problems", []))
    assert report.get("totals") == {"errors": 0, "warnings": 0, "ignored": 0}, f"{report.get('totals')}\n{problems}"


@pytest.mark.node
def test_linters_catch_a_bad_spec(tmp_path: Path) -> None:
    """Guard against a linter silently checking nothing: a defective spec must fail both."""
    bad = tmp_path / "openapi.yaml"
    bad.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n"
        "      responses:\n        '200':\n          description: ok\n          content:\n"
        "            application/json:\n              schema: {type: integer}\n              example: nope\n",
        encoding="utf-8",
    )
    (tmp_path / "redocly.yaml").write_text((ROOT / "redocly.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    spectral = subprocess.run(
        [
            str(binary("spectral")),
            "lint",
            str(bad),
            "--ruleset",
            str(ROOT / ".spectral.yaml"),
            "--fail-severity",
            "warn",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=QUIET,
        timeout=120,
        check=False,
    )
    assert spectral.returncode != 0, spectral.stdout
    report, _ = redocly_lint.lint(bad)
    assert report["totals"]["errors"] + report["totals"]["warnings"] > 0
    assert "no-invalid-media-type-examples" in {p["ruleId"] for p in report["problems"]}


@pytest.mark.parametrize("config", [".spectral.yaml", "redocly.yaml"])
def test_every_rule_change_is_justified_in_a_comment(config: str) -> None:
    """Each rule named under `rules:` must have a comment line just above it saying why."""
    lines = (ROOT / config).read_text(encoding="utf-8").splitlines()
    start = lines.index("rules:") + 1 if "rules:" in lines else len(lines)
    unexplained = []
    for i in range(start, len(lines)):
        line = lines[i]
        if not line.startswith("  ") or line.startswith("   ") or line.lstrip().startswith("#"):
            if line and not line.startswith(" "):
                break  # next top-level key
            continue
        if not lines[i - 1].lstrip().startswith("#"):
            unexplained.append(line.strip())
    assert not unexplained, f"{config}: rules changed without a reason just above them: {unexplained}"
