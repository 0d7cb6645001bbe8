import { expect } from '@open-wc/testing';
import { isPhoneNumber, isSafeHref, parseCount, validateSettings } from '../../src/data/validate.js';
import { validateDose, validateExercise } from '../../src/data/validate-exercise.js';

const goodExercise = {
  id: 'wall-sit',
  title: 'Zitten tegen de muur',
  steps: ['Zak door je knieën.', 'Kom weer omhoog.'],
  dose: { sets: 2, reps: 8 },
};

describe('data/validate', () => {
  it('accepts a count only as a whole number within its limits', () => {
    const table: [unknown, number | undefined][] = [
      [3, 3], ['3', 3], [' 10 ', 10], [0, undefined], [-3, undefined], ['-3', undefined], [NaN, undefined],
      [10000, undefined], ['10000', undefined], [2.5, undefined], ['2.5', undefined], ['', undefined], ['abc', undefined],
      [null, undefined], [Infinity, undefined], [true, undefined],
    ];
    for (const [input, expected] of table) expect(parseCount(input, [1, 100]), String(input)).to.equal(expected);
  });

  it('checks every number of a dose', () => {
    expect(validateDose({ sets: 3, reps: 10, perSide: true }).dose).to.deep.equal({ sets: 3, reps: 10, perSide: true });
    for (const bad of [{ sets: -3, reps: 10 }, { reps: NaN }, { reps: 10000 }, { holdSeconds: 0 }, { minutes: '15' + 'x' }]) {
      const result = validateDose(bad);
      expect(result.dose, JSON.stringify(bad)).to.equal(undefined);
      expect(result.errors[0]).to.match(/^dose\.\w+: must be a whole number/);
    }
    expect(validateDose({}).errors).to.deep.equal(['dose: needs reps, holdSeconds, minutes or frequency']);
    expect(validateDose({ reps: 10, repsMax: 5 }).errors[0]).to.contain('repsMax');
    expect(validateDose({ frequency: 'hourly' }).errors[0]).to.contain('frequency');
    expect(validateDose('3x10').errors).to.deep.equal(['dose: must be an object']);
  });

  it('accepts a practice exercise and keeps its text as text', () => {
    const result = validateExercise({ ...goodExercise, purpose: '<img src=x onerror=alert(1)>' });
    expect(result.fatal).to.deep.equal([]);
    expect(result.exercise?.title).to.equal('Zitten tegen de muur');
    expect(result.exercise?.purpose).to.equal('<img src=x onerror=alert(1)>');
  });

  it('names what makes an exercise impossible to show', () => {
    const { steps: _steps, ...noSteps } = goodExercise;
    expect(validateExercise(noSteps).fatal).to.deep.equal(['steps: must be a list of at least one step']);
    expect(validateExercise({ ...goodExercise, steps: [] }).fatal[0]).to.contain('steps');
    expect(validateExercise({ ...goodExercise, steps: ['ok', 42] }).fatal).to.deep.equal(['steps[1]: must be text']);
    expect(validateExercise({ ...goodExercise, title: '' }).fatal).to.deep.equal(['title: is required']);
    expect(validateExercise({ ...goodExercise, id: 'Bad Id!' }).fatal[0]).to.contain('id');
    expect(validateExercise('bird-dog').fatal).to.deep.equal(['exercise: must be an object']);
    expect(validateExercise(null).exercise).to.equal(undefined);
  });

  it('keeps an exercise with a bad dose, and says what is wrong with the dose', () => {
    const result = validateExercise({ ...goodExercise, dose: { sets: -3, reps: 10 } });
    expect(result.exercise?.id).to.equal('wall-sit');
    expect(result.exercise?.dose).to.deep.equal({});
    expect(result.doseErrors[0]).to.contain('dose.sets');
  });

  it('leaves out a bad picture but keeps the exercise', () => {
    const result = validateExercise({ ...goodExercise, illustration: { start: {}, end: {}, alt: 'x' } });
    expect(result.exercise?.illustration).to.equal(undefined);
    expect(result.otherErrors[0]).to.contain('illustration');
  });

  it('allows only safe links and real phone numbers', () => {
    for (const ok of ['https://example.org', 'http://x.nl/a?b=1', 'mailto:a@b.nl', 'tel:+3112345', '/contact', 'afspraak.html'])
      expect(isSafeHref(ok), ok).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '//evil.example', 'java\nscript:x', ' ', 'vbscript:x'])
      expect(isSafeHref(bad), bad).to.equal(false);
    for (const ok of ['+31 20 123 4567', '010-1234567', '(020) 123 45 67', '112']) expect(isPhoneNumber(ok), ok).to.equal(true);
    for (const bad of ['call me', '12', '+31 20 123 4567 8901 2345', '<b>1234</b>']) expect(isPhoneNumber(bad), bad).to.equal(false);
  });

  it('turns the practice settings into settings and problems', () => {
    const ok = validateSettings({ 'practice-name': ' Fysio De Brug ', 'contact-href': 'https://x.nl', 'contact-phone': '010 123', region: 'be' });
    expect(ok).to.deep.equal({
      settings: { practiceName: 'Fysio De Brug', contactHref: 'https://x.nl', contactPhone: '010 123', region: 'BE' },
      problems: [],
    });
    const bad = validateSettings({ 'practice-name': '', 'contact-href': 'javascript:x', 'contact-phone': 'nope', region: 'FR' });
    expect(bad.settings).to.deep.equal({});
    expect(bad.problems.map((p) => `${p.attribute}:${p.code}`)).to.deep.equal(['contact-href:bad-link', 'contact-phone:bad-phone', 'region:bad-region']);
  });
  it('refuses a sparse steps list (found by the property test): holes are missing steps', () => {
    // eslint-disable-next-line no-sparse-arrays
    const result = validateExercise({ ...goodExercise, steps: [, , 'Sta op.'] });
    expect(result.exercise).to.equal(undefined);
    expect(result.fatal.join(' ')).to.contain('steps[0]');
  });
});
