from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """A purchase the customer paid for or received.

    Attributes:
        id (UUID): A UUID in its string form.
        payment (int): A whole number of Linden dollars (L$), zero or more.
        location (str): Where the purchase happened (a region or vendor name).
        product_name (str): The product's name at the time of the purchase.
        store_name (str): The store's name.
        store_id (UUID): A UUID in its string form.
        payer_username (str): The username of the avatar who paid.
        payer_uuid (UUID): A UUID in its string form.
        receiver_username (str): The username of the avatar who received the product.
        receiver_uuid (UUID): A UUID in its string form.
        delivered (bool): Whether the product was delivered.
        failed_to_deliver (bool): Whether delivery failed.
        type_ (int): The kind of transaction, as an integer: 0 to 9 today, none of them named publicly. New values may
            be added, so a value you do not know is a generic transaction (the schema accepts any integer).
        created (datetime.datetime): An ISO 8601 timestamp in UTC, written with `Z`, e.g. 2026-04-27T15:42:00Z.
            Responses use this form only.
        used_coupon_id (None | UUID): A UUID in its string form, or null.
        used_credit (int | None): A whole number of L$, zero or more, or null.
        used_discount (int | None): A whole number of L$, zero or more, or null.
        remaining_credit (int | None): A whole number of L$, zero or more, or null.
    """

    id: UUID
    payment: int
    location: str
    product_name: str
    store_name: str
    store_id: UUID
    payer_username: str
    payer_uuid: UUID
    receiver_username: str
    receiver_uuid: UUID
    delivered: bool
    failed_to_deliver: bool
    type_: int
    created: datetime.datetime
    used_coupon_id: None | UUID
    used_credit: int | None
    used_discount: int | None
    remaining_credit: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        payment = self.payment

        location = self.location

        product_name = self.product_name

        store_name = self.store_name

        store_id = str(self.store_id)

        payer_username = self.payer_username

        payer_uuid = str(self.payer_uuid)

        receiver_username = self.receiver_username

        receiver_uuid = str(self.receiver_uuid)

        delivered = self.delivered

        failed_to_deliver = self.failed_to_deliver

        type_ = self.type_

        created = self.created.isoformat()

        used_coupon_id: None | str
        if isinstance(self.used_coupon_id, UUID):
            used_coupon_id = str(self.used_coupon_id)
        else:
            used_coupon_id = self.used_coupon_id

        used_credit: int | None
        used_credit = self.used_credit

        used_discount: int | None
        used_discount = self.used_discount

        remaining_credit: int | None
        remaining_credit = self.remaining_credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "payment": payment,
                "location": location,
                "productName": product_name,
                "storeName": store_name,
                "storeId": store_id,
                "payerUsername": payer_username,
                "payerUuid": payer_uuid,
                "receiverUsername": receiver_username,
                "receiverUuid": receiver_uuid,
                "delivered": delivered,
                "failedToDeliver": failed_to_deliver,
                "type": type_,
                "created": created,
                "usedCouponId": used_coupon_id,
                "usedCredit": used_credit,
                "usedDiscount": used_discount,
                "remainingCredit": remaining_credit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        payment = d.pop("payment")

        location = d.pop("location")

        product_name = d.pop("productName")

        store_name = d.pop("storeName")

        store_id = UUID(d.pop("storeId"))

        payer_username = d.pop("payerUsername")

        payer_uuid = UUID(d.pop("payerUuid"))

        receiver_username = d.pop("receiverUsername")

        receiver_uuid = UUID(d.pop("receiverUuid"))

        delivered = d.pop("delivered")

        failed_to_deliver = d.pop("failedToDeliver")

        type_ = d.pop("type")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        def _parse_used_coupon_id(data: object) -> None | UUID:
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

        used_coupon_id = _parse_used_coupon_id(d.pop("usedCouponId"))

        def _parse_used_credit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        used_credit = _parse_used_credit(d.pop("usedCredit"))

        def _parse_used_discount(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        used_discount = _parse_used_discount(d.pop("usedDiscount"))

        def _parse_remaining_credit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        remaining_credit = _parse_remaining_credit(d.pop("remainingCredit"))

        transaction = cls(
            id=id,
            payment=payment,
            location=location,
            product_name=product_name,
            store_name=store_name,
            store_id=store_id,
            payer_username=payer_username,
            payer_uuid=payer_uuid,
            receiver_username=receiver_username,
            receiver_uuid=receiver_uuid,
            delivered=delivered,
            failed_to_deliver=failed_to_deliver,
            type_=type_,
            created=created,
            used_coupon_id=used_coupon_id,
            used_credit=used_credit,
            used_discount=used_discount,
            remaining_credit=remaining_credit,
        )

        transaction.additional_properties = d
        return transaction

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
