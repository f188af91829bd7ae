"""The hostile-input corpus, shared by the conformance suite (layers/test_hostile.py, against any server) and the
sandbox's hostile tests (tests/hostile/test_corpus.py, against a sandbox subprocess).

Requests are raw bytes (rawhttp.py builds them byte-exact) with placeholders that `render()` fills in
per target: KEY (the all-scopes key), KEY2 (another store's key), KEY_TAB (the key with a TAB inside), CARD (a gift
card of the target customer), CUSTOMER (the target customer) and HOST (the Host header value, `Host: x`).

Most cases aim a VALID write at the target (e.g. `{"delta": 1}` on increment-credit) and make one thing hostile, so a
server that let the hostile part through would visibly change a balance. `inert(case)` says whether a case cannot
change state even if the server wrongly accepted it: a read method, or a key that cannot authenticate (missing,
invalid, duplicated), or a body no JSON parser can read. Only inert cases go to a live store without --allow-writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from allomancy_conformance.rawhttp import build

KEY = b"<<KEY>>"
KEY2 = b"<<KEY2>>"  # store 2's all-scopes key
CARD = b"<<CARD>>"  # the target's seeded gift card
KEY_TAB = b"<<KEYTAB>>"  # the key with a TAB in the middle
TARGET = b"<<CUSTOMER>>"  # the target customer
HOST = b"x"  # the Host header value: render() puts the target's in every "Host: x" line
C = TARGET
INC = b"/v1/customers/" + C + b"/actions/increment-credit"
INC_R = b"/v1/customers/" + C + b"/actions/increment-restricted-credit"
SET = b"/v1/customers/" + C + b"/actions/set-credit"
GRANT = b"/v1/customers/" + C + b"/actions/grant-gift-card"
APPLY = b"/v1/customers/" + C + b"/actions/apply-coupon"
BAN = b"/v1/customers/" + C + b"/actions/ban"
CUSTOMER = b"/v1/customers/" + C
GIFT = b"/v1/giftcards/" + CARD
JSON = (b"Content-Type", b"application/json")
AUTH = (b"X-API-Key", KEY)
JA = (JSON, AUTH)
ONE = b'{"delta": 1}'

VALIDATION = "validation_failed"
INVALID_JSON = "invalid_json"


@dataclass(frozen=True)
class Case:
    id: str
    method: bytes
    target: bytes
    body: bytes = b""
    headers: tuple[tuple[bytes, bytes], ...] = JA
    status: int = 400
    code: str | frozenset[str] | None = None
    raw: bytes | None = None  # the whole request, when its framing itself is the hostile part
    half_close: bool = False


def case(id: str, method: bytes, target: bytes, body: bytes = b"", **kw: object) -> Case:
    return Case(id, method, target, body, **kw)  # type: ignore[arg-type]


def post_inc(id: str, body: bytes, code: str, status: int = 400, path: bytes = INC) -> Case:
    return Case(id, b"POST", path, body, status=status, code=code)


# ---------------------------------------------------------------------------------------------- the corpus

MALFORMED_JSON = [
    post_inc(f"malformed-{i}", body, INVALID_JSON)
    for i, body in enumerate(
        [
            b"{",
            b'{"delta": }',
            b"{'delta': 1}",
            b'{"delta": 1,}',
            b'{"delta": 1} x',
            b'{"delta": 1}{"delta": 1}',
            b"{delta: 1}",
            b'{"delta": 01}',
            b'{"delta": +1}',
            b'{"delta": .5}',
            b'{"delta": 1.}',
            b'{"delta": 0x10}',
            b'/* c */ {"delta": 1}',
            b'{"delta": 1} // c',
            b'\xef\xbb\xbf{"delta": 1}',
            b'{"delta": 1}\x00',
            b"\x00",
            b'{"delta": "unterminated}',
            b'{"delta": "\\x41"}',
            b'{"delta": "\\u12"}',
            b"[1, 2",
            b"nul",
            b"tru",
            b'{"delta": "a\tb"}',
            b'{"delta":\x0b1}',
            b'{"delta" 1}',
            b'{"delta":: 1}',
            b"{,}",
            b'{"delta": 1e}',
            b'{"delta": -}',
            b'{"delta": 1_000}',
            b'{"delta": [1,]}',
        ]
    )
]

WRONG_SHAPE = [
    post_inc(f"shape-{i}", body, VALIDATION)
    for i, body in enumerate(
        [
            b"[]",
            b'"delta"',
            b"5",
            b"null",
            b"true",
            b'[{"delta": 1}]',
            b'{"delta": 1, "delta": 1}',
            b'{"delta": "1"}',
            b'{"delta": true}',
            b'{"delta": null}',
            b'{"delta": [1]}',
            b'{"delta": {"v": 1}}',
            b'{"Delta": 1}',
            b'{"delta ": 1}',
            b'{"delta\\u0000": 1}',
            b'{"__proto__": {"delta": 1}}',
            b'{"delta": 1, "extra": 1}',
            b"{}",
            b'{"delta": 1.5}',
            b'{"delta": -0.0}',
            b'{"delta": 0}',
            b'{"delta": 1e-7}',
            b'{"delta": "\\ud800"}',
            b'{"delta": 1, "constructor": {"prototype": 1}}',
        ]
    )
]

_JSON_BODY = b'{"delta": 1}'
CONTENT_TYPES = [
    case(
        f"ctype-{i}",
        b"POST",
        INC,
        body,
        headers=((b"Content-Type", ctype), AUTH) if ctype is not None else (AUTH,),
        status=415,
        code="unsupported_media_type",
    )
    for i, (ctype, body) in enumerate(
        [
            (None, _JSON_BODY),
            (b"text/plain", _JSON_BODY),
            (b"application/x-www-form-urlencoded", b"delta=1"),
            (
                b"multipart/form-data; boundary=x",
                b'--x\r\nContent-Disposition: form-data; name="delta"\r\n\r\n1\r\n--x--',
            ),
            (b"application/xml", b"<delta>1</delta>"),
            (b"text/json", _JSON_BODY),
            (b"application/jsonx", _JSON_BODY),
            (b"application/json; charset=latin-1", _JSON_BODY),
            (b"application/json; charset=utf-16", _JSON_BODY.decode().encode("utf-16")),
            (b"application/javascript", _JSON_BODY),
            (b"application/json, text/plain", _JSON_BODY),
            (b"", _JSON_BODY),
            (b"*/*", _JSON_BODY),
            (b"application/", _JSON_BODY),
            (b"json", _JSON_BODY),
            (b"text/html", _JSON_BODY),
            (b"application/octet-stream", _JSON_BODY),
            (b"application/json-seq", _JSON_BODY),
        ]
    )
]

LIMIT = 64 * 1024
SIZES = [
    post_inc("size-64KiB-exactly-not-413", b'{"delta": 0}' + b" " * (LIMIT - 12), VALIDATION),
    post_inc("size-64KiB-plus-1", b'{"delta": 1}' + b" " * (LIMIT - 11), "payload_too_large", status=413),
    post_inc("size-1MiB", b'{"delta": 1, "x": "' + b"a" * (1 << 20) + b'"}', "payload_too_large", status=413),
    case(
        "size-declared-1TB",
        b"POST",
        INC,
        raw=build(b"POST", INC, [*JA, (b"Content-Length", b"1099511627776")], ONE, content_length=False, host=HOST),
        status=413,
        code="payload_too_large",
    ),
    case(
        "size-chunked-100KiB",
        b"POST",
        INC,
        raw=build(
            b"POST",
            INC,
            [*JA, (b"Transfer-Encoding", b"chunked")],
            b"".join(b"2000\r\n" + b" " * 0x2000 + b"\r\n" for _ in range(12))
            + b"b\r\n"
            + b'{"delta":1}'
            + b"\r\n0\r\n\r\n",
            content_length=False,
            host=HOST,
        ),
        status=413,
        code="payload_too_large",
    ),
]


def _nested(depth: int, leaf: bytes = b"1") -> bytes:
    return b'{"delta": ' + b"[" * (depth - 1) + leaf + b"]" * (depth - 1) + b"}"


NESTING = [
    post_inc("nest-32-levels-ok-json", _nested(32), VALIDATION),
    post_inc("nest-33-levels", _nested(33), INVALID_JSON),
    post_inc("nest-objects-100", b'{"a":' * 100 + b"1" + b"}" * 100, INVALID_JSON),
    post_inc("nest-30000", b"[" * 30000 + b"]" * 30000, INVALID_JSON),
    post_inc("nest-60000-unclosed", b"[" * 60000, INVALID_JSON),
    post_inc("nest-brackets-inside-string", b'{"delta": 1, "x": "' + b"[{" * 100 + b'"}', VALIDATION),
    post_inc("nest-escaped-quote-string", b'{"delta": 1, "x": "\\"' + b"[" * 100 + b'"}', VALIDATION),
]

NON_FINITE = [
    post_inc("nan", b'{"delta": NaN}', INVALID_JSON),
    post_inc("infinity", b'{"delta": Infinity}', INVALID_JSON),
    post_inc("minus-infinity", b'{"delta": -Infinity}', INVALID_JSON),
    post_inc("nan-lowercase", b'{"delta": nan}', INVALID_JSON),
    post_inc("inf-lowercase", b'{"delta": inf}', INVALID_JSON),
    post_inc("overflow-1e999", b'{"delta": 1e999}', VALIDATION),
    post_inc("overflow-minus-1e999", b'{"delta": -1e999}', VALIDATION),
    post_inc("overflow-1e400-exp", b'{"delta": 1E+400}', VALIDATION),
    post_inc("set-credit-nan", b'{"credit": NaN}', INVALID_JSON, path=SET),
    post_inc("grant-infinity", b'{"credit": Infinity}', INVALID_JSON, path=GRANT),
]

BIG_TEXT: list[tuple[str, bytes]] = [
    ("2^31", str(2**31).encode()),
    ("-2^31-1", str(-(2**31) - 1).encode()),
    ("2^53", str(2**53).encode()),
    ("2^53+1", str(2**53 + 1).encode()),
    ("-2^53", str(-(2**53)).encode()),
    ("2^63-1", str(2**63 - 1).encode()),
    ("2^63", str(2**63).encode()),
    ("-2^63", str(-(2**63)).encode()),
    ("-2^63-1", str(-(2**63) - 1).encode()),
    ("2^64", str(2**64).encode()),
    ("-2^64", str(-(2**64)).encode()),
    ("2^64+1", str(2**64 + 1).encode()),
    ("10^30", str(10**30).encode()),
    ("10^400", str(10**400).encode()),
    ("5000-digits", b"1" + b"0" * 5000),
    ("2^31-as-float", b"2147483648.0"),
    ("9.3e18", b"9.3e18"),
    ("1e19", b"1e19"),
    ("-1e19", b"-1e19"),
]
_INT_TARGETS = [
    ("inc", b"POST", INC, b'{"delta": %s}'),
    ("inc-restricted", b"POST", INC_R, b'{"delta": %s}'),
    ("set-credit", b"POST", SET, b'{"credit": %s}'),
    ("grant", b"POST", GRANT, b'{"credit": %s}'),
    ("card-update", b"PUT", GIFT, b'{"credit": %s, "active": true}'),
    ("customer-discount", b"PUT", CUSTOMER, b'{"discount": %s, "newsSubscriber": true}'),
    ("apply-hours", b"POST", APPLY, b'{"code": "WELCOME10", "scope": 0, "expiresInHours": %s}'),
    ("apply-scope", b"POST", APPLY, b'{"code": "WELCOME10", "scope": %s}'),
    (
        "create-coupon-discount",
        b"POST",
        b"/v1/coupons",
        b'{"code": "HOSTILE1", "ownerIdentifier": "blogger.one", "discount": %s}',
    ),
]
INTEGERS = (
    [
        case(f"int-{name}-{label}", method, path, template % text, code=VALIDATION)
        for name, method, path, template in _INT_TARGETS
        for label, text in BIG_TEXT
    ]
    + [
        post_inc("int-delta-int32-max-over-limit", b'{"delta": 2147483647}', "credit_limit_exceeded"),
        post_inc("int-delta-int32-min-insufficient", b'{"delta": -2147483648}', "insufficient_credit"),
        post_inc("int-set-int32-max-over-limit", b'{"credit": 2147483647}', "credit_limit_exceeded", path=SET),
    ]
    + [
        case(
            f"int-query-{param}-{value.decode()[:12]}-{len(value)}",
            b"GET",
            b"/v1/customers?" + param.encode() + b"=" + value,
            headers=(AUTH,),
            code=code,
        )
        for param, code in (("limit", "invalid_pagination"), ("spentMoreThan", VALIDATION))
        for value in (
            b"2147483648",
            b"-2147483649",
            b"9007199254740993",
            b"9223372036854775808",
            b"18446744073709551616",
            b"-18446744073709551616",
            b"1" + b"0" * 400,
            b"1e3",
            b"0x10",
            b"NaN",
            b"Infinity",
            b"%2B%2B1",
            b"1.5",
            b"%20",
        )
    ]
)

UTF8 = [
    post_inc(f"utf8-body-{i}", body, INVALID_JSON, path=BAN)
    for i, body in enumerate(
        [
            b'{"reason": "\xff"}',
            b'{"reason": "\xc0\xaf"}',
            b'{"reason": "\xed\xa0\x80"}',
            b'{"reason": "\xe2\x82"}',
            b'{"reason": "\xf8\x88\x80\x80\x80"}',
            b'{"\xff": 1}',
            b'{"reason": "\x80"}',
            '{"reason": "x"}'.encode("utf-16"),
            '{"reason": "x"}'.encode("utf-32"),
        ]
    )
] + [
    post_inc("utf8-lone-surrogate-reason", b'{"reason": "\\udc00"}', VALIDATION, path=BAN),
    post_inc("utf8-lone-surrogate-code", b'{"code": "\\ud800", "scope": 0}', VALIDATION, path=APPLY),
    case("utf8-query-ff", b"GET", b"/v1/products?search=%ff", headers=(AUTH,), code=VALIDATION),
    case("utf8-query-overlong", b"GET", b"/v1/products?search=%c0%af", headers=(AUTH,), code=VALIDATION),
    case("utf8-query-surrogate", b"GET", b"/v1/products?search=%ed%a0%80", headers=(AUTH,), code=VALIDATION),
    case("utf8-path-ff", b"POST", b"/v1/customers/%ff%fe/actions/increment-credit", ONE, code="invalid_identifier"),
    case(
        "utf8-path-overlong-dot",
        b"POST",
        b"/v1/customers/aether%c0%aeash/actions/increment-credit",
        ONE,
        code="invalid_identifier",
    ),
    case(
        "utf8-header-key-latin1",
        b"POST",
        INC,
        ONE,
        headers=(JSON, (b"X-API-Key", b"\xff\xfe" + KEY)),
        status=401,
        code="api_key_invalid",
    ),
]

LONG = [
    case("long-search-10k", b"GET", b"/v1/products?search=" + b"a" * 10_000, headers=(AUTH,), code=VALIDATION),
    case("long-unknown-param-60k", b"GET", b"/v1/customers?x=" + b"a" * 60_000, headers=(AUTH,), code=VALIDATION),
    case(
        "long-5000-params",
        b"GET",
        b"/v1/customers?" + b"&".join(b"p%d=1" % i for i in range(5000)),
        headers=(AUTH,),
        code=VALIDATION,
    ),
    case(
        "long-repeated-param",
        b"GET",
        b"/v1/customers?" + b"&".join([b"limit=1"] * 3000),
        headers=(AUTH,),
        code="invalid_pagination",
    ),
    case("long-cursor-2k", b"GET", b"/v1/customers?cursor=" + b"A" * 2048, headers=(AUTH,), code="invalid_pagination"),
    case(
        "long-identifier-10k",
        b"POST",
        b"/v1/customers/" + b"a" * 10_000 + b"/actions/increment-credit",
        ONE,
        code="invalid_identifier",
    ),
    case(
        "long-identifier-64",
        b"POST",
        b"/v1/customers/" + b"a" * 32 + b"." + b"b" * 31 + b"/actions/increment-credit",
        ONE,
        code="invalid_identifier",
    ),
    case("long-path-segments", b"GET", b"/v1/" + b"x/" * 20_000, headers=(AUTH,), status=404, code="route_not_found"),
    case("long-uuid-param", b"PUT", b"/v1/giftcards/" + b"0" * 50_000, b'{"credit": 1}', code=VALIDATION),
    case(
        "long-header-key-20k",
        b"POST",
        INC,
        ONE,
        headers=(JSON, (b"X-API-Key", b"a" * 20_000)),
        status=401,
        code="api_key_invalid",
    ),
]


def _inc_at(identifier: bytes) -> bytes:
    return b"/v1/customers/" + identifier + b"/actions/increment-credit"


TRAVERSAL = (
    [
        case(f"path-{i}", b"POST", _inc_at(ident), ONE, code="invalid_identifier")
        for i, ident in enumerate(
            [
                b"..%2F" + C,
                b"%2e%2e%2fdusk.harrow",
                C + b"%2F..%2Fdusk.harrow",
                C + b"%00",
                C + b"%00.evil",
                b"%00",
                C + b"%252F..%252Fdusk.harrow",
                C + b"%5C..%5Cdusk.harrow",
                C + b"%2F",
                C + b";dusk.harrow",
                C + b"%20",
                b"%20" + C,
                C + b"%0d%0aX-Injected:%201",
                C + b"%0A",
                b"%E2%80%AE" + C,
                b"%D0%B0ether.ash",
                b"%2e%2e",
                b"%2e",
                b"..",
                b".",
                C + b"#x",
                b"aether..ash",
                b".aether.ash",
                C + b".",
                b"aether.ash.x",
                C + b"%09",
                b"*",
                b"%2A",
                b"$%7Bjndi:ldap:%2F%2Fx%7D",
                b"'%20OR%20'1'='1",
                b"%27--",
                b"%3Cscript%3E",
            ]
        )
    ]
    + [
        case(
            "path-encoded-rest-of-path",
            b"POST",
            b"/v1/customers/" + C + b"%2Factions%2Fincrement-credit",
            ONE,
            status=405,
            code="method_not_allowed",
        ),
        case(
            "path-raw-dotdot",
            b"POST",
            b"/v1/customers/" + C + b"/../dusk.harrow/actions/increment-credit",
            ONE,
            status=404,
            code="route_not_found",
        ),
        case(
            "path-raw-dot",
            b"POST",
            b"/v1/customers/./" + C + b"/actions/increment-credit",
            ONE,
            status=404,
            code="route_not_found",
        ),
        case(
            "path-raw-dot-action",
            b"POST",
            b"/v1/customers/" + C + b"/actions/./increment-credit",
            ONE,
            status=404,
            code="route_not_found",
        ),
        case(
            "path-double-slash",
            b"POST",
            b"//v1/customers/" + C + b"/actions/increment-credit",
            ONE,
            status=404,
            code="route_not_found",
        ),
        case(
            "path-empty-identifier",
            b"POST",
            b"/v1/customers//actions/increment-credit",
            ONE,
            status=404,
            code="route_not_found",
        ),
        case("path-trailing-slash", b"POST", INC + b"/", ONE, status=404, code="route_not_found"),
        case("path-action-nul", b"POST", INC + b"%00", ONE, status=404, code="route_not_found"),
        case("path-action-semicolon", b"POST", INC + b";x=1", ONE, status=404, code="route_not_found"),
        case(
            "path-all-encoded",
            b"POST",
            b"/v1%2Fcustomers%2F" + C + b"%2Factions%2Fincrement-credit",
            ONE,
            status=404,
            code="route_not_found",
        ),
        case(
            "path-uppercase-prefix",
            b"POST",
            b"/V1/customers/" + C + b"/actions/increment-credit",
            ONE,
            status=404,
            code="route_not_found",
        ),
        case(
            "path-backslash",
            b"POST",
            b"/v1\\customers\\" + C + b"\\actions\\increment-credit",
            ONE,
            status=404,
            code="route_not_found",
        ),
        case("path-absolute-form", b"POST", b"http://127.0.0.1" + INC, ONE, status=404, code="route_not_found"),
        case("path-asterisk", b"OPTIONS", b"*", headers=(AUTH,), status=404, code="route_not_found"),
        case("path-query-injected-identifier", b"POST", INC + b"?identifier=dusk.harrow", ONE, code=VALIDATION),
        case("path-query-crlf", b"POST", INC + b"?x=%0d%0aX-Injected:%201", ONE, code=VALIDATION),
    ]
    + [
        case(f"uuid-{i}", b"PUT", b"/v1/giftcards/" + target, b'{"credit": 1, "active": true}', code=VALIDATION)
        for i, target in enumerate(
            [
                b"..%2F..%2Fv1%2Fcustomers",
                CARD + b"%2F..%2F" + CARD,
                CARD + b"%00",
                b"%7B" + CARD + b"%7D",
                b"urn:uuid:" + CARD,
                CARD + b"0",
                b"0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0",
                CARD + b"%20",
                b"%20" + CARD,
                CARD + b"%0A",
            ]
        )
    ]
    + [
        case(
            "owner-traversal", b"GET", b"/v1/coupons/owner/..%2F..%2Fstore", headers=(AUTH,), code="invalid_identifier"
        ),
    ]
)

_DUP = (JSON,)
DUPLICATE_KEYS = [
    case("dupkey-same-twice", b"POST", INC, ONE, headers=(*_DUP, AUTH, AUTH), status=401, code="api_key_duplicate"),
    case(
        "dupkey-other-store",
        b"POST",
        INC,
        ONE,
        headers=(*_DUP, AUTH, (b"X-API-Key", KEY2)),
        status=401,
        code="api_key_duplicate",
    ),
    case(
        "dupkey-with-empty",
        b"POST",
        INC,
        ONE,
        headers=(*_DUP, AUTH, (b"X-API-Key", b"")),
        status=401,
        code="api_key_duplicate",
    ),
    case(
        "dupkey-empty-first",
        b"POST",
        INC,
        ONE,
        headers=(*_DUP, (b"X-API-Key", b""), AUTH),
        status=401,
        code="api_key_duplicate",
    ),
    case(
        "dupkey-comma-joined",
        b"POST",
        INC,
        ONE,
        headers=(*_DUP, (b"X-API-Key", KEY + b", " + KEY)),
        status=401,
        code="api_key_duplicate",
    ),
    case(
        "dupkey-comma-other",
        b"POST",
        INC,
        ONE,
        headers=(*_DUP, (b"X-API-Key", KEY + b"," + KEY2)),
        status=401,
        code="api_key_duplicate",
    ),
    case(
        "dupkey-case-variants",
        b"POST",
        INC,
        ONE,
        headers=(*_DUP, (b"x-api-key", KEY), (b"X-API-KEY", KEY)),
        status=401,
        code="api_key_duplicate",
    ),
    case("dupkey-50-copies", b"POST", INC, ONE, headers=(*_DUP, *([AUTH] * 50)), status=401, code="api_key_duplicate"),
    case("key-empty", b"POST", INC, ONE, headers=(*_DUP, (b"X-API-Key", b"")), status=401, code="api_key_missing"),
    case("key-missing", b"POST", INC, ONE, headers=_DUP, status=401, code="api_key_missing"),
    case(
        "key-bearer-only",
        b"POST",
        INC,
        ONE,
        headers=(*_DUP, (b"Authorization", b"Bearer " + KEY)),
        status=401,
        code="api_key_missing",
    ),
    case(
        "key-trailing-junk",
        b"POST",
        INC,
        ONE,
        headers=(*_DUP, (b"X-API-Key", KEY + b" x")),
        status=401,
        code="api_key_invalid",
    ),
    case(
        "key-inner-tab", b"POST", INC, ONE, headers=(*_DUP, (b"X-API-Key", KEY_TAB)), status=401, code="api_key_invalid"
    ),
    case(
        "key-forged-signature",
        b"POST",
        INC,
        ONE,
        headers=(*_DUP, (b"X-API-Key", b"allo_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAA")),
        status=401,
        code="api_key_invalid",
    ),
    case(
        "key-sql",
        b"POST",
        INC,
        ONE,
        headers=(*_DUP, (b"X-API-Key", b"' OR '1'='1")),
        status=401,
        code="api_key_invalid",
    ),
]

_KEY_CRLF = b"X-API-Key: " + KEY
INJECTION = [
    case(
        "crlf-key-then-key",
        b"POST",
        INC,
        raw=b"POST " + INC + b" HTTP/1.1\r\nHost: x\r\nContent-Type: "
        b"application/json\r\n" + _KEY_CRLF + b"\r\nX-API-Key: " + KEY + b"\r\nContent-Length: 12\r\nConnection: "
        b"close\r\n\r\n" + ONE,
        status=401,
        code="api_key_duplicate",
    ),
    case(
        "bare-lf-key-then-key",
        b"POST",
        INC,
        raw=b"POST " + INC + b" HTTP/1.1\r\nHost: x\r\nContent-Type: "
        b"application/json\r\n" + _KEY_CRLF + b"\nX-API-Key: " + KEY2 + b"\r\nContent-Length: 12\r\nConnection: "
        b"close\r\n\r\n" + ONE,
        status=401,
        code="api_key_duplicate",
    ),
    case(
        "obs-fold-key",
        b"POST",
        INC,
        raw=b"POST " + INC + b" HTTP/1.1\r\nHost: x\r\nContent-Type: "
        b"application/json\r\n"
        + _KEY_CRLF
        + b"\r\n X-Injected: 1\r\nContent-Length: 12\r\nConnection: close\r\n\r\n"
        + ONE,
        status=401,
        code="api_key_invalid",
    ),
    case(
        "smuggle-cl-te",
        b"POST",
        INC,
        raw=b"POST " + INC + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
        b"\r\n" + _KEY_CRLF + b"\r\nContent-Length: 60\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        b"0\r\n\r\nPOST "
        + INC
        + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + _KEY_CRLF
        + b"\r\nContent-Length: 12\r\n\r\n"
        + ONE,
        code=VALIDATION,
    ),
    case(
        "response-split-via-path",
        b"GET",
        b"/v1/customers/x%0d%0aSet-Cookie:%20a=1%0d%0a%0d%0a/credit",
        headers=(AUTH,),
        code="invalid_identifier",
    ),
    case(
        "response-split-via-query", b"GET", b"/v1/customers?x=%0d%0aSet-Cookie:%20a=1", headers=(AUTH,), code=VALIDATION
    ),
    case(
        "header-in-content-type",
        b"POST",
        INC,
        ONE,
        headers=((b"Content-Type", b'text/plain; x="\r\nX-Injected: 1"'), AUTH),
        status=415,
        code="unsupported_media_type",
    ),
]

METHODS = [
    case("method-trace", b"TRACE", b"/v1/store", headers=(AUTH,), status=405, code="method_not_allowed"),
    case("method-patch", b"PATCH", INC, ONE, status=405, code="method_not_allowed"),
    case("method-lowercase-post", b"post", INC, ONE, status=405, code="method_not_allowed"),
    case("method-unknown", b"FOO", INC, ONE, status=405, code="method_not_allowed"),
    case("method-get-on-action", b"GET", INC, headers=(AUTH,), status=405, code="method_not_allowed"),
    case("method-put-on-action", b"PUT", INC, ONE, status=405, code="method_not_allowed"),
    case("method-delete-customer", b"DELETE", CUSTOMER, headers=(AUTH,), status=405, code="method_not_allowed"),
    case("method-connect", b"CONNECT", b"127.0.0.1:1", headers=(AUTH,), status=404, code="route_not_found"),
    case(
        "method-http2-preface",
        b"PRI",
        b"*",
        raw=b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
        status=404,
        code="route_not_found",
    ),
]

ALL_CASES = (
    MALFORMED_JSON
    + WRONG_SHAPE
    + CONTENT_TYPES
    + SIZES
    + NESTING
    + NON_FINITE
    + INTEGERS
    + UTF8
    + LONG
    + TRAVERSAL
    + DUPLICATE_KEYS
    + INJECTION
    + METHODS
)


# Requests the HTTP layer (uvicorn/h11) refuses before the app runs: a 400 problem+json (the sandbox's own h11
# protocol class, sandbox/allomancy_sandbox/http11.py), and nothing changes.
PARSER_CASES = {
    "cr-in-key": b"POST "
    + INC
    + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    + _KEY_CRLF
    + b"\rX-Injected: 1\r\nContent-Length: 12\r\nConnection: close\r\n\r\n"
    + ONE,
    "nul-in-key": b"POST "
    + INC
    + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    + _KEY_CRLF
    + b"\x00\r\nContent-Length: 12\r\nConnection: close\r\n\r\n"
    + ONE,
    "crlf-injected-content-length": b"POST "
    + INC
    + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    + _KEY_CRLF
    + b"\r\nContent-Length: 0\r\nContent-Length: 12\r\nConnection: "
    b"close\r\n\r\n" + ONE,
    "space-before-colon": b"POST "
    + INC
    + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-API-Key : "
    + KEY
    + b"\r\nContent-Length: 12\r\nConnection: close\r\n\r\n"
    + ONE,
    "header-without-colon": b"POST "
    + INC
    + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-API-Key "
    + KEY
    + b"\r\nContent-Length: 12\r\nConnection: close\r\n\r\n"
    + ONE,
    "negative-content-length": b"POST "
    + INC
    + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    + _KEY_CRLF
    + b"\r\nContent-Length: -1\r\nConnection: close\r\n\r\n"
    + ONE,
    "te-gzip": b"POST "
    + INC
    + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    + _KEY_CRLF
    + b"\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\n"
    + ONE,
    "te-bad-chunk-size": b"POST "
    + INC
    + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    + _KEY_CRLF
    + b"\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n"
    + ONE
    + b"\r\n0\r\n\r\n",
    "te-chunk-too-short": b"POST "
    + INC
    + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    + _KEY_CRLF
    + b"\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n"
    + ONE
    + b"\r\n0\r\n\r\n",
    "raw-non-ascii-path": b"POST /v1/customers/\xc3\xa6ther.ash/actions/increment-credit HTTP/1.1\r\nHost: x\r\n"
    b"Content-Type: application/json\r\n" + _KEY_CRLF + b"\r\nContent-Length: 12\r\n"
    b"Connection: close\r\n\r\n" + ONE,
    "raw-space-in-path": b"POST /v1/customers/aether ash/actions/increment-credit HTTP/1.1\r\nHost: x\r\n"
    b"Content-Type: application/json\r\n" + _KEY_CRLF + b"\r\nContent-Length: 12\r\n"
    b"Connection: close\r\n\r\n" + ONE,
    "raw-crlf-in-target": b"POST /v1/customers/aether.ash\r\nX-Injected: 1/actions/increment-credit HTTP/1.1\r\n"
    b"Host: x\r\n" + _KEY_CRLF + b"\r\nConnection: close\r\n\r\n",
    "no-host-header": b"POST "
    + INC
    + b" HTTP/1.1\r\nContent-Type: application/json\r\n"
    + _KEY_CRLF
    + b"\r\nContent-Length: 12\r\nConnection: close\r\n\r\n"
    + ONE,
    "http-0.9": b"GET /v1/store\r\n\r\n",
    "query-1MiB": b"GET /v1/products?search="
    + b"a" * (1 << 20)
    + b" HTTP/1.1\r\nHost: x\r\n"
    + _KEY_CRLF
    + b"\r\nConnection: close\r\n\r\n",
}

GROUPS: dict[str, list[Case]] = {
    "malformed-json": MALFORMED_JSON,
    "wrong-shape": WRONG_SHAPE,
    "content-types": CONTENT_TYPES,
    "sizes": SIZES,
    "nesting": NESTING,
    "non-finite": NON_FINITE,
    "integers": INTEGERS,
    "utf8": UTF8,
    "long": LONG,
    "traversal": TRAVERSAL,
    "keys": DUPLICATE_KEYS,
    "injection": INJECTION,
    "methods": METHODS,
    "parser": [
        Case(name, request.split(b" ", 1)[0], b"", raw=request, status=400)
        for name, request in sorted(PARSER_CASES.items())
    ],
}

READ_METHODS = frozenset({b"GET", b"HEAD", b"OPTIONS", b"TRACE", b"CONNECT", b"PRI"})
_REQUEST_LINE = b" HTTP/1.1\r\n"


def request_bytes(c: Case) -> bytes:
    """The request as sent, placeholders still in."""
    return c.raw if c.raw is not None else build(c.method, c.target, list(c.headers), c.body, host=HOST)


def _strict_json(body: bytes) -> bool:
    """Whether a strict RFC 8259 parser reads the body (NaN/Infinity refused)."""

    def refuse(name: str) -> None:
        raise ValueError(name)

    try:
        json.loads(body.decode("utf-8"), parse_constant=refuse)
    except (ValueError, RecursionError):
        return False
    return True


def inert(c: Case) -> bool:
    """True when the request cannot change state even if the server wrongly accepted it."""
    if c.raw is not None:  # framing cases: only reads, and no second request hidden in the bytes
        return c.method.upper() in READ_METHODS and c.raw.count(_REQUEST_LINE) <= 1
    if c.method.upper() in READ_METHODS:
        return True
    keys = [value for name, value in c.headers if name.lower() == b"x-api-key"]
    if keys != [KEY]:  # missing, empty, invalid, duplicated: authentication cannot succeed
        return True
    return not _strict_json(c.body)


def render(request: bytes, *, key: str, key2: str, card: str, customer: str, host: str) -> bytes:
    """Fill in the placeholders of one request."""
    raw_key = key.encode()
    return (
        request.replace(KEY_TAB, raw_key[:12] + b"\t" + raw_key[12:])
        .replace(KEY2, key2.encode())
        .replace(KEY, raw_key)
        .replace(CARD, card.encode())
        .replace(TARGET, customer.encode())
        .replace(b"\r\nHost: " + HOST + b"\r\n", b"\r\nHost: " + host.encode() + b"\r\n")
    )
