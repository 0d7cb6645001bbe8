import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/exercise-card/define.js';
import type { RugwijsExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { exerciseIds } from '../../src/data/exercises.js';
import { captureWarnings, emulate, resetMedia, until, visibleText } from '../helpers.js';

const q = <T extends Element = HTMLElement>(el: RugwijsExerciseCard, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const focused = (el: RugwijsExerciseCard) => el.shadowRoot!.activeElement as HTMLElement | null;
const live = (el: RugwijsExerciseCard) => visibleText(q(el, '[aria-live]'));
/** Waits for a part that appears after code loaded on demand (guided mode, the exercise validator). */
const shows = (el: RugwijsExerciseCard, selector: string) => until(() => !!q(el, selector), 3000, selector);

async function card(template = html`<rugwijs-exercise-card exercise="bird-dog"></rugwijs-exercise-card>`) {
  const el = await fixture<RugwijsExerciseCard>(template);
  await el.updateComplete;
  return el;
}

describe('<rugwijs-exercise-card>', () => {
  afterEach(resetMedia);

  it('shows an exercise: title, purpose, picture, dose in words, ordered steps, feel, avoid, variants, safety', async () => {
    const el = await card();
    expect(visibleText(q(el, '[part=title]'))).to.equal('Arm en been strekken');
    expect(q(el, 'h3[part=title]'), 'default heading level 3').to.exist;
    expect(visibleText(q(el, '[part=dose]'))).to.equal('Hoe vaak: 3 keer 10 herhalingen per kant');
    const steps = [...el.shadowRoot!.querySelectorAll('ol[part=steps] li')].map((li) => li.textContent);
    expect(steps).to.have.length(6);
    expect(steps[1]).to.equal('Strek je rechterarm naar voren.');
    const text = visibleText(el.shadowRoot);
    for (const part of ['Wat voel je?', 'Let op', 'Makkelijker', 'Moeilijker', 'Een beetje ongemak mag.', 'Vraag dan je therapeut om raad.']) {
      expect(text).to.contain(part);
    }
    const picture = q(el, '[part=picture]')!;
    expect(picture.getAttribute('role')).to.equal('img');
    expect(picture.getAttribute('aria-label')).to.contain('handen en knieën');
    expect(picture.querySelectorAll('svg.figure')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  for (const id of exerciseIds) {
    it(`renders ${id} with a picture that moves`, async () => {
      const el = await card(html`<rugwijs-exercise-card exercise=${id}></rugwijs-exercise-card>`);
      expect(visibleText(q(el, '[part=title]'))).to.not.equal('');
      const moving = q(el, 'svg.moving')!;
      expect(getComputedStyle(moving).display).to.equal('block');
      const joints = [...moving.querySelectorAll<SVGGElement>('.j')];
      expect(joints.some((j) => getComputedStyle(j).animationName === 'rugwijs-joint')).to.equal(true);
      expect(joints.some((j) => j.style.getPropertyValue('--a0') !== j.style.getPropertyValue('--a1')), 'some joint changes angle').to.equal(true);
    });
  }

  it('stops the motion with the pause control', async () => {
    const el = await card();
    const toggle = q<HTMLButtonElement>(el, '.motion-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const joint = q(el, 'svg.moving .j')!;
    expect(getComputedStyle(joint).animationPlayState).to.equal('paused');
    await expect(el).to.be.accessible();
  });

  it('shows the two stills under reduced motion, without the pause control', async function () {
    const el = await card();
    const toggle = q<HTMLButtonElement>(el, '.motion-toggle')!;
    if (!(await emulate({ reducedMotion: 'reduce' }))) this.skip(); // see emulate(): Chromium only
    expect(getComputedStyle(q(el, 'svg.moving')!).display).to.equal('none');
    expect(getComputedStyle(q(el, '.stills')!).display).to.equal('flex');
    expect(getComputedStyle(toggle).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('prints the picture, steps and dose without buttons', async function () {
    const el = await card();
    if (!(await emulate({ media: 'print' }))) this.skip(); // see emulate(): Chromium only
    expect(getComputedStyle(q(el, '.stills')!).display).to.equal('flex');
    expect(getComputedStyle(q(el, '[part=steps]')!).display).to.not.equal('none');
    expect(getComputedStyle(q(el, '[part=dose]')!).display).to.not.equal('none');
    for (const button of el.shadowRoot!.querySelectorAll('button')) expect(getComputedStyle(button).display).to.equal('none');
  });

  it('accepts a practice exercise as a property, and renders its text as text', async () => {
    const el = await card(html`<rugwijs-exercise-card></rugwijs-exercise-card>`);
    expect(el.shadowRoot!.childElementCount).to.equal(0);
    el.exercise = {
      id: 'wall-sit',
      title: '<img src=x onerror="window.hacked=1">Zitten tegen de muur',
      steps: ['Zak door je knieën.', 'Kom weer omhoog.'],
      dose: { sets: 2, holdSeconds: 15 },
    };
    await shows(el, '[part=title]');
    expect(visibleText(q(el, '[part=title]'))).to.equal('<img src=x onerror="window.hacked=1">Zitten tegen de muur');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(visibleText(q(el, '[part=dose]'))).to.equal('Hoe vaak: 2 keer 15 seconden vasthouden');
    expect(q(el, '[part=picture]'), 'no picture given, none drawn').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('accepts a practice exercise as JSON in the attribute', async () => {
    const json = JSON.stringify({ id: 'chin-tuck', title: 'Kin intrekken', steps: ['Trek je kin in.'], dose: { reps: 10 } });
    const el = await card(html`<rugwijs-exercise-card exercise=${json}></rugwijs-exercise-card>`);
    await shows(el, '[part=title]');
    expect(visibleText(q(el, '[part=title]'))).to.equal('Kin intrekken');
    expect(visibleText(q(el, '[part=dose]'))).to.equal('Hoe vaak: 10 herhalingen');
  });

  it('lets a practice change the dose with sets, reps, hold-seconds and minutes', async () => {
    const el = await card(html`<rugwijs-exercise-card exercise="plank" sets="2" hold-seconds="45"></rugwijs-exercise-card>`);
    expect(visibleText(q(el, '[part=dose]'))).to.equal('Hoe vaak: 2 keer 45 seconden vasthouden');
    el.setAttribute('exercise', 'bird-dog');
    el.removeAttribute('hold-seconds');
    el.setAttribute('reps', '6');
    await el.updateComplete;
    expect(visibleText(q(el, '[part=dose]'))).to.equal('Hoe vaak: 2 keer 6 herhalingen per kant');
    el.setAttribute('exercise', 'walking');
    el.setAttribute('minutes', '30');
    await el.updateComplete;
    expect(visibleText(q(el, '[part=dose]'))).to.contain('minstens 30 minuten');
  });

  it('sets the heading level with heading-level', async () => {
    const el = await card(html`<rugwijs-exercise-card exercise="plank" heading-level="2"></rugwijs-exercise-card>`);
    expect(q(el, 'h2[part=title]')).to.exist;
    expect(el.shadowRoot!.querySelector('h3.sub')).to.exist;
  });

  it('shows the practice contact with a tap-to-call link', async () => {
    const el = await card(html`<rugwijs-exercise-card exercise="plank" practice-name="Fysio De Brug" contact-href="https://example.org/afspraak" contact-phone="+31 20 123 4567"></rugwijs-exercise-card>`);
    const contact = q(el, '[part=contact]')!;
    expect(visibleText(contact)).to.contain('Vragen? Neem contact op met Fysio De Brug.');
    expect(contact.querySelector('a[href="https://example.org/afspraak"]')).to.exist;
    expect(contact.querySelector('a[href="tel:+31201234567"]')?.textContent).to.equal('Bel +31 20 123 4567');
    await expect(el).to.be.accessible();
  });

  describe('guided mode', () => {
    it('is reached and run by keyboard alone, counts reps, and fires start and complete', async () => {
      const el = await card(html`<rugwijs-exercise-card exercise="bird-dog" sets="1" reps="2"></rugwijs-exercise-card>`);
      q(el, '.motion-toggle')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.classList.contains('start')).to.equal(true);

      const started = oneEvent(el, 'rugwijs-exercise-start');
      await sendKeys({ press: 'Enter' });
      expect((await started).detail).to.deep.equal({ id: 'bird-dog' });
      await shows(el, '.main-action');
      await el.updateComplete;
      expect(focused(el)?.textContent?.trim()).to.equal('Herhaling gedaan');
      expect(visibleText(q(el, '.count'))).to.equal('1 / 2');
      expect(live(el)).to.equal('Eerste kant. Herhaling 1 van 2.');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleText(q(el, '.count'))).to.equal('2 / 2');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(live(el)).to.equal('Andere kant. Herhaling 1 van 2.');

      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.classList.contains('pause')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(live(el)).to.equal('Pauze.');
      expect(q<HTMLButtonElement>(el, '.main-action')!.disabled).to.equal(true);
      expect(focused(el)?.textContent?.trim()).to.equal('Doorgaan');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(live(el)).to.equal('We gaan verder. Andere kant. Herhaling 1 van 2.');

      q(el, '.main-action')!.focus();
      const completed = oneEvent(el, 'rugwijs-exercise-complete');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      expect((await completed).detail).to.deep.equal({ id: 'bird-dog' });
      await el.updateComplete;
      expect(live(el)).to.equal('Klaar! Goed gedaan.');
      expect(focused(el)?.textContent?.trim()).to.equal('Nog een keer');
      await expect(el).to.be.accessible();
    });

    it('runs a visible hold countdown that moves on by itself, with a rest between sets', async () => {
      const el = await card(html`<rugwijs-exercise-card exercise="plank" sets="2" hold-seconds="2"></rugwijs-exercise-card>`);
      await el.start();
      expect(visibleText(q(el, '[role=timer]'))).to.equal('0:02');
      expect(live(el)).to.equal('Ronde 1 van 2. Houd 2 seconden vast.');
      await until(() => visibleText(q(el, '[role=timer]')) === '0:01', 1500, 'countdown to 0:01');
      await until(() => live(el).startsWith('Rust even'), 1500, 'rest after the hold');
      expect(visibleText(q(el, '.count'))).to.equal('Rust even');
      await expect(el).to.be.accessible();
      q<HTMLButtonElement>(el, '.main-action')!.click();
      await el.updateComplete;
      expect(live(el)).to.equal('Ronde 2 van 2. Houd 2 seconden vast.');
    });

    it('stops by keyboard and gives focus back to the start button', async () => {
      const el = await card(html`<rugwijs-exercise-card exercise="walking"></rugwijs-exercise-card>`);
      await el.start();
      expect(visibleText(q(el, '[role=timer]'))).to.equal('15:00');
      q(el, '.stop')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(live(el)).to.equal('Gestopt.');
      expect(focused(el)?.classList.contains('start')).to.equal(true);
      expect(q(el, '[role=timer]')).to.equal(null);
    });
  });

  describe('bad input', () => {

    it('shows a notice for a practice exercise without steps, and the dose notice for a bad dose', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card(html`<rugwijs-exercise-card></rugwijs-exercise-card>`);
        el.exercise = { id: 'x', title: 'Zonder stappen', dose: { reps: 3 } };
        await shows(el, '[part=notice]');
        expect(visibleText(q(el, '[part=notice]'))).to.equal('Deze oefening kunnen we nu niet laten zien. Vraag je therapeut ernaar.');
        expect(warnings.messages[0]).to.contain('steps: must be a list');
        el.exercise = { id: 'x', title: 'Slechte dosis', steps: ['Doe iets.'], dose: { sets: -3, reps: NaN } };
        await shows(el, '[part=title]');
        expect(visibleText(q(el, '[part=title]'))).to.equal('Slechte dosis');
        expect(visibleText(q(el, '[part=notice]'))).to.equal('Hoe vaak je dit doet, kunnen we niet laten zien. Vraag het je therapeut.');
        expect(q(el, '[part=dose]')).to.equal(null);
        expect(warnings.messages).to.have.length(2);
        expect(warnings.messages[1]).to.contain('exercise.dose').and.contain('dose.sets');
      } finally {
        warnings.restore();
      }
    });

    it('keeps other widgets on the page working', async () => {
      const warnings = captureWarnings();
      try {
        const wrapper = await fixture(html`<div>
          <rugwijs-exercise-card exercise="nope"></rugwijs-exercise-card>
          <rugwijs-exercise-card exercise="plank"></rugwijs-exercise-card>
        </div>`);
        const [bad, good] = [...wrapper.querySelectorAll<RugwijsExerciseCard>('rugwijs-exercise-card')];
        await good!.updateComplete;
        await until(() => visibleText(bad!.shadowRoot!.querySelector('[part=notice]')).startsWith('Deze oefening kunnen we nu niet laten zien.'), 3000, 'notice');
        expect(visibleText(good!.shadowRoot!.querySelector('[part=title]'))).to.equal('Plank houden');
      } finally {
        warnings.restore();
      }
    });
  });
});
