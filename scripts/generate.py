#!/usr/bin/env python3
"""Regenerate the Python client in generated/allomancy-client from openapi.yaml.

The only writer of generated/. It runs the pinned openapi-python-client with --fail-on-warning, the
configuration in overrides/config.yaml and the templates in overrides/templates, into a scratch
directory next to the target, and swaps the result in only when generation succeeded.

The generator reads a parameter's description only from its schema, so the spec it is given is a copy
in which each parameter's own description is set on its schema (a $ref to a plain primitive schema is
inlined for that): the descriptions then reach the docstrings. Nothing else changes.

    python scripts/generate.py                 # refresh generated/allomancy-client
    python scripts/generate.py --output DIR    # write somewhere else (the freshness test does this)
    python scripts/generate.py --spec FILE     # another description (the tests feed it a broken one)
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from allomancy_spec import HTTP_METHODS, load

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "overrides" / "config.yaml"
TEMPLATES = ROOT / "overrides" / "templates"
DEFAULT_OUTPUT = ROOT / "generated" / "allomancy-client"
PACKAGE = "allomancy_client"
# Hand-written helpers (linted and type-checked where they live) shipped inside the client as allomancy_client.kit,
# so an integrator installs one distribution and imports from one package.
KIT_SOURCE = ROOT / "clientkit" / "kit"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"  # keep equal to the pin in pyproject.toml; templates are synced to it
META = "setup"  # setup.py + README.md: installable with a plain `pip install generated/allomancy-client`


def check_generator() -> None:
    try:
        found = version(GENERATOR)
    except PackageNotFoundError:
        sys.exit(f"{GENERATOR} is not installed in {sys.prefix}; run `make venv`")
    if found != GENERATOR_VERSION:
        sys.exit(
            f"{GENERATOR} {found} is installed, but the templates in overrides/ are written for {GENERATOR_VERSION}"
        )


def run_generator(spec: Path, target: Path) -> None:
    # The ruff post-hooks must find the venv's ruff (docs/toolchain.md, T-GEN-10).
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", META,
        "--output-path", str(target),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0 or not (target / "setup.py").is_file():
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"{GENERATOR} failed (exit code {result.returncode}); nothing was written")


_PRIMITIVES = {"string", "integer", "number", "boolean"}


def _describe_schema(parameter: Any, schemas: dict[str, Any]) -> None:
    """Give the parameter's schema the parameter's own description (it is more specific than the schema's).

    A $ref to a plain primitive schema (no enum) is inlined as a copy, which generates the same Python type;
    any other $ref is left alone (inlining an enum or an object would create a new class).
    """
    if not isinstance(parameter, dict) or "$ref" in parameter or not parameter.get("description"):
        return
    schema = parameter.get("schema")
    if not isinstance(schema, dict):
        return
    if "$ref" in schema:
        target = schemas.get(str(schema["$ref"]).rsplit("/", 1)[-1])
        if not isinstance(target, dict) or target.get("type") not in _PRIMITIVES or "enum" in target:
            return
        schema = parameter["schema"] = copy.deepcopy(target)
        schema.pop("title", None)
    schema["description"] = " ".join(str(parameter["description"]).split())


def prepared_spec(spec: Path, scratch: Path) -> Path:
    """A JSON copy of the spec whose inline parameter schemas carry their parameter's description."""
    document = copy.deepcopy(load(spec))
    components = document.get("components") or {}
    schemas = components.get("schemas") or {}
    for parameter in (components.get("parameters") or {}).values():
        _describe_schema(parameter, schemas)
    for item in (document.get("paths") or {}).values():
        for parameter in item.get("parameters", []):
            _describe_schema(parameter, schemas)
        for method in HTTP_METHODS:
            for parameter in (item.get(method) or {}).get("parameters", []):
                _describe_schema(parameter, schemas)
    target = scratch / "openapi.json"
    target.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return target


def copy_kit(project: Path) -> None:
    """Copy the hand-written helpers into the generated package (sources only, no caches)."""
    target = project / PACKAGE / "kit"
    shutil.copytree(KIT_SOURCE, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


def generate(output: Path, spec: Path = SPEC) -> None:
    check_generator()
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".generate-", dir=output.parent))
    try:
        run_generator(prepared_spec(spec.resolve(), scratch), scratch / output.name)
        copy_kit(scratch / output.name)
        if output.exists():
            shutil.rmtree(output)
        (scratch / output.name).rename(output)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="project directory to (re)write")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the OpenAPI description (default: openapi.yaml)")
    args = parser.parse_args(argv)
    generate(args.output, args.spec)
    print(f"generated {args.output}")


if __name__ == "__main__":
    main()
