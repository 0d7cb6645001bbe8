/**
 * The one module that talks to @lit/localize.
 *
 * @lit/localize allows one configuration and one active locale per page, so we configure it lazily,
 * the first time one of our elements connects, and never again. The locale is the page's:
 * `<html lang>` (followed when it changes), or the connecting element's nearest `lang` when the
 * page has none. Apps can call {@link setLocale} themselves.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export type Region = 'NL' | 'BE' | 'INT';

// A literal map: bundlers and the test server can only follow import() with a literal path.
const loaders: Record<Exclude<Locale, 'nl'>, () => Promise<any>> = {
  en: () => import('../generated/locales/en.js'),
  'nl-BE': () => import('../generated/locales/nl-BE.js'),
};

/** Maps a BCP 47 tag to a locale we have: nl-BE → nl-BE, nl-* → nl, en-* → en, none → nl, other → en. */
export function matchLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === '') return sourceLocale;
  if (lower === 'nl-be') return 'nl-BE';
  if (lower === 'nl' || lower.startsWith('nl-')) return 'nl';
  return 'en';
}

/** The region whose numbers and services a locale implies. */
export function regionOfLocale(locale: Locale): Region {
  if (locale === 'nl-BE') return 'BE';
  if (locale === 'nl') return 'NL';
  return 'INT';
}

type State =
  | { kind: 'idle' }
  | { kind: 'ours'; setLocale: (locale: string) => Promise<void>; getLocale: () => string }
  | { kind: 'foreign' };

let state: State = { kind: 'idle' };
let explicit = false;
let pending: Promise<void> = Promise.resolve();

function configure(): State {
  if (state.kind !== 'idle') return state;
  try {
    const { setLocale: set, getLocale } = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as Exclude<Locale, 'nl'>](),
    });
    state = { kind: 'ours', setLocale: set, getLocale };
    followDocumentLang();
  } catch {
    // The host page configured @lit/localize for its own app. A second configuration throws,
    // so we keep the source locale rather than break the page.
    state = { kind: 'foreign' };
    console.warn(
      'rugwijs: this page already configured @lit/localize for its own app; rugwijs elements stay in Dutch (nl). Use the rugwijs CDN bundle, which carries its own copy, to get other languages.',
    );
  }
  return state;
}

function apply(locale: Locale): Promise<void> {
  const current = configure();
  if (current.kind !== 'ours') return pending;
  // Always ask @lit/localize: it compares with the locale still loading, not only the active one.
  // Skipping when `locale` is the active locale let nl → en → nl end in English.
  pending = current.setLocale(locale).catch((error: unknown) => {
    console.warn(`rugwijs: could not load the "${locale}" texts; showing Dutch.`, error);
  });
  return pending;
}

function followDocumentLang(): void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  new MutationObserver(() => {
    const lang = document.documentElement.lang;
    if (!explicit && lang) void apply(matchLocale(lang));
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Called by every element when it connects. The first call configures localization with the
 * page's language, or the element's nearest `lang` when the page has none.
 */
export function connectLocalization(element: Element): void {
  if (state.kind !== 'idle') return;
  configure();
  if (explicit) return;
  const pageLang = document.documentElement.lang;
  const lang = pageLang || element.closest('[lang]')?.getAttribute('lang');
  void apply(matchLocale(lang));
}

/**
 * Switches every rugwijs element on the page to a locale. After this call the page's `lang` is
 * no longer followed. Resolves when the texts are loaded and the elements asked to re-render.
 */
export function setLocale(tag: string): Promise<void> {
  explicit = true;
  return apply(matchLocale(tag));
}

/** The active locale: what the elements show now. */
export function currentLocale(): Locale {
  return state.kind === 'ours' ? (state.getLocale() as Locale) : sourceLocale;
}

/** Resolves when a locale that is being loaded has arrived. */
export function localeReady(): Promise<void> {
  return pending;
}
