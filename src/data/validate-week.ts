/** Reads the `week` of the recovery course. Nothing here throws. */
import { parseCount, type Problem } from './validate.js';
import { asText } from '../base/preview.js';

/** The week: a whole number from 0 to 52; anything else gives week 0 and a problem. */
export function parseWeek(value: unknown): { week: number; problems: Problem[] } {
  if (value === undefined || value === null || asText(value).trim() === '') return { week: 0, problems: [] };
  const week = parseCount(value, [0, 52]);
  return week === undefined
    ? { week: 0, problems: [{ attribute: 'week', value, code: 'bad-value', details: ['a whole number of weeks from 0 to 52'] }] }
    : { week, problems: [] };
}
