/**
 * Turns untrusted input (attributes, practice data, JSON) into typed data or precise problems.
 * Nothing here throws: whatever a practice passes, the caller gets something it can render.
 */
import type { Dose } from './types.js';
import type { Region } from '../base/localization.js';
import { asText } from '../base/preview.js';
import { isTheme } from '../base/theme.js';

export type ProblemCode =
  | 'unknown-exercise'
  | 'empty-list'
  | 'bad-json'
  | 'bad-exercise'
  | 'bad-dose'
  | 'bad-link'
  | 'bad-phone'
  | 'bad-region'
  | 'bad-value'
  | 'too-long'
  | 'incomplete'
  | 'bad-sign'
  | 'unknown-load'
  | 'bad-load'
  | 'unknown-statement'
  | 'unknown-situation'
  | 'unknown-section';

/** One bad input: which attribute or property, the value, what is wrong, and the details. */
export interface Problem {
  attribute: string;
  value: unknown;
  code: ProblemCode;
  details?: string[];
}

export interface PracticeSettings {
  practiceName?: string;
  contactHref?: string;
  contactPhone?: string;
  region?: Region;
  /** How the texts speak to the reader: "je" or "u". Unset: the page's, else "je". */
  address?: 'je' | 'u';
}


/** The limits of a dose: a typo like 10000 repetitions must not reach a patient. */
export const doseLimits = {
  sets: [1, 10],
  reps: [1, 100],
  repsMax: [1, 100],
  holdSeconds: [1, 600],
  holdSecondsMax: [1, 600],
  minutes: [1, 240],
} as const satisfies Partial<Record<keyof Dose, readonly [number, number]>>;

export type DoseNumber = keyof typeof doseLimits;

/** A plain object (not null, not a list): the shape every piece of practice data must have. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A link a patient may follow: http(s), mailto, tel, or a relative link. Never javascript: or data:. */
export function isSafeHref(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || /[\u0000-\u001f\s]/.test(trimmed)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return !trimmed.startsWith('//');
  return scheme === 'https' || scheme === 'http' || scheme === 'mailto' || scheme === 'tel';
}

/** A phone number as people write it: digits with spaces, dashes, dots, brackets and a leading +. */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return /^\+?[\d\s().-]+$/.test(value.trim()) && digits.length >= 3 && digits.length <= 15;
}

/** The tel: link for a phone number as people write it: digits and a leading + only. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** An id a practice gives its own content (exercises, signs, loads): lowercase letters, digits, dashes. */
export const isContentId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,59}$/.test(value);

/** A comma-separated attribute as a list: `"plank, walking,"` → `['plank', 'walking']`. */
export const parseList = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export function parseRegion(value: string): Region | undefined {
  const upper = value.trim().toUpperCase();
  return upper === 'NL' || upper === 'BE' || upper === 'INT' ? upper : undefined;
}

/** The practice settings every element accepts. Empty values are simply unset. */
export function validateSettings(input: Record<'practice-name' | 'contact-href' | 'contact-phone' | 'region', unknown> & { theme?: unknown; address?: unknown }): {
  settings: PracticeSettings;
  problems: Problem[];
} {
  const settings: PracticeSettings = {};
  const problems: Problem[] = [];
  const text = (v: unknown) => asText(v).trim();

  const name = text(input['practice-name']);
  if (name) settings.practiceName = name.slice(0, maxNameLength);
  if (name.length > maxNameLength) problems.push({ attribute: 'practice-name', value: name, code: 'too-long', details: [`at most ${maxNameLength} characters`] });

  const href = text(input['contact-href']);
  if (href && isSafeHref(href)) settings.contactHref = href;
  else if (href) problems.push({ attribute: 'contact-href', value: href, code: 'bad-link', details: ['use an https:, http:, mailto: or tel: link'] });

  const phone = text(input['contact-phone']);
  if (phone && isPhoneNumber(phone)) settings.contactPhone = phone;
  else if (phone) problems.push({ attribute: 'contact-phone', value: phone, code: 'bad-phone', details: ['use digits, spaces and an optional leading +'] });

  const region = text(input.region);
  if (region) {
    const parsed = parseRegion(region);
    if (parsed) settings.region = parsed;
    else problems.push({ attribute: 'region', value: region, code: 'bad-region', details: ['use NL, BE or INT'] });
  }
  // The theme is applied by CSS alone (tokens.ts); here it is only checked.
  const theme = text(input.theme);
  if (theme && !isTheme(theme)) problems.push({ attribute: 'theme', value: theme, code: 'bad-value', details: ['use light, dark or auto'] });
  const address = text(input.address).toLowerCase();
  if (address === 'je' || address === 'u') settings.address = address;
  else if (address) problems.push({ attribute: 'address', value: input.address, code: 'bad-value', details: ['use je or u'] });
  return { settings, problems };
}

const maxNameLength = 120;
const maxHeadingLength = 200;

export interface HeadingChoice {
  /** The practice's heading text; empty means the element's own title. */
  text: string;
  level: number;
  problems: Problem[];
}

/** The `heading` and `heading-level` a page set, within bounds, or the defaults with problems. */
export function validateHeading(text: unknown, level: unknown, bounds: readonly [number, number], fallback: number): HeadingChoice {
  const problems: Problem[] = [];
  let title = '';
  if (typeof text === 'string') title = text.trim();
  else if (text != null) problems.push({ attribute: 'heading', value: text, code: 'bad-value', details: ['must be text'] });
  if (title.length > maxHeadingLength) {
    problems.push({ attribute: 'heading', value: title, code: 'too-long', details: [`at most ${maxHeadingLength} characters`] });
    title = title.slice(0, maxHeadingLength);
  }
  const parsed = parseCount(level, bounds);
  if (parsed === undefined) problems.push({ attribute: 'heading-level', value: level, code: 'bad-value', details: [`a whole number from ${bounds[0]} to ${bounds[1]}`] });
  return { text: title, level: parsed ?? fallback, problems };
}

/** A whole number within limits, from a number or an attribute string; undefined when it is not. */
export function parseCount(value: unknown, [min, max]: readonly [number, number]): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Parses JSON typed into an attribute; undefined and an error when it is not JSON. */
export function parseJson(value: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(value) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : 'not JSON' };
  }
}
