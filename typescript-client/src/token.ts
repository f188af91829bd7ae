/** The fragment key under which a minted customer-page URL carries its token: `https://<origin>/#ct=<token>`. */
export const TOKEN_FRAGMENT_KEY = "ct";

/**
 * The customer token in a URL fragment (`#ct=...`, possibly among other `key=value` pairs), or null.
 * The fragment never reaches a server, which is why the token travels there.
 */
export function tokenFromFragment(hash: string): string | null {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  const token = new URLSearchParams(fragment).get(TOKEN_FRAGMENT_KEY);
  return token === null || token.trim() === "" ? null : token;
}

/**
 * Read the token from a location's fragment and, unless `keep` is set, remove the fragment from the address bar
 * (and so from the history and from what a user might copy), leaving path and query as they were.
 */
export function takeTokenFromLocation(
  location: Pick<Location, "hash" | "pathname" | "search">,
  history?: Pick<History, "replaceState">,
  keep = false,
): string | null {
  const token = tokenFromFragment(location.hash);
  if (token !== null && !keep && history !== undefined) {
    history.replaceState(null, "", location.pathname + location.search);
  }
  return token;
}
