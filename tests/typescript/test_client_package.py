"""The TypeScript client (typescript-client/): its generated types and version are fresh (regenerated from the
spec, byte for byte), its node:test suite passes against a real sandbox, and its npm tarball installs into an empty
folder without the network. `tsc --strict` over the client, its tests and the example page is `make lint`'s."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from allomancy_conformance.launcher import SandboxProcess, launch

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "typescript-client"
NODE_BIN = ROOT / "node_modules" / ".bin"
TIMEOUT = 300
# The node:test suite's size when this test was written: fewer means tests were lost (or skipped).
MIN_NODE_TESTS = 28

pytestmark = pytest.mark.node


def script(*args: str | Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_generated_types_are_fresh(tmp_path: Path) -> None:
    script(ROOT / "scripts" / "generate_ts.py", "--output", tmp_path)
    for name in ("src/schema.ts", "package.json"):
        fresh, committed = (tmp_path / name).read_text("utf-8"), (CLIENT / name).read_text("utf-8")
        assert fresh == committed, f"typescript-client/{name} is stale: run `make generate`"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    box = launch(prefix="allomancy-ts-")
    try:
        yield box
    finally:
        box.cleanup()


def test_node_tests_pass_against_a_sandbox(sandbox: SandboxProcess) -> None:
    built = Path(script(ROOT / "scripts" / "build_ts.py", "tests").stdout.strip().split()[-1])
    env = dict(os.environ, ALLOMANCY_BASE_URL=sandbox.base_url, ALLOMANCY_KEYS_FILE=str(sandbox.workdir / "keys.json"))
    result = subprocess.run(
        ["node", "--test", "--test-reporter=tap", str(built)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    counts = {
        name: int(n) for name, n in re.findall(r"^# (tests|pass|fail|skipped|todo|cancelled) (\d+)$", output, re.M)
    }
    assert counts.get("fail") == 0 and counts.get("cancelled") == 0, output
    assert counts.get("skipped") == 0 and counts.get("todo") == 0, "a node test was skipped:\n" + output
    assert counts.get("pass", 0) >= MIN_NODE_TESTS, output


CONSUMER = """\
import { createCustomerClient, ok, pages, AuthenticationError, type Schemas } from "allomancy-client";

export async function cards(token: string): Promise<Schemas["CustomerGiftCard"][]> {
  const client = createCustomerClient({ token, baseUrl: "http://127.0.0.1:8400" });
  const profile = await ok(client.GET("/v1/customer/profile"));
  const name: string = profile.username;
  void name;
  const all: Schemas["CustomerGiftCard"][] = [];
  try {
    const walk = pages((cursor) => client.GET("/v1/customer/giftcards", { params: { query: { cursor } } }));
    for await (const card of walk) {
      all.push(card);
    }
  } catch (error) {
    if (error instanceof AuthenticationError) return [];
    throw error;
  }
  return all;
}
"""


def test_npm_tarball_installs_offline_into_an_empty_folder(tmp_path: Path) -> None:
    packed = tmp_path / "packed"
    out = script(ROOT / "scripts" / "build_ts.py", "pack", "--out", packed).stdout
    tarball = Path(out.strip().split()[-1])
    assert tarball.name == f"allomancy-client-{json.loads((CLIENT / 'package.json').read_text())['version']}.tgz"
    empty = tmp_path / "consumer"
    empty.mkdir()
    npm = ["npm", "install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", str(tarball)]
    installed = subprocess.run(npm, cwd=empty, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    names = subprocess.run(
        ["node", "-e", "import('allomancy-client').then(m => console.log(Object.keys(m).sort().join(' ')))"],
        cwd=empty,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert names.returncode == 0, names.stderr
    for name in ("createCustomerClient", "createKeyClient", "ok", "pages", "tokenFromFragment", "AllomancyError"):
        assert name in names.stdout.split(), name
    (empty / "use.ts").write_text(CONSUMER, encoding="utf-8")
    typecheck = subprocess.run(
        [
            str(NODE_BIN / "tsc"), "--strict", "--noEmit", "--target", "ES2022", "--module", "NodeNext",
            "--moduleResolution", "NodeNext", "--lib", "ES2022,DOM", "use.ts",
        ],
        cwd=empty, capture_output=True, text=True, timeout=TIMEOUT, check=False,
    )  # fmt: skip
    assert typecheck.returncode == 0, typecheck.stdout + typecheck.stderr
