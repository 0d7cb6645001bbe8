import type { Problem } from '../data/validate.js';

/**
 * Light or dark colours. By default a widget follows the page it sits in, not the phone: a
 * practice's white page on a phone in dark mode keeps light widgets, and a page that declares
 * `color-scheme: dark` or `light dark` gets dark widgets where that page is dark. The tokens pick
 * their colour with `light-dark()`, which reads the `color-scheme` the host inherits from the page;
 * the `theme` attribute only sets the host's own `color-scheme` (the `:host([theme])` rules in tokens.ts):
 *
 * - `light`: always light; `dark`: always dark;
 * - `auto`: follows the phone's setting (`prefers-color-scheme`), whatever the page says.
 */
export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

/** `light`, `dark` or `auto`, in any letter case; anything else is not a theme. */
export function parseTheme(value: string): Theme | undefined {
  const lower = value.toLowerCase();
  return themes.find((t) => t === lower);
}

/** The problem with a `theme` value, if any. Empty means "follow the page". */
export function themeProblems(value: string): Problem[] {
  return value && !parseTheme(value) ? [{ attribute: 'theme', value, code: 'bad-value', details: ['use light, dark or auto'] }] : [];
}
