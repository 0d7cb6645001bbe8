import { expect } from '@open-wc/testing';
import { advance, buildPlan, clock, current, GET_READY, hasClock, pause, remaining, resume, start, stop, tick, untilNextSecond, type Session } from '../../src/model/session.js';

/** Times in these tests are made up: milliseconds on a clock that starts at T. */
const T = 1_000_000;
const s = (n: number) => n * 1000;

describe('model/session: the guided plan', () => {
  const cases: { name: string; dose: Parameters<typeof buildPlan>[0]; tempo?: number; kinds: string }[] = [
    { name: 'reps only', dose: { reps: 3 }, kinds: 'ready rep rep rep' },
    { name: 'sets of reps', dose: { sets: 2, reps: 2 }, kinds: 'ready rep rep rest rep rep' },
    { name: 'sets of reps on a tempo', dose: { sets: 2, reps: 2 }, tempo: 3, kinds: 'ready rep rep rest ready rep rep' },
    { name: 'reps per side', dose: { reps: 2, perSide: true }, kinds: 'ready rep rep rep rep' },
    { name: 'holds', dose: { sets: 3, holdSeconds: 20 }, kinds: 'ready hold rest ready hold rest ready hold' },
    { name: 'reps with a hold each', dose: { reps: 2, holdSeconds: 5 }, kinds: 'ready hold ready hold' },
    { name: 'minutes', dose: { minutes: 15 }, kinds: 'ready timed' },
    { name: 'frequency only', dose: { frequency: 'every-30-minutes-sitting' }, kinds: 'once' },
    { name: 'empty dose', dose: {}, kinds: 'once' },
  ];
  for (const { name, dose, tempo, kinds } of cases) {
    it(`plans ${name}`, () => {
      expect(buildPlan(dose, tempo).map((i) => i.kind).join(' ')).to.equal(kinds);
    });
  }

  it('numbers sets, sides and reps the way a patient counts', () => {
    const plan = buildPlan({ sets: 3, reps: 10, perSide: true });
    expect(plan).to.have.length(1 + 3 * 2 * 10 + 2);
    expect(plan[0]).to.deep.equal({ kind: 'ready', seconds: GET_READY });
    expect(plan[1]).to.deep.equal({ kind: 'rep', set: 1, sets: 3, side: 1, rep: 1, reps: 10 });
    expect(plan[11]).to.deep.equal({ kind: 'rep', set: 1, sets: 3, side: 2, rep: 1, reps: 10 });
    expect(plan[21]).to.deep.equal({ kind: 'rest', nextSet: 2, sets: 3 });
    expect(plan.at(-1)).to.deep.equal({ kind: 'rep', set: 3, sets: 3, side: 2, rep: 10, reps: 10 });
  });

  it('gives each repetition its tempo', () => {
    expect(buildPlan({ reps: 2 }, 4)[1]).to.deep.equal({ kind: 'rep', set: 1, sets: 1, rep: 1, reps: 2, seconds: 4 });
  });
});

describe('model/session: the clock', () => {
  it('counts the get-ready time down, then the hold, and moves on by itself at zero', () => {
    let x = start(buildPlan({ sets: 2, holdSeconds: 2 }), T);
    expect(current(x)?.kind).to.equal('ready');
    expect(remaining(x, T)).to.equal(GET_READY);
    expect(hasClock(x)).to.equal(true);
    expect(remaining(x, T + 1)).to.equal(GET_READY, 'shows 5 until a whole second passed');
    x = tick(x, T + s(GET_READY));
    expect(current(x)?.kind).to.equal('hold');
    expect(remaining(x, T + s(GET_READY))).to.equal(2);
    x = tick(x, T + s(GET_READY + 1));
    expect(remaining(x, T + s(GET_READY + 1))).to.equal(1);
    x = tick(x, T + s(GET_READY + 2));
    expect(current(x)?.kind).to.equal('rest');
    expect(hasClock(x)).to.equal(false);
    expect(tick(x, T + s(1000))).to.equal(x, 'a rest waits for the patient');
    x = advance(x, T + s(100));
    expect(current(x)?.kind).to.equal('ready');
    x = tick(x, T + s(100 + GET_READY + 2));
    expect(x.status).to.equal('done');
  });

  it('counts from a deadline: a timer that slept (hidden tab, screen off) loses no time', () => {
    // A 15-minute walk whose timer woke only once, 20 minutes later, is over.
    let x = start(buildPlan({ minutes: 15 }), T);
    x = tick(x, T + s(GET_READY + 60));
    expect(current(x)?.kind).to.equal('timed');
    expect(remaining(x, T + s(GET_READY + 60))).to.equal(14 * 60, 'a minute that passed between two wakes is a minute');
    expect(tick(x, T + s(GET_READY + 15 * 60)).status).to.equal('done');
    // The next clock starts at the old deadline, not at the late wake-up.
    const holds = tick(start(buildPlan({ reps: 3, holdSeconds: 10 }), T), T + s(GET_READY + 10 + 2));
    expect(current(holds)).to.include({ kind: 'ready' });
    expect(remaining(holds, T + s(GET_READY + 10 + 2))).to.equal(GET_READY - 2);
  });

  it('counts repetitions on a tempo, and a tap still moves on at once with a fresh tempo', () => {
    let x = start(buildPlan({ reps: 3 }, 3), T);
    x = tick(x, T + s(GET_READY + 3));
    expect(current(x)).to.include({ kind: 'rep', rep: 2 });
    x = advance(x, T + s(GET_READY + 4));
    expect(current(x)).to.include({ kind: 'rep', rep: 3 });
    expect(remaining(x, T + s(GET_READY + 4))).to.equal(3);
    expect(tick(x, T + s(GET_READY + 7)).status).to.equal('done');
  });

  it('wakes the element when the shown second changes, and never without a clock', () => {
    const x = start(buildPlan({ minutes: 1 }), T);
    expect(untilNextSecond(x, T)).to.equal(1000);
    expect(untilNextSecond(x, T + 250)).to.equal(750);
    expect(untilNextSecond(start(buildPlan({ frequency: 'daily' }), T), T)).to.equal(undefined);
  });

  it('does not count down while paused, and resumes where it was', () => {
    let x: Session = tick(start(buildPlan({ minutes: 1 }), T), T + s(GET_READY));
    x = pause(x, T + s(GET_READY + 1.5));
    expect(hasClock(x)).to.equal(false);
    expect(remaining(x, T + s(500))).to.equal(59, '58.5 seconds left, shown as 59');
    expect(tick(x, T + s(500))).to.equal(x);
    x = resume(x, T + s(500));
    expect(remaining(x, T + s(500))).to.equal(59);
    expect(tick(x, T + s(500 + 58.4)).status).to.equal('running');
    expect(tick(x, T + s(500 + 58.5)).status).to.equal('done');
  });

  it('stops, and nothing moves a stopped or finished session', () => {
    const x = stop(start(buildPlan({ reps: 2 }), T));
    expect(x.status).to.equal('stopped');
    expect(advance(x, T)).to.equal(x);
    expect(tick(x, T + s(100))).to.equal(x);
    const done = advance(advance(advance(start(buildPlan({ reps: 2 }), T), T), T), T);
    expect(done.status).to.equal('done');
    expect(stop(done).status).to.equal('done');
    expect(resume(x, T)).to.equal(x);
    expect(pause(done, T)).to.equal(done);
  });

  it('writes a clock as minutes and seconds', () => {
    expect([0, 5, 59, 60, 65, 900].map(clock)).to.deep.equal(['0:00', '0:05', '0:59', '1:00', '1:05', '15:00']);
  });
});
