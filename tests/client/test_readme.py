"""The generated package's README: its Python snippets run, in order, against the sandbox."""

from __future__ import annotations

import ast
import asyncio
import re
from pathlib import Path

import pytest

from .support import Sandbox

README = Path(__file__).resolve().parents[2] / "generated" / "allomancy-client" / "README.md"
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
