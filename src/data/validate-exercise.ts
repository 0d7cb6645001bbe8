/**
 * Checks a practice's own exercise object. Kept apart from validate.ts and loaded only when a page
 * passes such an object, so pages that show built-in exercises do not download it.
 */
import type { Dose, Exercise, Frequency, Illustration, Pose, Prop, Source } from './types.js';
import { doseLimits, isContentId, isRecord, isSafeHref, parseCount, type DoseNumber } from './validate.js';
import { asText } from '../base/preview.js';

const MAX_TEXT = 500;
const MAX_STEPS = 20;
const frequencies: readonly Frequency[] = ['daily', 'twice-daily', 'every-30-minutes-sitting'];
const props: readonly Prop[] = ['mat', 'wall', 'chair'];

/** Checks a dose. Returns the dose, or the list of what is wrong with it. */
export function validateDose(input: unknown): { dose?: Dose; errors: string[] } {
  if (!isRecord(input)) return { errors: ['dose: must be an object'] };
  const errors: string[] = [];
  const dose: Dose = {};
  for (const key of Object.keys(doseLimits) as DoseNumber[]) {
    if (input[key] === undefined) continue;
    const n = parseCount(input[key], doseLimits[key]);
    if (n === undefined) errors.push(`dose.${key}: must be a whole number from ${doseLimits[key][0]} to ${doseLimits[key][1]} (got ${asText(input[key])})`);
    else dose[key] = n;
  }
  if (input.daysPerWeek !== undefined) {
    const n = parseCount(input.daysPerWeek, [1, 7]);
    if (n === undefined) errors.push(`dose.daysPerWeek: must be a whole number from 1 to 7 (got ${asText(input.daysPerWeek)})`);
    else dose.daysPerWeek = n;
  }
  for (const key of ['perSide', 'atLeast'] as const) {
    if (input[key] === undefined) continue;
    if (typeof input[key] === 'boolean') dose[key] = input[key];
    else errors.push(`dose.${key}: must be true or false`);
  }
  if (input.frequency !== undefined) {
    if (frequencies.includes(input.frequency as Frequency)) dose.frequency = input.frequency as Frequency;
    else errors.push(`dose.frequency: must be one of ${frequencies.join(', ')}`);
  }
  if (dose.repsMax !== undefined && (dose.reps === undefined || dose.repsMax <= dose.reps)) errors.push('dose.repsMax: must be above dose.reps');
  if (dose.holdSecondsMax !== undefined && (dose.holdSeconds === undefined || dose.holdSecondsMax <= dose.holdSeconds))
    errors.push('dose.holdSecondsMax: must be above dose.holdSeconds');
  if (errors.length === 0 && dose.reps === undefined && dose.holdSeconds === undefined && dose.minutes === undefined && dose.frequency === undefined)
    errors.push('dose: needs reps, holdSeconds, minutes or frequency');
  return errors.length ? { errors } : { dose, errors };
}

const finite = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const angles = (v: unknown, n: number) => Array.isArray(v) && v.length === n && v.every((a) => finite(a, -720, 720));

function isPose(v: unknown): v is Pose {
  return (
    isRecord(v) &&
    Array.isArray(v.hip) && v.hip.length === 2 && finite(v.hip[0], 0, 160) && finite(v.hip[1], 0, 120) &&
    finite(v.trunk, -720, 720) && finite(v.head, -720, 720) &&
    Array.isArray(v.arms) && v.arms.length === 2 && v.arms.every((a) => angles(a, 2)) &&
    Array.isArray(v.legs) && v.legs.length === 2 && v.legs.every((l) => angles(l, 3))
  );
}

function validateIllustration(v: unknown, errors: string[]): Illustration | undefined {
  if (!isRecord(v)) return void errors.push('illustration: must be an object with start, end and alt');
  if (!isPose(v.start) || !isPose(v.end)) return void errors.push('illustration.start/end: must be poses (hip, trunk, head, arms, legs)');
  if (typeof v.alt !== 'string' || v.alt.trim() === '') return void errors.push('illustration.alt: must say what the body does');
  const chosen = Array.isArray(v.props) ? v.props.filter((p): p is Prop => props.includes(p as Prop)) : [];
  return { start: v.start, end: v.end, alt: v.alt.slice(0, MAX_TEXT), props: chosen };
}

function text(v: unknown, field: string, errors: string[], required: boolean): string | undefined {
  if (v === undefined || v === null || v === '') {
    if (required) errors.push(`${field}: is required`);
    return undefined;
  }
  if (typeof v !== 'string' || v.trim() === '') return void errors.push(`${field}: must be text`);
  if (v.length > MAX_TEXT) return void errors.push(`${field}: is longer than ${MAX_TEXT} characters`);
  return v.trim();
}

export interface ExerciseResult {
  /** The exercise to show, or undefined when too much was missing to show anything. */
  exercise?: Exercise;
  /** What stops the card from showing (no title, no steps, ...). */
  fatal: string[];
  /** What was left out: the dose or the picture, which get a notice of their own. */
  doseErrors: string[];
  otherErrors: string[];
}

/** Checks a practice's own exercise object. */
export function validateExercise(input: unknown): ExerciseResult {
  const fatal: string[] = [];
  const other: string[] = [];
  if (!isRecord(input)) return { fatal: ['exercise: must be an object'], doseErrors: [], otherErrors: [] };

  const id = isContentId(input.id) ? input.id : undefined;
  if (!id) fatal.push('id: must be lowercase letters, digits and dashes');
  const title = text(input.title, 'title', fatal, true);
  let steps: string[] = [];
  if (!Array.isArray(input.steps) || input.steps.length === 0) fatal.push('steps: must be a list of at least one step');
  else if (input.steps.length > MAX_STEPS) fatal.push(`steps: at most ${MAX_STEPS}`);
  else {
    const stepErrors: string[] = [];
    // Array.from visits the holes of a sparse list, which map() would skip and keep as holes.
    steps = Array.from(input.steps as unknown[], (s, i) => text(s, `steps[${i}]`, stepErrors, true) ?? '');
    fatal.push(...stepErrors);
  }
  const { dose, errors: doseErrors } = validateDose(input.dose);

  const optional = (key: 'purpose' | 'startPosition' | 'feel' | 'avoid' | 'safety' | 'easier' | 'harder') => text(input[key], key, other, false);
  const exerciseSources: Source[] = Array.isArray(input.sources)
    ? input.sources
        .filter((s): s is Record<string, unknown> => isRecord(s) && typeof s.title === 'string' && s.title.trim() !== '')
        .map((s) => ({ title: String(s.title).slice(0, 300), ...(typeof s.url === 'string' && isSafeHref(s.url) ? { url: s.url } : {}) }))
    : [];
  const illustration = input.illustration === undefined ? undefined : validateIllustration(input.illustration, other);

  if (fatal.length) return { fatal, doseErrors, otherErrors: other };
  const exercise: Exercise = {
    id: id!,
    title: title!,
    purpose: optional('purpose') ?? '',
    startPosition: optional('startPosition') ?? '',
    steps,
    dose: dose ?? {},
    sources: exerciseSources,
  };
  for (const key of ['feel', 'avoid', 'safety', 'easier', 'harder'] as const) {
    const value = optional(key);
    if (value) exercise[key] = value;
  }
  if (illustration) exercise.illustration = illustration;
  return { exercise, fatal, doseErrors, otherErrors: other };
}

