// The hand-written layer on its own: no server. Responses are real WHATWG Response objects.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  AllomancyError,
  AuthenticationError,
  ConnectionError,
  createCustomerClient,
  createKeyClient,
  errorFor,
  NotFoundError,
  ok,
  pages,
  parseRetryAfter,
  RateLimitError,
  ServerError,
  takeTokenFromLocation,
  tokenFromFragment,
  type FetchResult,
  type Page,
} from "../src/index.js";

const PROBLEM = {
  type: "https://integrations.allomancy.net/errors/customer_token_invalid",
  title: "Customer token invalid",
  status: 401,
  detail: "The customer token is expired, unknown or revoked.",
  code: "customer_token_invalid",
};

function problemResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });
}

describe("tokenFromFragment", () => {
  it("reads the token after #ct=", () => {
    assert.equal(tokenFromFragment("#ct=ct_abc-DEF_123"), "ct_abc-DEF_123");
  });
  it("finds it among other fragment pairs and without the #", () => {
    assert.equal(tokenFromFragment("#view=cards&ct=ct_x"), "ct_x");
    assert.equal(tokenFromFragment("ct=ct_y"), "ct_y");
  });
  it("answers null when there is none or it is empty", () => {
    assert.equal(tokenFromFragment(""), null);
    assert.equal(tokenFromFragment("#"), null);
    assert.equal(tokenFromFragment("#ct="), null);
    assert.equal(tokenFromFragment("#token=ct_x"), null);
  });
});

describe("takeTokenFromLocation", () => {
  it("removes the fragment from the address but keeps path and query", () => {
    const calls: string[] = [];
    const history = { replaceState: (_d: unknown, _t: string, url?: string | URL | null) => void calls.push(String(url)) };
    const token = takeTokenFromLocation({ hash: "#ct=ct_1", pathname: "/page/", search: "?view=cards" }, history);
    assert.equal(token, "ct_1");
    assert.deepEqual(calls, ["/page/?view=cards"]);
  });
  it("leaves the address alone when asked to keep it or when there is no token", () => {
    const calls: string[] = [];
    const history = { replaceState: () => void calls.push("x") };
    takeTokenFromLocation({ hash: "#ct=ct_1", pathname: "/", search: "" }, history, true);
    takeTokenFromLocation({ hash: "", pathname: "/", search: "" }, history);
    assert.deepEqual(calls, []);
  });
});

describe("parseRetryAfter", () => {
  it("reads delta-seconds", () => {
    assert.equal(parseRetryAfter("7"), 7);
    assert.equal(parseRetryAfter(" 0 "), 0);
  });
  it("reads an HTTP date relative to now, never negative", () => {
    const now = Date.parse("2026-12-04T10:00:00Z");
    assert.equal(parseRetryAfter("Fri, 04 Dec 2026 10:00:30 GMT", now), 30);
    assert.equal(parseRetryAfter("Fri, 04 Dec 2026 09:59:00 GMT", now), 0);
  });
  it("answers null for a missing or unreadable value", () => {
    assert.equal(parseRetryAfter(null), null);
    assert.equal(parseRetryAfter("soon"), null);
    assert.equal(parseRetryAfter("-3"), null);
  });
});

describe("errorFor", () => {
  it("maps a problem to the class of its status with code, detail and title", () => {
    const error = errorFor(problemResponse(401, PROBLEM), PROBLEM);
    assert.ok(error instanceof AuthenticationError);
    assert.ok(error instanceof AllomancyError);
    assert.equal(error.name, "AuthenticationError");
    assert.equal(error.status, 401);
    assert.equal(error.code, "customer_token_invalid");
    assert.equal(error.detail, PROBLEM.detail);
    assert.equal(error.title, PROBLEM.title);
    assert.deepEqual(error.problem, PROBLEM);
    assert.equal(error.retryAfter, null);
    assert.match(error.message, /^401 customer_token_invalid: /);
  });
  it("carries Retry-After on a 429", () => {
    const body = { ...PROBLEM, status: 429, code: "rate_limited", detail: "Slow down." };
    const error = errorFor(problemResponse(429, body, { "Retry-After": "3" }), body);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 3);
  });
  it("keeps the status when the body is not a problem", () => {
    const error = errorFor(new Response("<html>bad gateway</html>", { status: 502, statusText: "Bad Gateway" }), "x");
    assert.ok(error instanceof ServerError);
    assert.equal(error.code, null);
    assert.equal(error.problem, null);
    assert.equal(error.detail, "Bad Gateway");
  });
  it("uses the base class for a status without its own", () => {
    const body = { ...PROBLEM, status: 413, code: "payload_too_large" };
    const error = errorFor(problemResponse(413, body), body);
    assert.equal(error.constructor, AllomancyError);
    assert.equal(error.code, "payload_too_large");
  });
});

function result<T>(status: number, data: T | undefined, error?: unknown): FetchResult<T> {
  return { data, error, response: new Response(null, { status: status === 204 ? 204 : status }) };
}

describe("ok", () => {
  it("answers the data of a 2xx", async () => {
    assert.deepEqual(await ok(Promise.resolve(result(200, { a: 1 }))), { a: 1 });
  });
  it("throws the typed error otherwise", async () => {
    await assert.rejects(ok(Promise.resolve(result(404, undefined, { ...PROBLEM, status: 404, code: "x" }))), NotFoundError);
  });
});

function page<T>(data: T[], nextCursor: string | null): Promise<FetchResult<Page<T>>> {
  return Promise.resolve(result(200, { data, pagination: { nextCursor } }));
}

describe("pages", () => {
  it("yields every row across pages, passing each next cursor", async () => {
    const asked: (string | undefined)[] = [];
    const book: Record<string, [number[], string | null]> = { "": [[1, 2], "c1"], c1: [[3], "c2"], c2: [[], null] };
    const rows: number[] = [];
    for await (const row of pages<number>((cursor) => {
      asked.push(cursor);
      const [data, next] = book[cursor ?? ""]!;
      return page(data, next);
    })) {
      rows.push(row);
    }
    assert.deepEqual(rows, [1, 2, 3]);
    assert.deepEqual(asked, [undefined, "c1", "c2"]);
  });
  it("fetches no more pages than the caller consumes", async () => {
    let fetched = 0;
    for await (const row of pages<number>(() => ((fetched += 1), page([1, 2], "again" + fetched)))) {
      if (row === 2) break;
    }
    assert.equal(fetched, 1);
  });
  it("stops on a repeated cursor and after maxPages", async () => {
    await assert.rejects(async () => {
      for await (const _ of pages<number>(() => page([1], "same"))) void _;
    }, /same cursor/);
    let n = 0;
    await assert.rejects(async () => {
      for await (const _ of pages<number>(() => page([1], `c${(n += 1)}`), { maxPages: 3 })) void _;
    }, /more than 3 pages/);
  });
  it("throws the typed error of a failed page", async () => {
    const body = { ...PROBLEM, status: 429, code: "rate_limited" };
    const failing = () => Promise.resolve({ error: body, response: problemResponse(429, body, { "Retry-After": "2" }) });
    await assert.rejects(async () => {
      for await (const _ of pages<number>(failing)) void _;
    }, (error: unknown) => error instanceof RateLimitError && error.retryAfter === 2);
  });
});

describe("clients", () => {
  function recorder(): { seen: Request[]; fetch: (request: Request) => Promise<Response> } {
    const seen: Request[] = [];
    return {
      seen,
      fetch: (request: Request) => {
        seen.push(request);
        return Promise.resolve(Response.json({ uuid: "u", username: "n", pictureUuid: null }));
      },
    };
  }

  it("the customer client sends the token, omits credentials and joins the base URL", async () => {
    const { seen, fetch } = recorder();
    const client = createCustomerClient({ token: "ct_t", baseUrl: "http://127.0.0.1:9/", fetch });
    const profile = await ok(client.GET("/v1/customer/profile"));
    assert.equal(profile.username, "n");
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.url, "http://127.0.0.1:9/v1/customer/profile");
    assert.equal(seen[0]!.headers.get("X-Customer-Token"), "ct_t");
    assert.equal(seen[0]!.headers.get("X-API-Key"), null);
    assert.equal(seen[0]!.credentials, "omit");
  });
  it("the key client sends the key and no token", async () => {
    const { seen, fetch } = recorder();
    const client = createKeyClient({ apiKey: "sk_x", baseUrl: "http://127.0.0.1:9", fetch });
    await client.GET("/v1/store");
    assert.equal(seen[0]!.headers.get("X-API-Key"), "sk_x");
    assert.equal(seen[0]!.headers.get("X-Customer-Token"), null);
  });
  it("production is the default base URL", async () => {
    const { seen, fetch } = recorder();
    await createKeyClient({ apiKey: "k", fetch }).GET("/v1/store");
    assert.equal(seen[0]!.url, "https://integrations.allomancy.net/v1/store");
  });
  it("refuses to build without a secret", () => {
    assert.throws(() => createKeyClient({ apiKey: "" }), TypeError);
    assert.throws(() => createCustomerClient({ token: "" }), TypeError);
  });
  it("a request without an answer rejects with ConnectionError", async () => {
    const client = createCustomerClient({ token: "ct", fetch: () => Promise.reject(new TypeError("Failed to fetch")) });
    await assert.rejects(client.GET("/v1/customer/profile"), (error: unknown) => {
      return error instanceof ConnectionError && /Failed to fetch/.test(error.message);
    });
  });
});
