"""Serve the sandbox exactly as `allomancy-sandbox serve` runs it by default (no access log unless --access-log).

It runs sandbox.cli's own `serve` (same SANDBOX_* configuration, app, keys file and uvicorn settings) with no
change. If BENCH_UVICORN_FLAGS_OUT is set, the uvicorn arguments that `serve` uses (the sandbox's own
`server.uvicorn_options`) are written there first as JSON (classes as "module:qualname"), so the minimal baseline
apps can run on the very same server settings.

    python -m benchmarks.serve_sandbox      # SANDBOX_HOST / SANDBOX_PORT / SANDBOX_DB / SANDBOX_KEYS_FILE
"""

from __future__ import annotations

import json
import os
import sys

from benchmarks.harness import describe_flag


def main() -> int:
    from allomancy_sandbox import server
    from allomancy_sandbox.cli import main as sandbox_main
    from allomancy_sandbox.config import from_env

    out = os.environ.get("BENCH_UVICORN_FLAGS_OUT")
    if out:
        options = server.uvicorn_options(from_env())
        flags = {k: describe_flag(v) for k, v in options.items() if k not in ("host", "port")}
        with open(out, "w", encoding="utf-8") as handle:
            json.dump(flags, handle)
    return int(sandbox_main(["serve"]))


if __name__ == "__main__":
    sys.exit(main())
