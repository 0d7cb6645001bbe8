/**
 * `setLocale` on its own, for the script-tag entry (cdn.ts) to import when a page calls it: a
 * module of its own becomes a chunk of its own, so the entry gets the function without the core
 * chunk having to build a namespace object of localization.ts (and ship the bundler's helper
 * for it on every page).
 */
export { setLocale } from './base/localization.js';
