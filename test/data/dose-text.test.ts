import { expect } from '@open-wc/testing';
import { doseText } from '../../src/data/dose-text.js';
import { validateDose } from '../../src/data/validate-exercise.js';
import { needTexts, setLocale } from '../../src/base/localization.js';
import type { Dose } from '../../src/data/types.js';

describe('data/dose-text: a dose in words, with the right plural in every language', () => {
  const cases: { dose: Dose; nl: string; en: string }[] = [
    { dose: { reps: 1 }, nl: '1 herhaling', en: '1 repetition' },
    { dose: { reps: 2 }, nl: '2 herhalingen', en: '2 repetitions' },
    { dose: { holdSeconds: 1 }, nl: '1 seconde vasthouden', en: 'hold for 1 second' },
    { dose: { holdSeconds: 30 }, nl: '30 seconden vasthouden', en: 'hold for 30 seconds' },
    { dose: { minutes: 1 }, nl: '1 minuut', en: '1 minute' },
    { dose: { minutes: 1, atLeast: true }, nl: 'minstens 1 minuut', en: 'at least 1 minute' },
    { dose: { minutes: 15, atLeast: true }, nl: 'minstens 15 minuten', en: 'at least 15 minutes' },
    { dose: { sets: 3, reps: 10, perSide: true, daysPerWeek: 1 }, nl: '3 keer 10 herhalingen per kant, 1 dag per week', en: '10 repetitions per side, 3 times, 1 day a week' },
    { dose: { sets: 3, reps: 10, daysPerWeek: 3 }, nl: '3 keer 10 herhalingen, 3 dagen per week', en: '10 repetitions, 3 times, 3 days a week' },
  ];
  after(() => setLocale('nl'));
  for (const locale of ['nl', 'en'] as const) {
    it(`in ${locale}`, async () => {
      void needTexts(['dose']); // what a card asks for when it connects
      await setLocale(locale);
      for (const c of cases) expect(doseText(c.dose), JSON.stringify(c.dose)).to.equal(c[locale]);
    });
  }

  it('accepts 1 to 7 days a week from a practice, whole numbers only', () => {
    expect(validateDose({ reps: 10, daysPerWeek: 3 }).dose).to.deep.equal({ reps: 10, daysPerWeek: 3 });
    expect(validateDose({ reps: 10, daysPerWeek: 7 }).dose?.daysPerWeek).to.equal(7);
    for (const bad of [0, 8, 2.5, 'often', -1]) {
      const result = validateDose({ reps: 10, daysPerWeek: bad });
      expect(result.dose, String(bad)).to.equal(undefined);
      expect(result.errors[0]).to.contain('dose.daysPerWeek');
    }
  });
});
