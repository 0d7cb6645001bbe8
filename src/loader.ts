/**
 * The per-tag loader behind `dist/cdn/rugwijs.js`: an element's code is fetched only when its tag
 * is in the page, now or later. A page with one exercise card loads the loader, Lit and the card.
 * Tags inside other shadow roots are not seen; import the element's `define` module there.
 */
import { importers } from './generated/registry.js';

export type Importers = Readonly<Record<string, () => Promise<unknown>>>;

/** The tag names and where each element's code lives (from src/registry.json). */
export const elements: Importers = importers;

const running = Symbol.for('rugwijs.loader');

/**
 * Loads each element the first time its tag appears under `root`, and stops watching once every
 * element is loaded. A second copy of the loader on the page (the script twice, or two versions)
 * leaves the work to the first.
 */
export function startLoader(importers: Importers = elements, root: Document = document): void {
  const store = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (store[running]) return;
  store[running] = true;
  const waiting = new Map(Object.entries(importers));
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  const scan = (node: Element | Document) => {
    for (const [tag, load] of waiting) {
      if (!(node instanceof Element && node.localName === tag) && !node.querySelector(tag)) continue;
      waiting.delete(tag);
      if (!customElements.get(tag)) load().catch((error: unknown) => console.warn(`rugwijs: could not load <${tag}>: ${String(error)}`));
    }
    if (!waiting.size) observer.disconnect();
  };
  scan(root);
  if (waiting.size) observer.observe(root, { childList: true, subtree: true });
}
