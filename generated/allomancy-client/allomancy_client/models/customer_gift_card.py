from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerGiftCard")


@_attrs_define
class CustomerGiftCard:
    """A gift card as its owner sees it on the customer page.

    Attributes:
        id (UUID): A UUID in its string form.
        owner_uuid (UUID): A UUID in its string form.
        owner_username (str): The owner's username.
        credit (int): A whole number of Linden dollars (L$), zero or more.
        active (bool): Whether the card is active.
        redeemed (bool): Whether the card has been redeemed.
        transfer (bool): Whether the card can be given to another resident.
        texture (None | UUID): A UUID in its string form, or null.
        purchased (bool): True for a bought card, false for a granted one.
        store_id (UUID): A UUID in its string form.
        expires_at (datetime.datetime | None): An ISO 8601 timestamp in UTC written with `Z` (the DateTime form), or
            null.
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
    store_id: UUID
    expires_at: datetime.datetime | None
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

        store_id = str(self.store_id)

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

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
                "storeId": store_id,
                "expiresAt": expires_at,
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

        store_id = UUID(d.pop("storeId"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        customer_gift_card = cls(
            id=id,
            owner_uuid=owner_uuid,
            owner_username=owner_username,
            credit=credit,
            active=active,
            redeemed=redeemed,
            transfer=transfer,
            texture=texture,
            purchased=purchased,
            store_id=store_id,
            expires_at=expires_at,
        )

        customer_gift_card.additional_properties = d
        return customer_gift_card

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
