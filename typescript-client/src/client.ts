import createClient, { type Client, type Middleware } from "openapi-fetch";

import { ConnectionError, errorFor } from "./errors.js";
import type { paths } from "./schema.js";

/** The API's production origin; every path starts with `/v1`. */
export const PRODUCTION_BASE_URL = "https://integrations.allomancy.net";

export type AllomancyClient = Client<paths>;

type Fetch = (input: Request) => Promise<Response>;

interface CommonOptions {
  /** Origin of the API (default: production). A sandbox is `http://127.0.0.1:8400`. */
  baseUrl?: string;
  /** A fetch to use instead of the global one. */
  fetch?: Fetch;
}

export interface KeyClientOptions extends CommonOptions {
  /** The store's API key (`X-API-Key`). Keep it on a server: it must never reach a browser. */
  apiKey: string;
}

export interface CustomerClientOptions extends CommonOptions {
  /** A customer token (`X-Customer-Token`), minted by the store's server; see `takeTokenFromLocation`. */
  token: string;
}

function header(name: string, value: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set(name, value);
      return request;
    },
  };
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

/** Wrap fetch so a request that gets no answer rejects with ConnectionError (a CORS refusal looks like this). */
function connectionErrors(fetcher: Fetch | undefined): Fetch {
  return async (request) => {
    try {
      return await (fetcher ?? globalThis.fetch)(request);
    } catch (cause) {
      throw new ConnectionError(cause);
    }
  };
}

/** A client for the key surface (every path but `/v1/customer/*`). */
export function createKeyClient(options: KeyClientOptions): AllomancyClient {
  if (!options.apiKey) throw new TypeError("createKeyClient: apiKey is required");
  const client = createClient<paths>({
    baseUrl: withoutTrailingSlash(options.baseUrl ?? PRODUCTION_BASE_URL),
    fetch: connectionErrors(options.fetch),
  });
  client.use(header("X-API-Key", options.apiKey));
  return client;
}

/**
 * A client for the customer-page surface (`/v1/customer/*`), as a page on the store's origin calls it: the token in
 * `X-Customer-Token` and `credentials: "omit"` (the API wants no cookies, and its CORS answers never allow them).
 */
export function createCustomerClient(options: CustomerClientOptions): AllomancyClient {
  if (!options.token) throw new TypeError("createCustomerClient: token is required");
  const client = createClient<paths>({
    baseUrl: withoutTrailingSlash(options.baseUrl ?? PRODUCTION_BASE_URL),
    fetch: connectionErrors(options.fetch),
    credentials: "omit",
  });
  client.use(header("X-Customer-Token", options.token));
  return client;
}

/** What every openapi-fetch call resolves to. */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of a successful call, or a typed error: `const profile = await ok(client.GET("/v1/customer/profile"))`.
 * A 204 resolves to undefined.
 */
export async function ok<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw errorFor(response, error);
  return data as T;
}
