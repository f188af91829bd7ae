from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def spec_path() -> Path:
    path = ROOT / "openapi.yaml"
    if not path.is_file():
        pytest.fail(f"{path} is missing")
    return path
