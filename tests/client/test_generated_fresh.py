"""generated/ is what `make generate` writes, generation refuses warnings, and the code is mypy --strict clean."""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import allomancy_spec

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "allomancy-client"
HERE = Path(__file__).resolve().parent
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}  # gitignored anyway; skipped early


def tree(root: Path) -> dict[str, bytes]:
    """relative path -> bytes of every file under root that git would commit (build output and caches are not)."""
    files = [p for p in sorted(root.rglob("*")) if p.is_file() and not IGNORED.intersection(p.relative_to(root).parts)]
    listing = "\n".join(str(p) for p in files)
    check = subprocess.run(["git", "check-ignore", "--stdin"], input=listing, cwd=ROOT, capture_output=True, text=True)
    ignored = set(check.stdout.splitlines()) if check.returncode in (0, 1) else set()
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in files if str(p) not in ignored}


def generate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "scripts/generate.py", *args], cwd=ROOT, capture_output=True, text=True)


def test_committed_client_is_byte_for_byte_what_make_generate_writes(tmp_path: Path) -> None:
    result = generate("--output", str(tmp_path / "allomancy-client"))
    assert result.returncode == 0, result.stdout + result.stderr
    fresh, committed = tree(tmp_path / "allomancy-client"), tree(GENERATED)
    assert sorted(fresh) == sorted(committed), "file list differs: run `make generate`"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"run `make generate`; stale files: {stale}"


def test_a_generator_warning_fails_and_leaves_the_output_alone(tmp_path: Path) -> None:
    spec = copy.deepcopy(allomancy_spec.load(ROOT / "openapi.yaml"))  # the loader's copy is shared: edit a copy
    # docs/toolchain.md, T-GEN-1: a default that breaks its schema makes the generator drop the model, with a warning.
    spec["components"]["schemas"]["UpdateCustomerRequest"]["properties"]["discount"]["default"] = "lots"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(spec))
    target = tmp_path / "allomancy-client"
    target.mkdir()
    (target / "keep.txt").write_text("untouched")
    result = generate("--spec", str(broken), "--output", str(target))
    assert result.returncode != 0
    assert "UpdateCustomerRequest" in result.stdout + result.stderr
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def mypy(tmp_path: Path, *targets: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path), *targets]
    path = str(GENERATED)
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env={**os.environ, "MYPYPATH": path})


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


def test_generated_package_passes_mypy_strict(mypy_cache: Path) -> None:
    result = mypy(mypy_cache, "allomancy_client", cwd=GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_helpers_and_their_typed_usage_pass_mypy_strict(mypy_cache: Path) -> None:
    result = mypy(mypy_cache, "allomancy_client/kit", str(HERE / "typing_usage.py"), cwd=GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_misuse_is_a_type_error(mypy_cache: Path) -> None:
    """Operations refuse an unauthenticated Client; iterate() refuses an operation that is not a paginated list."""
    result = mypy(mypy_cache, str(HERE / "typing_misuse.py"), cwd=GENERATED)
    flagged = {int(n) for n in re.findall(r"typing_misuse\.py:(\d+): error", result.stdout)}
    source = (HERE / "typing_misuse.py").read_text().splitlines()
    expected = {number for number, line in enumerate(source, 1) if line.rstrip().endswith("# error")}
    assert expected and flagged == expected, result.stdout


def test_the_package_metadata_carries_the_readme_and_py_typed(tmp_path: Path) -> None:
    """What `pip install generated/allomancy-client` builds from (setuptools egg_info on a copy, offline)."""
    source = tmp_path / "src"
    shutil.copytree(GENERATED, source, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    result = subprocess.run(
        [sys.executable, "setup.py", "-q", "egg_info", "--egg-base", str(tmp_path)],
        cwd=source,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    info = tmp_path / "allomancy_client.egg-info"
    metadata = (info / "PKG-INFO").read_text()
    assert "Name: allomancy-client" in metadata and "## Quickstart" in metadata
    assert "allomancy_client/py.typed" in (info / "SOURCES.txt").read_text()
    assert (info / "requires.txt").read_text().split() == ["httpx<0.29.0,>=0.23.1", "attrs>=22.2.0"]
