"""The broken sandbox variants: each breaks ONE rule of the spec, each of a different kind.

A defect is a `Defect` middleware (asgi.py) around the real sandbox; `DEFECTS` maps its name to the class. Each
declares `layers`, the conformance layers that catch it, and `verdict`, the kind of rule it breaks as the suite
classifies it from the spec's x-inferred marks ("documented" or "inferred"). The self-test
(tests/conformance/test_detection.py) runs only those layers against each and requires exactly those to fail;
an inferred-only defect must also pass (reported, not failed) when it poses as a server that is not the sandbox.
"""

from __future__ import annotations

import asyncio
import json

from allomancy_sandbox.config import DEFAULT_CREDIT_LIMIT
from allomancy_sandbox.customer_query import LIMIT_DEFAULT as CUSTOMER_PAGE_DEFAULT

from .asgi import Defect, Forward, Reply, Request, problem, walk_json

SELECTORS = ("couponId", "code", "couponOwnerUuid")


def _is_json_ok(reply: Reply) -> bool:
    return reply.status == 200 and reply.content_type.startswith("application/json")


class CustomerCreditAsString(Defect):
    name, kind, rule = "credit-as-string", "field type", "customer credit is an integer"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if not (_is_json_ok(reply) and request.path.startswith("/v1/customers")):
            return reply

        def visit(obj: dict) -> None:
            if "uuid" in obj and isinstance(obj.get("credit"), int):
                obj["credit"] = str(obj["credit"])

        return reply.with_json(walk_json(reply.json(), visit))


class ProductWithoutActivePrice(Defect):
    name, kind, rule = "no-active-price", "required field", "ProductResponse.activePrice is required"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if not _is_json_ok(reply):
            return reply
        return reply.with_json(walk_json(reply.json(), lambda obj: obj.pop("activePrice", None)))


class CreateCategory201(Defect):
    name, kind, rule = "create-category-201", "status code", "createCategory answers 200"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if request.method == "POST" and request.path == "/v1/categories" and reply.status == 200:
            return reply.with_status(201)
        return reply


class NotFoundAsPlainJson(Defect):
    name, kind, rule = "404-not-problem", "error format", "every 4xx is application/problem+json"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if reply.status == 404:
            return reply.with_json({"error": reply.json().get("detail")}, content_type="application/json")
        return reply


class WriteScopeUnchecked(Defect):
    name, kind, rule = "write-scope-unchecked", "scope check", "a key lacking the write scope gets 403"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        key = request.header("x-api-key")
        scoped = {k for label, k in self.primary.items() if label != "all"}
        if request.method != "GET" and key in scoped:
            request = request.with_header("x-api-key", self.primary["all"])
        return await forward(request)


class DuplicateKeyAccepted(Defect):
    name, kind, rule = "duplicate-key-accepted", "authentication", "two X-API-Key values are a 401"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        values = request.header_values("x-api-key")
        if len(values) > 1:
            request = request.with_header("x-api-key", values[0])
        return await forward(request)


class CrossStoreProductRead(Defect):
    name, kind, rule = "cross-store-read", "store isolation", "another store's key gets 404"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        segments = request.segments
        if (
            request.method == "GET"
            and segments[:2] == ["v1", "products"]
            and len(segments) == 3
            and reply.status == 404
            and request.header("x-api-key") in self.other.values()
        ):
            return await forward(request.with_header("x-api-key", self.primary["all"]))
        return reply


class PaginationGap(Defect):
    name, kind, rule = "pagination-gap", "pagination", "walking the cursors visits every row once"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if request.param("cursor") and _is_json_ok(reply):
            body = reply.json()
            if isinstance(body, dict) and body.get("data") and body["pagination"]["nextCursor"]:
                body["data"] = body["data"][1:]
                return reply.with_json(body)
        return reply


class PreviousCursorNull(Defect):
    name, kind, rule = "previous-cursor-null", "pagination (backwards)", "previousCursor walks back one page"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if _is_json_ok(reply):
            body = reply.json()
            if isinstance(body, dict) and "pagination" in body:
                body["pagination"]["previousCursor"] = None
                return reply.with_json(body)
        return reply


class LimitClamped(Defect):
    name, kind, rule = "limit-clamped", "parameter validation", "an out-of-range limit is a 400, never clamped"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        raw = request.param("limit")
        if raw is not None and raw.lstrip("-").isdigit():
            request = request.with_param("limit", str(min(max(int(raw), 1), 1000)))
        return await forward(request)


class SpendFilterInclusive(Defect):
    name, kind, rule = "spend-filter-inclusive", "filter", "spentMoreThan is strictly greater"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        raw = request.param("spentMoreThan")
        if (
            request.path == "/v1/customers"
            and raw is not None
            and raw.lstrip("-").isdigit()
            and -2147483648 < int(raw) <= 2147483647
        ):
            request = request.with_param("spentMoreThan", str(int(raw) - 1))
        return await forward(request)


class CustomerPutMerges(Defect):
    name, kind, rule = "customer-put-merges", "replace semantics", "PUT resets omitted fields to defaults"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        segments = request.segments
        if request.method == "PUT" and segments[:2] == ["v1", "customers"] and len(segments) == 3:
            try:
                body = request.json()
            except ValueError:
                return await forward(request)
            current = await forward(Request("GET", request.path, [], request.headers))
            if isinstance(body, dict) and current.status == 200:
                old = current.json()
                merged = {"discount": old["discount"], "newsSubscriber": old["newsSubscriber"], **body}
                request = request.with_json(merged)
        return await forward(request)


class IncrementClampsAtLimit(Defect):
    name, kind, rule = "increment-clamps", "credit rule", "an increment past the limit is a 400, balance unchanged"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        action = request.segments[-1] if request.method == "POST" else ""
        if (
            action.startswith("increment-")
            and reply.status == 400
            and json.loads(reply.body).get("code") == "credit_limit_exceeded"
        ):
            target = request.path.replace("/increment-", "/set-")
            return await forward(
                Request("POST", target, [], request.headers, b"").with_json({"credit": DEFAULT_CREDIT_LIMIT})
            )
        return reply


class ZeroDeltaAccepted(Defect):
    name, kind, rule = "zero-delta-accepted", "value constraint", "delta 0 is a 400"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        action = request.segments[-1] if request.method == "POST" else ""
        if action.startswith("increment-"):
            try:
                zero = request.json() == {"delta": 0}
            except ValueError:
                zero = False
            if zero:
                credit_path = request.path.rsplit("/actions/", 1)[0] + "/credit"
                return await forward(Request("GET", credit_path, [], request.headers))
        return await forward(request)


class GiftCardUnknown200(Defect):
    name, kind, rule = "unknown-gift-card-200", "unknown id", "an unknown id is a 404, never a 200"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        segments = request.segments
        if (
            request.method == "GET"
            and segments[:2] == ["v1", "giftcards"]
            and len(segments) == 3
            and reply.status == 404
        ):
            card = {
                "id": segments[2],
                "ownerUuid": "00000000-0000-4000-8000-000000000000",
                "ownerUsername": "nobody",
                "credit": 0,
                "active": False,
                "redeemed": False,
                "transfer": False,
                "texture": None,
                "purchased": False,
            }
            return reply.with_json(card, status=200, content_type="application/json")
        return reply


class TwoSelectorsAccepted(Defect):
    name, kind, rule = "two-selectors-accepted", "exactly-one rule", "a coupon body names exactly one coupon"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.method == "POST" and request.segments[-1] in ("apply-coupon", "revoke-coupon"):
            try:
                body = request.json()
            except ValueError:
                return await forward(request)
            if isinstance(body, dict) and sum(body.get(s) is not None for s in SELECTORS) > 1:
                keep = next(s for s in SELECTORS if body.get(s) is not None)
                request = request.with_json({k: v for k, v in body.items() if k not in SELECTORS or k == keep})
        return await forward(request)


class RevokeNotIdempotent(Defect):
    name, kind, rule = "revoke-not-idempotent", "idempotency", "revoking twice answers 200 revoked:false"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if (
            request.method == "POST"
            and request.segments[-1] == "revoke-coupon"
            and _is_json_ok(reply)
            and reply.json().get("revoked") is False
        ):
            return problem(404, "coupon_not_found", "No application of this coupon to revoke.")
        return reply


class TextPlainAccepted(Defect):
    name, kind, rule = "text-plain-accepted", "media type", "a body that is not JSON is a 415"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        content_type = request.header("content-type") or ""
        if request.body and content_type.startswith("text/plain"):
            request = request.with_header("content-type", "application/json")
        return await forward(request)


class DiscountTypeAsName(Defect):
    name, kind, rule = "enum-as-name", "enum encoding", "enumerations travel as integers"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if not (_is_json_ok(reply) and request.path.startswith("/v1/products")):
            return reply
        names = {0: "Percent", 1: "Flat", 2: "Override"}

        def visit(obj: dict) -> None:
            if isinstance(obj.get("type"), int) and "startDate" in obj:
                obj["type"] = names.get(obj["type"], obj["type"])

        return reply.with_json(walk_json(reply.json(), visit))


class DeletedCategoryLingers(Defect):
    name, kind, rule = "deleted-category-lingers", "state (delete)", "a deleted category reads back 404"

    def __init__(self, app, keys):
        super().__init__(app, keys)
        self.deleted: dict[str, bytes] = {}

    async def handle(self, request: Request, forward: Forward) -> Reply:
        segments = request.segments
        is_category = segments[:2] == ["v1", "categories"] and len(segments) == 3
        if is_category and request.method == "DELETE":
            before = await forward(Request("GET", request.path, [], request.headers))
            reply = await forward(request)
            if reply.status in (200, 204) and before.status == 200:
                self.deleted[request.path] = before.body
            return reply
        reply = await forward(request)
        if is_category and request.method == "GET" and reply.status == 404 and request.path in self.deleted:
            return Reply(200).with_json(json.loads(self.deleted[request.path]))
        return reply


class UnbanNotSaved(Defect):
    name, kind, rule = "unban-not-saved", "state (write)", "an unban reads back as not banned"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.method == "POST" and request.segments[-1] == "unban":
            customer = await forward(Request("GET", request.path.rsplit("/actions/", 1)[0], [], request.headers))
            if customer.status != 200:
                return await forward(request)
            state = customer.json()
            return customer.with_json({"uuid": state["uuid"], "username": state["username"], "isBanned": False})
        return await forward(request)


class NullBanBodyAccepted(Defect):
    name, kind, rule = "null-ban-body", "optional body", "a JSON null body on ban is a 400"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.method == "POST" and request.segments[-1] == "ban" and request.body.strip() == b"null":
            request = request.with_json({})
        return await forward(request)


# ---------------------------------------------------------------- the customer surface (X-Customer-Token)

TOKEN = "x-customer-token"
CUSTOMER = "/v1/customer/"


def _as_key(request: Request, key: str, method: str, path: str, body: object = None) -> Request:
    """A request through the API key (the customer token dropped), e.g. for a read-back."""
    made = Request(
        method,
        path,
        [],
        [(k, v) for k, v in request.headers if k.lower() not in (TOKEN.encode(), b"content-type")],
        b"",
    )
    made = made.with_header("x-api-key", key)
    return made.with_json(body) if body is not None else made


class PayerFieldsLeak(Defect):
    name, kind, rule = "payer-fields-leak", "data exposure", "usedCredit & co. are null unless the viewer paid"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if request.method == "GET" and request.path == CUSTOMER + "transactions" and _is_json_ok(reply):
            page = reply.json()
            for row in page["data"]:
                for name in ("usedCredit", "usedDiscount", "remainingCredit"):
                    if row[name] is None:
                        row[name] = 0
            return reply.with_json(page)
        return reply


class ExpiredCardsListed(Defect):
    name, kind, rule = "expired-cards-listed", "server-side filter", "expired unredeemed cards are left out"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if not (request.method == "GET" and request.path == CUSTOMER + "giftcards" and _is_json_ok(reply)):
            return reply
        page = reply.json()
        profile = (await forward(Request("GET", CUSTOMER + "profile", [], request.headers))).json()
        listed = await forward(
            _as_key(request, self.primary["all"], "GET", f"/v1/customers/{profile['uuid']}/giftcards")
        )
        shown = {row["id"] for row in page["data"]}
        store = page["data"][0]["storeId"] if page["data"] else None
        for card in listed.json()["data"] if listed.status == 200 and store else []:
            if card["id"] not in shown and not card["redeemed"]:  # the card the server hid: an expired one
                page["data"].append({**card, "storeId": store, "expiresAt": "2021-01-01T00:00:00Z"})
        return reply.with_json(page)


class TransferIgnoresFlag(Defect):
    name, kind, rule = "transfer-ignores-flag", "transfer rule", "only cards with transfer: true can be transferred"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if not (request.method == "POST" and request.segments[-1] == "transfer" and reply.status == 400):
            return reply
        if reply.json().get("code") != "gift_card_not_transferable":
            return reply
        card_path = "/v1/giftcards/" + request.segments[-2]
        card = (await forward(_as_key(request, self.primary["all"], "GET", card_path))).json()
        body = {"credit": card["credit"], "texture": card["texture"], "transfer": True, "active": card["active"]}
        await forward(_as_key(request, self.primary["all"], "PUT", card_path, body))
        return await forward(request)


class TokenCrossesCustomers(Defect):
    name, kind, rule = "token-crosses-customers", "customer isolation", "a token lists only its own customer's cards"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if not (request.method == "GET" and request.path == CUSTOMER + "giftcards" and _is_json_ok(reply)):
            return reply
        page = reply.json()
        profile = (await forward(Request("GET", CUSTOMER + "profile", [], request.headers))).json()
        if profile["username"] == "resident.username" or not page["data"]:
            return reply
        theirs = await forward(
            _as_key(request, self.primary["all"], "GET", "/v1/customers/resident.username/giftcards")
        )
        store = page["data"][0]["storeId"]
        page["data"] += [{**card, "storeId": store, "expiresAt": None} for card in theirs.json()["data"]]
        return reply.with_json(page)


class RedeemNotCrediting(Defect):
    name, kind, rule = "redeem-not-crediting", "cross-surface state", "a redeemed card's value is added to credit"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if not (request.method == "POST" and request.path.startswith(CUSTOMER) and request.segments[-1] == "redeem"):
            return await forward(request)
        card = await forward(_as_key(request, self.primary["all"], "GET", "/v1/giftcards/" + request.segments[-2]))
        reply = await forward(request)
        if reply.status == 200 and card.status == 200 and card.json()["credit"] > 0:
            owner = card.json()["ownerUuid"]
            delta = {"delta": -card.json()["credit"]}
            await forward(
                _as_key(request, self.primary["all"], "POST", f"/v1/customers/{owner}/actions/increment-credit", delta)
            )
        return reply


class ExpiredTokenAccepted(Defect):
    name, kind, rule = "expired-token-accepted", "token expiry", "an expired customer token is a 401"

    def __init__(self, app, keys: dict) -> None:
        super().__init__(app, keys)
        self.expired = {s.get("customerTokens", {}).get("expired") for s in keys["stores"]} - {None}

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.header(TOKEN) in self.expired:
            mint = _as_key(
                request, self.primary["all"], "POST", "/v1/customer-tokens", {"customerIdentifier": "resident.username"}
            )
            minted = await forward(mint)
            request = request.with_header(TOKEN, minted.json()["token"])
        return await forward(request)


class NewsSeen200(Defect):
    name, kind, rule = "news-seen-200", "no-content status", "marking news seen answers 204 with no body"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if request.method == "POST" and request.path == CUSTOMER + "news/seen" and reply.status == 204:
            return Reply(200).with_json({"seen": True})
        return reply


class PaginationLoop(Defect):
    name, kind, rule = "pagination-loop", "pagination (termination)", "the last page's nextCursor is null"
    LOOP = "loop-to-first-page"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.param("cursor") == self.LOOP:
            request = request.with_param("cursor", None)  # back to the first page
        reply = await forward(request)
        if _is_json_ok(reply):
            body = reply.json()
            if isinstance(body, dict) and "pagination" in body and body["pagination"]["nextCursor"] is None:
                if request.param("cursor") is not None or body["data"]:
                    body["pagination"]["nextCursor"] = self.LOOP
                    return reply.with_json(body)
        return reply


class IncrementReadThenSet(Defect):
    name, kind, rule = "increment-read-then-set", "concurrency", "concurrent increments sum exactly (inferred)"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        action = request.segments[-1] if request.method == "POST" else ""
        if not action.startswith("increment-"):
            return await forward(request)
        try:
            delta = request.json().get("delta")
        except (ValueError, AttributeError):
            return await forward(request)
        credit_path = request.path.rsplit("/actions/", 1)[0] + "/credit"
        current = await forward(Request("GET", credit_path, [], request.headers))
        field = "restrictedCredit" if "restricted" in action else "credit"
        if current.status != 200 or not isinstance(delta, int) or isinstance(delta, bool):
            return await forward(request)
        value = current.json()[field] + delta
        if delta == 0 or not 0 <= value <= DEFAULT_CREDIT_LIMIT:
            return await forward(request)  # the documented refusals stay intact: only the race is broken
        await asyncio.sleep(0.05)  # read, think, then set: a concurrent increment in between is lost
        target = request.path.replace("/increment-", "/set-")
        return await forward(Request("POST", target, [], request.headers, b"").with_json({"credit": value}))


class SetEmptyBodyKeeps(Defect):
    name, kind, rule = "set-empty-keeps", "absolute write", "set-credit with {} writes 0 (documented)"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.method == "POST" and request.segments[-1] == "set-credit" and request.body.strip() == b"{}":
            credit = await forward(
                Request("GET", request.path.rsplit("/actions/", 1)[0] + "/credit", [], request.headers)
            )
            if credit.status == 200:
                request = request.with_json({"credit": credit.json()["credit"]})  # keeps the balance instead
        return await forward(request)


class SetPastLimit(Defect):
    name, kind, rule = "set-past-limit", "credit limit on set", "set-credit above the credit limit is a 400 (inferred)"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.method == "POST" and request.segments[-1] == "set-credit":
            try:
                wanted = request.json().get("credit")
            except (ValueError, AttributeError):
                wanted = None
            if isinstance(wanted, int) and not isinstance(wanted, bool) and wanted > DEFAULT_CREDIT_LIMIT:
                reply = await forward(request.with_json({"credit": DEFAULT_CREDIT_LIMIT}))
                return reply.with_json({**reply.json(), "credit": wanted}) if _is_json_ok(reply) else reply
        return await forward(request)


class TransactionsStoreFilterLax(Defect):
    name, kind, rule = (
        "transactions-store-lax",
        "scope filter",
        "a storeId out of the token's scope is a 400 (inferred)",
    )

    async def handle(self, request: Request, forward: Forward) -> Reply:
        store = request.param("storeId")
        if request.method == "GET" and request.path == CUSTOMER + "transactions" and store:
            context = await forward(Request("GET", CUSTOMER + "context", [], request.headers))
            if context.status == 200 and store not in {s["id"] for s in context.json()["stores"]}:
                return Reply(200).with_json(
                    {
                        "data": [],
                        "pagination": {"nextCursor": None, "previousCursor": None, "limit": CUSTOMER_PAGE_DEFAULT},
                    }
                )
        return await forward(request)


class RedeemAnswersObject(Defect):
    name, kind, rule = "redeem-answers-object", "response shape", "a redeem answers the bare JSON true (documented)"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if request.method == "POST" and request.path.startswith(CUSTOMER + "giftcards/") and _is_json_ok(reply):
            if request.segments[-1] == "redeem" and reply.json() is True:
                return reply.with_json({"redeemed": True})
        return reply


class RedeemDisabledCard(Defect):
    name, kind, rule = "redeem-disabled", "refusal", "a disabled card is not redeemed (inferred)"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if request.method == "POST" and request.segments[-1] == "redeem" and reply.status == 400:
            if reply.json().get("code") == "gift_card_inactive":
                return Reply(200).with_json(True)  # says yes, credits nothing
        return reply


class MintAnswers201(Defect):
    name, kind, rule = "mint-201", "status guess", "a minted token answers 200 (inferred: the docs show only the body)"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if request.method == "POST" and request.path == "/v1/customer-tokens" and reply.status == 200:
            return reply.with_status(201)  # the body is the documented one
        return reply


class ThrottleWithoutRetryAfter(Defect):
    name, kind, rule = "429-without-retry-after", "rate limiting", "a 429 carries Retry-After in seconds (inferred)"
    LIMIT = 3  # the first requests to an unknown route are throttled: deterministic, by count

    def __init__(self, app, keys):
        super().__init__(app, keys)
        self.throttled = 0

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.path.startswith("/v1/nothing-here") and self.throttled < self.LIMIT:
            self.throttled += 1
            return problem(429, "rate_limited", "Too many requests.")  # and no Retry-After
        return await forward(request)


DEFECTS: dict[str, type[Defect]] = {cls.name: cls for cls in Defect.__subclasses__()}

# name -> (layers that catch it, how the suite classifies the broken rule). Measured with the quick profile.
CAUGHT: dict[str, tuple[str, str]] = {
    "404-not-problem": ("L1,L7", "documented"),
    "create-category-201": ("L1,L2,L3,L4,L6", "inferred"),
    "credit-as-string": ("L1,L2,L3,L4,L5,L6", "documented"),  # an amount is a whole number of L$
    "cross-store-read": ("L3", "inferred"),
    "customer-put-merges": ("L6", "inferred"),
    "deleted-category-lingers": ("L2,L6", "inferred"),
    "duplicate-key-accepted": ("L3", "inferred"),
    "enum-as-name": ("L1,L2,L3,L4,L5,L6", "documented"),  # integers on the documented product operations
    "increment-clamps": ("L6", "documented"),  # incrementCustomerCredit/x-rules/credit-limit
    "limit-clamped": ("L4", "inferred"),
    "no-active-price": ("L1,L2,L3,L4,L5,L6", "documented"),  # listProducts and getProduct are documented
    "null-ban-body": ("L6", "inferred"),
    "pagination-gap": ("L4", "documented"),
    "previous-cursor-null": ("L4", "inferred"),
    "revoke-not-idempotent": ("L6", "documented"),  # revokeCoupon/x-rules/nothing-matched
    "spend-filter-inclusive": ("L5", "documented"),
    "text-plain-accepted": ("L7", "documented"),
    "two-selectors-accepted": ("L6", "documented"),
    "unban-not-saved": ("L2", "documented"),
    "unknown-gift-card-200": ("L3,L6", "documented"),  # getGiftCard's 404 is documented
    "write-scope-unchecked": ("L3", "documented"),
    "zero-delta-accepted": ("L6", "documented"),
    "pagination-loop": ("L2,L4,L5,L6", "documented"),
    "increment-read-then-set": ("L8", "inferred"),
    "429-without-retry-after": ("L7", "inferred"),
    # the customer surface
    "payer-fields-leak": ("L6", "documented"),
    "set-empty-keeps": ("L6", "documented"),  # setCustomerCredit/x-rules/absolute
    "set-past-limit": ("L6", "inferred"),  # setCustomerCredit/x-rules/credit-limit
    "transactions-store-lax": ("L4", "inferred"),  # the customer lists' 400 is a guess
    "redeem-answers-object": ("L6", "documented"),  # redeemCustomerGiftCard/responses/200
    "redeem-disabled": ("L6", "inferred"),  # redeemCustomerGiftCard/x-rules/refusals
    "mint-201": ("L1,L6,setup", "inferred"),  # set-up records it and goes on (mintCustomerToken/x-inferred-statuses)
    "expired-cards-listed": ("L4,L6", "documented"),
    "transfer-ignores-flag": ("L6", "documented"),
    "token-crosses-customers": ("L3", "documented"),
    "redeem-not-crediting": ("L6", "documented"),
    "expired-token-accepted": ("L3", "documented"),
    "news-seen-200": ("L6", "documented"),
}
for _name, _cls in DEFECTS.items():
    _layers, _verdict = CAUGHT[_name]
    _cls.layers = frozenset(_layers.split(","))
    _cls.verdict = _verdict
