/**
 * The script-tag entry, `<script type="module" src=".../dist/cdn/rugwijs.js">`: a small loader
 * that defines each element when its tag appears in the page. Lit and @lit/localize come with the
 * first element, bundled, so this copy never collides with a page's own. For one classic script
 * with everything, use dist/cdn/rugwijs.iife.js.
 */
import { startLoader } from './loader.js';

startLoader();

/** Sets the language of every rugwijs element, for pages that do not set `<html lang>`. */
export async function setLocale(tag: string): Promise<void> {
  const { setLocale: set } = await import('./set-locale.js');
  return set(tag);
}
