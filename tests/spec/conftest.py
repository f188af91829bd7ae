from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.spec.spec_loader import SPEC_PATH, load_spec


@pytest.fixture(scope="session")
def spec_path() -> Path:
    if not SPEC_PATH.is_file():
        pytest.fail(f"{SPEC_PATH} is missing")
    return SPEC_PATH


@pytest.fixture(scope="session")
def spec(spec_path: Path) -> dict[str, Any]:
    return load_spec(spec_path)
