#!/usr/bin/env python3
"""Build the wheels of the project's distributions into one folder (`make dist`, and the fresh-environment test).

    python scripts/build_wheels.py [OUT]        (default OUT: dist/wheels)

The distributions: spec/ (allomancy-spec, which carries openapi.yaml), sandbox/ (allomancy-sandbox),
contract_tests/ (allomancy-conformance) and generated/allomancy-client (allomancy-client, with its kit).
Exit 0 when every wheel was built; pip's own message otherwise.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DISTRIBUTIONS = ("spec", "sandbox", "contract_tests", "generated/allomancy-client")


def build(out: Path) -> list[Path]:
    """Build every distribution's wheel into `out` (emptied first); return the wheel paths."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--disable-pip-version-check"]
    command += ["-w", str(out), *(str(ROOT / name) for name in DISTRIBUTIONS)]
    try:
        subprocess.run(command, check=True, cwd=ROOT)
    finally:  # setuptools leaves its scratch folders next to each pyproject.toml
        for name in DISTRIBUTIONS:
            shutil.rmtree(ROOT / name / "build", ignore_errors=True)
    wheels = sorted(out.glob("*.whl"))
    if len(wheels) != len(DISTRIBUTIONS):
        raise SystemExit(f"expected {len(DISTRIBUTIONS)} wheels in {out}, found {[w.name for w in wheels]}")
    return wheels


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "dist" / "wheels"
    for wheel in build(out):
        print(wheel.relative_to(ROOT) if wheel.is_relative_to(ROOT) else wheel)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
