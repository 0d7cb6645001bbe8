/**
 * The script-tag entry, `<script type="module" src=".../dist/cdn/rugwijs.js">`: a small loader
 * that defines each element when its tag appears in the page. Lit and @lit/localize come with the
 * first element, bundled, so this copy never collides with a page's own. For one classic script
 * with everything, use dist/cdn/rugwijs.iife.js.
 */
import { startLoader } from './loader.js';

/**
 * Starts fetching an element's texts in the page's language together with its code, rather than
 * once the element is on the page: one round trip less on a phone. The files are those the
 * element asks for (scripts/cdn-text.mjs names them; src/base/localization.ts picks the language
 * the same way), and the browser fetches each module once. A page without `<html lang>` waits for
 * the element, which knows its own `lang`.
 */
function fetchTexts(tag: string): void {
  const lang = document.documentElement.lang.trim().toLowerCase();
  if (!lang) return;
  const base = /^nl(-|$)/.test(lang) ? 'nl' : /^fr(-|$)/.test(lang) ? 'fr' : 'en';
  for (const language of lang === `${base}-be` ? [`${base}-BE`, base] : [base])
    // Not new URL(…, import.meta.url): vite would take that for an asset to bundle.
    import(/* @vite-ignore */ import.meta.url.replace(/[^/?#]*([?#].*)?$/, `chunks/${language}.${tag.slice('rugwijs-'.length)}.js`)).catch(() => undefined);
}

startLoader(undefined, document, fetchTexts);

/** Sets the language of every rugwijs element, for pages that do not set `<html lang>`. */
export async function setLocale(tag: string): Promise<void> {
  const { setLocale: set } = await import('./set-locale.js');
  return set(tag);
}
