/**
 * The closed lists a practice's own data is checked against. They live apart from the content so
 * that the validators, which load on demand, and the elements share them through the script-tag
 * build's core: the element's own chunk then exports only the element, and needs no module
 * namespace object (nor the bundler's runtime helper for it) when the loader imports it.
 */
import type { Level, SignGroup } from './warning-signs.js';
import type { LoadKind } from './bucket.js';

/** Warning-sign levels, from highest to lowest. */
export const levels: readonly Level[] = ['emergency', 'urgent', 'soon', 'review', 'none'];

export const groups: readonly SignGroup[] = ['bladder', 'legs', 'general', 'pain', 'accident', 'early'];

export const loadKinds: readonly LoadKind[] = ['physical', 'life', 'sleep', 'mind'];
