/** A dose in words, e.g. "3 keer 10 herhalingen per kant", in the active locale. */
import { msg, str } from '@lit/localize';
import type { Dose, Frequency } from './types.js';

function reps(d: Dose): string | undefined {
  if (d.reps === undefined) return undefined;
  if (d.repsMax !== undefined) return msg(str`${d.reps} tot ${d.repsMax} herhalingen`, { id: 'dose.reps-range' });
  return d.reps === 1 ? msg('1 herhaling', { id: 'dose.rep-one' }) : msg(str`${d.reps} herhalingen`, { id: 'dose.reps' });
}

function hold(d: Dose): string | undefined {
  if (d.holdSeconds === undefined) return undefined;
  if (d.holdSecondsMax !== undefined) return msg(str`${d.holdSeconds} tot ${d.holdSecondsMax} seconden vasthouden`, { id: 'dose.hold-range' });
  return msg(str`${d.holdSeconds} seconden vasthouden`, { id: 'dose.hold' });
}

function minutes(d: Dose): string | undefined {
  if (d.minutes === undefined) return undefined;
  if (d.atLeast) return msg(str`minstens ${d.minutes} minuten`, { id: 'dose.minutes-at-least' });
  return d.minutes === 1 ? msg('1 minuut', { id: 'dose.minute-one' }) : msg(str`${d.minutes} minuten`, { id: 'dose.minutes' });
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
  const parts = [amount, minutes(d), d.frequency && frequencyText(d.frequency)].filter((p): p is string => !!p);
  return parts.join(', ');
}
