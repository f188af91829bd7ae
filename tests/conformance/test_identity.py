"""The sandbox identifies itself on every response (errors included) and its keys carry the test prefix, which the
suite relies on to decide its write policy and verdict; the suite's identification reads that header."""

from __future__ import annotations

import httpx

from allomancy_conformance import launcher, session


def test_every_sandbox_response_carries_the_identity_header_and_keys_use_the_test_prefix() -> None:
    box = launcher.launch(prefix="allomancy-identity-")
    try:
        key = box.key()
        assert all(k.startswith("allo_test_") for k in box.all_keys()), "sandbox keys must not look like live keys"
        with httpx.Client(base_url=box.base_url, timeout=10) as http:
            answers = [
                http.get("/v1/store", headers={"X-API-Key": key}),  # 200
                http.get("/v1/store"),  # 401
                http.get("/v1/nothing-here", headers={"X-API-Key": key}),  # 404
                http.patch("/v1/store", headers={"X-API-Key": key}),  # 405
                http.post("/v1/categories", headers={"X-API-Key": key}, content=b"{"),  # 415: no media type
            ]
        assert [a.status_code for a in answers] == [200, 401, 404, 405, 415]
        assert all(a.headers.get("x-allomancy-sandbox") for a in answers), [dict(a.headers) for a in answers]
        assert session.identify(box.base_url) == answers[0].headers["x-allomancy-sandbox"]
    finally:
        box.cleanup()


def test_a_server_without_the_header_is_not_the_sandbox() -> None:
    assert session.identify(f"http://127.0.0.1:{launcher.free_port()}") is None  # nothing listens: not the sandbox
