/**
 * The one module that talks to @lit/localize.
 *
 * @lit/localize allows one configuration and one active locale per page, so we configure it lazily,
 * the first time one of our elements connects, and never again. The locale is the page's:
 * `<html lang>` (followed when it changes), or the connecting element's nearest `lang` when the
 * page has none. Apps can call {@link setLocale} themselves.
 *
 * Three things sit on top of @lit/localize's runtime:
 * - Translations per widget: each locale is split into groups (scripts/localize.mjs), and a page
 *   loads only the groups its elements and exercises ask for ({@link needTexts}).
 * - Fallback by base language: nl-BE falls back to nl, fr-BE to fr; never to another language.
 * - The form of address: Dutch and Flemish text exists as "je" (the source) and as "u" (the
 *   pseudo-locales nl-x-u and nl-BE-x-u). An element renders inside {@link withAddress}, and the
 *   templates we give @lit/localize look a message up for the address of the element rendering.
 *   For that the Dutch text is a target locale too ("nl"); the runtime's source is a code no page
 *   uses, so @lit/localize always asks our templates and falls back to the Dutch in the code.
 */
import { configureLocalization } from '@lit/localize';
import { textInCode } from './text-in-code.js';

export type Locale = 'nl' | 'nl-BE' | 'en' | 'fr' | 'fr-BE';
export type Region = 'NL' | 'BE' | 'INT';
export type Address = 'je' | 'u';

/** The locales a page can have; Dutch first, the source of every text. */
export const locales: readonly Locale[] = ['nl', 'nl-BE', 'en', 'fr', 'fr-BE'];
const sourceLocale: Locale = 'nl';
/** @lit/localize's source: the Dutch "je" text in the code. No page has this locale. */
const runtimeSource = 'x-source';

/** Maps a BCP 47 tag to a locale we have: nl-BE → nl-BE, nl-* → nl, fr-BE → fr-BE, fr-* → fr, none → nl, other → en. */
export function matchLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === '') return sourceLocale;
  if (lower === 'nl-be') return 'nl-BE';
  if (lower === 'nl' || lower.startsWith('nl-')) return 'nl';
  if (lower === 'fr-be') return 'fr-BE';
  if (lower === 'fr' || lower.startsWith('fr-')) return 'fr';
  return 'en';
}

/** The region whose numbers and services a locale implies: its region subtag. */
export function regionOfLocale(locale: Locale): Region {
  if (locale === 'nl-BE' || locale === 'fr-BE') return 'BE';
  if (locale === 'nl') return 'NL';
  return 'INT';
}

// Translations per widget ----------------------------------------------------------------------

/** Tags and group names asked for so far (a tag stands for its element's groups). */
const wanted = new Set<string>(['contact']);
/** Whether an element on the page speaks to the reader as "u": only then the u-forms load. */
let formalWanted = false;
/** The loader and lookup of translations: only a page that needs one (not Dutch in the je-form) fetches it. */
let translations: typeof import('./translations.js') | undefined;

/**
 * Loads the texts of `keys` in `locale`; rejects when one of their files did not arrive. A locale
 * loads what was wanted when it was asked for (a copy: what is asked for later loads on its own,
 * so one file that never answers cannot hold up the locale).
 */
async function loadTranslations(locale: Locale, keys: Iterable<string> = [...wanted]): Promise<void> {
  if (textInCode && locale === sourceLocale && !formalWanted) return; // the Dutch in the code is all it needs
  translations ??= await import('./translations.js');
  await translations.loadGroups(locale, keys, formalWanted);
}

/**
 * Whether a locale has been set. Until then there is no other locale to keep, so one is set even
 * when some texts did not arrive, and each element whose texts are missing says so (needTexts).
 */
const hasLocale = (): boolean => state.kind === 'ours' && state.getLocale() !== runtimeSource;

// The form of address of the element rendering now --------------------------------------------

let renderAddress: Address = 'je';

/** Runs `render` with the messages in this form of address (an element's update is synchronous). */
export function withAddress<T>(address: Address, render: () => T): T {
  const outer = renderAddress;
  renderAddress = address;
  try {
    return render();
  } finally {
    renderAddress = outer;
  }
}

/** The page's form of address: `<html data-rugwijs-address="u">`, else "je". */
export function pageAddress(): Address {
  const value = typeof document === 'undefined' ? '' : document.documentElement.dataset.rugwijsAddress?.trim().toLowerCase();
  return value === 'u' ? 'u' : 'je';
}

/**
 * What @lit/localize looks messages up in, for every locale: the translations of the active locale
 * for the address of the element rendering now; nothing (the Dutch in the code) until they are here.
 */
const templates = new Proxy({} as Record<string, unknown>, {
  get: (_target, id) => (typeof id === 'string' ? translations?.lookup(currentLocale(), id, renderAddress) : undefined),
});

// @lit/localize ---------------------------------------------------------------------------------

type State =
  | { kind: 'idle' }
  | { kind: 'ours'; setLocale: (locale: string) => Promise<void>; getLocale: () => string }
  | { kind: 'foreign' };

let state: State = { kind: 'idle' };
let explicit = false;
/** The locale being set, done (never rejects): texts asked for after it load in that locale. */
let localeSet: Promise<void> = Promise.resolve();

function configure(): State {
  if (state.kind !== 'idle') return state;
  try {
    const { setLocale: set, getLocale } = configureLocalization({
      sourceLocale: runtimeSource,
      targetLocales: locales,
      loadLocale: (locale) => {
        const tolerant = !hasLocale();
        return loadTranslations(locale as Locale)
          .catch((error: unknown) => {
            if (!tolerant) throw error; // a later switch keeps the locale it had, whole
          })
          .then(() => ({ templates: templates as never }));
      },
    });
    state = { kind: 'ours', setLocale: set, getLocale };
    followDocument();
  } catch {
    // The host page configured @lit/localize for its own app. A second configuration throws,
    // so we keep the source locale rather than break the page. Only the npm package can meet
    // this (the script-tag build carries its own copy): there the warning is left out.
    state = { kind: 'foreign' };
    if (textInCode) console.warn(
      'rugwijs: this page already configured @lit/localize for its own app; rugwijs elements stay in Dutch (nl). Use the rugwijs CDN bundle, which carries its own copy, to get other languages.',
    );
  }
  return state;
}

/** Sets the locale; `localeSet` says when it is done (or kept the old one). */
function apply(locale: Locale): void {
  const current = configure();
  if (current.kind !== 'ours') return;
  // A file that failed before is asked for again with a new locale.
  retryTexts();
  // Always ask @lit/localize: it compares with the locale still loading, not only the active one.
  // Skipping when `locale` is the active locale let nl → en → nl end in English.
  localeSet = current.setLocale(locale).catch(async (error: unknown) => {
    console.warn(`rugwijs: could not load the "${locale}" texts.`, error);
    // @lit/localize keeps the failed locale as the one loading and would answer the next switch to
    // it with this failure: setting the active one again clears that (its texts are all here).
    const active = current.getLocale();
    if (active !== runtimeSource) await current.setLocale(active).catch(() => undefined);
  });
}

/**
 * Has every localized element render again, with what @lit/localize sends when a locale is ready.
 * On the server (no window) each render is one pass anyway.
 */
function renderAgain(): void {
  if (typeof window === 'undefined') return;
  window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: currentLocale() } }));
}

/** Registers texts to load with every locale the page gets, from the first on. */
export function wantTexts(keys: readonly string[]): void {
  for (const key of keys) wanted.add(key);
}

/**
 * Asks for the texts of these keys (an element's tag for its texts, an exercise's group), in the
 * active locale and in every locale the page switches to later. Resolves when they are here;
 * rejects when one of their files did not arrive (after {@link retryTexts}, asking again tries again).
 */
export function needTexts(keys: readonly string[]): Promise<void> {
  const fresh = keys.filter((key) => !wanted.has(key));
  wantTexts(keys);
  // Not configured yet: the first element's connect loads them with the page's locale.
  if (state.kind !== 'ours') return Promise.resolve();
  // After the locale being set (not after other texts: one slow file must not hold up the rest).
  // The caller reports a failure (the element's notice and warning).
  return localeSet.then(async () => {
    await loadTranslations(currentLocale(), keys);
    if (fresh.length) renderAgain();
  });
}

/** Texts that did not arrive are fetched again the next time they are asked for. */
export function retryTexts(): void {
  translations?.forgetFailed();
}

/** An element speaks to the reader as "u": the u-forms of the wanted texts load from now on. */
export function needFormalAddress(): Promise<void> {
  formalWanted = true;
  // One load for every element that asks; a failed one is asked for again.
  formalLoad ??= needTexts([...wanted]).then(renderAgain, (error: unknown) => {
    formalLoad = undefined;
    throw error;
  });
  return formalLoad;
}
let formalLoad: Promise<void> | undefined;

function followDocument(): void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  new MutationObserver(() => {
    const lang = document.documentElement.lang;
    if (!explicit && lang) apply(matchLocale(lang));
    // An element that waits for the u-forms reports a failure; here nobody waits.
    if (pageAddress() === 'u') void needFormalAddress().then(renderAgain, () => undefined);
    else renderAgain();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'data-rugwijs-address'] });
}

/**
 * Called by every element when it connects. The first call configures localization with the
 * page's language, or the element's nearest `lang` when the page has none.
 */
export function connectLocalization(element: Element): Promise<void> {
  if (state.kind !== 'idle') return localeSet;
  configure();
  if (pageAddress() === 'u') formalWanted = true;
  if (explicit) return localeSet;
  const pageLang = document.documentElement.lang;
  const lang = pageLang || element.closest('[lang]')?.getAttribute('lang');
  apply(matchLocale(lang));
  return localeSet;
}

/**
 * Switches every rugwijs element on the page to a locale. After this call the page's `lang` is
 * no longer followed. Resolves when the texts are loaded and the elements asked to re-render.
 */
export function setLocale(tag: string): Promise<void> {
  explicit = true;
  apply(matchLocale(tag));
  return localeSet; // the warning names what did not load
}

/** The active locale: what the elements show now. */
export function currentLocale(): Locale {
  if (state.kind !== 'ours') return sourceLocale;
  const active = state.getLocale();
  return active === runtimeSource ? sourceLocale : (active as Locale);
}

/** Resolves when a locale that is being loaded has arrived. */
export function localeReady(): Promise<void> {
  return localeSet;
}
