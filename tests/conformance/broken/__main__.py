"""Serve the sandbox with one defect injected: CONFORMANCE_DEFECT=<name> python -m tests.conformance.broken

Honours the sandbox's SANDBOX_* variables (host, port, database, keys file), so the suite's launcher
(contract_tests/sandbox_process.py) starts it exactly like the real sandbox.
"""

from __future__ import annotations

import os
import sys

import uvicorn

from allomancy_sandbox.app import create_app
from allomancy_sandbox.config import from_env
from allomancy_sandbox.keysfile import keys_document, write_keys_file

from .defects import DEFECTS


def main() -> int:
    name = os.environ.get("CONFORMANCE_DEFECT", "")
    if name not in DEFECTS:
        print(f"CONFORMANCE_DEFECT must be one of: {', '.join(sorted(DEFECTS))}", file=sys.stderr)
        return 2
    config = from_env()
    app = create_app(config)
    document = keys_document(config.base_url, app.state.sandbox.demo_keys())
    if config.keys_file:
        write_keys_file(config.keys_file, document)
    uvicorn.run(DEFECTS[name](app, document), host=config.host, port=config.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
