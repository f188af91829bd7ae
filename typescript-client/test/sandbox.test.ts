// The client against a real server: the Python suite's test (tests/typescript) starts a sandbox and passes
// ALLOMANCY_BASE_URL and ALLOMANCY_KEYS_FILE (a keys file: {baseUrl, stores: [{id, name, keys, customerTokens}]}).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";

import {
  AuthenticationError,
  BadRequestError,
  createCustomerClient,
  createKeyClient,
  NotFoundError,
  ok,
  pages,
  PermissionDeniedError,
  tokenFromFragment,
  type Schemas,
} from "../src/index.js";

interface KeysFile {
  baseUrl: string;
  stores: { id: string; name: string; keys: Record<string, string>; customerTokens?: Record<string, string> }[];
}

const baseUrl = process.env.ALLOMANCY_BASE_URL;
const keysPath = process.env.ALLOMANCY_KEYS_FILE;
const skip = baseUrl && keysPath ? false : "set ALLOMANCY_BASE_URL and ALLOMANCY_KEYS_FILE (tests/typescript does)";
const CUSTOMER = "resident.username";

function store(): KeysFile["stores"][number] {
  const file = JSON.parse(readFileSync(keysPath!, "utf-8")) as KeysFile;
  const first = file.stores[0];
  assert.ok(first, "the keys file lists no store");
  return first;
}

async function mint(): Promise<string> {
  const key = createKeyClient({ apiKey: store().keys.all!, baseUrl: baseUrl! });
  const minted = await ok(key.POST("/v1/customer-tokens", { body: { customerIdentifier: CUSTOMER } }));
  const token = tokenFromFragment(new URL(minted.url).hash);
  assert.equal(token, minted.token, "the minted URL carries the token in its #ct= fragment");
  return minted.token;
}

describe("against a sandbox", { skip }, () => {
  it("reads the profile and context with a minted token", async () => {
    const client = createCustomerClient({ token: await mint(), baseUrl: baseUrl! });
    const profile = await ok(client.GET("/v1/customer/profile"));
    assert.equal(profile.username, CUSTOMER);
    const context = await ok(client.GET("/v1/customer/context"));
    assert.ok(context.stores.some((s) => s.id === store().id));
  });

  it("pages through the customer's transactions and matches one big page", async () => {
    const client = createCustomerClient({ token: await mint(), baseUrl: baseUrl! });
    const walked: Schemas["Transaction"][] = [];
    for await (const row of pages((cursor) =>
      client.GET("/v1/customer/transactions", { params: { query: { cursor, limit: 2 } } }),
    )) {
      walked.push(row);
    }
    const whole = await ok(client.GET("/v1/customer/transactions", { params: { query: { limit: 100 } } }));
    assert.ok(walked.length > 2, "the seed has more than one page of two");
    assert.deepEqual(walked, whole.data);
  });

  it("agrees with the key surface on the credit after redeeming a card", async () => {
    const key = createKeyClient({ apiKey: store().keys.all!, baseUrl: baseUrl! });
    const client = createCustomerClient({ token: await mint(), baseUrl: baseUrl! });
    const cards: Schemas["CustomerGiftCard"][] = [];
    for await (const card of pages((cursor) => client.GET("/v1/customer/giftcards", { params: { query: { cursor } } }))) {
      cards.push(card);
    }
    const card = cards.find((c) => c.active && !c.redeemed && c.storeId === store().id);
    assert.ok(card, "the seed gives the customer an unredeemed card");
    const path = { identifier: CUSTOMER };
    const before = await ok(key.GET("/v1/customers/{identifier}/credit", { params: { path } }));
    await ok(client.POST("/v1/customer/giftcards/{id}/redeem", { params: { path: { id: card.id } } }));
    const after = await ok(key.GET("/v1/customers/{identifier}/credit", { params: { path } }));
    assert.equal(after.credit, before.credit + card.credit);
    const again = client.POST("/v1/customer/giftcards/{id}/redeem", { params: { path: { id: card.id } } });
    await assert.rejects(ok(again), BadRequestError);
  });

  it("marks news as seen (204 resolves to undefined)", async () => {
    const client = createCustomerClient({ token: await mint(), baseUrl: baseUrl! });
    assert.equal(await ok(client.POST("/v1/customer/news/seen", { body: { storeId: null } })), undefined);
    const unread = await ok(client.GET("/v1/customer/news/unread"));
    assert.equal(unread.total, 0);
  });

  it("turns the documented refusals into typed errors with their codes", async () => {
    const tokens = store().customerTokens ?? {};
    for (const label of ["expired", "revoked"]) {
      const token = tokens[label];
      assert.ok(token, `the keys file lists a ${label} token`);
      const client = createCustomerClient({ token, baseUrl: baseUrl! });
      await assert.rejects(ok(client.GET("/v1/customer/profile")), (e: unknown) => {
        return e instanceof AuthenticationError && e.code === "customer_token_invalid" && e.detail.length > 0;
      });
    }
    const key = createKeyClient({ apiKey: store().keys["products:read"]!, baseUrl: baseUrl! });
    await assert.rejects(ok(key.GET("/v1/customers")), PermissionDeniedError);
    const all = createKeyClient({ apiKey: store().keys.all!, baseUrl: baseUrl! });
    const missing = all.GET("/v1/customers/{identifier}", { params: { path: { identifier: "nobody.here" } } });
    await assert.rejects(ok(missing), NotFoundError);
  });
});
