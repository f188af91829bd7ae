"""Project settings and docs that must follow the code: ARCHITECTURE.md's sandbox layers are the ones
import-linter enforces, and the suite's layer modules (all in layers/) have the mypy setting for pytest modules."""

from __future__ import annotations

import configparser
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "contract_tests" / "allomancy_conformance"
SANDBOX = ROOT / "sandbox" / "allomancy_sandbox"


def enforced_sandbox_layers() -> list[set[str]]:
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter", encoding="utf-8")
    lines = config["importlinter:contract:sandbox-layers"]["layers"].strip().splitlines()
    return [{name.strip() for name in line.split(":")} for line in lines]


def documented_sandbox_layers() -> list[set[str]]:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    table = text.split("| layer | modules |", 1)[1].split("\n\n", 1)[0]
    rows = [line for line in table.splitlines() if line.strip().startswith("| ") and "`" in line]
    return [{name.split("/")[0] for name in re.findall(r"`([^`]+)`", row.split("|")[2])} for row in rows]


def test_architecture_md_states_the_enforced_sandbox_layers() -> None:
    documented = documented_sandbox_layers()
    assert [sorted(layer) for layer in documented] == [
        sorted(layer) for layer in merge_commands(enforced_sandbox_layers())
    ]


def merge_commands(layers: list[set[str]]) -> list[set[str]]:
    """The contract lists __main__ and cli as two layers (cli must not import __main__); the document shows one."""
    return [layers[0] | layers[1], *layers[2:]]


def test_every_sandbox_module_has_a_layer() -> None:
    modules = {path.stem for path in SANDBOX.glob("*.py") if path.stem != "__init__"} | {"routes"}
    assert set().union(*enforced_sandbox_layers()) == modules


def test_every_layer_module_has_the_mypy_setting_for_pytest_modules() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (override,) = [o for o in config["tool"]["mypy"]["overrides"] if "allomancy_conformance.layers.*" in o["module"]]
    assert override["disallow_untyped_defs"] is False and override["check_untyped_defs"] is True
    assert sorted(path.name for path in SUITE.glob("test_*.py")) == [], "layer modules live in layers/"
    assert len(list((SUITE / "layers").glob("test_*.py"))) >= 14


def test_every_toolchain_tag_cited_exists() -> None:
    """Files cite docs/toolchain.md by its tags (T-GEN-1, ...); a tag that is gone is a stale pointer."""
    tags = set(re.findall(r"\*\*(T-[A-Z]+-\d+)\*\*", (ROOT / "docs" / "toolchain.md").read_text(encoding="utf-8")))
    cited: dict[str, set[str]] = {}
    for folder in (
        "spec",
        "sandbox",
        "contract_tests",
        "clientkit",
        "overrides",
        "scripts",
        "benchmarks",
        "soak",
        "tests",
    ):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in {".py", ".md", ".yaml", ".toml", ".jinja"} and path.is_file():
                for tag in re.findall(r"\bT-[A-Z]+-\d+\b", path.read_text(encoding="utf-8", errors="replace")):
                    cited.setdefault(tag, set()).add(str(path.relative_to(ROOT)))
    assert cited, "no file cites a toolchain tag: the scan looks in the wrong places"
    assert {tag: files for tag, files in cited.items() if tag not in tags} == {}
    old_style = "toolchain" + " note "  # the numbering the notes used before their tags (G1, S10, ...)
    for folder in ("contract_tests", "scripts", "tests", "overrides"):
        for path in (ROOT / folder).rglob("*.py"):
            assert old_style not in path.read_text(encoding="utf-8"), f"{path}: cite a T-... tag instead"
