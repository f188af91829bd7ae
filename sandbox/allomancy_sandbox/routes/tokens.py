"""POST /v1/customer-tokens: mint a one-hour customer token for a customer of the store."""

from __future__ import annotations

import hashlib
import secrets

from starlette.responses import Response

from .. import key_crypto, timefmt
from ..cors import origin_of
from ..errors import ApiError
from ..identifiers import parse_identifier, resolve_body_customer
from ..operations import Ctx, Operation, json_response
from ..validation import Field, Obj, Str, Uuid

TOKEN_TTL_SECONDS = 3600
MINT = Obj(
    {
        "customerIdentifier": Field(Str(), required=True),
        "collectiveId": Field(Uuid(nullable=True), default=None),
    }
)


def mint_customer_token(ctx: Ctx) -> Response:
    assert ctx.body is not None
    ident = parse_identifier(ctx.body["customerIdentifier"], "customerIdentifier")
    customer = resolve_body_customer(ctx.conn, ctx.store_id, ident, "customerIdentifier")
    origin = origin_of(ctx.conn, ctx.store_id)
    collective = ctx.body["collectiveId"]
    if collective is not None:  # only the collective's owner store mints for it, for a customer of that store
        row = ctx.conn.execute(
            "SELECT origin FROM collectives WHERE id = ? AND owner_store_id = ?", (collective, ctx.store_id)
        ).fetchone()
        if row is None:
            raise ApiError("collective_not_found", "No collective owned by this store has this id.")
        origin = str(row["origin"])
    token = "ct_" + key_crypto.b64url(secrets.token_bytes(32))
    expires_at = ctx.now + TOKEN_TTL_SECONDS
    digest = hashlib.sha256(token.encode("ascii")).hexdigest()
    ctx.conn.execute(
        "INSERT INTO customer_tokens (token_hash, store_id, customer_uuid, expires_at) VALUES (?, ?, ?, ?)",
        (digest, ctx.store_id, customer["uuid"], expires_at),
    )
    if collective is not None:
        ctx.conn.execute(
            "INSERT INTO customer_token_collectives (token_hash, collective_id) VALUES (?, ?)", (digest, collective)
        )
    return json_response(
        {
            "token": token,
            "url": f"{origin}/#ct={token}",
            "expiresAt": timefmt.to_text(expires_at),
        }
    )


OPERATIONS = [
    Operation(
        "mintCustomerToken",
        "POST",
        "/v1/customer-tokens",
        "customertokens:mint",
        mint_customer_token,
        body="required",
        schema=MINT,
    ),
]
