"""scripts/breaking.py on pairs of small specs: one per kind of break, and changes that must pass.

Each fixture file holds two YAML documents, the released spec then the new one. A file under
fixtures/breaking/ is named after the one kind it must report (`KIND.yaml` or `KIND--variant.yaml`);
a file under fixtures/compatible/ must report nothing, or (major-bump) be allowed by the version.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

import allomancy_spec
from scripts import breaking

FIXTURES = Path(__file__).parent / "fixtures"
BREAKING = sorted((FIXTURES / "breaking").glob("*.yaml"))
COMPATIBLE = sorted((FIXTURES / "compatible").glob("*.yaml"))


def pair(path: Path) -> tuple[dict, dict]:
    old, new = YAML(typ="safe", pure=True).load_all(path.read_text(encoding="utf-8"))
    return old, new


def split(path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Write the two documents of `path` to files, for the command line."""
    old_text, new_text = path.read_text(encoding="utf-8").split("\n---\n")
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(old_text, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    return old, new


def expected_kind(path: Path) -> str:
    return path.stem.split("--")[0]


@pytest.mark.parametrize("path", BREAKING, ids=lambda p: p.stem)
def test_reports_exactly_its_kind(path: Path) -> None:
    found = breaking.find_breaks(*pair(path))
    assert found, f"{path.name}: no break found"
    assert {b.kind for b in found} == {expected_kind(path)}, "\n".join(map(str, found))


@pytest.mark.parametrize("path", BREAKING, ids=lambda p: p.stem)
def test_command_fails_on_a_break(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = split(path, tmp_path)
    assert breaking.main([str(new), "--base", str(old)]) == 1
    assert f"BREAKING {expected_kind(path)}:" in capsys.readouterr().out


@pytest.mark.parametrize("path", [p for p in COMPATIBLE if p.stem != "major-bump"], ids=lambda p: p.stem)
def test_compatible_change_passes(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert breaking.find_breaks(*pair(path)) == []
    old, new = split(path, tmp_path)
    assert breaking.main([str(new), "--base", str(old)]) == 0
    assert "no breaking change" in capsys.readouterr().out


def test_major_bump_allows_breaks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "compatible" / "major-bump.yaml"
    assert {b.kind for b in breaking.find_breaks(*pair(path))} == {"operation-removed", "scope-changed"}
    old, new = split(path, tmp_path)
    assert breaking.main([str(new), "--base", str(old)]) == 0
    out = capsys.readouterr().out
    assert "allowed operation-removed: DELETE /things" in out
    assert "the major was raised (1.4.2 -> 2.0.0)" in out


def test_minor_bump_does_not_allow_breaks(tmp_path: Path) -> None:
    old, new = split(FIXTURES / "compatible" / "major-bump.yaml", tmp_path)
    new.write_text(new.read_text(encoding="utf-8").replace("version: 2.0.0", "version: 1.5.0"), encoding="utf-8")
    assert breaking.main([str(new), "--base", str(old)]) == 1


def test_every_kind_has_a_fixture() -> None:
    assert {expected_kind(p) for p in BREAKING} == set(breaking.KINDS)


def test_spec_against_itself_has_no_break(spec_path: Path) -> None:
    doc = allomancy_spec.load(spec_path)
    assert breaking.find_breaks(doc, doc) == []


def test_not_semver_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = split(FIXTURES / "compatible" / "recursive.yaml", tmp_path)
    new.write_text(new.read_text(encoding="utf-8").replace("version: 1.1.0", "version: v1.1"), encoding="utf-8")
    assert breaking.main([str(new), "--base", str(old)]) == 2
    assert "not semver" in capsys.readouterr().err


def test_newest_release_is_picked_by_semver(tmp_path: Path) -> None:
    for version in ("1.2.0", "1.10.0", "1.9.3", "notes"):
        (tmp_path / f"openapi-{version}.yaml").write_text("{}", encoding="utf-8")
    assert breaking.latest_release(tmp_path).name == "openapi-1.10.0.yaml"


SERVER = sorted((FIXTURES / "server").glob("*.yaml"))


@pytest.mark.parametrize("path", SERVER, ids=lambda p: p.stem)
def test_response_narrowing_binds_servers_not_clients(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A narrower response schema breaks no client: it is listed as a server change and the run passes."""
    old, new = pair(path)
    assert breaking.find_breaks(old, new) == []
    server = breaking.find_server_changes(old, new)
    assert server and {b.kind for b in server} == {"response-narrowed"}
    old_file, new_file = split(path, tmp_path)
    assert breaking.main([str(new_file), "--base", str(old_file)]) == 0
    out = capsys.readouterr().out
    assert "server response-narrowed:" in out and "no breaking change" in out


def test_server_fixtures_cover_bounds_enums_conditions_and_depth() -> None:
    details = [str(b) for path in SERVER for b in breaking.find_server_changes(*pair(path))]
    for needle in (
        "maximum 1000 -> 100",
        "value(s) [2] removed",
        "new condition `if`",
        "Card.at: pattern",
        "Discount.code: pattern",
    ):
        assert any(needle in d for d in details), (needle, details)
