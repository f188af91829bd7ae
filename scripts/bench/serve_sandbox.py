"""Serve the sandbox the way `python -m sandbox` does, minus the per-request access log (bench only).

Same configuration (SANDBOX_* environment), same app factory, same keys file and the same
`uvicorn.run` call as sandbox.cli.serve, except `access_log=False` and `log_level="warning"`:
production settings for load figures, where an access line per request would be measured too.

    python -m scripts.bench.serve_sandbox      # SANDBOX_HOST / SANDBOX_PORT / SANDBOX_DB / SANDBOX_KEYS_FILE
"""

from __future__ import annotations

import sys

from scripts.bench.common import UVICORN_FLAGS


def main() -> int:
    import uvicorn

    from sandbox.app import create_app
    from sandbox.config import ConfigError, from_env
    from sandbox.keysfile import keys_document, write_keys_file

    try:
        config = from_env()
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    app = create_app(config)
    if config.keys_file:
        write_keys_file(config.keys_file, keys_document(config.base_url, app.state.sandbox.demo_keys()))
    uvicorn.run(app, host=config.host, port=config.port, **UVICORN_FLAGS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
