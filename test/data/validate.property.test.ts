import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/exercise-card/define.js';
import type { RugwijsExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import {
  isPhoneNumber, isSafeHref, parseCount, parseJson, parseRegion, validateHeading, validateSettings,
} from '../../src/data/validate.js';
import { validateExercise } from '../../src/data/validate-exercise.js';
import { validateLoads } from '../../src/data/validate-loads.js';
import { validateSigns } from '../../src/data/validate-signs.js';
import { captureWarnings, visibleText } from '../helpers.js';

/**
 * Properties of the validators: whatever a page passes, they never throw, and what they accept is
 * safe and renders. fast-check shrinks any counterexample to its smallest form.
 */
const anyValue = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true });
/** Strings that look like what people type, with the tricky characters over-represented. */
const typed = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', ' ', 'javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:x', 'data:text/html,<b>', '//evil.example', '<img src=x onerror=alert(1)>', '112', '+31 20 123 4567', 'https://praktijk.nl', 'mailto:a@b.nl', 'NaN', '-1', '1e3', '0x10'),
);
const runs = { numRuns: 300 };

describe('data/validate: properties', () => {
  it('validateSettings never throws, and keeps only safe links, real phone numbers and known regions', () => {
    fc.assert(
      fc.property(
        fc.record({ 'practice-name': fc.oneof(typed, anyValue), 'contact-href': fc.oneof(typed, anyValue), 'contact-phone': fc.oneof(typed, anyValue), region: fc.oneof(typed, anyValue) }),
        (input) => {
          const { settings, problems } = validateSettings(input);
          if (settings.contactHref !== undefined) {
            expect(isSafeHref(settings.contactHref)).to.equal(true);
            expect(settings.contactHref.trim().toLowerCase()).to.not.match(/^(javascript|data|vbscript):/);
          }
          if (settings.contactPhone !== undefined) expect(isPhoneNumber(settings.contactPhone)).to.equal(true);
          if (settings.region !== undefined) expect(['NL', 'BE', 'INT']).to.include(settings.region);
          if (settings.practiceName !== undefined) expect(settings.practiceName.length).to.be.within(1, 120);
          for (const problem of problems) expect(problem.attribute).to.be.a('string');
        },
      ),
      runs,
    );
  });

  it('isSafeHref refuses every script or data link, however it is written', () => {
    const scheme = fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'blob');
    const casing = fc.array(fc.boolean(), { minLength: 10, maxLength: 10 });
    fc.assert(
      fc.property(scheme, casing, fc.constantFrom('', ' ', '\t', '\n', '\u0000'), fc.string(), (name, upper, space, rest) => {
        const written = [...name].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join('');
        expect(isSafeHref(`${space}${written}:${rest}`), `${space}${written}:${rest}`).to.equal(false);
      }),
      runs,
    );
  });

  it('parseCount, parseRegion, parseJson and validateHeading never throw and stay within bounds', () => {
    fc.assert(
      fc.property(anyValue, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 50 }), (value, min, span) => {
        const n = parseCount(value, [min, min + span]);
        if (n !== undefined) expect(Number.isInteger(n) && n >= min && n <= min + span).to.equal(true);
        const heading = validateHeading(value, value, [2, 5], 2);
        expect(heading.level).to.be.within(2, 5);
        expect(heading.text.length).to.be.at.most(200);
      }),
      runs,
    );
    fc.assert(
      fc.property(typed, (text) => {
        expect(parseRegion(text)).to.be.oneOf([undefined, 'NL', 'BE', 'INT']);
        const parsed = parseJson(text);
        expect('value' in parsed || 'error' in parsed).to.equal(true);
      }),
      runs,
    );
  });

  it('the exercise, sign and load validators never throw on any value', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        validateExercise(value);
        validateSigns(value);
        validateLoads(Array.isArray(value) ? value : [value]);
      }),
      runs,
    );
  });

  // Exercise-shaped objects: right and wrong types for every field, so that some pass.
  const text = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom('<b>vet</b>', '<script>window.__pwned=1</script>', '  ', ''), anyValue);
  const exerciseLike = fc.record(
    {
      id: fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), anyValue),
      title: text,
      purpose: text,
      steps: fc.oneof(fc.array(text, { minLength: 1, maxLength: 4 }), anyValue),
      dose: fc.oneof(fc.record({ sets: fc.integer({ min: -2, max: 12 }), reps: fc.oneof(fc.integer({ min: -2, max: 120 }), typed) }, { requiredKeys: [] }), anyValue),
      feel: text,
      sources: fc.oneof(fc.array(fc.record({ title: text, url: typed })), anyValue),
    },
    { requiredKeys: [] },
  );

  it('validateExercise: anything it accepts renders as a card, its text as text', async () => {
    const accepted = fc.sample(exerciseLike, 2000).map((input) => ({ input, result: validateExercise(input) })).filter(({ result }) => result.exercise);
    expect(accepted.length, 'some generated exercises pass').to.be.above(10);
    const warnings = captureWarnings();
    try {
      for (const { input, result } of accepted.slice(0, 40)) {
        const el = await fixture<RugwijsExerciseCard>(html`<rugwijs-exercise-card .exercise=${input}></rugwijs-exercise-card>`);
        await el.updateComplete;
        const exercise = result.exercise!;
        expect(visibleText(el.shadowRoot!.querySelector('[part=title]'))).to.equal(String(exercise.title).replace(/\s+/g, ' ').trim());
        expect(el.shadowRoot!.querySelectorAll('[part=steps] li'), fc.stringify(input)).to.have.length(exercise.steps.length);
        expect(el.shadowRoot!.querySelector('b, script')).to.equal(null);
        expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      }
    } finally {
      warnings.restore();
    }
  });
});
