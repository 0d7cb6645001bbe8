import { expect } from '@open-wc/testing';
import { overlayDose } from '../../src/model/dose.js';
import type { Dose } from '../../src/data/types.js';

describe('model/dose: a practice lays its dose attributes over the exercise', () => {
  const cases: { name: string; base: Dose; set: Parameters<typeof overlayDose>[1]; dose: Dose; bad?: string[] }[] = [
    { name: 'nothing set keeps the dose', base: { sets: 3, reps: 10 }, set: {}, dose: { sets: 3, reps: 10 } },
    { name: 'numbers and attribute strings', base: { sets: 3, reps: 10 }, set: { sets: '2', reps: 6 }, dose: { sets: 2, reps: 6 } },
    { name: 'a field the exercise did not have', base: { reps: 10 }, set: { holdSeconds: '5' }, dose: { reps: 10, holdSeconds: 5 } },
    { name: 'a minimum at the range end drops the range', base: { reps: 10, repsMax: 15 }, set: { reps: 15 }, dose: { reps: 15 } },
    { name: 'a minimum below the range end keeps it', base: { reps: 10, repsMax: 15 }, set: { reps: 12 }, dose: { reps: 12, repsMax: 15 } },
    { name: 'a hold above its range end drops the range', base: { holdSeconds: 20, holdSecondsMax: 30 }, set: { holdSeconds: 45 }, dose: { holdSeconds: 45 } },
    { name: 'bad values are left out and named', base: { sets: 3, minutes: 15 }, set: { sets: '0', minutes: '1.5', reps: 'ten' }, dose: { sets: 3, minutes: 15 }, bad: ['sets', 'reps', 'minutes'] },
    { name: 'limits are inclusive', base: {}, set: { sets: 10, reps: 100, holdSeconds: 600, minutes: 240 }, dose: { sets: 10, reps: 100, holdSeconds: 600, minutes: 240 } },
    { name: 'one over a limit is bad', base: {}, set: { sets: 11, holdSeconds: 601 }, dose: {}, bad: ['sets', 'hold-seconds'] },
  ];
  for (const { name, base, set, dose, bad = [] } of cases) {
    it(name, () => {
      const result = overlayDose(base, set);
      expect(result.dose).to.deep.equal(dose);
      expect(result.problems.map((p) => p.attribute)).to.deep.equal(bad);
      expect(result.problems.every((p) => p.code === 'bad-dose')).to.equal(true);
    });
  }

  it('never changes the exercise it started from', () => {
    const base: Dose = { reps: 10, repsMax: 15 };
    overlayDose(base, { reps: 20 });
    expect(base).to.deep.equal({ reps: 10, repsMax: 15 });
  });
});
