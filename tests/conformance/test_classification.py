"""Whole-spec check of the documented/inferred split the suite reports.

For every inference mark in openapi.yaml (the three forms `allomancy_spec.inference_marks` lists):

- a rule stated at the marked node classifies *inferred*, naming that mark;
- the same node reached through each `$ref` to the component that holds it classifies inferred too;
- every documented sibling of the marked node (another status of the same operation, another property or keyword
  of the same schema, another rule of the same operation) classifies *documented*, with its operation's source.

Then the facts a review found misclassified are pinned by name, both ways. `classification_problems` takes any
document, so the same checks can be run over an older release of the spec.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest

import allomancy_spec
from allomancy_conformance.rules import DOCUMENTED, INFERRED, RuleIndex

_DATA_KEYS = allomancy_spec.DATA_KEYS | {"description", "summary"}  # prose: no rule is stated there
_split = allomancy_spec.pointer_parts


def _node(document: Mapping[str, Any], pointer: str) -> Any:
    node: Any = document
    for part in _split(pointer):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _marked_through_refs(document: Mapping[str, Any], node: Any) -> bool:
    """Whether the node, or a node its `$ref` chain leads to, carries `x-inferred`."""
    seen: set[str] = set()
    while isinstance(node, Mapping):
        if isinstance(node.get("x-inferred"), str):
            return True
        ref = node.get("$ref")
        if not isinstance(ref, str) or ref in seen:
            return False
        seen.add(ref)
        node = allomancy_spec.resolve(document, {"$ref": ref})
    return False


def _ref_sites(node: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """(pointer of the node holding a local `$ref`, the referenced pointer) over the whole document."""
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            yield where, ref[1:]
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _ref_sites(value, f"{where}{allomancy_spec.pointer(key)}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _ref_sites(item, f"{where}/{index}")


def _component_root(pointer: str) -> str | None:
    parts = _split(pointer)
    if len(parts) >= 3 and parts[0] == "components":
        return str(allomancy_spec.pointer(*parts[:3]))
    return None


def classification_problems(document: Mapping[str, Any]) -> list[str]:
    """Every place where the walker's verdict differs from what the marks say (empty: the split is right)."""
    index = RuleIndex(document)
    marks = list(allomancy_spec.inference_marks(document))
    targets = {m.target for m in marks}
    problems: list[str] = []
    refs = list(_ref_sites(document))
    for mark in marks:
        if mark.form == "x-inferred-statuses":
            problems += _status_problems(document, index, mark)
            continue
        rule = index.rule(mark.target)
        if rule.kind != INFERRED:
            problems.append(f"{mark.target}: marked at {mark.at}, classified {rule.kind}")
            continue
        expected_at = mark.target if mark.form == "x-inferred" else mark.at
        if rule.marked_at != expected_at:
            problems.append(f"{mark.target}: classified by the mark at {rule.marked_at}, not its own at {expected_at}")
        root = _component_root(mark.target)
        if root is not None:  # the same node reached through every reference to its component
            rest = mark.target[len(root) :]
            for site, target in refs:
                if target == root and not index.rule(site + rest).inferred:
                    problems.append(f"{site}{rest}: reaches the mark at {mark.at} through $ref, classified documented")
        parent = _parent(mark.target)
        if parent and index.rule(parent).inferred:
            continue  # nested inside another guess: its siblings are inferred through that one
        container = _node(document, parent)
        for key in range(len(container)) if isinstance(container, list) else list(container):
            name = str(key)
            sibling = f"{parent}{allomancy_spec.pointer(name)}"
            if name.startswith("x-") or name == "$ref" or name in _DATA_KEYS or sibling in targets:
                continue
            expected = INFERRED if _marked_through_refs(document, container[key]) else DOCUMENTED
            got = index.rule(sibling)
            if got.kind != expected:
                problems.append(f"{sibling}: sibling of the mark at {mark.at}, classified {got.kind}")
            elif got.kind == DOCUMENTED and _is_operation_part(sibling) and not got.source:
                problems.append(f"{sibling}: documented, but its operation names no x-source")
    return problems


def _status_problems(document: Mapping[str, Any], index: RuleIndex, mark: Any) -> list[str]:
    parts = _split(mark.target)  # paths, path, method, responses, status
    operation = document["paths"][parts[1]][parts[2]]
    op_id = str(operation["operationId"])
    status = parts[4]
    problems = []
    same_class = int(status[0] + "01") if status != status[0] + "01" else int(status[0] + "02")
    if not index.undeclared_status(op_id, same_class).inferred:
        problems.append(f"{op_id}: an undeclared {same_class} should depart from the guess at {mark.at}")
    other_class = 302
    if index.undeclared_status(op_id, other_class).inferred:
        problems.append(f"{op_id}: an undeclared {other_class} is not what {mark.at} guesses, yet classified inferred")
    for declared in operation["responses"]:
        if str(declared) != status and not _marked_through_refs(document, operation["responses"][declared]):
            if index.rule(f"{allomancy_spec.pointer(*parts[:4])}/{declared}").inferred:
                problems.append(f"{op_id}: its documented {declared} classified inferred")
    return problems


def _parent(pointer: str) -> str:
    return pointer.rsplit("/", 1)[0]


def _is_operation_part(pointer: str) -> bool:
    parts = _split(pointer)
    return len(parts) >= 3 and parts[0] == "paths" and parts[2] in allomancy_spec.HTTP_METHODS


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return allomancy_spec.load()


@pytest.fixture(scope="module")
def index(document: dict[str, Any]) -> RuleIndex:
    return RuleIndex(document)


def test_every_mark_classifies_its_node_and_only_its_node(document: dict[str, Any]) -> None:
    problems = classification_problems(document)
    assert not problems, f"{len(problems)} misclassified:\n" + "\n".join(problems)


def test_the_spec_has_marks_of_every_form(document: dict[str, Any]) -> None:
    forms = {m.form for m in allomancy_spec.inference_marks(document)}
    assert forms == set(allomancy_spec.MARK_FORMS)


# Facts a review of the spec against the docs found misclassified, pinned by name.
DOCUMENTED_FACTS = [
    "listLoyaltyTiers/responses/200",
    "setCustomerCredit/x-rules/absolute",
    "setCustomerCredit/responses/200",
    "incrementCustomerCredit/x-rules/never-negative",
    "grantGiftCard/x-rules/granted",
    "grantGiftCard/responses/200",
    "grantGiftCard/responses/400",
    "grantGiftCard/responses/404",
    "/components/schemas/GrantGiftCardRequest/properties/credit/minimum",
    "getGiftCard/responses/200",
    "getGiftCard/responses/404",
    "updateGiftCard/x-rules/replace",
    "/components/schemas/UpdateGiftCardRequest/properties/active/default",
    "listCustomerTransactions/x-rules/payer-only",
    "listCustomerTransactions/responses/200",
    "listCustomerTransactions/responses/401",
    "listCustomerTransactions/responses/429",
    "listCustomerTransactions/responses/429/headers/Retry-After",
    "redeemCustomerGiftCard/x-rules/expired",
    "redeemCustomerGiftCard/responses/200",
    "transferCustomerGiftCard/x-rules/expired",
    "requestCustomerNewsItem/x-rules/not-available",
    "getCustomerNewsUnread/x-rules/every-store",
    "/components/schemas/Problem/properties/code",
    "/components/schemas/ProductUpsertRequest/properties/price/default",
    "/components/schemas/ProductUpsertRequest/properties/listed/default",
    "/components/schemas/ProductUpsertRequest/properties/active/default",
    "/components/schemas/Transaction/properties/type",
    "getCustomer/responses/403",
    "/components/securitySchemes/customerToken/x-rules/no-api-key",
    "listCustomerTransactions/parameters/limit",  # honoured on the customer lists (default 24)
    "listCustomers/parameters/limit/schema/default",
    "/components/securitySchemes/customerToken/x-rules/page-origin",
]
INFERRED_FACTS = [
    "getStore/responses/400",
    "getCustomerProfile/responses/400",
    "getCustomerAccount/responses/400",
    "getCategory/responses/404",
    "/components/schemas/UpdateGiftCardRequest/properties/texture/default",
    "/components/schemas/GrantGiftCardRequest/properties/texture/default",
    "/components/schemas/BanCustomerRequest/properties/reason/default",
    "/components/schemas/DeliverProductRequest/properties/message/default",
    "/components/schemas/CustomerProfile/properties/pictureUuid/format",
    "/components/schemas/CreditLot/properties/amount/maximum",
    "/components/schemas/ProductUpsertRequest/properties/image/default",
    "/components/schemas/ProductUpsertRequest/additionalProperties",
    "/components/securitySchemes/apiKey/x-key-pattern",
    "listLoyaltyTiers/x-rules/order",
    "setCustomerCredit/x-rules/credit-limit",
    "createProduct",
    "createProduct/responses/403",  # the path is a guess: a server without it answers 404, not 403
    "getCustomer/responses/429",  # the key surface's 429 is a guess; the token surface's is documented
    "/components/securitySchemes/customerToken/x-rules/preflight",
    "listCustomers/parameters/limit/schema/maximum",  # rejected, not clamped
    "/components/securitySchemes/customerToken/x-token-pattern",
]


@pytest.mark.parametrize("location", DOCUMENTED_FACTS)
def test_documented_fact(index: RuleIndex, location: str) -> None:
    rule = index.rule(location)
    assert rule.kind == DOCUMENTED, f"{location}: inferred through {rule.marked_at}: {rule.reason}"
    if not location.startswith("/"):
        assert rule.source, f"{location}: documented, but names no doc page"


@pytest.mark.parametrize("location", INFERRED_FACTS)
def test_inferred_fact(index: RuleIndex, location: str) -> None:
    rule = index.rule(location)
    assert rule.kind == INFERRED and rule.reason, f"{location}: classified documented"


def test_a_guessed_status_departs_only_within_its_class(index: RuleIndex) -> None:
    assert index.undeclared_status("mintCustomerToken", 201).kind == INFERRED
    assert index.undeclared_status("mintCustomerToken", 302).kind == DOCUMENTED
    assert index.undeclared_status("grantGiftCard", 201).kind == DOCUMENTED
