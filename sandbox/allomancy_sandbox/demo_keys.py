"""The demo-keys file (SANDBOX_KEYS_FILE) and the start-up listing of demo keys."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def keys_document(base_url: str, stores: list[dict[str, Any]]) -> dict[str, Any]:
    return {"baseUrl": base_url, "stores": stores}


def write_keys_file(path: str, document: dict[str, Any]) -> None:
    """Write atomically with owner-only permissions."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".keys-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2)
            handle.write("\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def format_listing(document: dict[str, Any]) -> str:
    lines = [f"Allomancy sandbox demo keys (base URL {document['baseUrl']}):"]
    for store in document["stores"]:
        lines.append(f"  {store['name']} ({store['id']})")
        for label, key in store["keys"].items():
            lines.append(f"    {label:<22} {key}")
    return "\n".join(lines)
