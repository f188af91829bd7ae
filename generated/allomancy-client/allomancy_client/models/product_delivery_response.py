from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductDeliveryResponse")


@_attrs_define
class ProductDeliveryResponse:
    """A queued delivery.

    Attributes:
        product_id (UUID): A UUID in its string form.
        recipient_uuid (UUID): A UUID in its string form.
        recipient_username (str): The recipient's username.
        queued (bool): Whether the delivery was queued; it completes asynchronously.
        message (str): The message sent with the delivery; empty when none was given.
    """

    product_id: UUID
    recipient_uuid: UUID
    recipient_username: str
    queued: bool
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = str(self.product_id)

        recipient_uuid = str(self.recipient_uuid)

        recipient_username = self.recipient_username

        queued = self.queued

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "recipientUuid": recipient_uuid,
                "recipientUsername": recipient_username,
                "queued": queued,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = UUID(d.pop("productId"))

        recipient_uuid = UUID(d.pop("recipientUuid"))

        recipient_username = d.pop("recipientUsername")

        queued = d.pop("queued")

        message = d.pop("message")

        product_delivery_response = cls(
            product_id=product_id,
            recipient_uuid=recipient_uuid,
            recipient_username=recipient_username,
            queued=queued,
            message=message,
        )

        product_delivery_response.additional_properties = d
        return product_delivery_response

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
