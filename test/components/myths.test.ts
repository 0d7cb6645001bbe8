import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/myths/define.js';
import type { MythAnswerDetail, RugwijsMyths } from '../../src/components/myths/myths.js';
import { statements } from '../../src/data/myths.js';
import { captureWarnings, emulate, resetMedia, until, visibleText } from '../helpers.js';

const q = <T extends Element = HTMLElement>(el: RugwijsMyths, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const all = <T extends Element = HTMLElement>(el: RugwijsMyths, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const focused = (el: RugwijsMyths) => el.shadowRoot!.activeElement as HTMLElement | null;
const text = (el: RugwijsMyths, selector: string) => visibleText(q(el, selector));
const ids = statements.map((s) => s.id);
const dutch = new Map(statements.map((s) => [s.id, s]));

async function quiz(template = html`<rugwijs-myths></rugwijs-myths>`) {
  const el = await fixture<RugwijsMyths>(template);
  await el.updateComplete;
  return el;
}

async function click(el: RugwijsMyths, target: HTMLElement) {
  target.click();
  await el.updateComplete;
}

/** Answers the statement on screen: right or not, then goes on. */
async function answerCurrent(el: RugwijsMyths, right: boolean) {
  const id = ids.find((i) => (dutch.get(i)!.statement as () => string)() === text(el, '.statement'))!;
  const truth = dutch.get(id)!.true;
  await click(el, q(el, `button[data-answer="${right ? truth : !truth}"]`)!);
  await click(el, q(el, '.next')!);
  return id;
}

describe('<rugwijs-myths>', () => {
  afterEach(resetMedia);

  it('starts with the first statement, two answer buttons and no verdict', async () => {
    const el = await quiz();
    expect(text(el, '[part=heading]')).to.equal('Waar of niet waar?');
    expect(text(el, '.progress')).to.equal('Stelling 1 van 11');
    expect(text(el, '.statement')).to.equal('Bij rugpijn kun je het beste rusten.');
    expect(all(el, '.choices button').map((b) => b.textContent)).to.deep.equal(['Waar', 'Niet waar']);
    expect(q(el, '[part=result]')).to.not.exist;
    expect(getComputedStyle(q(el, '[part=review]')!).display, 'the list waits for the end').to.equal('none');
    expect(el.score).to.deep.equal({ right: 0, answered: 0, total: 11 });
    await expect(el).to.be.accessible();
  });

  it('has eight myths first, then three true statements, each with a fact and a checkable source', () => {
    expect(ids).to.deep.equal([
      'rest-is-best', 'scan-needed', 'bending-lifting-dangerous', 'pain-means-damage', 'all-at-once', 'wear-and-tear', 'posture-perfect', 'cardio-only',
      'movement-helps', 'stress-matters', 'recurrence-common',
    ]);
    expect(statements.map((s) => s.true)).to.deep.equal([false, false, false, false, false, false, false, false, true, true, true]);
    for (const s of statements) {
      expect(s.sources.length, s.id).to.be.above(0);
      const sentences = (s.fact as () => string)().split(/(?<=[.!?])\s+/);
      expect(sentences.length, s.id).to.be.within(2, 4);
    }
  });

  it('answers every statement by keyboard alone, with an event per answer and a kind verdict, then shows the score', async () => {
    const el = await quiz();
    const details: MythAnswerDetail[] = [];
    el.addEventListener('rugwijs-myth-answer', (e) => details.push((e as CustomEvent<MythAnswerDetail>).detail));
    // Right on the even ones, not on the odd ones: 6 of 11.
    for (const [i, s] of statements.entries()) {
      const right = i % 2 === 0;
      expect(text(el, '.progress')).to.equal(`Stelling ${i + 1} van 11`);
      expect(text(el, '.statement')).to.equal((s.statement as () => string)());
      await sendKeys({ press: 'Tab' });
      if (!(s.true === right)) await sendKeys({ press: 'Tab' }); // "Niet waar" is the second button
      expect(focused(el)?.dataset.answer).to.equal(String(s.true === right));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el), 'focus moves to what is true').to.equal(q(el, '[part=result]'));
      const result = text(el, '[part=result]');
      expect(result).to.contain(s.true ? 'Dit is waar.' : 'Dit is niet waar.');
      expect(result).to.contain((s.fact as () => string)());
      expect(result).to.contain('Bron:');
      const said = right ? s.true : !s.true;
      expect(text(el, '.you-said')).to.equal(said ? 'Jij zei: waar.' : 'Jij zei: niet waar.');
      expect(result, 'never scolds').to.not.match(/fout|onjuist|helaas|jammer/i);
      if (right) expect(result).to.contain('Goed gezien!');
      else expect(result).to.contain(s.true ? 'Veel mensen twijfelen hierover.' : 'Dat denken veel mensen.');
      await expect(el).to.be.accessible();
      expect(details.at(-1)).to.deep.equal({ id: s.id, answer: s.true === right, correct: right });
      await sendKeys({ press: 'Tab' });
      for (let t = 0; t < 6 && !focused(el)?.classList.contains('next'); t++) await sendKeys({ press: 'Tab' }); // past the source links
      expect(focused(el)?.textContent?.trim()).to.equal(i < 10 ? 'Volgende stelling' : 'Bekijk hoeveel je wist');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    expect(details).to.have.length(11);
    expect(text(el, '.score')).to.equal('Je wist er 6 van de 11.');
    expect(focused(el)).to.equal(q(el, '.score'));
    expect(text(el, '[part=score]')).to.contain('Geen probleem');
    expect(el.score).to.deep.equal({ right: 6, answered: 11, total: 11 });
    expect(el.answers).to.include({ 'rest-is-best': false, 'scan-needed': true });
    const review = q(el, '[part=review]')!;
    expect(getComputedStyle(review).display).to.equal('grid');
    expect(all(el, '[part=review] li')).to.have.length(11);
    await expect(el).to.be.accessible();
  });

  it('goes through them again with "Nog een keer", without an event', async () => {
    const el = await quiz(html`<rugwijs-myths statements="movement-helps,scan-needed"></rugwijs-myths>`);
    for (let i = 0; i < 2; i++) await answerCurrent(el, true);
    expect(text(el, '.score')).to.equal('Je wist er 2 van de 2.');
    expect(text(el, '[part=score]')).to.contain('Knap!');
    let events = 0;
    el.addEventListener('rugwijs-myth-answer', () => events++);
    q(el, '.again')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el, '.progress')).to.equal('Stelling 1 van 2');
    expect(focused(el)).to.equal(q(el, '.statement'));
    expect(el.answers).to.deep.equal({});
    expect(events).to.equal(0);
  });

  it('takes statements as a comma list, a JSON array or an array, in that order', async () => {
    const el = await quiz(html`<rugwijs-myths statements="recurrence-common, rest-is-best"></rugwijs-myths>`);
    expect(text(el, '.progress')).to.equal('Stelling 1 van 2');
    expect(text(el, '.statement')).to.equal('Rugpijn komt vaak terug.');
    el.setAttribute('statements', '["pain-means-damage","cardio-only","stress-matters"]');
    await el.updateComplete;
    expect(text(el, '.progress')).to.equal('Stelling 1 van 3');
    expect(text(el, '.statement')).to.equal('Pijn betekent dat er iets kapot is.');
    el.statements = ['wear-and-tear'];
    await el.updateComplete;
    expect(el.score.total).to.equal(1);
    expect(text(el, '.statement')).to.contain('Slijtage');
  });

  it('an equal new list keeps what the patient did; a new list keeps the answers it still has', async () => {
    const el = await quiz();
    el.statements = ['rest-is-best', 'scan-needed', 'stress-matters'];
    await el.updateComplete;
    await click(el, q(el, 'button[data-answer="false"]')!);
    el.statements = ['rest-is-best', 'scan-needed', 'stress-matters'];
    await el.updateComplete;
    expect(q(el, '[part=result]'), 'the verdict stays on screen').to.exist;
    expect(el.answers).to.deep.equal({ 'rest-is-best': false });
    el.statements = ['stress-matters', 'rest-is-best'];
    await el.updateComplete;
    expect(text(el, '.statement')).to.equal('Stress en slecht slapen kunnen rugpijn erger maken.');
    expect(el.score).to.deep.equal({ right: 1, answered: 1, total: 2 });
  });

  it('answers set by code go on at the first open statement, with no event; an equal value changes nothing', async () => {
    const el = await quiz(html`<rugwijs-myths statements="rest-is-best,scan-needed,movement-helps"></rugwijs-myths>`);
    let events = 0;
    el.addEventListener('rugwijs-myth-answer', () => events++);
    el.answers = { 'rest-is-best': true, 'scan-needed': false };
    await el.updateComplete;
    expect(text(el, '.progress')).to.equal('Stelling 3 van 3');
    expect(el.score).to.deep.equal({ right: 1, answered: 2, total: 3 });
    await click(el, q(el, 'button[data-answer="true"]')!);
    expect(events).to.equal(1);
    el.answers = { 'rest-is-best': true, 'scan-needed': false, 'movement-helps': true };
    await el.updateComplete;
    expect(q(el, '[part=result]'), 'an equal value keeps the verdict on screen').to.exist;
    el.answers = { 'rest-is-best': false, 'scan-needed': false, 'movement-helps': true };
    await el.updateComplete;
    expect(text(el, '.score')).to.equal('Je wist er 3 van de 3.');
    el.reset();
    await el.updateComplete;
    expect(el.score.answered).to.equal(0);
    expect(events).to.equal(1);
  });

  it('heading and heading-level', async () => {
    const el = await quiz(html`<rugwijs-myths heading="Klopt dit?" heading-level="3"></rugwijs-myths>`);
    const h = q(el, '[part=heading]')!;
    expect(h.tagName).to.equal('H3');
    expect(h.textContent).to.equal('Klopt dit?');
    expect(q(el, '.review-title')!.tagName).to.equal('H4');
  });

  it('shows the practice contact, and follows the page language', async () => {
    const el = await quiz(html`<rugwijs-myths practice-name="Fysio De Brug" contact-phone="020 123 45 67"></rugwijs-myths>`);
    expect(text(el, '[part=contact]')).to.contain('Fysio De Brug').and.contain('Bel 020 123 45 67');
    document.documentElement.lang = 'en';
    try {
      await until(() => text(el, '.statement') === 'With back pain, resting is best.', 3000, 'English');
      expect(text(el, '[part=heading]')).to.equal('True or not true?');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.lang = 'nl';
    }
    await until(() => text(el, '[part=heading]') === 'Waar of niet waar?', 3000, 'Dutch');
  });

  it('prints every statement with what is true, without buttons', async function () {
    if (!(await emulate({ media: 'print' }))) this.skip(); // see emulate(): Chromium only
    const el = await quiz();
    expect(getComputedStyle(q(el, '[part=review]')!).display).to.equal('grid');
    expect(getComputedStyle(q(el, '[part=card]')!).display).to.equal('none');
    for (const b of all(el, 'button')) expect(getComputedStyle(b).display).to.equal('none');
    expect(all(el, '[part=review] li')).to.have.length(11);
  });

  it('has no motion to stop under reduced motion: nothing animates', async function () {
    if (!(await emulate({ reducedMotion: 'reduce' }))) this.skip(); // see emulate(): Chromium only
    const el = await quiz();
    await click(el, q(el, 'button[data-answer="false"]')!);
    for (const node of all(el, '*')) expect(getComputedStyle(node).animationName, node.className).to.equal('none');
  });

  describe('bad input', () => {
    it('unknown statements: one notice, one warning each, the known ones stay', async () => {
      const warnings = captureWarnings();
      try {
        const el = await quiz(html`<rugwijs-myths statements="rest-is-best,nonsense"></rugwijs-myths>`);
        await until(() => !!q(el, '[part=notice]'), 3000, 'notice');
        expect(text(el, '[part=notice]')).to.equal('Een van de stellingen kennen we niet. Die laten we weg.');
        expect(text(el, '[part=notice]'), 'no ids for patients').to.not.contain('nonsense');
        expect(warnings.messages.filter((m) => m.includes('nonsense'))).to.have.length(1);
        expect(el.score.total).to.equal(1);
        await el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('broken JSON, a bad heading level and bad answers: notices and all statements', async () => {
      const warnings = captureWarnings();
      try {
        const el = await quiz(html`<rugwijs-myths statements='["rest-is-best"' heading-level="9"></rugwijs-myths>`);
        await until(() => all(el, '[part=notice]').length === 2, 3000, 'notices');
        expect(el.score.total).to.equal(11);
        expect(q(el, '[part=heading]')!.tagName).to.equal('H2');
        el.answers = { 'rest-is-best': 'yes', nope: true } as unknown as Record<string, boolean>;
        expect(el.answers).to.deep.equal({});
        expect(warnings.messages).to.have.length(3);
      } finally {
        warnings.restore();
      }
    });
  });
});
