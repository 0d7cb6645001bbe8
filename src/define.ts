/**
 * Registers every rugwijs element. Safe to import more than once, or next to another copy.
 * Exports only the element classes and setLocale; content and logic come from the package root.
 * The list of elements is src/registry.json.
 */
export * from './generated/define-all.js';
export { setLocale } from './base/localization.js';
