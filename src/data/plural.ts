import { currentLocale } from '../base/localization.js';

/**
 * The sentence for `n` by the active language's own plural rule ("1 minuut", "2 minuten").
 * Both forms are written out in every language, so translators never build a plural by pattern.
 */
export const plural = (n: number, one: string, other: string): string =>
  new Intl.PluralRules(currentLocale()).select(n) === 'one' ? one : other;
