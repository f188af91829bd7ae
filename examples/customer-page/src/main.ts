// The customer page: a static page on the store's configured origin. The store's server mints a token and sends
// the customer to `https://<page origin>/#ct=<token>`; this code reads the token from the fragment and shows what
// the customer-page surface of the API returns, with the allomancy-client package.
import {
  AuthenticationError,
  ConnectionError,
  createCustomerClient,
  ok,
  pages,
  PRODUCTION_BASE_URL,
  RateLimitError,
  takeTokenFromLocation,
  type AllomancyClient,
  type Schemas,
} from "allomancy-client";

import { el, find, lindens, when } from "./dom.js";

type PageState = "loading" | "ready" | "no-token" | "unauthorized" | "unreachable" | "error";

/** How often one call is retried after a 429 before the page gives up. */
const RATE_LIMIT_RETRIES = 3;
/** Rows shown at most per list (the API pages them; the page stops after this many). */
const MAX_ROWS = 200;

const MESSAGES: Record<Exclude<PageState, "loading" | "ready">, string> = {
  "no-token": "This page opens from the link your store sends you. Ask the store for a new link.",
  unauthorized: "Your link has expired or was withdrawn. Ask the store for a new link.",
  unreachable: "The store's service could not be reached (network trouble, or this page is not on the store's address).",
  error: "Something went wrong while loading your account. Please try again later.",
};

let storeNames = new Map<string, string>();

function setState(state: PageState, message = ""): void {
  document.body.dataset.state = state;
  const status = find("#status");
  status.classList.remove("waiting");
  status.textContent = message;
  find("main").hidden = state !== "ready" && state !== "loading";
}

function notice(message: string): void {
  find("#status").textContent = message;
}

function sleep(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

/** Run an API call; on a 429 say so, wait for Retry-After (1 s when absent) and try again, a few times. */
async function polite<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof RateLimitError) || attempt >= RATE_LIMIT_RETRIES) throw error;
      const seconds = error.retryAfter ?? 1;
      const status = find("#status");
      status.classList.add("waiting");
      status.dataset.retryAfter = String(seconds);
      status.textContent = `The store is busy: trying again in ${seconds} s.`;
      await sleep(seconds);
      status.classList.remove("waiting");
      status.textContent = "";
    }
  }
}

async function collect<T>(walk: AsyncGenerator<T, void, undefined>): Promise<T[]> {
  const rows: T[] = [];
  for await (const row of walk) {
    rows.push(row);
    if (rows.length >= MAX_ROWS) break;
  }
  return rows;
}

function storeName(id: string): string {
  return storeNames.get(id) ?? id;
}

// ---------------------------------------------------------------- rendering

function renderHeader(profile: Schemas["CustomerProfile"], context: Schemas["CustomerContext"]): void {
  find("#brand").textContent = context.brand.name;
  find("#who").replaceChildren("Signed in as ", el("strong", { "data-username": profile.username }, profile.username));
  find("#stores ul").replaceChildren(
    ...context.stores.map((store) => el("li", { "data-store-id": store.id }, store.name)),
  );
}

function renderBalances(accounts: Schemas["CustomerAccounts"]): void {
  const boxes = accounts.accounts.map((account) => {
    const lots = (account.creditLots ?? []).map((lot) =>
      el(
        "li",
        { "data-amount": lot.amount, "data-expires-at": lot.expiresAt, "data-restricted": lot.restricted },
        `${lindens(lot.amount)}${lot.restricted ? " (restricted)" : ""} until ${when(lot.expiresAt)}`,
      ),
    );
    return el(
      "article",
      {
        class: "account",
        "data-store-id": account.storeId,
        "data-credit": account.credit,
        "data-restricted-credit": account.restrictedCredit,
        "data-discount": account.discount,
      },
      el("h3", {}, storeName(account.storeId)),
      el("p", {}, "Credit ", el("span", { class: "amount" }, lindens(account.credit))),
      el("p", {}, "Restricted credit ", el("span", { class: "amount" }, lindens(account.restrictedCredit))),
      el("p", {}, `Discount ${account.discount}%`),
      lots.length ? el("ul", { class: "lots" }, ...lots) : el("p", { class: "muted" }, "No dated credit."),
    );
  });
  find("#balances .cards").replaceChildren(...boxes);
}

function renderCards(client: AllomancyClient, cards: Schemas["CustomerGiftCard"][]): void {
  const items = cards.map((card) => {
    const item = el(
      "li",
      {
        "data-card-id": card.id,
        "data-credit": card.credit,
        "data-redeemed": card.redeemed,
        "data-active": card.active,
        "data-store-id": card.storeId,
      },
      `${lindens(card.credit)} at ${storeName(card.storeId)}`,
      card.expiresAt ? ` (expires ${when(card.expiresAt)})` : "",
      card.redeemed ? " (redeemed)" : card.active ? "" : " (disabled)",
    );
    if (card.active && !card.redeemed) {
      const redeem = el("button", { type: "button", class: "redeem" }, "Redeem");
      redeem.addEventListener("click", () => void act(client, () => redeemCard(client, card)));
      item.append(redeem);
      if (card.transfer) {
        const receiver = el("input", { name: "receiver", placeholder: "resident name", "aria-label": "Receiver" });
        const send = el("button", { type: "button", class: "transfer" }, "Give away");
        send.addEventListener("click", () => void act(client, () => transferCard(client, card, receiver.value)));
        item.append(receiver, send);
      }
    }
    return item;
  });
  find("#giftcards ul").replaceChildren(...(items.length ? items : [el("li", { class: "muted" }, "No gift cards.")]));
}

function renderNews(client: AllomancyClient, posts: Schemas["NewsPost"][], unread: Schemas["UnreadNews"]): void {
  const badge = find("#unread");
  badge.dataset.unreadTotal = String(unread.total);
  badge.textContent = unread.total ? `${unread.total} new` : "";
  find("#news .unread-by-store").replaceChildren(
    ...unread.byStore.map((entry) =>
      el("span", { "data-store-id": entry.storeId, "data-count": entry.count }, `${storeName(entry.storeId)}: ${entry.count} new. `),
    ),
  );
  const items = posts.map((post) => {
    const item = el(
      "li",
      { "data-news-id": post.id, "data-store-id": post.storeId },
      el("span", { class: "muted" }, `${when(post.created)} · ${storeName(post.storeId)}: `),
      post.message,
    );
    if (post.canRequestItem) {
      const request = el("button", { type: "button", class: "request-item" }, `Get ${post.item ?? "the item"}`);
      request.addEventListener("click", () => void act(client, () => requestItem(client, post)));
      item.append(request);
    }
    return item;
  });
  find("#news ul").replaceChildren(...(items.length ? items : [el("li", { class: "muted" }, "No news.")]));
}

function renderTransactions(rows: Schemas["Transaction"][]): void {
  find("#transactions tbody").replaceChildren(
    ...rows.map((row) =>
      el(
        "tr",
        { "data-transaction-id": row.id, "data-payment": row.payment },
        el("td", {}, when(row.created)),
        el("td", {}, row.productName),
        el("td", {}, row.storeName),
        el("td", { class: "amount" }, String(row.payment)),
        el("td", {}, row.delivered ? "yes" : row.failedToDeliver ? "failed" : "pending"),
      ),
    ),
  );
}

// ---------------------------------------------------------------- loading and actions

async function loadBalances(client: AllomancyClient): Promise<void> {
  renderBalances(await polite(() => ok(client.GET("/v1/customer/account"))));
}

async function loadCards(client: AllomancyClient): Promise<void> {
  const cards = await polite(() =>
    collect(pages((cursor) => client.GET("/v1/customer/giftcards", { params: { query: { cursor } } }))),
  );
  renderCards(client, cards);
}

async function loadNews(client: AllomancyClient): Promise<void> {
  const [posts, unread] = await Promise.all([
    polite(() => collect(pages((cursor) => client.GET("/v1/customer/news", { params: { query: { cursor } } })))),
    polite(() => ok(client.GET("/v1/customer/news/unread"))),
  ]);
  renderNews(client, posts, unread);
}

async function loadTransactions(client: AllomancyClient): Promise<void> {
  const rows = await polite(() =>
    collect(pages((cursor) => client.GET("/v1/customer/transactions", { params: { query: { cursor } } }))),
  );
  renderTransactions(rows);
}

async function redeemCard(client: AllomancyClient, card: Schemas["CustomerGiftCard"]): Promise<string> {
  await polite(() => ok(client.POST("/v1/customer/giftcards/{id}/redeem", { params: { path: { id: card.id } } })));
  await Promise.all([loadBalances(client), loadCards(client)]);
  return `Redeemed: ${lindens(card.credit)} added to your credit at ${storeName(card.storeId)}.`;
}

async function transferCard(client: AllomancyClient, card: Schemas["CustomerGiftCard"], receiver: string): Promise<string> {
  const receiverIdentifier = receiver.trim();
  if (!receiverIdentifier) return "Enter the resident to give the card to.";
  await polite(() =>
    ok(
      client.POST("/v1/customer/giftcards/{id}/transfer", {
        params: { path: { id: card.id } },
        body: { receiverIdentifier },
      }),
    ),
  );
  await loadCards(client);
  return `The ${lindens(card.credit)} card now belongs to ${receiverIdentifier}.`;
}

async function requestItem(client: AllomancyClient, post: Schemas["NewsPost"]): Promise<string> {
  await polite(() => ok(client.POST("/v1/customer/news/{id}/request-item", { params: { path: { id: post.id } } })));
  return `Requested: ${post.item ?? "the item"} is on its way in world.`;
}

/** Run a button's action: its message on success; the API's own explanation when it refuses. */
async function act(client: AllomancyClient, action: () => Promise<string>): Promise<void> {
  try {
    notice(await action());
  } catch (error) {
    if (!fail(error) && error instanceof Error && "detail" in error) notice(`Not done: ${String(error.detail)}`);
  }
}

/** Show a page-wide state for errors that end the session; true when it did. */
function fail(error: unknown): boolean {
  if (error instanceof AuthenticationError) setState("unauthorized", MESSAGES.unauthorized);
  else if (error instanceof ConnectionError) setState("unreachable", MESSAGES.unreachable);
  else if (error instanceof RateLimitError) setState("error", "The store is too busy right now. Please try again later.");
  else return false;
  console.error(error);
  return true;
}

/** The API's origin: the page's meta tag, or ?api=ORIGIN when the page itself runs on a loopback address. */
function apiBase(): string {
  const local = ["127.0.0.1", "localhost", "[::1]"].includes(location.hostname);
  const override = new URLSearchParams(location.search).get("api");
  if (local && override && /^https?:\/\/[^/?#\s]+$/.test(override)) return override;
  return document.querySelector<HTMLMetaElement>('meta[name="allomancy-api"]')?.content || PRODUCTION_BASE_URL;
}

async function main(): Promise<void> {
  const token = takeTokenFromLocation(location, history);
  if (token === null) {
    setState("no-token", MESSAGES["no-token"]);
    return;
  }
  const client = createCustomerClient({ token, baseUrl: apiBase() });
  try {
    const [profile, context] = await Promise.all([
      polite(() => ok(client.GET("/v1/customer/profile"))),
      polite(() => ok(client.GET("/v1/customer/context"))),
    ]);
    storeNames = new Map(context.stores.map((store) => [store.id, store.name]));
    renderHeader(profile, context);
    await Promise.all([loadBalances(client), loadCards(client), loadNews(client), loadTransactions(client)]);
    find<HTMLButtonElement>("#mark-seen").addEventListener("click", () =>
      void act(client, async () => {
        await polite(() => ok(client.POST("/v1/customer/news/seen", { body: { storeId: null } })));
        await loadNews(client);
        return "All news marked as seen.";
      }),
    );
    setState("ready");
  } catch (error) {
    if (!fail(error)) {
      console.error(error);
      setState("error", MESSAGES.error);
    }
  }
}

void main();
