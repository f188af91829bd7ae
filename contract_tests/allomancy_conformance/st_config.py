"""The Schemathesis configuration of a run, built in code from the settings and the discovered catalog.

It is the programmatic twin of a schemathesis.toml: base URL, the all-scopes key, phases, bounded examples,
the seed, reports, and test-data dictionaries bound to the parameters that name real objects.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

from .catalog import Catalog
from .settings import Settings
from .spec import Operation, SpecIndex

HIT_RATE = 0.8  # how often a bound parameter takes a real value
CODE_HIT_RATE = 0.3  # coupon codes on create/update: a real one means a 409, which should stay the exception

# Schema-valid requests that a documented business rule may still answer with 400 (docs/toolchain.md, T-ST-3):
# cursors of another list, an unresolved body identifier, the credit rules, a redeemed gift card, an inactive coupon.
BUSINESS_400 = frozenset(
    {
        "setCustomerCredit",
        "setCustomerRestrictedCredit",
        "incrementCustomerCredit",
        "incrementCustomerRestrictedCredit",
        "deliverProduct",
        "createCoupon",
        "applyCoupon",
        "mintCustomerToken",
        "updateGiftCard",
        "disableGiftCard",
        # the customer surface: a card's state, a store outside the token, a post without an on-demand item
        "redeemCustomerGiftCard",
        "transferCustomerGiftCard",
        "markCustomerNewsSeen",
        "requestCustomerNewsItem",
    }
)
CODE_OWNERS = frozenset({"createCoupon", "updateCoupon"})
POSITIVE_STATUSES = ["2xx", "401", "403", "404", "409", "429"]

_ID_DICTIONARIES = {"products": "products", "categories": "categories", "coupons": "coupons", "giftcards": "giftcards"}
_BODY_BINDINGS = {
    # Only the selectors whose substitution keeps the oneOf body valid: binding `code` or `productId` of the
    # apply/revoke bodies makes Schemathesis 4.32.5 send schema-invalid bodies as positive cases (a null
    # selector of another branch, or a productId with scope 0, gets a real value), a false ST202.
    "applyCoupon": {"couponId": "coupons", "couponOwnerUuid": "couponOwners"},
    "revokeCoupon": {"couponId": "coupons", "couponOwnerUuid": "couponOwners"},
    "deliverProduct": {"recipientIdentifier": "residents"},
    "createCoupon": {"ownerIdentifier": "residents", "code": "couponCodes"},
    "updateCoupon": {"code": "couponCodes"},
    "mintCustomerToken": {"customerIdentifier": "customers"},
}


def _path_bindings(operation: Operation) -> dict[str, str]:
    found = {}
    collection = operation.path.split("/")[2]
    if "identifier" in operation.path_params:
        found["path.identifier"] = "residents" if operation.id == "listCouponsByOwner" else "customers"
    if "id" in operation.path_params and collection in _ID_DICTIONARIES:
        found["path.id"] = _ID_DICTIONARIES[collection]
    if "productId" in operation.path_params:
        found["path.productId"] = "products"
    if "category" in operation.query_params:
        found["query.category"] = "categories"
    return found


def bindings(index: SpecIndex, available: set[str]) -> dict[str, dict[str, dict[str, Any]]]:
    """Per operation: parameter -> {dictionary, probability}, for the dictionaries that have values."""
    result: dict[str, dict[str, dict[str, Any]]] = {}
    for operation in index.operations:
        wanted = _path_bindings(operation)
        wanted.update({f"body.{name}": dictionary for name, dictionary in _BODY_BINDINGS.get(operation.id, {}).items()})
        chosen = {}
        for parameter, dictionary in wanted.items():
            if dictionary in available:
                rate = CODE_HIT_RATE if parameter == "body.code" and operation.id in CODE_OWNERS else HIT_RATE
                chosen[parameter] = {"dictionary": dictionary, "probability": rate}
        if chosen:
            result[operation.id] = chosen
    return result


def _operation_entries(index: SpecIndex, catalog: Catalog) -> list[dict[str, Any]]:
    entries = []
    for op_id, parameters in bindings(index, set(catalog.dictionaries())).items():
        entries.append({"include-operation-id": op_id, "parameters": parameters})
    for operation in index.all_operations:
        if operation.id in BUSINESS_400 or "cursor" in operation.query_params:
            entries.append(
                {
                    "include-operation-id": operation.id,
                    "checks": {"positive_data_acceptance": {"expected-statuses": [*POSITIVE_STATUSES, "400"]}},
                }
            )
    return entries


def build(
    settings: Settings,
    index: SpecIndex,
    base_url: str,
    api_key: str,
    catalog: Catalog,
    customer_token: str | None = None,
) -> SchemathesisConfig:
    reports: Path = settings.reports_dir.resolve()
    reports.mkdir(parents=True, exist_ok=True)
    data = {
        "seed": settings.seed,
        "base-url": base_url,
        "cache": {"enabled": False},
        "reports": {
            "directory": str(reports),
            "junit": {"path": str(reports / "schemathesis-junit.xml")},
            "har": {"path": str(reports / "schemathesis-har.json")},
        },
        "auth": {
            "openapi": {
                "apiKey": {"api_key": api_key},
                # the customer surface, with a token minted at session start (customer_session.py)
                **({"customerToken": {"api_key": customer_token}} if customer_token else {}),
            }
        },
        "generation": {"max-examples": settings.examples, "database": "none", "no-shrink": True},
        "phases": {
            "examples": {"enabled": "examples" in settings.phases},
            # Against a live store, no probes with undocumented (write) methods either.
            "coverage": {
                "enabled": "coverage" in settings.phases,
                **({} if settings.sandbox else {"unexpected-methods": []}),
            },
            "fuzzing": {"enabled": "fuzzing" in settings.phases},
            "stateful": {"enabled": True, "max-steps": 12, "inference": {"algorithms": []}},
        },
        "checks": {
            "positive_data_acceptance": {"expected-statuses": POSITIVE_STATUSES},
            # Layer 3 sends no key, an empty key, two keys and an unknown key to every operation itself, through
            # the suite's client (which judges and waits out every 429). Schemathesis' own auth probes bypass the
            # paced session, so a throttled probe became a false "authentication not enforced" (T-ST-9).
            "ignored_auth": {"enabled": False},
        },
        "dictionaries": {name: {"values": values} for name, values in catalog.dictionaries().items()},
        "operations": _operation_entries(index, catalog),
    }
    return SchemathesisConfig.from_dict(data)


def load_schema(
    settings: Settings,
    index: SpecIndex,
    base_url: str,
    api_key: str,
    catalog: Catalog,
    customer_token: str | None = None,
) -> schemathesis.BaseSchema:
    config = build(settings, index, base_url, api_key, catalog, customer_token)
    schema: schemathesis.BaseSchema = schemathesis.openapi.from_path(settings.spec_path, config=config)
    if customer_token is None:  # no token: the customer surface cannot be fuzzed (its operations stay untested)
        customer_paths = {op.path for op in index.customer_operations}
        schema = schema.exclude(func=lambda ctx: ctx.operation.path in customer_paths)
    return schema
