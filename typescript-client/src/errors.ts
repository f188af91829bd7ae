import type { components } from "./schema.js";

/** The problem+json body every error answer of the API carries. */
export type Problem = components["schemas"]["Problem"];

/**
 * An answer outside 2xx. `code` is the problem's machine-readable code (for example `customer_token_invalid`), `detail`
 * its human text, `retryAfter` the seconds the server asked to wait (429 and some 5xx), or null.
 */
export class AllomancyError extends Error {
  readonly status: number;
  readonly code: string | null;
  readonly title: string;
  readonly detail: string;
  readonly retryAfter: number | null;
  /** The problem body as sent, or null when the body was not problem+json. */
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, retryAfter: number | null, fallback: string) {
    const detail = problem?.detail ?? fallback;
    super(problem ? `${status} ${problem.code}: ${detail}` : `${status}: ${detail}`);
    this.name = new.target.name;
    this.status = status;
    this.code = problem?.code ?? null;
    this.title = problem?.title ?? fallback;
    this.detail = detail;
    this.retryAfter = retryAfter;
    this.problem = problem;
  }
}

/** 400: the request breaks the contract or a business rule (`code` says which). */
export class BadRequestError extends AllomancyError {}
/** 401: no usable key or customer token (missing, unknown, expired or revoked). */
export class AuthenticationError extends AllomancyError {}
/** 403: the key lacks the operation's scope. */
export class PermissionDeniedError extends AllomancyError {}
/** 404: no such resource for this store or customer. */
export class NotFoundError extends AllomancyError {}
/** 409: the request conflicts with the current state (for example a duplicate coupon code). */
export class ConflictError extends AllomancyError {}
/** 429: too many requests; wait `retryAfter` seconds. */
export class RateLimitError extends AllomancyError {}
/** 5xx: the server failed. */
export class ServerError extends AllomancyError {}

/** The request never got an answer: the network failed, or the browser withheld it (CORS). */
export class ConnectionError extends Error {
  constructor(cause: unknown) {
    super(`no answer from the API: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "ConnectionError";
  }
}

const BY_STATUS: Record<number, typeof AllomancyError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

/**
 * Seconds to wait from a Retry-After value: delta-seconds or an HTTP date (relative to `now`, in ms).
 * Null when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[A-Za-z]{3}, /.test(text)) return null; // an HTTP date starts with its weekday: "Fri, 04 Dec 2026 ..."
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== "object" || body === null) return false;
  const fields = body as Record<string, unknown>;
  return typeof fields.code === "string" && typeof fields.detail === "string" && typeof fields.status === "number";
}

/** The typed error for an answer outside 2xx, given its parsed body (openapi-fetch's `error`). */
export function errorFor(response: Response, body: unknown): AllomancyError {
  const problem = isProblem(body) ? body : null;
  const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
  const fallback = response.statusText || `HTTP ${response.status}`;
  const kind = BY_STATUS[response.status] ?? (response.status >= 500 ? ServerError : AllomancyError);
  return new kind(response.status, problem, retryAfter, fallback);
}
