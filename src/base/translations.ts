/**
 * The translations of a page that is not Dutch in the je-form (src/base/localization.ts loads
 * this module only then): each locale split into groups, loaded as elements and exercises ask for
 * them, and looked up with the fallback by base language and the form of address.
 */
import type { Address, Locale } from './localization.js';

/** Where a message is looked up, in order, for a locale and a form of address; then the Dutch in the code. */
export function lookupOrder(locale: Locale, address: Address): readonly string[] {
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

/** The loaded strings of each translation (en, fr, nl-x-u, ...), merged group by group. */
const strings: Record<string, Record<string, unknown>> = {};
const loadedGroups: Record<string, Map<string, Promise<void>>> = {};

/** Where each translation's groups live: literal imports, one chunk per translation and group. */
const groupModule = () => import('../generated/locale-loaders.js');

/** Loads the wanted groups (tags stand for their element's groups) of what `locale` looks up. */
export async function loadGroups(locale: Locale, wanted: Iterable<string>, formal: boolean): Promise<void> {
  const needed = new Set(lookupOrder(locale, 'je'));
  if (formal) for (const t of lookupOrder(locale, 'u')) needed.add(t);
  if (!needed.size) return;
  const { groupLoaders, elementGroups } = await groupModule();
  const groups = [...wanted].flatMap((key) => elementGroups[key] ?? [key]);
  const loads = [...needed].flatMap((translation) => {
    const into = (strings[translation] ??= {});
    const done = (loadedGroups[translation] ??= new Map());
    return groups.map((group) => {
      const loader = groupLoaders[translation]?.[group];
      if (!loader) return Promise.resolve(); // nothing in this group differs: the fallback stands
      if (!done.has(group)) {
        const load = loader().then((mod) => void Object.assign(into, mod.templates));
        // A failed load is tried again next time; meanwhile the fallback stands.
        done.set(group, load.catch((error: unknown) => {
          done.delete(group);
          throw error;
        }));
      }
      return done.get(group)!;
    });
  });
  await Promise.all(loads);
}

/** A message in `locale` for this form of address, or undefined: then the Dutch in the code. */
export function lookup(locale: Locale, id: string, address: Address): unknown {
  for (const translation of lookupOrder(locale, address)) {
    const found = strings[translation]?.[id];
    if (found) return found;
  }
  return undefined;
}
