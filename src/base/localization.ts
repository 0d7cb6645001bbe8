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

/** Where each locale's groups live: only a page in another language than Dutch fetches this map. */
const groupModule = () => import('../generated/locale-loaders.js');

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export type Region = 'NL' | 'BE' | 'INT';

/**
 * Translations per widget: each locale is split into groups (scripts/localize.mjs), and a page
 * loads only the groups its elements and exercises ask for (`needTexts`). @lit/localize keeps
 * the templates object it was given, so groups that arrive later are merged into the same
 * object and the elements asked to render again.
 */
const wanted = new Set<string>(['contact']);
const templates: Record<string, Record<string, unknown>> = {};
const loadedGroups: Record<string, Map<string, Promise<void>>> = {};

async function loadGroups(locale: string, groups: Iterable<string>): Promise<Record<string, unknown>> {
  const into = (templates[locale] ??= {});
  const done = (loadedGroups[locale] ??= new Map());
  const { groupLoaders, elementGroups } = await groupModule();
  const available = groupLoaders[locale] ?? {};
  // A tag name stands for its element's groups.
  const loads = [...groups].flatMap((key) => elementGroups[key] ?? [key]).map((group) => {
    const loader = available[group];
    if (!loader) return Promise.resolve(); // nothing translated in this group: the Dutch source stands
    if (!done.has(group)) {
      const load = loader().then((mod) => void Object.assign(into, mod.templates));
      // A failed load is tried again next time; meanwhile the Dutch source stands.
      done.set(group, load.catch((error: unknown) => {
        done.delete(group);
        throw error;
      }));
    }
    return done.get(group)!;
  });
  await Promise.all(loads);
  return into;
}

/**
 * Asks for the translations of these groups (an element's tag for its texts, an exercise's group), in the active
 * locale and in every locale the page switches to later. Resolves when they are here.
 */
export function needTexts(groups: readonly string[]): Promise<void> {
  const fresh = groups.filter((group) => !wanted.has(group));
  if (!fresh.length) return pending;
  for (const group of fresh) wanted.add(group);
  if (state.kind !== 'ours') return pending;
  pending = pending
    .then(async () => {
      const locale = currentLocale();
      if (locale === sourceLocale) return;
      await loadGroups(locale, fresh);
      // What @lit/localize sends when a locale is ready: every localized element renders again.
      window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: locale } }));
    })
    .catch((error: unknown) => console.warn('rugwijs: could not load some texts; showing Dutch.', error));
  return pending;
}

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
      loadLocale: (locale) => loadGroups(locale, wanted).then((loaded) => ({ templates: loaded as never })),
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
