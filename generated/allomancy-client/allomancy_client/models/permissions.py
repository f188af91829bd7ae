from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Permissions")


@_attrs_define
class Permissions:
    """Which Second Life permissions (copy, modify, transfer) a delivered copy carries. A product request that leaves them
    out (or sends null) gets the default, copy only.

        Attributes:
            copy (bool): Copy permission.
            modify (bool): Modify permission.
            transfer (bool): Transfer permission.
    """

    copy: bool
    modify: bool
    transfer: bool

    def to_dict(self) -> dict[str, Any]:
        copy = self.copy

        modify = self.modify

        transfer = self.transfer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "copy": copy,
                "modify": modify,
                "transfer": transfer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        copy = d.pop("copy")

        modify = d.pop("modify")

        transfer = d.pop("transfer")

        permissions = cls(
            copy=copy,
            modify=modify,
            transfer=transfer,
        )

        return permissions
