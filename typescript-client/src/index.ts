/**
 * allomancy-client: typed access to the Allomancy Third-Party API from TypeScript.
 *
 * Types come from the API's OpenAPI description (schema.ts, generated); calls go through openapi-fetch. What is
 * written by hand is only what the description cannot say: the token in the page's URL fragment, `credentials:
 * "omit"`, problem+json answers as typed errors, and pagination as an async iterator.
 */
export {
  createCustomerClient,
  createKeyClient,
  ok,
  PRODUCTION_BASE_URL,
  type AllomancyClient,
  type CustomerClientOptions,
  type FetchResult,
  type KeyClientOptions,
} from "./client.js";
export {
  AllomancyError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  errorFor,
  NotFoundError,
  parseRetryAfter,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  type Problem,
} from "./errors.js";
export { pages, type Page, type PagesOptions } from "./pages.js";
export type { components, operations, paths } from "./schema.js";
export { takeTokenFromLocation, TOKEN_FRAGMENT_KEY, tokenFromFragment } from "./token.js";

import type { components } from "./schema.js";
/** The API's schemas by name, e.g. `Schemas["CustomerGiftCard"]`. */
export type Schemas = components["schemas"];
