/**
 * The per-tag loader behind `dist/cdn/rugwijs.js`: an element's code is fetched only when its tag
 * is in the page, now or later. A page with one exercise card loads the loader, Lit and the card.
 * Tags inside other shadow roots are not seen; import the element's `define` module there.
 *
 * When an element's code does not arrive (a 404, a dropped connection, a blocked origin), each
 * such element shows a short notice with a retry button in its reserved space, one console
 * warning names the tag and the error, the other elements are not affected, and the next time the
 * tag is put in the page (or the button is pressed) the loader tries again. A request that never
 * answers leaves the element in its reserved space, hidden, as while loading.
 */
import { importers } from './generated/registry.js';

/** Tag → its import; `attempt` counts the retries, so an import can ask under a new URL. */
export type Importers = Readonly<Record<string, (attempt?: number) => Promise<unknown>>>;

/** The tag names and where each element's code lives (from src/registry.json). */
export const elements: Importers = importers;

const running = Symbol.for('rugwijs.loader');

/**
 * The notice's words. Lit and the translations come with the element's code, which is what did
 * not arrive, so the sentences live here (the same as `problem.load-failed`, `problem.retry` and
 * `problem.help.*` in xliff/). Dutch for Dutch pages, English for any other language.
 */
const dutch = (el: Element) => /^nl\b|^$/i.test(el.closest('[lang]')?.getAttribute('lang') ?? '');
const words = (el: Element) =>
  dutch(el)
    ? ['Dit onderdeel laadt nu niet. Probeer het later opnieuw.', 'Opnieuw proberen', 'Twijfel je over je klachten? Bel je huisarts.', 'Bij spoed: bel ']
    : ['This part is not loading right now. Please try again later.', 'Try again', 'Worried about your symptoms? Call your GP.', 'In an emergency: call '];

/** An element with its part name and text. */
function made(tag: 'p' | 'button' | 'a', part: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('part', part);
  el.textContent = text;
  return el;
}

let sheet: CSSStyleSheet | undefined;
/** Ours: shadow roots holding a notice, emptied before the element's own code renders there. */
const notices = new WeakSet<ShadowRoot>();

function showFailed(el: Element, retry: () => void): void {
  // The element is not defined, so the shadow root is ours; Lit reuses an open one it finds.
  const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    // Constructed, not inline, so a strict CSP allows it; !important wins over rugwijs.css,
    // which hides elements that are not defined yet.
    sheet.replaceSync(
      ':host{display:block;visibility:visible!important;font:1rem/1.5 var(--rugwijs-font,system-ui,sans-serif);color:var(--rugwijs-text,#1d2433)}p{margin:0 0 .75em;padding:.75em 1em;border-inline-start:4px solid var(--rugwijs-warning,#8a4b00);background:var(--rugwijs-warning-surface,#fff4e0)}button{font:inherit;min-block-size:44px;padding:0 1em}p[part=help]{margin-block:.75em 0;padding:0;border:0;background:none}',
    );
  }
  root.adoptedStyleSheets = [sheet];
  const [text, again, doubt, emergency] = words(el);
  const button = made('button', 'retry', again!) as HTMLButtonElement;
  button.type = 'button';
  button.addEventListener('click', retry);
  root.replaceChildren(made('p', 'notice', text!), button);
  // The warning signs, missing: where to turn meanwhile (as the checklist says when its texts are missing).
  if (el.localName === 'rugwijs-warning-signs') {
    const own = el.getAttribute('emergency-number')?.trim() ?? '';
    const number = dutch(el) || !/^\d{2,4}$/.test(own) ? '112' : own;
    const call = made('a', 'call', emergency + number) as HTMLAnchorElement;
    call.href = `tel:${number}`;
    const help = made('p', 'help', `${doubt} `);
    help.append(call);
    root.append(help);
  }
  notices.add(root);
}

function clearFailed(tag: string, root: Document): void {
  for (const el of root.querySelectorAll(tag)) {
    if (!el.shadowRoot || !notices.has(el.shadowRoot)) continue;
    el.shadowRoot.replaceChildren();
    el.shadowRoot.adoptedStyleSheets = [];
    notices.delete(el.shadowRoot);
  }
}

/**
 * Loads each element the first time its tag appears under `root`, and stops watching once every
 * element is loaded. A second copy of the loader on the page (the script twice, or two versions)
 * leaves the work to the first. `alongside` runs as an element's code is first asked for.
 */
export function startLoader(importers: Importers = elements, root: Document = document, alongside?: (tag: string) => void): void {
  const store = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (store[running]) return;
  store[running] = true;
  const waiting = new Map(Object.entries(importers));
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  const watch = () => observer.observe(root, { childList: true, subtree: true });
  const attempts = new Map<string, number>();
  const load = (tag: string, importer: Importers[string]) => {
    clearFailed(tag, root);
    const attempt = attempts.get(tag) ?? 0;
    attempts.set(tag, attempt + 1);
    if (!attempt) alongside?.(tag);
    importer(attempt).catch((error: unknown) => {
      // WebKit's error does not name the file; the import in the importer's own code does.
      const file = /[\w./-]+\.js/.exec(String(importer))?.[0] ?? 'its code';
      console.warn(`rugwijs: could not load ${file} for <${tag}>: ${String(error)}`);
      // Asked for again when the tag is next put in the page, or by the retry button.
      if (!waiting.size) watch();
      waiting.set(tag, importer);
      const retry = () => {
        if (waiting.delete(tag)) load(tag, importer);
      };
      for (const el of root.querySelectorAll(tag)) if (!customElements.get(tag)) showFailed(el, retry);
    });
  };
  const scan = (node: Element | Document) => {
    for (const [tag, importer] of waiting) {
      if (!(node instanceof Element && node.localName === tag) && !node.querySelector(tag)) continue;
      waiting.delete(tag);
      if (!customElements.get(tag)) load(tag, importer);
    }
    if (!waiting.size) observer.disconnect();
  };
  scan(root);
  if (waiting.size) watch();
}
