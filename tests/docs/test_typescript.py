"""Portability: openapi-typescript (npm, another ecosystem's generator) turns the bundle into types,
and the TypeScript compiler accepts them (strict)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
NODE_BIN = ROOT / "node_modules" / ".bin"

pytestmark = pytest.mark.node


def tool(name: str) -> Path:
    path = NODE_BIN / name
    if not path.exists():
        pytest.fail(f"{path} missing: run `make node` (npm ci); package.json pins it")
    return path


@pytest.fixture(scope="module")
def types(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ts") / "allomancy.d.ts"
    result = subprocess.run(
        [str(tool("openapi-typescript")), str(dist / "openapi.yaml"), "--output", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stderr.lower(), result.stderr
    return out


def test_types_name_every_schema_and_operation(types: Path, spec: dict[str, Any]) -> None:
    text = types.read_text(encoding="utf-8")
    assert re.search(r"^\s+CustomerResponse: \{", text, re.MULTILINE)
    for name in spec["components"]["schemas"]:
        assert re.search(rf"^\s+{re.escape(name)}: ", text, re.MULTILINE), f"schema {name} missing"
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                assert re.search(rf"^\s+{op['operationId']}: \{{", text, re.MULTILINE), op["operationId"]


def test_types_compile(types: Path) -> None:
    result = subprocess.run(
        [str(tool("tsc")), "--noEmit", "--strict", str(types)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
