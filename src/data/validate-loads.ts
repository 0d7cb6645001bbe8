/** Checks a practice's own loads for the bucket. Bad ones are left out with a precise reason. */
import type { Load, LoadKind } from './bucket.js';
import { loadKinds } from './vocabulary.js';
import { isContentId, isRecord, type Problem } from './validate.js';

/** At most this many own loads: more buttons than this no longer fit a phone screen. */
export const maxOwnLoads = 12;

export function validateLoads(input: readonly unknown[]): { loads: Load[]; problems: Problem[] } {
  const loads: Load[] = [];
  const problems: Problem[] = [];
  input.forEach((item, i) => {
    if (typeof item === 'string') return; // a load id to start with, checked by the caller
    const errors: string[] = [];
    if (!isRecord(item)) errors.push('must be an object or a load id');
    else {
      if (!isContentId(item.id)) errors.push('id: lowercase letters, digits and dashes');
      if (typeof item.label !== 'string' || !item.label.trim() || item.label.length > 80) errors.push('label: text of at most 80 characters');
      if (!loadKinds.includes(item.kind as LoadKind)) errors.push(`kind: one of ${loadKinds.join(', ')}`);
      if (typeof item.size !== 'number' || !Number.isInteger(item.size) || item.size < 1 || item.size > 100) errors.push('size: a whole number from 1 to 100');
    }
    if (!errors.length && loads.length >= maxOwnLoads) errors.push(`at most ${maxOwnLoads} own loads`);
    if (errors.length || !isRecord(item)) {
      problems.push({ attribute: `loads[${i}]`, value: item, code: 'bad-load', details: errors });
      return;
    }
    loads.push({ id: item.id as string, label: (item.label as string).trim(), kind: item.kind as LoadKind, size: item.size as number });
  });
  return { loads, problems };
}
