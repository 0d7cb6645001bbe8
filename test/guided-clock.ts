import { clock } from '../src/components/exercise-card/guided-mode.js';

/**
 * Replaces the guided mode's clock: time moves only when a test says so, and the timers the card
 * sets fire in order, each at its own moment. No test waits for real time.
 */
export function fakeGuidedClock() {
  const real = { ...clock };
  let now = 1_000_000;
  let timers: { at: number; fn: () => void }[] = [];
  clock.now = () => now;
  clock.wake = (fn, ms) => {
    const timer = { at: now + ms, fn };
    timers.push(timer);
    return () => (timers = timers.filter((t) => t !== timer));
  };
  const fireNext = (until: number) => {
    const next = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
    if (!next) return false;
    timers = timers.filter((t) => t !== next);
    now = Math.max(now, next.at);
    next.fn();
    return true;
  };
  return {
    /** `ms` pass with every timer firing on time. */
    async pass(el: { updateComplete: Promise<unknown> }, ms: number) {
      const end = now + ms;
      while (fireNext(end)) await el.updateComplete;
      now = end;
      await el.updateComplete;
    },
    /** `ms` pass while the timers sleep (a hidden tab), then the first one fires late. */
    async sleepThenWake(el: { updateComplete: Promise<unknown> }, ms: number) {
      now += ms;
      fireNext(now);
      await el.updateComplete;
    },
    /** `ms` pass and no timer fires (the card is off the page). */
    skip: (ms: number) => void (now += ms),
    /** Timers set and not yet fired or cancelled. */
    pending: () => timers.length,
    restore: () => Object.assign(clock, real),
  };
}
