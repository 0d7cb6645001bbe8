/** A dose in words, e.g. "3 keer 10 herhalingen per kant", in the active locale. */
import { msg, str } from '@lit/localize';
import { plural } from './plural.js';
import type { Dose, Frequency } from './types.js';

function reps(d: Dose): string | undefined {
  const n = d.reps;
  if (n === undefined) return undefined;
  if (d.repsMax !== undefined) return msg(str`${n} tot ${d.repsMax} herhalingen`, { id: 'dose.reps-range' });
  return plural(n, msg(str`${n} herhaling`, { id: 'dose.reps-one' }), msg(str`${n} herhalingen`, { id: 'dose.reps' }));
}

function hold(d: Dose): string | undefined {
  const n = d.holdSeconds;
  if (n === undefined) return undefined;
  if (d.holdSecondsMax !== undefined) return msg(str`${n} tot ${d.holdSecondsMax} seconden vasthouden`, { id: 'dose.hold-range' });
  return plural(n, msg(str`${n} seconde vasthouden`, { id: 'dose.hold-one' }), msg(str`${n} seconden vasthouden`, { id: 'dose.hold' }));
}

function minutes(d: Dose): string | undefined {
  const n = d.minutes;
  if (n === undefined) return undefined;
  if (d.atLeast) return plural(n, msg(str`minstens ${n} minuut`, { id: 'dose.minutes-at-least-one' }), msg(str`minstens ${n} minuten`, { id: 'dose.minutes-at-least' }));
  return plural(n, msg(str`${n} minuut`, { id: 'dose.minutes-one' }), msg(str`${n} minuten`, { id: 'dose.minutes' }));
}

function days(n: number): string {
  return plural(n, msg(str`${n} dag per week`, { id: 'dose.days-one' }), msg(str`${n} dagen per week`, { id: 'dose.days' }));
}

export function frequencyText(f: Frequency): string {
  switch (f) {
    case 'daily':
      return msg('elke dag', { id: 'dose.daily' });
    case 'twice-daily':
      return msg('2 keer per dag', { id: 'dose.twice-daily' });
    case 'every-30-minutes-sitting':
      return msg('na elke 30 minuten zitten', { id: 'dose.every-30-minutes-sitting' });
  }
}

export function doseText(d: Dose): string {
  const r = reps(d);
  const h = hold(d);
  let amount = r && h ? msg(str`${r}, elke keer ${h}`, { id: 'dose.reps-with-hold' }) : (r ?? h);
  if (amount && d.perSide) amount = msg(str`${amount} per kant`, { id: 'dose.per-side' });
  if (amount && d.sets !== undefined && d.sets > 1) amount = msg(str`${d.sets} keer ${amount}`, { id: 'dose.sets' });
  const parts = [amount, minutes(d), d.daysPerWeek && days(d.daysPerWeek), d.frequency && frequencyText(d.frequency)].filter((p): p is string => !!p);
  return parts.join(', ');
}
