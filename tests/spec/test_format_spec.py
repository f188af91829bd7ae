"""(f) scripts/format_spec.py on small fixtures: order, comments, quotes, nulls, idempotence, --check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts import format_spec

FIXTURES = Path(__file__).parent / "fixtures"
MESSY = (FIXTURES / "messy.yaml").read_text(encoding="utf-8")
NORMALIZED = (FIXTURES / "messy.normalized.yaml").read_text(encoding="utf-8")


def keys_at(text: str, indent: int, start: str | None = None) -> list[str]:
    """Mapping keys at exactly `indent` spaces, optionally only in the block after the line `start`."""
    lines = text.splitlines()
    if start is not None:
        first = lines.index(start) + 1
        lines = lines[first:]
        end = next((i for i, line in enumerate(lines) if line.strip() and not line.startswith(" " * indent)), None)
        lines = lines[:end]
    pattern = re.compile(rf"^ {{{indent}}}(['\"]?[\w$./{{}}-]+['\"]?):")
    return [m.group(1) for line in lines if (m := pattern.match(line))]


def test_golden_output() -> None:
    assert format_spec.format_text(MESSY) == NORMALIZED


@pytest.mark.parametrize("text", [MESSY, NORMALIZED], ids=["messy", "normalized"])
def test_idempotent(text: str) -> None:
    once = format_spec.format_text(text)
    assert format_spec.format_text(once) == once


def test_spec_itself_formats_idempotently(spec_path: Path) -> None:
    once = format_spec.format_text(spec_path.read_text(encoding="utf-8"))
    assert format_spec.format_text(once) == once


def test_top_level_order() -> None:
    assert keys_at(NORMALIZED, 0) == ["openapi", "info", "security", "paths", "components"]


def test_operation_order_with_unknown_keys_last_in_their_order() -> None:
    assert keys_at(NORMALIZED, 6, "    get:") == [
        "tags",
        "summary",
        "description",
        "operationId",
        "x-inferred",
        "security",
        "parameters",
        "responses",
        "x-zz-extension",
        "x-aa-extension",
    ]


def test_parameter_order() -> None:
    block = NORMALIZED.split("      parameters:\n", 1)[1].split("      responses:", 1)[0]
    assert re.findall(r"^(?: {8}- | {10})(\w+):", block, flags=re.M) == [
        "name",
        "in",
        "required",
        "description",
        "schema",
        "example",
    ]


def test_schema_order_and_property_names_untouched() -> None:
    assert keys_at(NORMALIZED, 6, "    Thing:") == [
        "title",
        "description",
        "type",
        "required",
        "properties",
        "additionalProperties",
        "example",
        "x-inferred",
    ]
    assert keys_at(NORMALIZED, 8, "      properties:") == ["zeta", "alpha"]  # author's order kept
    assert keys_at(NORMALIZED, 10, "        alpha:") == ["description", "type", "minimum", "maximum", "default"]
    assert keys_at(NORMALIZED, 6, "    Kind:") == ["description", "type", "enum", "x-enum-varnames"]


def test_example_data_is_not_reordered() -> None:
    assert '        zeta: "null"\n        alpha: 1\n' in NORMALIZED
    assert "value: {zeta: 1, alpha: null}" in NORMALIZED


def test_comments_kept() -> None:
    comments = [line.strip() for line in MESSY.splitlines() if "#" in line and "'#/" not in line]
    for comment in comments:
        text = comment[comment.index("#") :]
        assert text in NORMALIZED, text


def test_quotes_kept() -> None:
    for quoted in [
        "'200':",
        '"404":',
        "version: '1.0'",
        'description: "The thing."',
        "[string, 'null']",
        'zeta: "null"',
        "$ref: '#/components/schemas/Thing'",
    ]:
        assert quoted in NORMALIZED, quoted


def test_nulls_spelled_null() -> None:
    assert NORMALIZED.count("default: null") == 2  # from `~` and from an empty value
    assert "alpha: null}" in NORMALIZED
    assert not [line for line in NORMALIZED.splitlines() if re.search(r"default:\s*$", line)]


def test_no_wrapping_and_sequences_indented() -> None:
    assert "description: First letter, with a very long description that must never be wrapped" in NORMALIZED
    assert "      required:\n        - zeta\n" in NORMALIZED
    assert "      security:\n        - apiKey:\n            - things:read\n" in NORMALIZED
    block = "      description: |\n        Returns one thing.\n        Block scalars keep their line breaks.\n"
    assert block in NORMALIZED


def test_comment_between_moved_keys_survives_and_settles() -> None:
    text = (
        "paths: {}\n"
        "components:\n"
        "  schemas:\n"
        "    A:\n"
        "      # leading comment\n"
        "      properties:\n"
        "        b: {type: string}  # on b\n"
        "      # between properties and type\n"
        "      type: object\n"
        "      description: d   # on description\n"
        "\n"
        "# before openapi\n"
        "openapi: 3.1.0\n"
    )
    once = format_spec.format_text(text)
    for comment in [
        "# leading comment",
        "# on b",
        "# between properties and type",
        "# on description",
        "# before openapi",
    ]:
        assert comment in once, comment
    assert keys_at(once, 0) == ["openapi", "paths", "components"]
    assert keys_at(once, 6, "    A:") == ["description", "type", "properties"]
    assert format_spec.format_text(once) == once


def test_check_mode_reports_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    messy = tmp_path / "messy.yaml"
    messy.write_text(MESSY, encoding="utf-8")
    assert format_spec.main(["--check", str(messy)]) == 1
    err = capsys.readouterr().err
    assert f"{messy}: not normalized" in err
    assert messy.read_text(encoding="utf-8") == MESSY


def test_write_mode_then_check_passes(tmp_path: Path) -> None:
    messy = tmp_path / "messy.yaml"
    messy.write_text(MESSY, encoding="utf-8")
    assert format_spec.main([str(messy)]) == 0
    assert messy.read_text(encoding="utf-8") == NORMALIZED
    assert format_spec.main(["--check", str(messy)]) == 0


def test_missing_file(tmp_path: Path) -> None:
    assert format_spec.main(["--check", str(tmp_path / "nope.yaml")]) == 2
