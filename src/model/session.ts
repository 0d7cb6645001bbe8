/**
 * The guided mode of an exercise card as a pure state machine: the plan of what to do, one item
 * at a time, and what a tick of the clock or a press of a button does to it. The element owns the
 * timer and the rendering; this module owns the counting, so it can be tested as a table.
 */
import type { Dose } from '../data/types.js';

interface Position {
  set: number;
  sets: number;
  /** 1 or 2 when the dose is per side, else undefined. */
  side?: 1 | 2;
  rep: number;
  reps: number;
}

export type Item =
  /** One repetition; the patient says when it is done. */
  | ({ kind: 'rep' } & Position)
  /** A hold with a countdown that moves on by itself. */
  | ({ kind: 'hold'; seconds: number } & Position)
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
  /** Seconds left on the current item's clock (0 when it has none). */
  readonly remaining: number;
  readonly status: Status;
}

/** The items a dose asks for, in order. */
export function buildPlan(dose: Dose): Item[] {
  const sets = dose.sets ?? 1;
  const reps = dose.reps ?? 1;
  const counted = dose.reps !== undefined || dose.holdSeconds !== undefined;
  if (!counted) {
    return dose.minutes ? [{ kind: 'timed', seconds: dose.minutes * 60 }] : [{ kind: 'once' }];
  }
  const sides: (1 | 2 | undefined)[] = dose.perSide ? [1, 2] : [undefined];
  const plan: Item[] = [];
  for (let set = 1; set <= sets; set++) {
    if (set > 1) plan.push({ kind: 'rest', nextSet: set, sets });
    for (const side of sides) {
      for (let rep = 1; rep <= reps; rep++) {
        const position: Position = { set, sets, rep, reps, ...(side ? { side } : {}) };
        plan.push(dose.holdSeconds ? { kind: 'hold', seconds: dose.holdSeconds, ...position } : { kind: 'rep', ...position });
      }
    }
  }
  return plan;
}

const clockOf = (item: Item | undefined): number => (item && (item.kind === 'hold' || item.kind === 'timed') ? item.seconds : 0);

export function start(plan: readonly Item[]): Session {
  return { plan, index: 0, remaining: clockOf(plan[0]), status: plan.length ? 'running' : 'done' };
}

export function current(session: Session): Item | undefined {
  return session.plan[session.index];
}

/** Moves to the next item (the patient pressed "done" or "go on", or a clock ran out). */
export function advance(session: Session): Session {
  if (session.status === 'done' || session.status === 'stopped') return session;
  const index = session.index + 1;
  if (index >= session.plan.length) return { ...session, index: session.plan.length, remaining: 0, status: 'done' };
  return { ...session, index, remaining: clockOf(session.plan[index]), status: 'running' };
}

/** One second passed. Only a running clock counts down; at zero the session moves on. */
export function tick(session: Session): Session {
  if (session.status !== 'running' || session.remaining <= 0) return session;
  const remaining = session.remaining - 1;
  return remaining === 0 ? advance(session) : { ...session, remaining };
}

export function pause(session: Session): Session {
  return session.status === 'running' ? { ...session, status: 'paused' } : session;
}

export function resume(session: Session): Session {
  return session.status === 'paused' ? { ...session, status: 'running' } : session;
}

export function stop(session: Session): Session {
  return session.status === 'done' ? session : { ...session, status: 'stopped' };
}

/** Whether the current item runs on a clock (so the element should keep a timer going). */
export function hasClock(session: Session): boolean {
  return session.status === 'running' && session.remaining > 0;
}

/** "1:05" for 65 seconds. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
