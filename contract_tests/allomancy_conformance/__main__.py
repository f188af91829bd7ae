"""`python -m allomancy_conformance` is the `allomancy-conformance` command."""

from __future__ import annotations

from .cli import entry_point

if __name__ == "__main__":
    entry_point()
