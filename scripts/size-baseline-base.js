// Baseline "base": Lit, @lit/localize and the rugwijs base every element shares (base class,
// localization, design tokens, headings). A page with any rugwijs widget already has these.
export { RugwijsElement } from '../src/base/rugwijs-element.ts';
export { heading } from '../src/base/heading.ts';
export { resolveText } from '../src/data/text.ts';
export { msg, str } from '@lit/localize';
