"""Allomancy Third-Party API sandbox: a stateful server written from the docs (Starlette + SQLite)."""

from .app import create_app
from .config import Config

__all__ = ["Config", "create_app"]
