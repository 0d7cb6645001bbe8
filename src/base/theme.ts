/**
 * Light or dark colours. By default a widget follows the page it sits in, not the phone: a
 * practice's white page on a phone in dark mode keeps light widgets, and a page that declares
 * `color-scheme: dark` or `light dark` gets dark widgets where that page is dark. The tokens pick
 * their colour with `light-dark()`, which reads the `color-scheme` the host inherits from the page;
 * the `theme` attribute only sets the host's own `color-scheme` (the `:host([theme])` rules in tokens.ts):
 *
 * - `light`: always light; `dark`: always dark;
 * - `auto`: follows the phone's setting (`prefers-color-scheme`), whatever the page says.
 *
 * `isTheme` accepts any letter case, as the `:host([theme=… i])` rules do; data/validate.ts
 * reports anything else as a bad `theme`, and the widget then keeps following the page.
 */
export const isTheme = (value: string): boolean => /^(light|dark|auto)$/i.test(value);
