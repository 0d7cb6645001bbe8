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
/** Each text module asked for, by name: loading or loaded. */
const loaded = new Map<string, Promise<void>>();

/** Where the text modules live (generated: literal imports in the package, names in the script-tag build). */
const textModules = () => import('../generated/locale-loaders.js');

/** Loads the texts `wanted` names (element tags, groups) in every translation `locale` looks up. */
export async function loadGroups(locale: Locale, wanted: Iterable<string>, formal: boolean): Promise<void> {
  const needed = new Set(lookupOrder(locale, 'je'));
  if (formal) for (const t of lookupOrder(locale, 'u')) needed.add(t);
  if (!needed.size) return;
  const { textFiles } = await textModules();
  const keys = [...wanted];
  const loads = [...needed].flatMap((translation) =>
    keys.flatMap((key) =>
      // None: nothing there differs from the fallback.
      textFiles(translation, key).map(([name, load]) => {
        if (!loaded.has(name)) {
          const into = (strings[translation] ??= {});
          // A failed load is tried again next time; meanwhile the fallback stands.
          loaded.set(name, load().then((mod) => void Object.assign(into, mod.templates), (error: unknown) => {
            loaded.delete(name);
            throw error;
          }));
        }
        return loaded.get(name)!;
      }),
    ),
  );
  await Promise.all(loads);
}

/** A message in `locale` for this form of address, or undefined: then the text in the code. */
export function lookup(locale: Locale, id: string, address: Address): unknown {
  for (const translation of lookupOrder(locale, address)) {
    const found = strings[translation]?.[id];
    if (found) return found;
  }
  return undefined;
}
