"""Versioning of the contract: semver info.version, CHANGELOG.md, release snapshots, `make breaking`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import allomancy_spec
from scripts import breaking

ROOT = Path(__file__).resolve().parents[2]
CHANGELOG = ROOT / "CHANGELOG.md"
HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$", re.MULTILINE)


def version_key(version: str) -> tuple[int, int, int]:
    match = breaking.SEMVER.match(version)
    assert match, f"{version!r} is not semver"
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def info_version(path: Path) -> str:
    return str(allomancy_spec.load(path)["info"]["version"])


@pytest.fixture(scope="module")
def headings() -> list[tuple[str, str | None]]:
    if not CHANGELOG.is_file():
        pytest.fail("CHANGELOG.md is missing")
    return [(m["version"], m["date"]) for m in HEADING.finditer(CHANGELOG.read_text(encoding="utf-8"))]


def released(headings: list[tuple[str, str | None]]) -> list[str]:
    return [version for version, _ in headings if version != "Unreleased"]


def test_info_version_is_semver(spec_path: Path) -> None:
    version_key(info_version(spec_path))


def test_changelog_is_keep_a_changelog(headings: list[tuple[str, str | None]]) -> None:
    text = CHANGELOG.read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n")
    assert headings and headings[0] == ("Unreleased", None), "the first section is ## [Unreleased]"
    versions = released(headings)
    assert all(date for version, date in headings if version != "Unreleased"), "every release has a date"
    assert versions == sorted(versions, key=version_key, reverse=True), "newest release first"
    assert len(set(versions)) == len(versions)


def test_changelog_has_the_spec_version(spec_path: Path, headings: list[tuple[str, str | None]]) -> None:
    assert info_version(spec_path) in released(headings), "add a CHANGELOG.md entry for info.version"


def test_every_release_has_a_snapshot(headings: list[tuple[str, str | None]]) -> None:
    snapshots = {p.stem.removeprefix("openapi-"): p for p in (ROOT / "releases").glob("openapi-*.yaml")}
    assert sorted(snapshots, key=version_key) == sorted(released(headings), key=version_key)
    for version, path in snapshots.items():
        assert info_version(path) == version, f"{path.name} says info.version {info_version(path)}"


def test_spec_version_is_not_behind_the_last_release(spec_path: Path) -> None:
    assert version_key(info_version(spec_path)) >= version_key(info_version(breaking.latest_release()))


def test_no_unreleased_breaking_change(spec_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What `make breaking` runs: openapi.yaml against the newest snapshot in releases/."""
    status = breaking.main([str(spec_path)])
    captured = capsys.readouterr()
    assert status == 0, captured.out + captured.err
