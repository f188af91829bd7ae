"""The spec works with the generator integrators are most likely to use: openapi-generator (pinned in the
dev extra, run on Java 17) validates it without a recommendation, and generates python, typescript-fetch,
csharp, java and go clients without error. The Python client imports and round-trips every documented
request example; the TypeScript client compiles with `tsc --strict`.

The five generators run in one JVM (`openapi-generator-cli batch`, two threads), in parallel with the
validation; that one module-scoped run feeds every test here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
GENERATOR = Path(sys.executable).parent / "openapi-generator-cli"
TSC = ROOT / "node_modules" / ".bin" / "tsc"
TARGETS = ("python", "typescript-fetch", "csharp", "java", "go")
PACKAGE = "allomancy_oag"
# What each target must have written: proof that it got past parsing into its templates.
EXPECTED = {
    "python": [f"{PACKAGE}/models/apply_coupon_request.py", f"{PACKAGE}/api/coupons_api.py"],
    "typescript-fetch": ["index.ts", "models/ApplyCouponRequest.ts", "apis/CouponsApi.ts"],
    "csharp": [f"src/{PACKAGE}/Model/ApplyCouponRequest.cs", f"src/{PACKAGE}/Api/CouponsApi.cs"],
    "java": ["src/main/java/org/openapitools/client/model/ApplyCouponRequest.java"],
    "go": ["model_apply_coupon_request.go", "api_coupons.go"],
}

pytestmark = pytest.mark.slow


@dataclass
class Run:
    out: Path
    validate: subprocess.CompletedProcess[str]
    batch: subprocess.CompletedProcess[str]


def java_present() -> None:
    if shutil.which("java") is None:
        pytest.fail(
            "java is missing: openapi-generator needs Java 17 (Debian: default-jre-headless; .ci/run installs it)"
        )
    if not GENERATOR.exists():
        pytest.fail(f"{GENERATOR} missing: run `make venv` (the dev extra pins openapi-generator-cli)")


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    java_present()
    out = tmp_path_factory.mktemp("openapi-generator")
    configs = []
    for target in TARGETS:
        config = out / f"{target}.json"
        config.write_text(
            json.dumps(
                {
                    "generatorName": target,
                    "inputSpec": str(SPEC),
                    "outputDir": str(out / target),
                    "additionalProperties": {"packageName": PACKAGE},
                }
            ),
            encoding="utf-8",
        )
        configs.append(str(config))
    env = {**os.environ, "JAVA_TOOL_OPTIONS": "-XX:TieredStopAtLevel=1"}  # quicker start, these runs are short
    validate = subprocess.Popen(
        [str(GENERATOR), "validate", "-i", str(SPEC), "--recommend"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    batch = subprocess.run(
        [str(GENERATOR), "batch", "--fail-fast", "--threads", "2", *configs],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        env=env,
    )
    validated, _ = validate.communicate(timeout=120)
    return Run(out, subprocess.CompletedProcess(validate.args, validate.returncode, validated, ""), batch)


def test_validate_recommends_nothing(run: Run) -> None:
    text = run.validate.stdout
    assert run.validate.returncode == 0, text
    assert "No validation issues detected." in text, text
    assert "recommendation" not in text, text


@pytest.mark.parametrize("target", TARGETS)
def test_generates_without_error(run: Run, target: str) -> None:
    log = run.batch.stdout + run.batch.stderr
    assert run.batch.returncode == 0, log[-4000:]
    assert "Exception" not in log, log[-4000:]
    missing = [name for name in EXPECTED[target] if not (run.out / target / name).is_file()]
    assert not missing, f"{target} did not write {missing}"


def test_python_client_imports_and_round_trips_every_request_example(run: Run) -> None:
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("roundtrip.py")), str(SPEC), PACKAGE],
        capture_output=True,
        text=True,
        cwd=run.out / "python",
        env={**os.environ, "PYTHONPATH": str(run.out / "python")},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout)
    assert report["problems"] == []
    checked = {where: branch for where, _, branch in report["checked"]}
    # every operation with a request body has its examples checked, and oneOf bodies pick the right form
    assert len(checked) >= 19, checked
    assert checked["applyCoupon/byCode"] == "ApplyCouponByCode"
    assert checked["applyCoupon/byId"] == "ApplyCouponById"
    assert checked["revokeCoupon/byCode"] == "RevokeCouponByCode"


@pytest.mark.node
def test_typescript_client_compiles_strict(run: Run) -> None:
    if not TSC.exists():
        pytest.fail(f"{TSC} missing: run `make node` (package.json pins typescript)")
    source = run.out / "typescript-fetch"
    result = subprocess.run(
        [
            str(TSC),
            "--strict",
            "--noEmit",
            "--target",
            "es2020",
            "--module",
            "es2020",
            "--moduleResolution",
            "node",
            "--lib",
            "es2020,dom",
            str(source / "index.ts"),
        ],
        capture_output=True,
        text=True,
        cwd=source,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
