from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_lot import CreditLot


T = TypeVar("T", bound="CustomerAccount")


@_attrs_define
class CustomerAccount:
    """The customer's balances in one store.

    Attributes:
        store_id (UUID): A UUID in its string form.
        credit (int): A whole number of Linden dollars (L$), zero or more.
        restricted_credit (int): A whole number of Linden dollars (L$), zero or more.
        discount (int): A whole percentage, 0 to 100.
        credit_lots (list[CreditLot] | Unset): The open dated lots (amount left above 0, not expired), soonest expiry
            first; the soonest is
            spent first. Empty when all credit is undated. Older servers leave the field out. Right after
            a lot expires, `credit` may briefly be more than the lots add up to.
    """

    store_id: UUID
    credit: int
    restricted_credit: int
    discount: int
    credit_lots: list[CreditLot] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_id = str(self.store_id)

        credit = self.credit

        restricted_credit = self.restricted_credit

        discount = self.discount

        credit_lots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_lots, Unset):
            credit_lots = []
            for credit_lots_item_data in self.credit_lots:
                credit_lots_item = credit_lots_item_data.to_dict()
                credit_lots.append(credit_lots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "storeId": store_id,
                "credit": credit,
                "restrictedCredit": restricted_credit,
                "discount": discount,
            }
        )
        if credit_lots is not UNSET:
            field_dict["creditLots"] = credit_lots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_lot import CreditLot  # noqa: PLC0415

        d = dict(src_dict)
        store_id = UUID(d.pop("storeId"))

        credit = d.pop("credit")

        restricted_credit = d.pop("restrictedCredit")

        discount = d.pop("discount")

        _credit_lots = d.pop("creditLots", UNSET)
        credit_lots: list[CreditLot] | Unset = UNSET
        if _credit_lots is not UNSET:
            credit_lots = []
            for credit_lots_item_data in _credit_lots:
                credit_lots_item = CreditLot.from_dict(credit_lots_item_data)

                credit_lots.append(credit_lots_item)

        customer_account = cls(
            store_id=store_id,
            credit=credit,
            restricted_credit=restricted_credit,
            discount=discount,
            credit_lots=credit_lots,
        )

        customer_account.additional_properties = d
        return customer_account

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
