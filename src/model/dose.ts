/**
 * A card's dose: the exercise's own dose with the practice's dose attributes laid over it. Pure,
 * so every rule (bad values, ranges that a new minimum cuts off) is a row in a table test.
 */
import type { Dose } from '../data/types.js';
import { doseLimits, parseCount, type Problem } from '../data/validate.js';

/** Dose properties a practice may set on a card, with their attribute names. */
export const doseAttributes = [
  ['sets', 'sets'],
  ['reps', 'reps'],
  ['holdSeconds', 'hold-seconds'],
  ['minutes', 'minutes'],
] as const;

export type DoseOverrides = { [K in (typeof doseAttributes)[number][0]]?: unknown };

export function overlayDose(base: Dose, overrides: DoseOverrides): { dose: Dose; problems: Problem[] } {
  const dose: Dose = { ...base };
  const problems: Problem[] = [];
  for (const [prop, attribute] of doseAttributes) {
    const raw = overrides[prop];
    if (raw === undefined || raw === null) continue;
    const n = parseCount(raw, doseLimits[prop]);
    if (n === undefined) {
      problems.push({ attribute, value: raw, code: 'bad-dose', details: [`must be a whole number from ${doseLimits[prop][0]} to ${doseLimits[prop][1]}`] });
      continue;
    }
    dose[prop] = n;
    // A changed minimum must not leave a range that ends below it.
    if (prop === 'reps' && dose.repsMax !== undefined && dose.repsMax <= n) delete dose.repsMax;
    if (prop === 'holdSeconds' && dose.holdSecondsMax !== undefined && dose.holdSecondsMax <= n) delete dose.holdSecondsMax;
  }
  return { dose, problems };
}
