#!/usr/bin/env python3
"""Build and check the TypeScript parts: the client package (typescript-client/) and the example customer page.

    python scripts/build_ts.py client             # tsc: typescript-client/src -> typescript-client/dist
    python scripts/build_ts.py page [--out DIR]   # esbuild: the page bundled into DIR (examples/customer-page/dist)
    python scripts/build_ts.py check              # tsc --strict, no output: the client, its tests, the page
    python scripts/build_ts.py tests              # tsc: the client and its node:test files -> typescript-client/build
    python scripts/build_ts.py pack --out DIR     # client, then `npm pack` its tarball into DIR

The page imports `allomancy-client` (npm workspace link to typescript-client/), so `page` builds the client first.
Tools come from node_modules (package-lock.json pins them); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_BIN = ROOT / "node_modules" / ".bin"
CLIENT = ROOT / "typescript-client"
PAGE = ROOT / "examples" / "customer-page"
PAGE_STATIC = ("index.html", "style.css")
TIMEOUT = 300


def run(*command: str | Path, cwd: Path = ROOT) -> str:
    argv = [str(part) for part in command]
    if argv[0] in {"tsc", "esbuild"}:
        tool = NODE_BIN / argv[0]
        if not tool.exists():
            sys.exit(f"{tool.relative_to(ROOT)} is missing: run `make node` (npm ci)")
        argv[0] = str(tool)
    result = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"{' '.join(argv[:3])} ... failed (exit code {result.returncode})")
    return result.stdout


def build_client() -> Path:
    shutil.rmtree(CLIENT / "dist", ignore_errors=True)
    run("tsc", "-p", CLIENT / "tsconfig.json")
    return CLIENT / "dist"


def build_page(out: Path) -> Path:
    build_client()
    out.mkdir(parents=True, exist_ok=True)
    run(
        "esbuild", PAGE / "src" / "main.ts",
        "--bundle", "--format=esm", "--target=es2022", "--sourcemap", "--log-level=warning",
        f"--outfile={out / 'app.js'}",
    )  # fmt: skip
    for name in PAGE_STATIC:
        shutil.copyfile(PAGE / name, out / name)
    return out


def check() -> None:
    build_client()  # the page type-checks against the client's published declarations
    run("tsc", "-p", CLIENT / "tsconfig.test.json", "--noEmit")
    run("tsc", "-p", PAGE / "tsconfig.json")


def build_tests() -> Path:
    """Compile into the package's own build/ (gitignored): the tests import openapi-fetch from its node_modules."""
    out = CLIENT / "build"
    shutil.rmtree(out, ignore_errors=True)
    run("tsc", "-p", CLIENT / "tsconfig.test.json")
    return out / "test"


def pack(out: Path) -> Path:
    build_client()
    out.mkdir(parents=True, exist_ok=True)
    name = run("npm", "pack", "--silent", "--pack-destination", out.resolve(), cwd=CLIENT).strip().splitlines()[-1]
    return out / name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("client", "page", "check", "tests", "pack"))
    parser.add_argument("--out", type=Path, help="output folder (page, pack)")
    args = parser.parse_args(argv)
    if args.what == "pack" and args.out is None:
        parser.error(f"{args.what} needs --out DIR")
    if args.what == "client":
        print(f"built {build_client().relative_to(ROOT)}")
    elif args.what == "page":
        print(f"built the customer page into {build_page(args.out or PAGE / 'dist')}")
    elif args.what == "check":
        check()
        print("tsc --strict: the client, its tests and the example page are clean")
    elif args.what == "tests":
        print(f"compiled the client's tests into {build_tests()}")
    else:
        print(f"packed {pack(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
