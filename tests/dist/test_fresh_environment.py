"""The wheels install and work outside this repository, as a user gets them.

The four wheels (`scripts/build_wheels.py`, what `make dist` builds) go into a new virtual environment in a
temporary folder; from another temporary folder (no repository files in reach) the test runs the conformance
command against its embedded sandbox with a short profile, starts the sandbox command and reads /v1/store,
and makes one call with the client. pip installs with --no-index: the wheels and the dependencies' wheels in
.wheelhouse/ are all it may use, so no network is needed and an undeclared dependency fails the install's use.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from allomancy_conformance.launcher import launch

from scripts.build_wheels import build

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
WHEELHOUSE = ROOT / ".wheelhouse"  # the dependencies' wheels, downloaded by `make venv`
SHORT_PROFILE = {
    "ALLOMANCY_EXAMPLES": "2",
    "ALLOMANCY_STATEFUL_EXAMPLES": "1",
    "ALLOMANCY_PHASES": "examples",
    "ALLOMANCY_SEED": "1",
}


class FreshEnv:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.bin = root / "venv" / "bin"
        self.outside = root / "elsewhere"
        self.outside.mkdir()

    def env(self, **extra: str) -> dict[str, str]:
        # Nothing of the repository's venv or source tree leaks in.
        base = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON", "ALLOMANCY_"))}
        return {**base, "PATH": f"{self.bin}{os.pathsep}{base.get('PATH', '')}", **extra}

    def run(self, *argv: str, timeout: float = 600, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(argv), cwd=self.outside, env=self.env(**extra), capture_output=True, text=True, timeout=timeout
        )


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FreshEnv]:
    root = tmp_path_factory.mktemp("fresh-env")
    assert not root.is_relative_to(ROOT)
    wheels = build(root / "wheels")
    venv.create(root / "venv", with_pip=True)
    environment = FreshEnv(root)
    if not any(WHEELHOUSE.glob("*.whl")):
        pytest.fail(f"{WHEELHOUSE} holds no wheels: run `make venv` (it downloads the dependencies' wheels there)")
    installed = environment.run(
        str(environment.bin / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--no-index", "--find-links", str(root / "wheels"), "--find-links", str(WHEELHOUSE), *map(str, wheels),
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    yield environment


def test_packages_import_from_the_fresh_environment_not_the_repository(fresh: FreshEnv) -> None:
    probe = "import allomancy_client, allomancy_conformance, allomancy_sandbox, allomancy_spec as s; "
    probe += "print(allomancy_conformance.__file__); print(s.path().stat().st_size)"
    result = fresh.run(str(fresh.bin / "python"), "-c", probe)
    assert result.returncode == 0, result.stderr
    location, size = result.stdout.split()
    assert Path(location).is_relative_to(fresh.root / "venv")
    assert int(size) == (ROOT / "openapi.yaml").stat().st_size  # the wheel carries the spec itself


def test_conformance_command_passes_against_its_embedded_sandbox(fresh: FreshEnv) -> None:
    result = fresh.run(str(fresh.bin / "allomancy-conformance"), "--layers", "operations or auth", **SHORT_PROFILE)
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    assert "conformance: PASSED" in result.stdout
    summary = json.loads((fresh.outside / "reports" / "conformance-summary.json").read_text())
    assert summary["operations"], "the report lists no operation"


def test_sandbox_command_serves_and_the_client_calls_it(fresh: FreshEnv) -> None:
    box = launch(command=[str(fresh.bin / "allomancy-sandbox"), "serve"], cwd=fresh.outside, prefix="allomancy-fresh-")
    try:
        key = box.key("all")
        store = httpx.get(f"{box.base_url}/v1/store", headers={"X-API-Key": key}, timeout=10)
        assert store.status_code == 200 and store.json()["name"] == "Crimson Forge"
        script = (
            "import sys\n"
            "from allomancy_client import Allomancy\n"
            "print(Allomancy(sys.argv[1], sys.argv[2]).store.get().name)\n"
        )
        result = fresh.run(str(fresh.bin / "python"), "-c", script, key, box.base_url)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "Crimson Forge"
    finally:
        box.cleanup()
