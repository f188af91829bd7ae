"""The client as its peers (openai-python, stripe-python) behave: the key, the customer token and the base URL
fall back to ALLOMANCY_API_KEY, ALLOMANCY_CUSTOMER_TOKEN and ALLOMANCY_BASE_URL; missing, a ValueError names
both ways; bodies also come as keyword arguments; errors carry status_code. Run in a subprocess with the
variables set, as a user's program is, against the loopback sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from allomancy_client import Allomancy, AllomancyCustomer, NotFoundError
from allomancy_client.models import MintCustomerTokenRequest

from .support import Sandbox


def run(program: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ALLOMANCY_")}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(program)],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_variables_reach_the_sandbox_with_the_documented_v1_form(sandbox: Sandbox) -> None:
    program = """
        from allomancy_client import Allomancy, AllomancyCustomer
        api = Allomancy()
        minted = api.customer_tokens.mint(customer_identifier="aether.ash")
        print("store", api.store.get().name)
        print("profile", AllomancyCustomer(minted.token).customer_page.get_profile().username)
    """
    result = run(program, {"ALLOMANCY_API_KEY": sandbox.key(), "ALLOMANCY_BASE_URL": f"{sandbox.base_url}/v1/"})
    assert result.returncode == 0, result.stderr
    assert "profile aether.ash" in result.stdout and "store " in result.stdout


def test_the_customer_token_variable(sandbox: Sandbox) -> None:
    with Allomancy(api_key=sandbox.key(), base_url=sandbox.base_url) as api:
        token = api.customer_tokens.mint(body=MintCustomerTokenRequest(customer_identifier="aether.ash")).token
    program = """
        from allomancy_client import AllomancyCustomer
        print(AllomancyCustomer().customer_page.get_profile().username)
    """
    result = run(program, {"ALLOMANCY_CUSTOMER_TOKEN": token, "ALLOMANCY_BASE_URL": sandbox.base_url})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "aether.ash"


@pytest.mark.parametrize(
    ("program", "argument", "variable"),
    [
        ("from allomancy_client import Allomancy; Allomancy()", "api_key", "ALLOMANCY_API_KEY"),
        ("from allomancy_client import AsyncAllomancy; AsyncAllomancy()", "api_key", "ALLOMANCY_API_KEY"),
        ("from allomancy_client import AllomancyCustomer; AllomancyCustomer()", "token", "ALLOMANCY_CUSTOMER_TOKEN"),
    ],
)
def test_no_credential_is_a_value_error_naming_the_argument_and_the_variable(
    program: str, argument: str, variable: str
) -> None:
    result = run(program, {})
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ValueError:") and f"{argument}=" in last and variable in last, result.stderr


def test_keyword_bodies_the_model_form_and_not_both(sandbox: Sandbox) -> None:
    with Allomancy(api_key=sandbox.key(), base_url=f"{sandbox.base_url}/v1") as api:
        by_fields = api.customer_tokens.mint(customer_identifier="aether.ash")
        by_model = api.customer_tokens.mint(body=MintCustomerTokenRequest(customer_identifier="aether.ash"))
        assert by_fields.token != by_model.token and by_fields.token.startswith("ct_")
        with pytest.raises(TypeError, match="not both"):
            api.customer_tokens.mint(
                body=MintCustomerTokenRequest(customer_identifier="aether.ash"), customer_identifier="aether.ash"
            )
        with pytest.raises(TypeError, match="customer_identifier"):
            api.customer_tokens.mint()
        with pytest.raises(NotFoundError) as missing:
            api.customers.get("nobody.here")
        assert missing.value.status_code == missing.value.status == 404
    assert not hasattr(missing.value, "request_id")  # the API sends no request id (the docs name none)


def test_an_explicit_argument_wins_over_the_variable(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLOMANCY_API_KEY", "allo_test_" + "0" * 32)
    monkeypatch.setenv("ALLOMANCY_BASE_URL", "http://127.0.0.1:9")
    with AllomancyCustomer("ct_" + "x" * 20, base_url=sandbox.base_url) as me:
        assert me.client._base_url == sandbox.base_url
    with Allomancy(sandbox.key(), sandbox.base_url) as api:
        assert api.store.get().name
