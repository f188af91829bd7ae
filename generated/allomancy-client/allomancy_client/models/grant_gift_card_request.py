from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GrantGiftCardRequest")


@_attrs_define
class GrantGiftCardRequest:
    """The gift card to grant.

    Attributes:
        credit (int): The card's balance in L$, at least 1.
        texture (None | Unset | UUID): A UUID in its string form, or null.
        transfer (bool | Unset): Whether the card can be transferred. Default: False.
    """

    credit: int
    texture: None | Unset | UUID = UNSET
    transfer: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        credit = self.credit

        texture: None | str | Unset
        if isinstance(self.texture, Unset):
            texture = UNSET
        elif isinstance(self.texture, UUID):
            texture = str(self.texture)
        else:
            texture = self.texture

        transfer = self.transfer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credit": credit,
            }
        )
        if texture is not UNSET:
            field_dict["texture"] = texture
        if transfer is not UNSET:
            field_dict["transfer"] = transfer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit = d.pop("credit")

        def _parse_texture(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_uuid_type_0 = UUID(data)

                return componentsschemas_nullable_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        texture = _parse_texture(d.pop("texture", UNSET))

        transfer = d.pop("transfer", UNSET)

        grant_gift_card_request = cls(
            credit=credit,
            texture=texture,
            transfer=transfer,
        )

        return grant_gift_card_request
