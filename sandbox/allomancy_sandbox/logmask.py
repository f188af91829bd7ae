"""Keep API keys out of log lines, even when a client puts one where it does not belong (a URL)."""

from __future__ import annotations

import logging

from allomancy_spec import redact

MASK = "[api key hidden]"


def mask_keys(text: str) -> str:
    """Replace every API-key-shaped run of characters (the spec's x-key-pattern) with a fixed mask."""
    return str(redact(text, mask=MASK))


class KeyMaskingFilter(logging.Filter):
    """Rewrites a record's message and arguments so no key survives formatting."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = mask_keys(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(mask_keys(a) if isinstance(a, str) else a for a in record.args)
        return True


def install(logger_names: tuple[str, ...] = ("uvicorn.access", "uvicorn.error", "allomancy_sandbox")) -> None:
    """Attach the filter to the loggers the sandbox writes through."""
    for name in logger_names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, KeyMaskingFilter) for f in logger.filters):
            logger.addFilter(KeyMaskingFilter())
