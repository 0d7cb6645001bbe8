import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/exercise-program/define.js';
import type { RugwijsExerciseProgram } from '../../src/components/exercise-program/exercise-program.js';
import type { RugwijsExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { localDate } from '../../src/base/local-date.js';
import { until, visibleText } from '../helpers.js';
import { fakeGuidedClock } from '../guided-clock.js';

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const boxes = (el: RugwijsExerciseProgram) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

async function program(template = html`<rugwijs-exercise-program exercises="bird-dog,single-leg-bridge,walking"></rugwijs-exercise-program>`) {
  const el = await fixture<RugwijsExerciseProgram>(template);
  await el.updateComplete;
  return el;
}

describe('<rugwijs-exercise-program>', () => {
  beforeEach(() => localStorage.clear());

  it('starts with an overview: each exercise with its dose and its tick, none open, progress, the safety note once', async () => {
    const el = await program();
    expect(visibleText(q(el, 'h2[part=heading]'))).to.equal('Je oefeningen voor thuis');
    expect(visibleText(q(el, '[part=progress] [role=status]'))).to.equal('0 van 3 gedaan');
    const items = [...el.shadowRoot!.querySelectorAll('[part=item]')];
    expect(items.map((i) => visibleText(i.querySelector('button.open')))).to.deep.equal([
      'Arm en been strekken 3 keer 10 herhalingen per kant, 3 dagen per week',
      'Bruggetje maken 3 keer 10 herhalingen, 3 dagen per week',
      'Wandelen minstens 15 minuten, elke dag',
    ]);
    expect(el.shadowRoot!.querySelectorAll('h3 button.open'), 'each title is a heading one level below the programme').to.have.length(3);
    boxes(el).forEach((box, i) => expect(box.closest('[part=item]'), 'the tick is inside its exercise').to.equal(items[i]));
    expect(boxes(el)[0]!.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Vandaag gedaan: Arm en been strekken');
    expect(el.shadowRoot!.querySelector('rugwijs-exercise-card'), 'no exercise open yet').to.equal(null);
    expect(visibleText(q(el, '[part=safety] .alarm'))).to.contain('Bel dan meteen je huisarts.');
    await expect(el).to.be.accessible();
  });

  it('opens one exercise at a time, by keyboard, and shows the safety note and the dose once', async () => {
    const el = await program();
    const toggles = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.open')];
    const shown = () => [...el.shadowRoot!.querySelectorAll<RugwijsExerciseCard>('rugwijs-exercise-card')];
    toggles[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await customElements.whenDefined('rugwijs-exercise-card');
    const card = shown()[0]!;
    await card.updateComplete;
    expect(shown().map((c) => c.exercise)).to.deep.equal(['bird-dog']);
    expect(toggles.map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(['true', 'false', 'false']);
    expect(el.shadowRoot!.getElementById(toggles[0]!.getAttribute('aria-controls')!)!.contains(card)).to.equal(true);
    expect(q(card, '[part~=general-safety]')!.offsetHeight, "the card's copy of the safety note is hidden").to.equal(0);
    expect(q(card, '[part=dose]')!.offsetHeight, 'the dose shows once, in the overview').to.equal(0);
    expect(q(card, '[part=steps]')!.offsetHeight).to.be.above(0);
    await expect(el).to.be.accessible();

    toggles[2]!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    await shown()[0]!.updateComplete;
    expect(toggles.map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'true']);
    expect(shown().map((c) => c.exercise)).to.deep.equal(['walking']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(), 'pressed again, it closes').to.have.length(0);
  });

  it('pauses a running session when its exercise closes, and has it waiting when it opens again', async () => {
    const time = fakeGuidedClock();
    try {
      const el = await program(html`<rugwijs-exercise-program exercises="plank,walking"></rugwijs-exercise-program>`);
      const toggles = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.open')];
      toggles[0]!.click();
      await customElements.whenDefined('rugwijs-exercise-card');
      const card = q<RugwijsExerciseCard>(el, 'rugwijs-exercise-card')!;
      await card.updateComplete;
      q(card, '.start')!.click();
      await until(() => !!q(card, '.session'), 3000, 'the guided mode');
      await time.pass(card, 5000 + 3000);
      expect(visibleText(q(card, '[role=timer]'))).to.equal('0:17');
      toggles[1]!.click();
      await el.updateComplete;
      await time.pass(card, 60_000);
      expect(boxes(el)[0]!.checked, 'a closed exercise does not finish by itself').to.equal(false);
      toggles[0]!.click();
      await el.updateComplete;
      expect(q(el, 'rugwijs-exercise-card') === card, 'the same card, kept').to.equal(true);
      await card.updateComplete;
      expect(visibleText(q(card, '[role=timer]'))).to.equal('0:17');
      expect(visibleText(q(card, '.pause'))).to.equal('Doorgaan');
    } finally {
      time.restore();
    }
  });

  it('fits three exercises in about half the height a phone needed for three full cards (3,191 px)', async function () {
    await setViewport({ width: 375, height: 667 }).catch(() => this.skip()); // WebKit's driver cannot resize
    try {
      const el = await program();
      expect(el.getBoundingClientRect().height).to.be.below(1200);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('ticks by keyboard, counts progress and fires rugwijs-program-progress', async () => {
    const el = await program(html`<rugwijs-exercise-program exercises="bird-dog,single-leg-bridge,walking" heading="Mijn oefeningen"></rugwijs-exercise-program>`);
    expect(visibleText(q(el, '[part=heading]'))).to.equal('Mijn oefeningen');
    boxes(el)[0]!.focus();
    let event = oneEvent(el, 'rugwijs-program-progress');
    await sendKeys({ press: ' ' });
    expect((await event).detail).to.deep.equal({ done: ['bird-dog'], total: 3, date: localDate() });
    await el.updateComplete;
    boxes(el)[2]!.click();
    await el.updateComplete;
    expect(visibleText(q(el, '[role=status]'))).to.equal('2 van 3 gedaan');
    expect(el.done).to.deep.equal(['bird-dog', 'walking']);
    await expect(el).to.be.accessible();
    event = oneEvent(el, 'rugwijs-program-progress');
    boxes(el)[0]!.click();
    expect((await event).detail.done).to.deep.equal(['walking']);
  });

  it('ticks an exercise when its guided session is finished', async () => {
    const el = await program(html`<rugwijs-exercise-program exercises="posture-break,walking"></rugwijs-exercise-program>`);
    q(el, 'button.open')!.click();
    await customElements.whenDefined('rugwijs-exercise-card');
    const card = q<RugwijsExerciseCard>(el, 'rugwijs-exercise-card')!;
    await card.updateComplete;
    q(card, '.start')!.click();
    await until(() => !!q(card, '.main-action'), 3000, 'the guided mode');
    q<HTMLButtonElement>(card, '.main-action')!.click();
    await el.updateComplete;
    expect(boxes(el)[0]!.checked).to.equal(true);
    expect(visibleText(q(el, '[role=status]'))).to.equal('1 van 2 gedaan');
  });

  it('writes nothing to storage without remember', async () => {
    const el = await program();
    boxes(el)[0]!.click();
    await el.updateComplete;
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });

  it('keeps the ticks of today with remember, under the storage-key the practice names', async () => {
    const el = await program(html`<rugwijs-exercise-program exercises="bird-dog,walking" remember storage-key="praktijk-zuid"></rugwijs-exercise-program>`);
    boxes(el)[1]!.click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem('praktijk-zuid')!)).to.deep.equal({ date: localDate(), done: ['walking'] });

    el.remove();
    const again = await program(html`<rugwijs-exercise-program exercises="bird-dog,walking" remember storage-key="praktijk-zuid"></rugwijs-exercise-program>`);
    expect(boxes(again).map((b) => b.checked)).to.deep.equal([false, true]);
    expect(visibleText(q(again, '[role=status]'))).to.equal('1 van 2 gedaan');
  });

  it('starts a new day with no ticks', async () => {
    localStorage.setItem('rugwijs-program', JSON.stringify({ date: '2000-01-01', done: ['bird-dog'] }));
    const el = await program(html`<rugwijs-exercise-program exercises="bird-dog,walking" remember></rugwijs-exercise-program>`);
    expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, false]);
  });

  it('survives a corrupt stored record', async () => {
    localStorage.setItem('rugwijs-program', '{not json');
    const el = await program(html`<rugwijs-exercise-program exercises="bird-dog" remember></rugwijs-exercise-program>`);
    expect(boxes(el)[0]!.checked).to.equal(false);
  });

  it('accepts a list of ids and practice exercises as a property', async () => {
    const el = await program(html`<rugwijs-exercise-program></rugwijs-exercise-program>`);
    el.exercises = ['plank', { id: 'wall-sit', title: 'Zitten tegen de muur', steps: ['Zak door je knieën.'], dose: { holdSeconds: 20 } }];
    await el.updateComplete;
    expect(boxes(el)).to.have.length(2);
    const toggle = el.shadowRoot!.querySelectorAll('button.open')[1] as HTMLButtonElement;
    expect(visibleText(toggle)).to.equal('Zitten tegen de muur');
    toggle.click();
    await customElements.whenDefined('rugwijs-exercise-card');
    await el.updateComplete;
    const cards = [...el.shadowRoot!.querySelectorAll<RugwijsExerciseCard>('rugwijs-exercise-card')];
    expect(cards, 'only the open exercise').to.have.length(1);
    const card = cards[0]!;
    await until(() => visibleText(q(card, '[part=steps]')) === 'Zak door je knieën.', 3000, 'the practice exercise, opened');
    expect(visibleText(q(card, '[part=dose]')), 'the overview has no dose for it, so the card shows it').to.equal('Hoe vaak: 20 seconden vasthouden');
    expect(q(card, '[part=dose]')!.offsetHeight).to.be.above(0);
  });

});
