/**
 * `renderToString(html, {lang, address})` (rugwijs/ssr, and `npx rugwijs render`): a page's HTML
 * with each rugwijs widget's content written into it as declarative shadow DOM, so search engines
 * and readers without JavaScript get the text, and the browser shows it before any script runs.
 * On the client the elements hydrate (see README "Server rendering") and keep that content.
 *
 * Node only. It finds the rugwijs tags in the string (the rest of the page is passed through
 * untouched) and renders each with @lit-labs/ssr. The guide draws into its own light DOM, which
 * @lit-labs/ssr renders through the guide's `renderLight()`.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderLight } from '@lit-labs/ssr-client/directives/render-light.js';
import { html } from 'lit';
import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { templates as en } from './generated/locales/en.js';
import { templates as nlBE } from './generated/locales/nl-BE.js';
import { matchLocale, regionOfLocale, type Locale } from './base/localization.js';
import { importers, tags } from './generated/registry.js';
import { guideStyles } from './components/guide/guide.styles.js';
import { prerenderedMark, RugwijsGuide } from './components/guide/guide.js';
import { sections } from './data/guide.js';

export interface RenderOptions {
  /** The language to render in (`nl`, `nl-BE`, `en`, ...). Default: the page's `<html lang>`, else `nl`. */
  lang?: string;
  /** The form of address, set as `address` on every widget that has none. */
  address?: string;
}

/**
 * @lit/localize keeps one locale per page; a server renders many pages. Reentrant localization asks
 * for the locale at every msg() call, and renders run one at a time, so each render's locale is
 * the one in force while it runs.
 */
let locale: Locale = sourceLocale;
let configured = false;
let queue: Promise<unknown> = Promise.resolve();

function configure(): void {
  if (configured) return;
  configured = true;
  // A missing Flemish string falls back to the Dutch source, as in the browser.
  const translations: Record<string, LocaleModule['templates']> = { en, 'nl-BE': nlBE };
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: () => locale,
    loadLocaleSync: (l) => ({ templates: translations[l] ?? {} }),
  });
}

/** The guide has no shadow root: its content is its light DOM, rendered through renderLight(). */
class GuideRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor === RugwijsGuide || ctor.prototype instanceof RugwijsGuide;
  }
  override renderShadow(): undefined {
    return undefined;
  }
}
const elementRenderers = [GuideRenderer, LitElementRenderer];

const sectionWidgetWaits = new RegExp(`(<(?:${sections.flatMap((x) => x.tag ?? []).join('|')})\\b[^>]*?) defer-hydration(?=[\\s>])`, 'g');

/** `<rugwijs-x ...>` … its matching `</rugwijs-x>`: start, end, tag, attributes and content. */
interface Found {
  start: number;
  end: number;
  tag: string;
  attributes: string;
  inner: string;
}

const known = new Set<string>(tags);
const openTag = /<(rugwijs-[a-z-]+)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/gi;

/** The outermost rugwijs elements in `page`, in order (a widget inside another is the outer's). */
function findWidgets(page: string): Found[] {
  const found: Found[] = [];
  openTag.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = openTag.exec(page))) {
    const tag = match[1]!.toLowerCase();
    if (!known.has(tag)) continue;
    const start = match.index;
    const contentStart = openTag.lastIndex;
    // The matching close tag, counting the same tag opened inside.
    const same = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
    same.lastIndex = contentStart;
    let depth = 1;
    let close: RegExpExecArray | null = null;
    while (depth && (close = same.exec(page))) depth += close[1] ? -1 : 1;
    const contentEnd = close && !depth ? close.index : contentStart;
    const end = close && !depth ? same.lastIndex : contentStart;
    found.push({ start, end, tag, attributes: match[2] ?? '', inner: page.slice(contentStart, contentEnd) });
    openTag.lastIndex = end;
  }
  return found;
}

const hasAttribute = (attributes: string, name: string) => new RegExp(`(^|\\s)${name}(\\s*=|\\s|$)`, 'i').test(attributes);

/** A template from markup that is not a template literal: Lit accepts any frozen array with `raw`. */
function template(strings: string[], ...values: unknown[]) {
  const array = Object.freeze(Object.assign([...strings], { raw: Object.freeze([...strings]) })) as unknown as TemplateStringsArray;
  return html(array, ...values);
}

async function renderWidget(widget: Found, lang: Locale, options: RenderOptions): Promise<string> {
  let attributes = widget.attributes;
  // The region follows the language on the client too; written out here, the server's numbers match.
  if (lang !== sourceLocale && !hasAttribute(attributes, 'region')) attributes += ` region="${regionOfLocale(lang)}"`;
  if (options.address && !hasAttribute(attributes, 'address')) attributes += ` address="${options.address.replace(/[^a-z-]/gi, '')}"`;
  if (widget.tag === 'rugwijs-guide') {
    const practice = widget.inner.trim();
    const open = `<rugwijs-guide${attributes} ${prerenderedMark}${practice ? ' data-rugwijs-practice' : ''}>`;
    const out = await collectResult(render(template([open, '</rugwijs-guide>'], renderLight()), { elementRenderers }));
    // The guide's rules, for readers without JavaScript; the guide adopts the same rules when it runs.
    // @lit-labs/ssr marks elements inside another element as waiting for their parent's
    // hydration; the guide does not hydrate (it keeps this markup), so its widgets hydrate alone.
    const own = out.replace(sectionWidgetWaits, '$1');
    return `<style>${guideStyles.cssText}</style>${own.replace('<!--rugwijs-practice-->', practice)}`;
  }
  return collectResult(render(template([`<${widget.tag}${attributes}>${widget.inner}</${widget.tag}>`])));
}

/**
 * Returns `page` with every rugwijs widget's content prerendered as declarative shadow DOM (and
 * the guide's sections in its light DOM). Text outside the widgets is left exactly as it was.
 */
export function renderToString(page: string, options: RenderOptions = {}): Promise<string> {
  const run = queue.then(async () => {
    configure();
    // Every element registered, through the loader's own imports (in Node they run at once): the
    // npm build of rugwijs/define loses its define() calls today (rolldown keeps only the re-exported classes).
    await Promise.all(Object.entries(importers).map(([tag, load]) => customElements.get(tag) ?? load()));
    const pageLang = /<html[^>]*\slang\s*=\s*["']?([A-Za-z-]+)/i.exec(page)?.[1];
    locale = matchLocale(options.lang ?? pageLang);
    try {
      let out = '';
      let at = 0;
      for (const widget of findWidgets(page)) {
        out += page.slice(at, widget.start) + (await renderWidget(widget, locale, options));
        at = widget.end;
      }
      return out + page.slice(at);
    } finally {
      locale = sourceLocale;
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
