"""Request bodies: media type (415), size (413), strict JSON (400), strict types, unknown fields, and no
input ever reaching the 500 catch-all."""

from __future__ import annotations

import json

import httpx
import pytest

from allomancy_sandbox.operations import Operation
from allomancy_sandbox.routes import ALL_OPERATIONS

from .helpers import Api, LiveServer, assert_problem, raw_request

CUSTOMER = "/v1/customers/resident.username"
SET_CREDIT = f"{CUSTOMER}/actions/set-credit"
INCREMENT = f"{CUSTOMER}/actions/increment-credit"
JSON = {"Content-Type": "application/json"}


def send(
    api: Api, path: str, content: bytes | str, content_type: str | None = "application/json", method: str = "POST"
) -> httpx.Response:
    headers = {"Content-Type": content_type} if content_type is not None else {}
    return api.request(method, path, content=content, headers=headers)


@pytest.mark.parametrize(
    "content_type",
    [
        None,
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/xml",
        "application/json; charset=latin-1",
        "json",
    ],
)
def test_non_json_content_type_with_a_body_is_415(api: Api, content_type: str | None) -> None:
    assert_problem(send(api, SET_CREDIT, b'{"credit": 5}', content_type), 415, "unsupported_media_type")


@pytest.mark.parametrize(
    "content_type",
    [
        "application/json",
        "application/JSON; charset=utf-8",
        "application/problem+json",
        "application/vnd.allomancy+json",
    ],
)
def test_json_media_types_are_accepted(fresh: Api, content_type: str) -> None:
    response = send(fresh, SET_CREDIT, b'{"credit": 5}', content_type)
    assert response.status_code == 200 and response.json()["credit"] == 5


def test_body_over_64_kib_is_413(api: Api) -> None:
    big = json.dumps({"reason": "x" * (64 * 1024)}).encode()
    assert_problem(send(api, f"{CUSTOMER}/actions/ban", big), 413, "payload_too_large")
    exactly = b'{"credit": 5}' + b" " * (64 * 1024 - 13)
    assert len(exactly) == 64 * 1024
    assert send(api, SET_CREDIT, exactly).status_code == 200


def test_chunked_body_over_64_kib_is_413(api: Api) -> None:
    def chunks():
        yield b'{"reason": "'
        for _ in range(70):
            yield b"y" * 1024
        yield b'"}'

    response = api.request("POST", f"{CUSTOMER}/actions/ban", content=chunks(), headers=JSON)
    assert_problem(response, 413, "payload_too_large")


@pytest.mark.parametrize(
    "body",
    [
        b"{",
        b'{"credit": }',
        b"{'credit': 5}",
        b'{"credit": 5,}',
        b"credit=5",
        b'{"credit": 5} {}',
        b"\xef\xbb\xbf{}",
        b'{"credit": 0x10}',
        b'{"a": "\\x"}',
        b'{"credit": 05}',
        b"nul",
        b'"unterminated',
    ],
)
def test_malformed_json_is_invalid_json(api: Api, body: bytes) -> None:
    assert_problem(send(api, SET_CREDIT, body), 400, "invalid_json")


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_rejected(api: Api, literal: str) -> None:
    assert_problem(send(api, SET_CREDIT, f'{{"credit": {literal}}}'), 400, "invalid_json")
    assert_problem(send(api, INCREMENT, f'{{"delta": {literal}}}'), 400, "invalid_json")


@pytest.mark.parametrize("body", [b'{"reason": "\xff\xfe"}', b'{"reason": "\xc3\x28"}', b'{"reason": "\xed\xa0\x80"}'])
def test_invalid_utf8_is_invalid_json(api: Api, body: bytes) -> None:
    assert_problem(send(api, f"{CUSTOMER}/actions/ban", body), 400, "invalid_json")


def test_lone_surrogate_escape_is_validation_failed(api: Api) -> None:
    assert_problem(send(api, f"{CUSTOMER}/actions/ban", b'{"reason": "\\ud800"}'), 400, "validation_failed")
    assert_problem(send(api, "/v1/categories", b'{"name": "a\\udfff"}'), 400, "validation_failed")


def test_nesting_depth_limit(api: Api) -> None:
    deep = "[" * 32 + "]" * 32
    assert_problem(send(api, SET_CREDIT, f'{{"credit": {deep[2:-2]}}}'), 400, "validation_failed")  # depth 31
    assert_problem(send(api, SET_CREDIT, f'{{"credit": {deep}}}'), 400, "invalid_json")  # depth 33
    very_deep = "[" * 30000 + "]" * 30000
    assert_problem(send(api, SET_CREDIT, very_deep), 400, "invalid_json")
    brackets_in_strings = json.dumps({"reason": "[{" * 200})
    assert send(api, f"{CUSTOMER}/actions/ban", brackets_in_strings).status_code == 200


def test_duplicate_members_are_rejected(api: Api) -> None:
    assert_problem(send(api, SET_CREDIT, b'{"credit": 1, "credit": 2}'), 400, "validation_failed")


@pytest.mark.parametrize(
    "text",
    [
        str(2**31),
        str(-(2**31) - 1),
        str(2**53),
        str(2**53 + 1),
        str(2**63),
        str(-(2**63)),
        str(2**64),
        str(10**40),
        "1" + "0" * 5000,
    ],
)
def test_huge_integers_are_400(api: Api, text: str) -> None:
    assert_problem(send(api, INCREMENT, f'{{"delta": {text}}}'), 400, "validation_failed")
    assert_problem(send(api, SET_CREDIT, f'{{"credit": {text}}}'), 400, "validation_failed")
    grant = f"{CUSTOMER}/actions/grant-gift-card"
    assert_problem(send(api, grant, f'{{"credit": {text}}}'), 400, "validation_failed")
    assert_problem(send(api, "/v1/products", f'{{"name": "x", "price": {text}}}'), 400, "validation_failed")


@pytest.mark.parametrize("number", ["1e400", "-1e400", "1e308", "1.5e10", "2147483648.0"])
def test_huge_floats_are_400(api: Api, number: str) -> None:
    assert_problem(send(api, INCREMENT, f'{{"delta": {number}}}'), 400, "validation_failed")


def test_int32_bounds_are_accepted_for_delta(fresh: Api) -> None:
    assert_problem(send(fresh, INCREMENT, '{"delta": 2147483647}'), 400, "credit_limit_exceeded")
    assert_problem(send(fresh, INCREMENT, '{"delta": -2147483648}'), 400, "insufficient_credit")


@pytest.mark.parametrize(
    "value, accepted",
    [
        ("12.0", True),
        ("12", True),
        ("1.2e1", True),
        ("-0.0", True),
        ("12.5", False),
        ('"12"', False),
        ("true", False),
        ("null", False),  # credit is not nullable: null is a type error, not "use the default"
        ("[12]", False),
        ("{}", False),
        ("0.1e1", True),
    ],
)
def test_integer_fields_accept_whole_floats_only(fresh: Api, value: str, accepted: bool) -> None:
    response = send(fresh, SET_CREDIT, f'{{"credit": {value}}}')
    if accepted:
        assert response.status_code == 200, response.text
        assert isinstance(response.json()["credit"], int)
    else:
        assert_problem(response, 400, "validation_failed")


@pytest.mark.parametrize("value", ['"true"', "1", "0", "null", '"yes"'])
def test_boolean_fields_accept_only_true_false(api: Api, value: str) -> None:
    assert_problem(send(api, CUSTOMER, f'{{"newsSubscriber": {value}}}', method="PUT"), 400, "validation_failed")


@pytest.mark.parametrize("body", ["[]", '"x"', "5", "true", "null", '[{"credit": 1}]'])
def test_top_level_must_be_an_object(api: Api, body: str) -> None:
    assert_problem(send(api, SET_CREDIT, body), 400, "validation_failed")


def test_unknown_fields_are_rejected(api: Api) -> None:
    body = assert_problem(send(api, SET_CREDIT, '{"credit": 1, "extra": true}'), 400, "validation_failed")
    assert "extra" in body["detail"]
    assert_problem(
        send(
            api,
            "/v1/products",
            '{"name": "x", "permissions": {"copy": true, "modify": false, "transfer": false, "x": 1}}',
        ),
        400,
        "validation_failed",
    )


def test_required_body_missing_is_400(api: Api) -> None:
    assert_problem(send(api, INCREMENT, b""), 400, "validation_failed")
    assert_problem(api.post(INCREMENT), 400, "validation_failed")
    assert_problem(send(api, INCREMENT, b"{}"), 400, "validation_failed")


def test_body_on_bodyless_operation_is_ignored(fresh: Api) -> None:
    unban = f"{CUSTOMER}/actions/unban"
    for content, content_type in (
        (b"", "application/json"),
        (b'{"x": 1}', "application/json"),
        (b"x", "text/plain"),
        (b"{", None),
        (b"z" * 70000, "application/json"),
    ):
        response = send(fresh, unban, content, content_type)
        assert response.status_code == 200, (content[:10], response.text)
    card = "/v1/giftcards/c6a5759a-78bc-5464-a761-6c648831eb94/actions/disable"
    assert send(fresh, card, b"not json", "text/plain").json()["active"] is False
    assert fresh.request("GET", "/v1/store", content=b"{}", headers=JSON).status_code == 200


WEIRD_BODIES: list[bytes] = [
    b"",
    b"{}",
    b"null",
    b"[]",
    b"0",
    b'""',
    b"{",
    b'{"a":1}',
    b"\x00",
    b"\xff",
    b'{"name": null}',
    b'{"name": "' + b"n" * 70000 + b'"}',
    b'{"code": "' + "\u00e9".encode() * 100 + b'"}',
    json.dumps({k: 2**70 for k in ("credit", "delta", "discount", "price", "scope", "expiresInHours")}).encode(),
    json.dumps(
        {k: "\ud800" for k in ("name", "code", "reason", "recipientIdentifier", "customerIdentifier")},
        ensure_ascii=True,
    ).encode(),
    json.dumps({"scope": 1, "code": "x", "couponId": None, "productId": "zz"}).encode(),
    json.dumps({"discount": {"value": 1, "type": 9, "startDate": "0000-00-00", "endDate": 5}, "name": "q"}).encode(),
    json.dumps({"profitShares": [{"userUuid": None, "percent": 1e300}] * 30, "name": "q"}).encode(),
]


@pytest.mark.parametrize("op", ALL_OPERATIONS, ids=lambda op: op.op_id)
def test_weird_bodies_never_500(fresh: Api, server: LiveServer, op: Operation) -> None:
    path = op.path.replace("{identifier}", "resident.username").replace("{id}", "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f")
    for body in WEIRD_BODIES:
        response = send(fresh, path, body, method=op.method)
        assert 200 <= response.status_code < 500, (op.op_id, body[:60], response.text)
        if response.status_code >= 400:
            assert_problem(response, response.status_code)
    assert server.state.internal_errors == 0


def test_invalid_utf8_and_odd_paths_never_500(server: LiveServer, api: Api) -> None:
    key = api.all_key.encode()
    for target in [
        b"/v1/customers/%ff%fe",
        b"/v1/customers/%00",
        b"/v1/giftcards/%ZZ",
        b"/v1/customers/a%2Fb",
        b"/v1/products?search=%ff",
        b"/v1/products?limit=%00",
        b"/v1/customers/" + b"a" * 5000,
        b"/v1/products?category=%E2%82%AC",
        b"/v1/products?&&&",
        b"/v1/products?=x",
        b"/v1/categories/%0Ads%C2%B7",
        b"/v1/%0A",
        b"/v1/customers/%0D%0A/credit",
        b"/%ff",
    ]:
        status, headers, _ = raw_request(
            server, b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nX-API-Key: " + key + b"\r\nConnection: close\r\n\r\n"
        )
        assert status < 500, (target, status)
        if target != b"/v1/products?&&&":  # empty query segments are ignored
            assert 400 <= status and headers["content-type"] == "application/problem+json", (target, status)
    assert server.state.internal_errors == 0


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GET /v1/store HTTP/1.1\r\nHost: x\r\nX-API-Key: a\rb\r\n\r\n",
        b"GET /v1/store HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
        b"NOT-HTTP\r\n\r\n",
        b"POST /v1/categories HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n{}",
    ],
)
def test_parser_level_rejections_are_problem_json(server: LiveServer, request_bytes: bytes) -> None:
    status, headers, body = raw_request(server, request_bytes)
    assert status == 400 and headers["content-type"] == "application/problem+json"
    assert json.loads(body)["code"] == "validation_failed"
