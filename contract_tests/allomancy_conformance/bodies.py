"""Request bodies: a minimal valid body per write operation, and a body every operation must reject with 400."""

from __future__ import annotations

import uuid

from .catalog import Catalog
from .client import UNSET
from .spec import Operation

NO_BODY = UNSET  # "send no body"

INVALID = {"conformanceUnknownField": True}  # additionalProperties is false on every request body


def unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:10]}"


def valid(operation: Operation, catalog: Catalog) -> object:
    """A schema-valid body for the operation (NO_BODY for body-less ones); identifiers come from the catalog."""
    if not operation.has_body:
        return NO_BODY
    resident = catalog.residents[0] if catalog.residents else "resident.username"
    customer = catalog.customers[0]["uuid"] if catalog.customers else resident
    coupon = catalog.coupons[0]["id"] if catalog.coupons else str(uuid.uuid4())
    return {
        "createProduct": {"name": unique("conformance product ")},
        "updateProduct": {"name": unique("conformance product ")},
        "deliverProduct": {"recipientIdentifier": resident},
        "createCategory": {"name": unique("conformance category ")},
        "updateCategory": {"name": unique("conformance category ")},
        "createCoupon": {"code": unique("CONF"), "ownerIdentifier": resident},
        "updateCoupon": {"code": unique("CONF")},
        "applyCoupon": {"couponId": coupon, "scope": 0},
        "revokeCoupon": {"couponId": coupon, "scope": 0},
        "updateCustomer": {"discount": 1},
        "setCustomerCredit": {"credit": 1},
        "setCustomerRestrictedCredit": {"credit": 1},
        "incrementCustomerCredit": {"delta": 1},
        "incrementCustomerRestrictedCredit": {"delta": 1},
        "grantGiftCard": {"credit": 1},
        "banCustomer": {},
        "updateGiftCard": {},
        "mintCustomerToken": {"customerIdentifier": customer},
    }[operation.id]


def invalid(operation: Operation) -> object:
    return INVALID if operation.has_body else NO_BODY
