import type { Text } from './types.js';

/** Built-in text is a function (looked up in the active locale now); a practice's is a string. */
export function resolveText(text: Text): string {
  return typeof text === 'function' ? text() : text;
}
