import { expect } from '@open-wc/testing';
import { advance, buildPlan, clock, current, hasClock, pause, resume, start, stop, tick, type Session } from '../../src/model/session.js';

describe('model/session: the guided plan', () => {
  const cases: { name: string; dose: Parameters<typeof buildPlan>[0]; kinds: string }[] = [
    { name: 'reps only', dose: { reps: 3 }, kinds: 'rep rep rep' },
    { name: 'sets of reps', dose: { sets: 2, reps: 2 }, kinds: 'rep rep rest rep rep' },
    { name: 'reps per side', dose: { reps: 2, perSide: true }, kinds: 'rep rep rep rep' },
    { name: 'holds', dose: { sets: 3, holdSeconds: 20 }, kinds: 'hold rest hold rest hold' },
    { name: 'reps with a hold each', dose: { reps: 2, holdSeconds: 5 }, kinds: 'hold hold' },
    { name: 'minutes', dose: { minutes: 15 }, kinds: 'timed' },
    { name: 'frequency only', dose: { frequency: 'every-30-minutes-sitting' }, kinds: 'once' },
    { name: 'empty dose', dose: {}, kinds: 'once' },
  ];
  for (const { name, dose, kinds } of cases) {
    it(`plans ${name}`, () => {
      expect(buildPlan(dose).map((i) => i.kind).join(' ')).to.equal(kinds);
    });
  }

  it('numbers sets, sides and reps the way a patient counts', () => {
    const plan = buildPlan({ sets: 3, reps: 10, perSide: true });
    expect(plan).to.have.length(3 * 2 * 10 + 2);
    expect(plan[0]).to.deep.equal({ kind: 'rep', set: 1, sets: 3, side: 1, rep: 1, reps: 10 });
    expect(plan[10]).to.deep.equal({ kind: 'rep', set: 1, sets: 3, side: 2, rep: 1, reps: 10 });
    expect(plan[20]).to.deep.equal({ kind: 'rest', nextSet: 2, sets: 3 });
    expect(plan.at(-1)).to.deep.equal({ kind: 'rep', set: 3, sets: 3, side: 2, rep: 10, reps: 10 });
  });

  it('counts a hold down and moves on by itself at zero', () => {
    let s = start(buildPlan({ sets: 2, holdSeconds: 2 }));
    expect(s.remaining).to.equal(2);
    expect(hasClock(s)).to.equal(true);
    s = tick(s);
    expect(s.remaining).to.equal(1);
    s = tick(s);
    expect(current(s)?.kind).to.equal('rest');
    expect(hasClock(s)).to.equal(false);
    expect(tick(s)).to.equal(s, 'a rest waits for the patient');
    s = advance(s);
    expect(s.remaining).to.equal(2);
    s = tick(tick(s));
    expect(s.status).to.equal('done');
  });

  it('does not count down while paused, and resumes where it was', () => {
    let s: Session = start(buildPlan({ minutes: 1 }));
    s = tick(s);
    s = pause(s);
    expect(tick(s).remaining).to.equal(59);
    expect(hasClock(s)).to.equal(false);
    s = resume(s);
    expect(tick(s).remaining).to.equal(58);
  });

  it('stops, and nothing moves a stopped or finished session', () => {
    const s = stop(start(buildPlan({ reps: 2 })));
    expect(s.status).to.equal('stopped');
    expect(advance(s)).to.equal(s);
    const done = advance(advance(start(buildPlan({ reps: 2 }))));
    expect(done.status).to.equal('done');
    expect(stop(done).status).to.equal('done');
    expect(resume(s)).to.equal(s);
  });

  it('writes a clock as minutes and seconds', () => {
    expect([0, 5, 59, 60, 65, 900].map(clock)).to.deep.equal(['0:00', '0:05', '0:59', '1:00', '1:05', '15:00']);
  });
});
