"""`python -m allomancy_sandbox` is the `allomancy-sandbox` command: `serve` (the default), `keys ...` (see cli.py)."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
