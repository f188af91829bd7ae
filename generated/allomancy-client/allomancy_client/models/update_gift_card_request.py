from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateGiftCardRequest")


@_attrs_define
class UpdateGiftCardRequest:
    """The replacement gift-card fields. Left-out fields take their defaults; `active` defaults to false.

    Attributes:
        credit (int | Unset): The card's balance in L$. Default: 0.
        texture (None | Unset | UUID): A UUID in its string form, or null.
        transfer (bool | Unset): Whether the card can be transferred. Default: False.
        active (bool | Unset): Whether the card is active. Default: False.
    """

    credit: int | Unset = 0
    texture: None | Unset | UUID = UNSET
    transfer: bool | Unset = False
    active: bool | Unset = False

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

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if credit is not UNSET:
            field_dict["credit"] = credit
        if texture is not UNSET:
            field_dict["texture"] = texture
        if transfer is not UNSET:
            field_dict["transfer"] = transfer
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit = d.pop("credit", UNSET)

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

        active = d.pop("active", UNSET)

        update_gift_card_request = cls(
            credit=credit,
            texture=texture,
            transfer=transfer,
            active=active,
        )

        return update_gift_card_request
