import { expect } from '@open-wc/testing';
import { exerciseIds, exercises } from '../../src/data/exercises.js';
import { doseText } from '../../src/data/dose-text.js';
import { resolveText } from '../../src/data/text.js';
import { templates as en } from '../../src/generated/locales/en.js';
import { needTexts, setLocale } from '../../src/base/localization.js';

describe('data/exercises', () => {
  it('has the nine exercises of the content brief, with their public ids', () => {
    expect(exerciseIds).to.deep.equal([
      'bird-dog', 'single-leg-bridge', 'plank', 'dead-bug', 'pelvic-tilt', 'morning-mobility', 'walking', 'belly-breathing', 'posture-break',
    ]);
  });

  for (const e of Object.values(exercises)) {
    it(`${e.id}: has every part a card shows, a picture with a text alternative, and sources`, () => {
      for (const key of ['title', 'purpose', 'startPosition', 'feel', 'avoid', 'easier', 'harder'] as const) {
        expect(resolveText(e[key]!), key).to.be.a('string').and.not.equal('');
      }
      expect(e.steps.length).to.be.at.least(3);
      expect(resolveText(e.illustration!.alt)).to.have.length.above(20);
      expect(e.sources.length).to.be.at.least(1);
      expect(doseText(e.dose)).to.not.equal('');
    });
  }

  it('gives the doses of the brief in words', () => {
    const words = Object.fromEntries(Object.values(exercises).map((e) => [e.id, doseText(e.dose)]));
    expect(words).to.deep.equal({
      'bird-dog': '3 keer 10 herhalingen per kant, 3 dagen per week',
      'single-leg-bridge': '3 keer 10 herhalingen, 3 dagen per week',
      plank: '3 keer 20 tot 30 seconden vasthouden, 3 dagen per week',
      'dead-bug': '3 keer 8 herhalingen per kant, 3 dagen per week',
      'pelvic-tilt': '10 tot 15 herhalingen',
      'morning-mobility': '10 minuten, elke dag',
      walking: 'minstens 15 minuten, elke dag',
      'belly-breathing': '5 minuten',
      'posture-break': 'na elke 30 minuten zitten',
    });
    expect(doseText({ reps: 1 })).to.equal('1 herhaling');
    expect(doseText({ reps: 5, holdSeconds: 10 })).to.equal('5 herhalingen, elke keer 10 seconden vasthouden');
    expect(doseText({ minutes: 1, frequency: 'twice-daily' })).to.equal('1 minuut, 2 keer per dag');
  });

  it('has an English translation for every text', async () => {
    const texts = Object.values(exercises).flatMap((e) => [e.title, e.purpose, e.startPosition, ...e.steps, e.feel, e.avoid, e.easier, e.harder, e.illustration!.alt]);
    expect(texts.every((t) => typeof t === 'function')).to.equal(true);
    expect(Object.keys(en).length).to.be.at.least(178);
    const dutch = texts.map((t) => resolveText(t!));
    // A page loads an exercise's translations with the exercise (src/data/exercise-library.ts).
    void needTexts(['dose', ...Object.keys(exercises).map((id) => `exercise.${id}`)]);
    await setLocale('en');
    // Each text on its own: a missing translation falls back to the Dutch source. "Plank" is the
    // one text that is the same word in both languages.
    const sameInBoth = new Set(['Plank']);
    const untranslated = texts.map((t) => resolveText(t!)).filter((english, i) => english === dutch[i] && !sameInBoth.has(english));
    expect(untranslated, 'texts still in Dutch').to.deep.equal([]);
    expect(resolveText(exercises['bird-dog']!.title)).to.equal('Stretching arm and leg');
    expect(doseText(exercises['bird-dog']!.dose)).to.equal('10 repetitions per side, 3 times, 3 days a week');
    expect(doseText(exercises.walking!.dose)).to.equal('at least 15 minutes, every day');
    for (const e of Object.values(exercises)) {
      expect(/\b(je|jouw|het|een|en)\b/.test(resolveText(e.purpose) + resolveText(e.steps[0]!)), `${e.id} is still Dutch`).to.equal(false);
    }
    await setLocale('nl');
  });
});
