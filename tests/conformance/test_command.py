"""allomancy-conformance as a user runs it (a subprocess): usage mistakes are one line and exit 2 before anything
runs, an unusable target is one line naming the URL (never the key) and exit 3, --help names every variable and
the exit statuses, and the documented base URL form (ending in /v1) works."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from allomancy_conformance import exitcodes, launcher, preflight
from allomancy_conformance.cli import SWITCHES, VARIABLE_FLAGS

TIMEOUT = 120


def conformance(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ALLOMANCY_")}
    return subprocess.run(
        [sys.executable, "-m", "allomancy_conformance", *args],
        env={**clean, **(env or {})},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


@pytest.fixture(scope="module")
def box() -> Iterator[launcher.SandboxProcess]:
    sandbox = launcher.launch(prefix="allomancy-command-")
    yield sandbox
    sandbox.cleanup()


def test_help_names_every_variable_the_exit_statuses_and_the_process_list_risk(tmp_path: Path) -> None:
    result = conformance(tmp_path, "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())  # argparse wraps lines
    for flag, variable, _ in (*VARIABLE_FLAGS, *SWITCHES):
        assert flag in text and variable in text, (flag, variable)
    for code, meaning in exitcodes.TABLE:
        assert f"{code} {meaning}" in text
    assert "process list" in text
    assert not (tmp_path / "reports").exists()


@pytest.mark.parametrize(
    ("args", "env", "named"),
    [
        (("--api-key", "allo_test_abc"), {}, "ALLOMANCY_BASE_URL"),
        ((), {"ALLOMANCY_API_KEY": "allo_test_abc"}, "--base-url"),
        (("--base-url", "http://127.0.0.1:9/v1"), {}, "ALLOMANCY_API_KEY"),
        (("--layers", "nonsense"), {}, "--layers"),
        (("--layers", "auth or nonsense"), {}, "nonsense"),
        (("--keys-file", "missing.json"), {}, "--keys-file"),
        (("--base-url", "ftp://host", "--api-key", "allo_test_abc"), {}, "ALLOMANCY_BASE_URL"),
        (("--max-rps", "fast"), {}, "ALLOMANCY_MAX_RPS"),
    ],
)
def test_usage_mistakes_are_one_line_naming_the_setting_and_exit_2_before_anything_runs(
    tmp_path: Path, args: tuple[str, ...], env: dict[str, str], named: str
) -> None:
    result = conformance(tmp_path, *args, env=env)
    assert result.returncode == exitcodes.USAGE, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and named in lines[0], result.stderr
    assert result.stdout == ""
    assert "allo_test_abc" not in result.stderr
    assert not (tmp_path / "reports").exists(), "a usage error must not create the report folder"


def test_an_unreachable_target_is_one_line_naming_the_url_and_exit_3(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{launcher.free_port()}"
    result = conformance(tmp_path, "--base-url", f"{url}/v1/", env={"ALLOMANCY_API_KEY": "allo_test_secretvalue"})
    assert result.returncode == exitcodes.SETUP
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and f"{url}/v1/store" in lines[0] and "ALLOMANCY_BASE_URL" in lines[0], result.stderr
    assert "secretvalue" not in result.stderr + result.stdout
    assert not (tmp_path / "reports").exists()


def test_a_rejected_key_a_key_lacking_scopes_and_a_wrong_path_are_set_up_errors(
    tmp_path: Path, box: launcher.SandboxProcess
) -> None:
    cases = [
        (box.base_url, "allo_test_" + "0" * 32, "401"),
        (box.base_url, box.key("customers:read"), "403"),
        (f"{box.base_url}/api", box.key(), "404"),
    ]
    for base_url, key, status in cases:
        result = conformance(tmp_path, "--base-url", base_url, env={"ALLOMANCY_API_KEY": key})
        assert result.returncode == exitcodes.SETUP, (status, result.stderr)
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and status in lines[0] and base_url in lines[0], result.stderr
        assert "ALLOMANCY_" in lines[0]
        assert key not in result.stderr + result.stdout
    assert not (tmp_path / "reports").exists()


def test_the_documented_base_url_form_reaches_the_server_and_a_run_passes(
    tmp_path: Path, box: launcher.SandboxProcess
) -> None:
    result = conformance(
        tmp_path,
        "--base-url",
        f"{box.base_url}/v1",
        "--layers",
        "auth",
        env={"ALLOMANCY_API_KEY": box.key(), "ALLOMANCY_SEED": "1"},
    )
    assert result.returncode == exitcodes.CONFORMING, result.stdout[-4000:] + result.stderr[-2000:]
    assert "/v1/v1/" not in result.stdout
    assert "[L3] auth, scopes and store isolation:" in result.stdout and "[L3] done: " in result.stdout  # progress
    lines = result.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("operation "))
    total = next(i for i, line in enumerate(lines) if line.startswith("TOTAL "))
    assert max(len(line) for line in lines[header : total + 1]) <= 100  # the end-of-run table
    assert f"reports in {tmp_path / 'reports'}" in result.stdout
    assert box.key() not in result.stdout + result.stderr


def test_customer_tokens_are_redacted_as_keys_are() -> None:
    from allomancy_spec import REDACTED, REDACTED_TOKEN, redact

    token = "ct_" + "Ab9_-" * 8
    line = f"curl -H 'X-Customer-Token: {token}' -H 'X-API-Key: allo_test_abc.def' https://x/#ct={token}"
    cleaned = redact(line)
    assert token not in cleaned and "allo_test_abc" not in cleaned
    assert cleaned.count(REDACTED_TOKEN) == 2 and cleaned.count(REDACTED) == 1
    assert redact('{"token": "' + token + '"}') == '{"token": "' + REDACTED_TOKEN + '"}'


def test_the_end_of_run_table_fits_100_columns() -> None:
    from allomancy_conformance.spec import index_of
    from allomancy_conformance.tally import LAYERS, TABLE_WIDTH, Tally

    tally = Tally()
    operations = [op.id for op in index_of().all_operations]
    for op in operations:
        for layer in LAYERS:
            for _ in range(12345):
                tally.case(op, layer)
    text = tally.render(operations)
    assert max(len(line) for line in text.splitlines()) <= TABLE_WIDTH, text
    assert "TOTAL" in text and all(op[:10] in text for op in operations)


def test_without_a_key_the_preflight_only_checks_that_the_api_is_there(box: launcher.SandboxProcess) -> None:
    """A --fresh-store run has no key yet (its keys come from the admin route): a 401 is then no set-up error."""
    assert preflight.check(box.base_url, None) is None
    rejected = preflight.check(box.base_url, "allo_test_" + "A" * 32 + "." + "B" * 30)
    assert rejected is not None and "rejected the key" in rejected
    assert preflight.check("http://127.0.0.1:9", None) is not None  # nothing there: still a set-up error
