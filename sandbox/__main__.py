"""`python -m sandbox` serves; `python -m sandbox keys ...` manages API keys (see cli.py)."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
