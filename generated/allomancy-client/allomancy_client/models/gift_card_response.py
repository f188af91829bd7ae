from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GiftCardResponse")


@_attrs_define
class GiftCardResponse:
    """A gift card.

    Attributes:
        id (UUID): A UUID in its string form.
        owner_uuid (UUID): A UUID in its string form.
        owner_username (str): The owner's username.
        credit (int): A whole number of Linden dollars (L$), zero or more.
        active (bool): Whether the card is active.
        redeemed (bool): Whether the card has been redeemed.
        transfer (bool): Whether the card can be transferred.
        texture (None | UUID): A UUID in its string form, or null.
        purchased (bool): True for a bought card, false for a granted one.
    """

    id: UUID
    owner_uuid: UUID
    owner_username: str
    credit: int
    active: bool
    redeemed: bool
    transfer: bool
    texture: None | UUID
    purchased: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        owner_uuid = str(self.owner_uuid)

        owner_username = self.owner_username

        credit = self.credit

        active = self.active

        redeemed = self.redeemed

        transfer = self.transfer

        texture: None | str
        if isinstance(self.texture, UUID):
            texture = str(self.texture)
        else:
            texture = self.texture

        purchased = self.purchased

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ownerUuid": owner_uuid,
                "ownerUsername": owner_username,
                "credit": credit,
                "active": active,
                "redeemed": redeemed,
                "transfer": transfer,
                "texture": texture,
                "purchased": purchased,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        owner_uuid = UUID(d.pop("ownerUuid"))

        owner_username = d.pop("ownerUsername")

        credit = d.pop("credit")

        active = d.pop("active")

        redeemed = d.pop("redeemed")

        transfer = d.pop("transfer")

        def _parse_texture(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_uuid_type_0 = UUID(data)

                return componentsschemas_nullable_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        texture = _parse_texture(d.pop("texture"))

        purchased = d.pop("purchased")

        gift_card_response = cls(
            id=id,
            owner_uuid=owner_uuid,
            owner_username=owner_username,
            credit=credit,
            active=active,
            redeemed=redeemed,
            transfer=transfer,
            texture=texture,
            purchased=purchased,
        )

        gift_card_response.additional_properties = d
        return gift_card_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
