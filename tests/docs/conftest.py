"""Fixtures for the published contract: `make docs` output, built once per session into dist/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import allomancy_spec

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"  # where screenshots go


@pytest.fixture(scope="session")
def spec_path() -> Path:
    path = ROOT / "openapi.yaml"
    if not path.is_file():
        pytest.fail(f"{path} is missing")
    return path


@pytest.fixture(scope="session")
def spec(spec_path: Path) -> dict[str, Any]:
    return allomancy_spec.load(spec_path)


@pytest.fixture(scope="session")
def dist(spec_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `make docs` builds (scripts/build_docs.py), built into a private folder so that test runs
    side by side do not race on dist/; the browser test writes its screenshots to dist/."""
    out, work = tmp_path_factory.mktemp("dist"), tmp_path_factory.mktemp("docs-work")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "build_docs.py"),
            "--spec",
            str(spec_path),
            "--out",
            str(out),
            "--work",
            str(work),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"scripts/build_docs.py failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
    return out
