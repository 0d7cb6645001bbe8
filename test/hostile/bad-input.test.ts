import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { RugwijsElement } from '../../src/base/rugwijs-element.js';
import { captureWarnings, shadowRoots, until, visibleText } from '../helpers.js';

/**
 * Every attribute and property of every element, fed wrong values. For each: a short localized
 * notice in the widget, one console warning that names the attribute and the value, no markup
 * from the value in the page, and the rest of the widget still working.
 */
const markup = '<img src=x onerror="window.__pwned=1">';
const script = '<script>window.__pwned=1</script>';
const huge = 'x'.repeat(10_000);

type Widget = RugwijsElement & Record<string, unknown>;
interface Case {
  what: string;
  attributes?: Record<string, string>;
  properties?: Record<string, unknown>;
  /** The attribute or property the warning names. */
  names: string;
  /** The start of the bad value, as the warning shows it. */
  value: string;
  notice: string;
}

const tags = {
  card: 'rugwijs-exercise-card',
  programme: 'rugwijs-exercise-program',
  checklist: 'rugwijs-warning-signs',
  bucket: 'rugwijs-load-bucket',
  myths: 'rugwijs-myths',
  course: 'rugwijs-recovery-course',
  selfCare: 'rugwijs-self-care',
} as const;

/** What each widget gets when the case does not set it, so that there is something to work. */
const defaults: Record<keyof typeof tags, Record<string, string>> = {
  card: { exercise: 'plank' },
  programme: { exercises: 'plank,walking' },
  checklist: {},
  bucket: {},
  myths: {},
  course: {},
  selfCare: {},
};
const unknownStatement = 'Een van de stellingen kennen we niet. Die laten we weg.';
const unknownSituation = 'Een van de situaties kennen we niet. Die laten we weg.';

const unknownExercise = (_id: string) => 'Deze oefening kunnen we nu niet laten zien. Vraag je therapeut ernaar.';
const badValue = (_value: string) => 'Een instelling hiervan klopt niet. De rest werkt gewoon.';
const badDose = 'Hoe vaak je dit doet, kunnen we niet laten zien. Vraag het je therapeut.';
const badLink = 'De link naar de praktijk werkt nu niet.';
const badPhone = 'Een telefoonnummer van de praktijk klopt niet. Dat laten we weg.';
const tooLong = 'Deze tekst is te lang. We tonen alleen het begin.';
const badExercise = 'Deze oefening kunnen we nu niet laten zien. Vraag je therapeut ernaar.';

const cases: Record<keyof typeof tags, Case[]> = {
  card: [
    { what: 'an empty exercise id', attributes: { exercise: '' }, names: 'exercise', value: '', notice: unknownExercise('') },
    { what: 'an unknown exercise id', attributes: { exercise: 'superman' }, names: 'exercise', value: 'superman', notice: unknownExercise('superman') },
    { what: 'HTML as the exercise id', attributes: { exercise: markup }, names: 'exercise', value: '<img src=x', notice: unknownExercise('') },
    { what: 'a 10 000-character exercise id', attributes: { exercise: huge }, names: 'exercise', value: 'xxxxxxxxxx', notice: unknownExercise('') },
    { what: 'malformed JSON', attributes: { exercise: '{"id": "x",' }, names: 'exercise', value: '{\\"id\\": \\"x\\",', notice: 'Een deel hiervan kunnen we nu niet laten zien. Vraag je therapeut ernaar.' },
    { what: 'a number as the exercise', properties: { exercise: 42 }, names: 'exercise', value: '42', notice: badExercise },
    { what: 'an exercise object with HTML and no steps', properties: { exercise: { id: 'own', title: script } }, names: 'exercise', value: '{\\"id\\":\\"own\\"', notice: badExercise },
    { what: 'negative sets', attributes: { sets: '-3' }, names: 'sets', value: '-3', notice: badDose },
    { what: 'NaN reps', attributes: { reps: 'NaN' }, names: 'reps', value: 'NaN', notice: badDose },
    { what: 'a huge number of reps', attributes: { reps: '10000' }, names: 'reps', value: '10000', notice: badDose },
    { what: 'a float hold', attributes: { 'hold-seconds': '1e308' }, names: 'hold-seconds', value: '1e308', notice: badDose },
    { what: 'a script as minutes', attributes: { minutes: script }, names: 'minutes', value: '<script>', notice: badDose },
    { what: 'a heading level of 9', attributes: { 'heading-level': '9' }, names: 'heading-level', value: '9', notice: badValue('9') },
    { what: 'a javascript: link', attributes: { 'contact-href': 'javascript:alert(1)' }, names: 'contact-href', value: 'javascript:alert(1)', notice: badLink },
    { what: 'HTML as the phone number', attributes: { 'contact-phone': markup }, names: 'contact-phone', value: '<img src=x', notice: badPhone },
    { what: 'an unknown region', attributes: { region: 'XX' }, names: 'region', value: 'XX', notice: badValue('') },
    { what: 'a 10 000-character practice name', attributes: { 'practice-name': huge }, names: 'practice-name', value: 'xxxxxxxxxx', notice: tooLong },
  ],
  programme: [
    { what: 'an empty list', attributes: { exercises: '' }, names: 'exercises', value: '', notice: 'In dit programma staan nog geen oefeningen. Vraag je therapeut ernaar.' },
    { what: 'only commas', attributes: { exercises: ' , ,' }, names: 'exercises', value: ' , ,', notice: 'In dit programma staan nog geen oefeningen. Vraag je therapeut ernaar.' },
    { what: 'malformed JSON', attributes: { exercises: '["plank",' }, names: 'exercises', value: '[\\"plank\\",', notice: 'Een deel hiervan kunnen we nu niet laten zien. Vraag je therapeut ernaar.' },
    { what: 'an unknown id among good ones', attributes: { exercises: 'plank,superman' }, names: 'superman', value: 'superman', notice: unknownExercise('superman') },
    { what: 'a script among the ids', attributes: { exercises: `plank,${script}` }, names: 'exercises', value: '<script>', notice: unknownExercise('') },
    { what: 'a number as the list', properties: { exercises: 42 }, names: 'exercises', value: '42', notice: badValue('42') },
    { what: 'a 10 000-character list', attributes: { exercises: huge }, names: 'exercises', value: 'xxxxxxxxxx', notice: unknownExercise('') },
    { what: 'a negative heading level', attributes: { 'heading-level': '-1' }, names: 'heading-level', value: '-1', notice: badValue('-1') },
    { what: 'a number as the heading', properties: { heading: 42 }, names: 'heading', value: '42', notice: badValue('42') },
    { what: 'a 10 000-character heading', attributes: { heading: huge }, names: 'heading', value: 'xxxxxxxxxx', notice: tooLong },
    { what: 'HTML as the storage key', attributes: { 'storage-key': '<b>x</b>' }, names: 'storage-key', value: '<b>x</b>', notice: badValue('<b>x</b>') },
  ],
  checklist: [
    { what: 'an unknown region', attributes: { region: 'XX' }, names: 'region', value: 'XX', notice: badValue('') },
    { what: 'words as the emergency number', attributes: { 'emergency-number': 'call-me' }, names: 'emergency-number', value: 'call-me', notice: badPhone },
    { what: 'HTML as the out-of-hours number', attributes: { 'out-of-hours-phone': '<b>x</b>' }, names: 'out-of-hours-phone', value: '<b>x</b>', notice: badPhone },
    { what: 'a 10 000-digit emergency number', attributes: { 'emergency-number': '1'.repeat(10_000) }, names: 'emergency-number', value: '1111111111', notice: badPhone },
    { what: 'a javascript: link', attributes: { 'contact-href': 'javascript:alert(1)' }, names: 'contact-href', value: 'javascript:alert(1)', notice: badLink },
    { what: 'a heading level that is no number', attributes: { 'heading-level': 'abc' }, names: 'heading-level', value: 'abc', notice: badValue('abc') },
    { what: 'a 10 000-character heading', attributes: { heading: huge }, names: 'heading', value: 'xxxxxxxxxx', notice: tooLong },
    { what: 'a string as the extra signs', properties: { signs: 'chest-pain' }, names: 'signs', value: 'chest-pain', notice: badValue('chest-pain') },
    { what: 'an extra sign with a bad id', properties: { signs: [{ id: 'Bad Id', level: 'urgent', question: 'x' }] }, names: 'signs[0]', value: 'Bad Id', notice: 'Een extra vraag van de praktijk klopt niet. Die laten we weg.' },
  ],
  bucket: [
    { what: 'an unknown load id', attributes: { loads: 'stress,skydiving' }, names: 'loads', value: 'skydiving', notice: 'Iets van de praktijk voor de emmer klopt niet. Dat laten we weg.' },
    { what: 'a step out of range', attributes: { step: '9' }, names: 'step', value: '9', notice: badValue('9') },
    { what: 'HTML as the step', attributes: { step: '<b>x</b>' }, names: 'step', value: '<b>x</b>', notice: badValue('<b>x</b>') },
    { what: 'NaN as the step', attributes: { step: 'NaN' }, names: 'step', value: 'NaN', notice: badValue('NaN') },
    { what: 'malformed JSON', attributes: { loads: '[{"id":' }, names: 'loads', value: '[{\\"id\\":', notice: 'Een deel hiervan kunnen we nu niet laten zien. Vraag je therapeut ernaar.' },
    { what: 'a heading level of 1', attributes: { 'heading-level': '1' }, names: 'heading-level', value: '1', notice: badValue('1') },
    { what: 'an object as the loads', properties: { loads: { id: 'oops' } }, names: 'loads', value: '{', notice: badValue('{"id":"oops"}') },
    { what: 'an own load with HTML, a bad kind and a huge size', properties: { loads: [{ id: 'x', label: markup, kind: 'nonsense', size: 1e9 }] }, names: 'loads[0]', value: '{', notice: 'Iets van de praktijk voor de emmer klopt niet. Dat laten we weg.' },
    { what: 'a 10 000-character load list', attributes: { loads: huge }, names: 'loads', value: 'xxxxxxxxxx', notice: 'Iets van de praktijk voor de emmer klopt niet. Dat laten we weg.' },
  ],
  myths: [
    { what: 'an unknown statement', attributes: { statements: 'rest-is-best,flat-earth' }, names: 'statements', value: 'flat-earth', notice: unknownStatement },
    { what: 'HTML as a statement id', attributes: { statements: markup }, names: 'statements', value: '<img src=x', notice: unknownStatement },
    { what: 'malformed JSON', attributes: { statements: '["rest-is-best",' }, names: 'statements', value: '[\\"rest-is-best\\",', notice: unknownStatement },
    { what: 'a number as the statements', properties: { statements: 42 }, names: 'statements', value: '42', notice: unknownStatement },
    { what: 'a 10 000-character list', attributes: { statements: huge }, names: 'statements', value: 'xxxxxxxxxx', notice: unknownStatement },
    { what: 'a heading level of 6', attributes: { 'heading-level': '6' }, names: 'heading-level', value: '6', notice: badValue('6') },
    { what: 'a javascript: link', attributes: { 'contact-href': 'javascript:alert(1)' }, names: 'contact-href', value: 'javascript:alert(1)', notice: badLink },
  ],
  course: [
    { what: 'a week above 52', attributes: { week: '53' }, names: 'week', value: '53', notice: badValue('53') },
    { what: 'a negative week', attributes: { week: '-2' }, names: 'week', value: '-2', notice: badValue('-2') },
    { what: 'HTML as the week', attributes: { week: '<b>x</b>' }, names: 'week', value: '<b>x</b>', notice: badValue('<b>x</b>') },
    { what: 'an object as the week', properties: { week: { weeks: 3 } }, names: 'week', value: '{', notice: badValue('{"weeks":3}') },
    { what: 'a 10 000-character heading', attributes: { heading: huge }, names: 'heading', value: 'xxxxxxxxxx', notice: tooLong },
    { what: 'an unknown region', attributes: { region: 'XX' }, names: 'region', value: 'XX', notice: badValue('') },
  ],
  selfCare: [
    { what: 'an unknown situation', attributes: { situation: 'skydiving' }, names: 'situation', value: 'skydiving', notice: unknownSituation },
    { what: 'HTML as the situation', attributes: { situation: markup }, names: 'situation', value: '<img src=x', notice: unknownSituation },
    { what: 'an unknown id in situations', attributes: { situations: 'office,skydiving' }, names: 'situations', value: 'skydiving', notice: unknownSituation },
    { what: 'malformed JSON', attributes: { situations: '["office"' }, names: 'situations', value: '[\\"office\\"', notice: unknownSituation },
    { what: 'a 10 000-character situation', attributes: { situation: huge }, names: 'situation', value: 'xxxxxxxxxx', notice: unknownSituation },
    { what: 'HTML as the phone number', attributes: { 'contact-phone': markup }, names: 'contact-phone', value: '<img src=x', notice: badPhone },
  ],
};

/** After the bad input: one thing a patient does with the widget, checked by what they see. */
const stillWorks: Record<keyof typeof tags, (el: Widget) => Promise<void>> = {
  async card(el) {
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.motion-toggle');
    if (!toggle) return; // no exercise to show: the notice is the whole card
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
  },
  async programme(el) {
    const tick = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]');
    if (!tick) return; // no exercise in the list
    tick.click();
    await el.updateComplete;
    expect(visibleText(el.shadowRoot!.querySelector('[part=progress] [role=status]'))).to.match(/^1 van \d gedaan$/);
  },
  async checklist(el) {
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="chest-pain"][value="yes"]')!.click();
    await el.updateComplete;
    expect(visibleText(el.shadowRoot!.querySelector('[part=alert]'))).to.contain('Bel nu 112');
  },
  async bucket(el) {
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle.load[data-id="long-sitting"]')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
  },
  async myths(el) {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-answer="false"]')!.click();
    await el.updateComplete;
    expect(visibleText(el.shadowRoot!.querySelector('[part=result]'))).to.contain('Dit is');
  },
  async course(el) {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;
    expect(visibleText(el.shadowRoot!.querySelector('.week-value'))).to.equal('1 week');
  },
  async selfCare(el) {
    const sleep = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-situation="sleep"]');
    if (!sleep) return; // a list without sleep
    sleep.click();
    await el.updateComplete;
    expect(sleep.getAttribute('aria-pressed')).to.equal('true');
  },
};

const notices = (el: Element) =>
  shadowRoots(el).flatMap((root) => [...root.querySelectorAll<HTMLElement>('[part=notice]')]).filter((n) => n.checkVisibility());

let total = 0;
describe('bad input, table-driven, every element', () => {
  afterEach(() => {
    delete (window as { __pwned?: unknown }).__pwned;
  });
  after(() => expect(total, 'cases in the table').to.be.at.least(30));

  for (const [widget, list] of Object.entries(cases) as [keyof typeof tags, Case[]][]) {
    describe(`<${tags[widget]}>`, () => {
      for (const c of list) {
        total++;
        it(`${c.what}: a notice, one warning naming ${c.names}, no markup, and the rest works`, async () => {
          const warnings = captureWarnings();
          try {
            const page = await fixture<HTMLElement>(html`<div><p class="host-text">The practice's own page.</p></div>`);
            const el = document.createElement(tags[widget]) as unknown as Widget;
            const attributes = { ...defaults[widget], ...c.attributes };
            for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
            Object.assign(el, c.properties);
            page.append(el);
            await el.updateComplete;

            // Used first: the checklist shows the practice's contact details, and a notice about
            // them, with its advice.
            await stillWorks[widget](el);
            await until(() => notices(el).some((n) => visibleText(n).startsWith(c.notice)), 3000, `notice "${c.notice}"`);
            expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
            expect(warnings.messages[0]).to.contain(c.names).and.contain(c.value);
            // Patients see patient sentences: the value and the attribute stay in the console.
            for (const n of notices(el)) for (const developerText of [c.value, c.names].filter((t) => t.length > 1)) expect(visibleText(n)).not.to.contain(developerText);

            el.requestUpdate();
            await el.updateComplete;
            expect(warnings.messages, 'still one warning after a re-render').to.have.length(1);

            for (const root of shadowRoots(el)) expect(root.querySelector('img, script, b, iframe'), 'markup from the value').to.equal(null);
            expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
            expect(visibleText(page.querySelector('.host-text'))).to.equal("The practice's own page.");

            await expect(el).to.be.accessible();
          } finally {
            warnings.restore();
          }
        });
      }
    });
  }
});
