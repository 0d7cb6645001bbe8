import { VERSION } from './version.js';

const versionWarnings = Symbol.for('rugwijs.version-warnings');

/**
 * Registers `element` under `tag` unless that tag is already taken, so loading the script twice,
 * or two copies of the library, never throws. Warns once per page when the copy that won has
 * another version.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server rendering, Node tests of data
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element || existing.version === VERSION) return;
  const store = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const warned = (store[versionWarnings] ??= new Set());
  const key = `${existing.version}|${VERSION}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `rugwijs: <${tag}> is already defined by rugwijs ${existing.version ?? '(unknown version)'}; this copy (${VERSION}) is not used. Load rugwijs once per page.`,
  );
}
