"""Objects the suite creates for itself, so that write tests never touch anything else.

`Factory` creates products, categories, coupons and gift cards and retires them at the end of the run
(categories deleted; products, coupons and gift cards deactivated: the API cannot delete them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .assertions import ok
from .bodies import unique
from .client import DEFAULT, ApiClient
from .tally import current_layer


@dataclass
class Factory:
    api: ApiClient
    owner: str  # a known resident, owner of the coupons created here
    _cleanup: list[tuple[str, str, dict[str, Any] | None, object]] = field(default_factory=list)

    def product(self, key: object = DEFAULT, **fields: Any) -> dict[str, Any]:
        body = {"name": unique("conformance product "), **fields}
        product: dict[str, Any] = ok(self.api.call("createProduct", json=body, key=key))
        self.retire_later("updateProduct", product["id"], {"name": body["name"], "active": False}, key)
        return product

    def category(self, name: str | None = None, key: object = DEFAULT) -> dict[str, Any]:
        body = {"name": name or unique("conformance category ")}
        category: dict[str, Any] = ok(self.api.call("createCategory", json=body, key=key))
        self.retire_later("deleteCategory", category["id"], None, key)
        return category

    def coupon(self, key: object = DEFAULT, **fields: Any) -> dict[str, Any]:
        body = {"code": unique("CONF"), "ownerIdentifier": self.owner, **fields}
        coupon: dict[str, Any] = ok(self.api.call("createCoupon", json=body, key=key))
        self.retire_later("updateCoupon", coupon["id"], {"code": coupon["code"], "active": False}, key)
        return coupon

    def gift_card(self, customer: str, **fields: Any) -> dict[str, Any]:
        body = {"credit": 5, **fields}
        card: dict[str, Any] = ok(self.api.call("grantGiftCard", path={"identifier": customer}, json=body))
        self.retire_later("disableGiftCard", card["id"], None)
        return card

    def retire_later(
        self, operation_id: str, object_id: str, body: dict[str, Any] | None, key: object = DEFAULT
    ) -> None:
        self._cleanup.append((operation_id, object_id, body, key))

    def cleanup(self) -> None:
        current_layer.set("cleanup")
        while self._cleanup:
            operation_id, object_id, body, key = self._cleanup.pop()
            kwargs = {} if body is None else {"json": body}
            try:
                self.api.call(operation_id, path={"id": object_id}, key=key, check=False, **kwargs)
            except Exception:  # best effort: the run's verdict does not depend on the clean-up
                pass
