// Small DOM helpers: every value reaches the page as text (never as HTML).

type Attributes = Record<string, string | number | boolean | null | undefined>;

/** An element with attributes (`data-*` included) and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...children);
  return node;
}

/** The first element matching `selector`, or an error naming it (the page's HTML and code disagree). */
export function find<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`the page has no ${selector}`);
  return found;
}

/** A date-time as `YYYY-MM-DD HH:MM UTC` (the same on every machine). */
export function when(value: string): string {
  return `${new Date(value).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** An amount of Linden dollars. */
export function lindens(amount: number): string {
  return `L$ ${amount.toLocaleString("en-US")}`;
}
