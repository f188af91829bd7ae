from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliverProductRequest")


@_attrs_define
class DeliverProductRequest:
    """Whom to deliver a product to, with an optional message.

    Attributes:
        recipient_identifier (str): A Second Life username (one or two dot-separated parts) or an avatar UUID.
        message (None | str | Unset): A message sent with the delivery, up to 250 characters.
    """

    recipient_identifier: str
    message: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        recipient_identifier = self.recipient_identifier

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recipientIdentifier": recipient_identifier,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient_identifier = d.pop("recipientIdentifier")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        deliver_product_request = cls(
            recipient_identifier=recipient_identifier,
            message=message,
        )

        return deliver_product_request
