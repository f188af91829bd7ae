from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.discount import Discount
    from ..models.permissions import Permissions
    from ..models.profit_share import ProfitShare


T = TypeVar("T", bound="ProductResponse")


@_attrs_define
class ProductResponse:
    """A product of the store.

    Attributes:
        id (UUID): A UUID in its string form.
        name (str): The product name.
        price (int | None): The listed price in L$.
        active_price (int | None): The price after any discount in force, in L$.
        image (None | UUID): A UUID in its string form, or null.
        bloggable (bool): Whether bloggers may retrieve the product for review.
        active (bool): Whether the product is active.
        block_credits (bool): Whether store credit cannot pay for the product.
        item (None | str): The name of the in-world item in the dispenser.
        limited (bool): Whether stock is limited.
        available_amount (int): A whole count, zero or more.
        permissions (Permissions): Which Second Life permissions (copy, modify, transfer) a delivered copy carries. A
            product request that leaves them out (or sends null) gets the default, copy only.
        discount (Discount | None): The product's discount, or null. Its dates are given in UTC with `Z`.
        description (None | str): The product description.
        demo_id (None | UUID): A UUID in its string form, or null.
        mp_listing (int | None): The Second Life Marketplace listing id, or null when none is linked.
        profit_shares (list[ProfitShare]): The product's profit split.
    """

    id: UUID
    name: str
    price: int | None
    active_price: int | None
    image: None | UUID
    bloggable: bool
    active: bool
    block_credits: bool
    item: None | str
    limited: bool
    available_amount: int
    permissions: Permissions
    discount: Discount | None
    description: None | str
    demo_id: None | UUID
    mp_listing: int | None
    profit_shares: list[ProfitShare]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.discount import Discount  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        price: int | None
        price = self.price

        active_price: int | None
        active_price = self.active_price

        image: None | str
        if isinstance(self.image, UUID):
            image = str(self.image)
        else:
            image = self.image

        bloggable = self.bloggable

        active = self.active

        block_credits = self.block_credits

        item: None | str
        item = self.item

        limited = self.limited

        available_amount = self.available_amount

        permissions = self.permissions.to_dict()

        discount: dict[str, Any] | None
        if isinstance(self.discount, Discount):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        description: None | str
        description = self.description

        demo_id: None | str
        if isinstance(self.demo_id, UUID):
            demo_id = str(self.demo_id)
        else:
            demo_id = self.demo_id

        mp_listing: int | None
        mp_listing = self.mp_listing

        profit_shares = []
        for profit_shares_item_data in self.profit_shares:
            profit_shares_item = profit_shares_item_data.to_dict()
            profit_shares.append(profit_shares_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "price": price,
                "activePrice": active_price,
                "image": image,
                "bloggable": bloggable,
                "active": active,
                "blockCredits": block_credits,
                "item": item,
                "limited": limited,
                "availableAmount": available_amount,
                "permissions": permissions,
                "discount": discount,
                "description": description,
                "demoId": demo_id,
                "mpListing": mp_listing,
                "profitShares": profit_shares,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.permissions import Permissions  # noqa: PLC0415
        from ..models.profit_share import ProfitShare  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_price(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        price = _parse_price(d.pop("price"))

        def _parse_active_price(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        active_price = _parse_active_price(d.pop("activePrice"))

        def _parse_image(data: object) -> None | UUID:
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

        image = _parse_image(d.pop("image"))

        bloggable = d.pop("bloggable")

        active = d.pop("active")

        block_credits = d.pop("blockCredits")

        def _parse_item(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        item = _parse_item(d.pop("item"))

        limited = d.pop("limited")

        available_amount = d.pop("availableAmount")

        permissions = Permissions.from_dict(d.pop("permissions"))

        def _parse_discount(data: object) -> Discount | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_type_0 = Discount.from_dict(data)

                return discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Discount | None, data)

        discount = _parse_discount(d.pop("discount"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_demo_id(data: object) -> None | UUID:
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

        demo_id = _parse_demo_id(d.pop("demoId"))

        def _parse_mp_listing(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        mp_listing = _parse_mp_listing(d.pop("mpListing"))

        profit_shares = []
        _profit_shares = d.pop("profitShares")
        for profit_shares_item_data in _profit_shares:
            profit_shares_item = ProfitShare.from_dict(profit_shares_item_data)

            profit_shares.append(profit_shares_item)

        product_response = cls(
            id=id,
            name=name,
            price=price,
            active_price=active_price,
            image=image,
            bloggable=bloggable,
            active=active,
            block_credits=block_credits,
            item=item,
            limited=limited,
            available_amount=available_amount,
            permissions=permissions,
            discount=discount,
            description=description,
            demo_id=demo_id,
            mp_listing=mp_listing,
            profit_shares=profit_shares,
        )

        product_response.additional_properties = d
        return product_response

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
