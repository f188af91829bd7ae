import { ok, type FetchResult } from "./client.js";

/** What every list answer of the API looks like. */
export interface Page<T> {
  data: T[];
  pagination: { nextCursor: string | null };
}

export interface PagesOptions {
  /** Stop (with an error) after this many pages; a guard against a server that never ends. Default 1000. */
  maxPages?: number;
}

/**
 * Every row of a list operation, fetching the next page only when the rows run out:
 *
 *     for await (const card of pages((cursor) =>
 *       client.GET("/v1/customer/giftcards", { params: { query: { cursor, limit: 50 } } }))) { ... }
 *
 * Errors are thrown as typed errors (see `ok`). A server that answers the same cursor again is an error,
 * not an endless loop.
 */
export async function* pages<T>(
  fetchPage: (cursor: string | undefined) => Promise<FetchResult<Page<T>>>,
  options: PagesOptions = {},
): AsyncGenerator<T, void, undefined> {
  const maxPages = options.maxPages ?? 1000;
  let cursor: string | undefined;
  for (let fetched = 0; ; fetched += 1) {
    if (fetched >= maxPages) throw new Error(`pages: more than ${maxPages} pages; stopping`);
    const page = await ok(fetchPage(cursor));
    yield* page.data;
    const next = page.pagination.nextCursor;
    if (next === null) return;
    if (next === cursor) throw new Error("pages: the server answered the same cursor again; stopping");
    cursor = next;
  }
}
