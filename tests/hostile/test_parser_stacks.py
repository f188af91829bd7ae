"""The default HTTP stack (llhttp in the strict protocol) answers every framing-level hostile request exactly as the
reference stack (h11) does: same status, same problem code, both problem+json. The full corpus, with state checks,
runs against the default stack in test_corpus.py."""

from __future__ import annotations

import json

import pytest

from allomancy_conformance.corpus import ALL_CASES, PARSER_CASES, render, request_bytes
from allomancy_conformance.launcher import launch
from allomancy_conformance.rawhttp import exchange

RAW = {**PARSER_CASES, **{c.id: request_bytes(c) for c in ALL_CASES if c.raw is not None}}
# A sample of the other cases: odd methods and targets, which the two parsers read differently.
RAW.update({c.id: request_bytes(c) for c in ALL_CASES if c.id.startswith(("method-", "path-", "long-"))})


def answers(stack: str) -> dict[str, tuple[int, str | None, str | None]]:
    box = launch({"SANDBOX_HTTP": stack}, prefix=f"allomancy-{stack}-")
    try:
        found = {}
        for name, request in sorted(RAW.items()):
            raw = render(
                request,
                key=box.key("all"),
                key2=box.key("all", store=1),
                card="00000000-0000-4000-8000-000000000000",
                customer="aether.ash",
                host="127.0.0.1",
            )
            response = exchange(box.port, raw, timeout=15)
            code = json.loads(response.body).get("code") if response.body.startswith(b"{") else None
            found[name] = (response.status, response.header("content-type"), code)
        return found
    finally:
        box.cleanup()


@pytest.mark.slow
def test_strict_httptools_answers_like_h11() -> None:
    assert len(RAW) >= 30
    reference, strict = answers("h11"), answers("httptools")
    differences = {name: (reference[name], strict[name]) for name in RAW if reference[name] != strict[name]}
    assert not differences, differences
    assert all(status >= 400 for status, _, _ in strict.values() if status)
