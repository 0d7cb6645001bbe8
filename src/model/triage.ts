/**
 * Decides how urgent the answers to the warning-signs checklist are, and whom to contact.
 * Pure: no DOM, no text. The rules (content-brief.md section 2):
 * - the highest level among the signs answered yes wins;
 * - "unsure" counts as yes;
 * - unanswered is not "no": the emergency, urgent and soon signs without an answer are listed;
 * - a region can raise a sign (the NHS treats cauda equina signs as an emergency), never lower it;
 * - unknown ids are ignored, with one warning;
 * - a practice's extra signs can raise a level, never lower one, and never remove a built-in sign.
 */
import { levelIn, levels, warningSigns, type Level, type Region, type WarningSign } from '../data/warning-signs.js';

export type { Region };
export type Answer = 'yes' | 'no' | 'unsure';
export type Answers = Readonly<Record<string, Answer>>;

export interface TriageOptions {
  region?: Region;
  /** A practice's extra signs (already validated). */
  signs?: readonly WarningSign[];
  /** The emergency number for the generic English region (999 in the UK, 911 in the US); NL and BE use 112. */
  emergencyNumber?: string;
  /** The local out-of-hours GP service (a huisartsenpost in NL); BE uses 1733. */
  outOfHoursPhone?: string;
  /** Where the warning about unknown ids goes (default console.warn). */
  warn?: (message: string) => void;
}

export interface Contact {
  region: Region;
  /** Whom to contact. */
  who: 'emergency' | 'gp' | 'gp-or-therapist' | 'therapist';
  /** How soon. */
  when: 'now' | 'today' | 'within-days' | 'when-you-can' | 'self-care';
  /** The number to call, when there is one. */
  phone?: string;
  /** For urgent advice: whom to call when the GP practice is closed. */
  outOfHours?: { who: 'huisartsenpost' | 'huisarts-van-wacht' | 'on-call'; phone?: string };
  /** In the Netherlands a patient can see a physio- or exercise therapist without a referral. */
  directAccess?: boolean;
}

export interface Advice {
  level: Level;
  /** The ids of the signs that set the level (for `none`: the early signs answered yes). */
  signs: string[];
  /** The emergency, urgent and soon signs without an answer, in the order they are asked. */
  unanswered: string[];
  contact: Contact;
}

const rank = (level: Level) => levels.indexOf(level);
export const isPositive = (answer: Answer | undefined): boolean => answer === 'yes' || answer === 'unsure';

/** The built-in signs with a practice's extra signs: an extra sign may raise a built-in one, never lower it. */
export function catalogue(extra: readonly WarningSign[] = []): Map<string, WarningSign> {
  const signs = new Map(warningSigns.map((s) => [s.id, s]));
  for (const sign of extra) {
    const existing = signs.get(sign.id);
    if (!existing) signs.set(sign.id, sign);
    else if (rank(sign.level) < rank(existing.level)) signs.set(sign.id, { ...existing, level: sign.level });
  }
  return signs;
}

/**
 * The signs in the order the checklist asks them: by their level in this region, highest first
 * (so emergency questions come first), and in catalogue order within a level.
 */
export function askOrder(signs: Iterable<WarningSign>, region: Region): WarningSign[] {
  return [...signs]
    .map((sign, index) => ({ sign, index, rank: rank(levelIn(sign, region)) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.sign);
}

/** Whether an unanswered sign of this level keeps the checklist from saying that none applies. */
export const mustBeAnswered = (level: Level): boolean => rank(level) <= rank('soon');

export function contactFor(level: Level, region: Region, options: Pick<TriageOptions, 'emergencyNumber' | 'outOfHoursPhone'> = {}): Contact {
  switch (level) {
    case 'emergency':
      return { region, who: 'emergency', when: 'now', phone: region === 'INT' ? (options.emergencyNumber ?? '112') : '112' };
    case 'urgent': {
      const outOfHours: NonNullable<Contact['outOfHours']> =
        region === 'BE'
          ? { who: 'huisarts-van-wacht', phone: '1733' }
          : { who: region === 'NL' ? 'huisartsenpost' : 'on-call', ...(options.outOfHoursPhone ? { phone: options.outOfHoursPhone } : {}) };
      return { region, who: 'gp', when: 'today', outOfHours };
    }
    case 'soon':
      return { region, who: 'gp', when: 'within-days' };
    case 'review':
      return { region, who: 'gp-or-therapist', when: 'when-you-can' };
    case 'none':
      return { region, who: 'therapist', when: 'self-care', ...(region === 'NL' ? { directAccess: true } : {}) };
  }
}

export function triage(answers: Answers, options: TriageOptions = {}): Advice {
  const region = options.region ?? 'NL';
  const signs = catalogue(options.signs);
  const unknown: string[] = [];
  const given: Answers = answers ?? {};
  let level: Level = 'none';
  for (const [id, answer] of Object.entries(given)) {
    const sign = signs.get(id);
    if (!sign) {
      unknown.push(id);
      continue;
    }
    const signLevel = levelIn(sign, region);
    if (isPositive(answer) && rank(signLevel) < rank(level)) level = signLevel;
  }
  if (unknown.length) (options.warn ?? console.warn)(`rugwijs triage: ignored unknown sign ids: ${unknown.join(', ')}`);
  const asked = askOrder(signs.values(), region);
  const setting = asked.filter((s) => levelIn(s, region) === level && isPositive(given[s.id])).map((s) => s.id);
  const unanswered = asked.filter((s) => mustBeAnswered(levelIn(s, region)) && !given[s.id]).map((s) => s.id);
  return { level, signs: setting, unanswered, contact: contactFor(level, region, options) };
}
