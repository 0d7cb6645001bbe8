/**
 * The guided mode of an exercise card as a pure state machine: the plan of what to do, one item
 * at a time, and what the clock or a press of a button does to it. The element owns the timer and
 * the rendering; this module owns the counting, so it can be tested as a table.
 *
 * Clocks run from a deadline, not from counted ticks: a browser throttles timers in a hidden tab
 * or with the screen off, and a 15-minute walk must still last 15 minutes. Every function that
 * needs the time takes `now` (milliseconds), so tests pass their own clock.
 */
import type { Dose } from '../data/types.js';

/** Seconds to get into position before the first set and before every timed hold. */
export const GET_READY = 5;

interface Position {
  set: number;
  sets: number;
  /** 1 or 2 when the dose is per side, else undefined. */
  side?: 1 | 2;
  rep: number;
  reps: number;
}

export type Item =
  /** One repetition; the patient says when it is done, or it runs on a tempo (`seconds`). */
  | ({ kind: 'rep'; seconds?: number } & Position)
  /** A hold with a countdown that moves on by itself. */
  | ({ kind: 'hold'; seconds: number } & Position)
  /** A countdown to get into position. */
  | { kind: 'ready'; seconds: number }
  /** A pause between sets (or sides); the patient says when to go on. */
  | { kind: 'rest'; nextSet: number; sets: number }
  /** A whole exercise on a clock, e.g. 15 minutes of walking. */
  | { kind: 'timed'; seconds: number }
  /** An exercise without a count, e.g. a posture break: do it, then say it is done. */
  | { kind: 'once' };

export type Status = 'running' | 'paused' | 'done' | 'stopped';

export interface Session {
  readonly plan: readonly Item[];
  readonly index: number;
  readonly status: Status;
  /** When the current item's clock runs out (the caller's milliseconds); set only while it runs. */
  readonly deadline?: number;
  /** Milliseconds left on a paused clock (0 when the item has none). */
  readonly left: number;
}

/** The items a dose asks for, in order. `tempo`: seconds per repetition, so the card counts on its own. */
export function buildPlan(dose: Dose, tempo?: number): Item[] {
  const sets = dose.sets ?? 1;
  const reps = dose.reps ?? 1;
  const ready: Item = { kind: 'ready', seconds: GET_READY };
  const counted = dose.reps !== undefined || dose.holdSeconds !== undefined;
  if (!counted) {
    return dose.minutes ? [ready, { kind: 'timed', seconds: dose.minutes * 60 }] : [{ kind: 'once' }];
  }
  const sides: (1 | 2 | undefined)[] = dose.perSide ? [1, 2] : [undefined];
  const plan: Item[] = [];
  for (let set = 1; set <= sets; set++) {
    if (set > 1) plan.push({ kind: 'rest', nextSet: set, sets });
    // Reps that count on their own start by themselves, so each set gets time to get into position.
    if (!dose.holdSeconds && (set === 1 || tempo)) plan.push(ready);
    for (const side of sides) {
      for (let rep = 1; rep <= reps; rep++) {
        const position: Position = { set, sets, rep, reps, ...(side ? { side } : {}) };
        if (dose.holdSeconds) plan.push(ready, { kind: 'hold', seconds: dose.holdSeconds, ...position });
        else plan.push({ kind: 'rep', ...position, ...(tempo ? { seconds: tempo } : {}) });
      }
    }
  }
  return plan;
}

const clockOf = (item: Item | undefined): number => (item && 'seconds' in item && item.seconds ? item.seconds * 1000 : 0);

/** The session at item `index`, its clock (if any) started at `at`. */
function enter(session: Session, index: number, at: number): Session {
  const { plan } = session;
  if (index >= plan.length) return { plan, index: plan.length, status: 'done', left: 0 };
  const left = clockOf(plan[index]);
  return { plan, index, status: 'running', left, ...(left ? { deadline: at + left } : {}) };
}

export function start(plan: readonly Item[], now: number): Session {
  return enter({ plan, index: 0, status: 'running', left: 0 }, 0, now);
}

export function current(session: Session): Item | undefined {
  return session.plan[session.index];
}

/** The patient pressed "done", "go on" or "skip": the next item starts now. */
export function advance(session: Session, now: number): Session {
  if (session.status === 'done' || session.status === 'stopped') return session;
  return enter(session, session.index + 1, now);
}

/**
 * The clock is read at `now`. A clock that ran out moves the session on; the next clock starts at
 * the old deadline, so time that passed while the timer slept still counts.
 */
export function tick(session: Session, now: number): Session {
  let s = session;
  while (s.status === 'running' && s.deadline !== undefined && now >= s.deadline) s = enter(s, s.index + 1, s.deadline);
  return s;
}

export function pause(session: Session, now: number): Session {
  if (session.status !== 'running') return session;
  const s = tick(session, now);
  if (s.status !== 'running') return s;
  return { plan: s.plan, index: s.index, status: 'paused', left: s.deadline === undefined ? 0 : s.deadline - now };
}

export function resume(session: Session, now: number): Session {
  if (session.status !== 'paused') return session;
  return { ...session, status: 'running', ...(session.left ? { deadline: now + session.left } : {}) };
}

export function stop(session: Session): Session {
  return session.status === 'done' ? session : { plan: session.plan, index: session.index, status: 'stopped', left: 0 };
}

/** Whether a clock runs (so the element keeps a timer going and offers Pause). */
export function hasClock(session: Session): boolean {
  return session.status === 'running' && session.deadline !== undefined;
}

/** Whole seconds left on the current clock at `now`, rounded up (a clock shows 0:01 until it ends). */
export function remaining(session: Session, now: number): number {
  const ms = session.deadline === undefined ? session.left : session.deadline - now;
  return Math.max(0, Math.ceil(ms / 1000));
}

/** Milliseconds until the shown number of seconds changes; undefined when no clock runs. */
export function untilNextSecond(session: Session, now: number): number | undefined {
  if (!hasClock(session)) return undefined;
  const ms = session.deadline! - now;
  return ms % 1000 || 1000;
}

/** "1:05" for 65 seconds. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
