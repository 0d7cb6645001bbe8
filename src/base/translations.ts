/**
 * The translations of a page that is not Dutch in the je-form (src/base/localization.ts loads
 * this module only then): each locale split into groups, loaded as elements and exercises ask for
 * them, and looked up with the fallback by base language and the form of address.
 */
import type { Address, Locale } from './localization.js';
import { textInCode } from './text-in-code.js';

/**
 * Where a message is looked up, in order, for a locale and a form of address. A Dutch or Flemish
 * text ends at the Dutch "je" text: in the code, or where the build took it out, the "nl" modules.
 */
export function lookupOrder(locale: Locale, address: Address): readonly string[] {
  const order = translationsOf(locale, address);
  return textInCode || !locale.startsWith('nl') ? order : [...order, 'nl'];
}

function translationsOf(locale: Locale, address: Address): readonly string[] {
  switch (locale) {
    case 'nl':
      return address === 'u' ? ['nl-x-u'] : [];
    case 'nl-BE':
      // The Flemish u-form, else the Dutch u-form, else the Flemish je-form of a text without address.
      return address === 'u' ? ['nl-BE-x-u', 'nl-x-u', 'nl-BE'] : ['nl-BE'];
    case 'fr-BE':
      return ['fr-BE', 'fr'];
    default:
      return [locale];
  }
}

/** The loaded strings of each translation (en, fr, nl-x-u, ...), merged module by module. */
const strings: Record<string, Record<string, unknown>> = {};
/** Each text module asked for, by name: loading, loaded or failed. */
const loaded = new Map<string, Promise<void>>();
/** The names of those that did not arrive: asked for again after {@link forgetFailed}. */
const failed = new Set<string>();

/** Where the text modules live (generated: literal imports in the package, names in the script-tag build). */
const textModules = () => import('../generated/locale-loaders.js');

/**
 * Loads the texts `keys` name (element tags, groups) in every translation `locale` looks up.
 * Rejects when one of their files did not arrive; the others still load.
 */
export async function loadGroups(locale: Locale, keys: Iterable<string>, formal: boolean): Promise<void> {
  const needed = new Set(lookupOrder(locale, 'je'));
  if (formal) for (const t of lookupOrder(locale, 'u')) needed.add(t);
  if (!needed.size) return;
  const { textFiles } = await textModules();
  const names = [...keys];
  const loads = [...needed].flatMap((translation) =>
    names.flatMap((key) =>
      // None: nothing there differs from the fallback.
      textFiles(translation, key).map(([name, load]) => {
        if (!loaded.has(name)) {
          const into = (strings[translation] ??= {});
          const loading = load().then(
            (mod) => void Object.assign(into, mod.templates),
            (error: unknown) => {
              failed.add(name);
              // Named here: WebKit's import error does not say which file.
              throw new Error(`${name}.js did not load (${String(error)})`);
            },
          );
          loading.catch(() => undefined); // reported by whoever waits for it
          loaded.set(name, loading);
        }
        return loaded.get(name)!;
      }),
    ),
  );
  await Promise.all(loads);
}

/** The files that did not arrive are fetched again when next asked for. */
export function forgetFailed(): void {
  for (const name of failed) loaded.delete(name);
  failed.clear();
}

/** A message in `locale` for this form of address, or undefined: then the text in the code. */
export function lookup(locale: Locale, id: string, address: Address): unknown {
  for (const translation of lookupOrder(locale, address)) {
    const found = strings[translation]?.[id];
    if (found) return found;
  }
  return undefined;
}
