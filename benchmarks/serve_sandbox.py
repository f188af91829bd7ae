"""Serve the sandbox exactly as `allomancy-sandbox serve` does, minus the per-request access log (bench only).

This runs sandbox.cli's own `serve` (same SANDBOX_* configuration, app, keys file and uvicorn settings)
with one change: every uvicorn.Config built in this process (uvicorn.run builds one too) gets
`access_log=False, log_level="warning"` on top of the arguments the sandbox passes, so the load figures
do not measure one log line per request. If BENCH_UVICORN_FLAGS_OUT is set, the arguments actually used
are written there as JSON (classes as "module:qualname"), so the minimal baseline apps can run on the
very same server settings.

    python -m benchmarks.serve_sandbox      # SANDBOX_HOST / SANDBOX_PORT / SANDBOX_DB / SANDBOX_KEYS_FILE
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from benchmarks.common import UVICORN_LOGGING, describe_flag


def main() -> int:
    from uvicorn.config import Config

    from allomancy_sandbox.cli import main as sandbox_main

    real_init = Config.__init__

    def init(self: Config, app: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.update(UVICORN_LOGGING)
        out = os.environ.get("BENCH_UVICORN_FLAGS_OUT")
        if out:
            flags = {k: describe_flag(v) for k, v in kwargs.items() if k not in ("host", "port")}
            with open(out, "w", encoding="utf-8") as handle:
                json.dump(flags, handle)
        real_init(self, app, *args, **kwargs)

    Config.__init__ = init  # type: ignore[method-assign]
    return int(sandbox_main(["serve"]))


if __name__ == "__main__":
    sys.exit(main())
