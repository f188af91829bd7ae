"""Reorder the keys of a ruamel.yaml round-trip mapping without losing or misplacing comments.

ruamel.yaml attaches a full-line comment to the token *before* it: the end of the previous
key's value (descending into block collections down to their last scalar). Moving keys naively
therefore carries each comment off with the key above it. `reorder` first detaches the comment
lines that sit between two keys and re-attaches them in front of the key below, so a comment
stays with the key it introduces.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken


def _trailing_slot(node: Any, key: Any, create: bool = False) -> tuple[list[Any], int, Any] | None:
    """The comment slot after the last line of node[key]'s value: (slot list, index, scalar), or None.

    ruamel.yaml attaches full-line comments to the token *before* them, i.e. to the end of the
    previous key's value (descending into block collections to their last scalar).
    """
    value = node[key]
    if isinstance(value, (CommentedMap, CommentedSeq)) and value and not value.fa.flow_style():
        return _trailing_slot(
            value, next(reversed(value)) if isinstance(value, CommentedMap) else len(value) - 1, create
        )
    index = 2 if isinstance(node, CommentedMap) else 0
    slots = node.ca.items.get(key)
    if create and slots is None:
        slots = node.ca.items[key] = [None, None, None, None]
    if slots is None or (slots[index] is None and not create):
        return None
    if slots[index] is None:
        slots[index] = CommentToken("" if _is_block_scalar(value) else "\n", CommentMark(0))
    return slots, index, value


def _is_block_scalar(value: Any) -> bool:
    # A `|` or `>` scalar ends with its own line break, so its comment token has no end-of-line part.
    return isinstance(value, (LiteralScalarString, FoldedScalarString))


def _split_following(lines: list[str], column: int) -> int:
    """Index where the lines that belong to the next key start.

    Lines indented deeper than `column` (the mapping's keys in the input) belong to the value
    above; from the first comment at `column` or shallower on (with the blank lines just before
    it) they belong to what follows. A run of blank lines alone goes with the next key too.
    """
    for i, line in enumerate(lines):
        if line.strip() and len(line) - len(line.lstrip()) <= column:
            while i > 0 and not lines[i - 1].strip():
                i -= 1
            return i
    return 0 if not any(line.strip() for line in lines) else len(lines)


def _take_following_lines(node: CommentedMap, key: Any) -> list[str]:
    """Detach the comment and blank lines after node[key] that belong to whatever follows it."""
    slot = _trailing_slot(node, key)
    if slot is None:
        return []
    slots, index, scalar = slot
    value = slots[index].value
    first = 0 if _is_block_scalar(scalar) else value.find("\n") + 1
    if first == 0 and not _is_block_scalar(scalar):
        return []
    lines = value[first:].splitlines()
    cut = _split_following(lines, node.lc.col or 0)
    kept = value[:first] + "".join(line + "\n" for line in lines[:cut])
    if kept.strip():
        slots[index].value = kept
    else:
        slots[index] = None
    return [str(line) for line in lines[cut:]]


def _attach_before(mapping: CommentedMap, key: Any, lines: list[str], column: int) -> None:
    tokens = [CommentToken(f"{line.strip()}\n" if line.strip() else "\n", CommentMark(column)) for line in lines]
    slots = mapping.ca.items.setdefault(key, [None, None, None, None])
    slots[1] = tokens + (slots[1] or [])


def reorder(mapping: CommentedMap, order: list[str], column: int = 0) -> None:
    """Put the keys of `mapping` in `order`; unknown keys follow in their current order.

    Comment lines between two keys move with the key below them (re-indented to `column`, the
    column of the mapping's keys in the output); comment lines after the last key stay at the end.
    A comment at the very top of a mapping stays at the top.
    """
    rank = {key: i for i, key in enumerate(order)}
    keys = list(mapping.keys())
    known = sorted((k for k in keys if k in rank), key=lambda k: rank[k])
    wanted = known + [k for k in keys if k not in rank]
    if wanted == keys:
        return
    block = not mapping.fa.flow_style()
    before: dict[Any, list[str]] = {}
    after_last: list[str] = []
    if block:
        before = {keys[i]: _take_following_lines(mapping, keys[i - 1]) for i in range(1, len(keys))}
        after_last = _take_following_lines(mapping, keys[-1])
    for key in wanted:
        mapping.move_to_end(key)
    if not block:
        return
    for key, lines in before.items():
        if key == wanted[0]:
            lines = lines[next((i for i, line in enumerate(lines) if line.strip()), len(lines)) :]
        if lines:
            _attach_before(mapping, key, lines, column)
    if after_last:
        slots, index, _ = _trailing_slot(mapping, wanted[-1], create=True)  # type: ignore[misc]
        slots[index].value += "".join(line + "\n" for line in after_last)
