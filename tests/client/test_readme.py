"""The READMEs' Python snippets run, in order, against the sandbox: the generated package's README and the
integrator quickstart in the top README ("## Use the client")."""

from __future__ import annotations

import ast
import asyncio
import re
from pathlib import Path

import httpx
import pytest

from .support import Sandbox

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "generated" / "allomancy-client" / "README.md"
TOP_README = ROOT / "README.md"
PRODUCTION = "https://integrations.allomancy.net"


def snippets() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.DOTALL)


def test_the_readme_snippets_run_against_the_sandbox(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = snippets()
    assert len(blocks) >= 5
    names: dict[str, object] = {"API_KEY": sandbox.key(), "BASE_URL": sandbox.base_url}
    for block in blocks:
        code = compile(block.replace(PRODUCTION, sandbox.base_url), "README.md", "exec",
                       flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)  # fmt: skip
        pending = eval(code, names)  # a coroutine when the snippet has a top-level await
        if pending is not None:
            asyncio.run(pending)
    printed = capsys.readouterr().out
    assert "resident.username" in printed  # the quickstart and the helpers example reached real data


def test_the_readme_covers_the_common_tasks() -> None:
    text = README.read_text()
    for topic in ("AuthenticatedClient(", "X-API-Key", "iterate(", "unwrap(", "ApiError", "RetryPolicy", "timeout",
                  "DiscountType.PERCENT", "asyncio", "Problem", "pip install"):  # fmt: skip
        assert topic in text, topic


def quickstart_blocks() -> list[str]:
    section = TOP_README.read_text().split("\n## Use the client\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def test_the_top_readme_quickstart_runs_against_the_sandbox(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Install is `make venv`; the snippet reads the key and the URL from the environment (here in the documented
    /v1 form, which the client accepts)."""
    (block,) = quickstart_blocks()
    assert "Allomancy()" in block and "ALLOMANCY_BASE_URL" in block
    monkeypatch.setenv("ALLOMANCY_API_KEY", sandbox.key())
    monkeypatch.setenv("ALLOMANCY_BASE_URL", f"{sandbox.base_url}/v1")
    exec(compile(block, "README.md", "exec"), {})  # noqa: S102
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Crimson Forge"  # the first store of the sandbox
    spenders = lines[1:-2]
    assert spenders and all(len(line.split()) == 2 for line in spenders)
    names = {line.split()[0] for line in spenders}
    assert "aether.ash" in names and "brass.vin" not in names  # spent 12000 L$ / exactly 1000 (strictly greater)
    assert lines[-2].startswith("404 customer_not_found ")
    # mint-then-act: the token reads the same customer's balance that the key sees
    username, credit = lines[-1].split()
    with httpx.Client(base_url=sandbox.base_url, headers={"X-API-Key": sandbox.key()}) as key_client:
        expected = key_client.get("/v1/customers/aether.ash/credit").json()["credit"]
    assert (username, int(credit)) == ("aether.ash", expected)
