import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/exercise-card/define.js';
import type { RugwijsExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { exerciseIds } from '../../src/data/exercises.js';
import { setViewport } from '@web/test-runner-commands';
import { fakeGuidedClock as fakeClock } from '../guided-clock.js';
import { setLocale } from '../../src/base/localization.js';
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
    expect(visibleText(q(el, '[part=dose]'))).to.equal('Hoe vaak: 3 keer 10 herhalingen per kant, 3 dagen per week');
    const steps = [...el.shadowRoot!.querySelectorAll('ol[part=steps] li')].map((li) => li.textContent);
    expect(steps).to.have.length(6);
    expect(steps[1]).to.equal('Strek je rechterarm naar voren.');
    const text = visibleText(el.shadowRoot);
    for (const part of ['Wat voel je?', 'Let op', 'Makkelijker', 'Moeilijker', 'Een beetje ongemak mag.', 'Vraag dan je therapeut om raad.']) {
      expect(text).to.contain(part);
    }
    const safety = visibleText(q(el, '[part~=safety]'));
    expect(safety, 'normal soreness').to.contain('Is het de volgende ochtend weer zoals altijd? Dan was het goed.');
    expect(visibleText(q(el, '[part~=safety] .alarm')), 'the red-flag line').to.equal(
      'Kun je opeens moeilijk plassen? Of voelt het doof rond je billen of anus? Bel dan meteen je huisarts.',
    );
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

  it('says on how many days a week, from the dose', async () => {
    const el = await card(html`<rugwijs-exercise-card></rugwijs-exercise-card>`);
    el.exercise = { id: 'squat', title: 'Squat', steps: ['Zak door je knieën.'], dose: { sets: 2, reps: 8, daysPerWeek: 3 } };
    await shows(el, '[part=dose]');
    expect(visibleText(q(el, '[part=dose]'))).to.equal('Hoe vaak: 2 keer 8 herhalingen, 3 dagen per week');
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
    expect(visibleText(q(el, '[part=dose]'))).to.equal('Hoe vaak: 2 keer 45 seconden vasthouden, 3 dagen per week');
    el.setAttribute('exercise', 'bird-dog');
    el.removeAttribute('hold-seconds');
    el.setAttribute('reps', '6');
    await el.updateComplete;
    expect(visibleText(q(el, '[part=dose]'))).to.equal('Hoe vaak: 2 keer 6 herhalingen per kant, 3 dagen per week');
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
    let time: ReturnType<typeof fakeClock>;
    beforeEach(() => (time = fakeClock()));
    afterEach(() => time.restore());
    const button = (el: RugwijsExerciseCard, text: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.trim() === text);
    const buttons = (el: RugwijsExerciseCard) => [...el.shadowRoot!.querySelectorAll('.actions button')].map((b) => b.textContent!.trim()).join(' | ');

    it('is reached and run by keyboard alone: get ready, count reps, no Pause while nothing runs, start and complete', async () => {
      const el = await card(html`<rugwijs-exercise-card exercise="bird-dog" sets="1" reps="2"></rugwijs-exercise-card>`);
      q(el, '.motion-toggle')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.classList.contains('start')).to.equal(true);

      const started = oneEvent(el, 'rugwijs-exercise-start');
      await sendKeys({ press: 'Enter' });
      expect((await started).detail).to.deep.equal({ id: 'bird-dog' });
      await el.updateComplete;
      expect(visibleText(q(el, '[role=timer]')), 'a 5-second get-ready countdown').to.equal('5');
      expect(live(el)).to.equal('Maak je klaar. Over 5 seconden begin je.');
      expect(focused(el)?.textContent?.trim()).to.equal('Pauze');
      expect(focused(el)?.classList.contains('primary'), 'Pause is the main button while a clock runs').to.equal(true);
      await expect(el).to.be.accessible();
      await time.pass(el, 4000);
      expect(visibleText(q(el, '[role=timer]'))).to.equal('1');

      await time.pass(el, 1000);
      expect(live(el)).to.equal('Eerste kant. Herhaling 1 van 2.');
      expect(buttons(el), 'no Pause while the patient counts').to.equal('Herhaling gedaan | Stop');
      expect(focused(el)?.textContent?.trim(), 'focus went from the vanished Pause to the count').to.equal('Herhaling gedaan');
      expect(visibleText(q(el, '.count'))).to.equal('1 / 2');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleText(q(el, '.count'))).to.equal('2 / 2');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(live(el)).to.equal('Andere kant. Herhaling 1 van 2.');

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

    it('gives time to get into position before every hold; Pause is the main button, Skip is not; no Pause in a rest', async () => {
      const el = await card(html`<rugwijs-exercise-card exercise="plank" sets="2" hold-seconds="2"></rugwijs-exercise-card>`);
      await el.start();
      expect(live(el)).to.equal('Maak je klaar. Over 5 seconden begin je.');
      expect(visibleText(q(el, '.session'))).to.contain('Ronde 1 van 2.');
      await time.pass(el, 5000);
      expect(visibleText(q(el, '[role=timer]'))).to.equal('0:02');
      expect(live(el)).to.equal('Ronde 1 van 2. Houd 2 seconden vast.');
      expect(button(el, 'Pauze')!.classList.contains('primary')).to.equal(true);
      expect(button(el, 'Sla over')!.classList.contains('primary')).to.equal(false);
      await time.pass(el, 1000);
      expect(visibleText(q(el, '[role=timer]'))).to.equal('0:01');

      button(el, 'Pauze')!.click();
      await el.updateComplete;
      expect(live(el)).to.equal('Pauze.');
      await time.pass(el, 60_000);
      expect(visibleText(q(el, '[role=timer]')), 'a paused hold keeps its time').to.equal('0:01');
      button(el, 'Doorgaan')!.click();
      await el.updateComplete;
      expect(live(el)).to.equal('We gaan verder. Ronde 1 van 2. Houd 2 seconden vast.');

      await time.pass(el, 1000);
      expect(visibleText(q(el, '.count'))).to.equal('Rust even');
      expect(buttons(el), 'no Pause in a rest that waits for the patient').to.equal('Verder | Stop');
      await expect(el).to.be.accessible();
      button(el, 'Verder')!.click();
      await el.updateComplete;
      expect(live(el)).to.equal('Maak je klaar. Over 5 seconden begin je.');
      await time.pass(el, 5000);
      expect(live(el)).to.equal('Ronde 2 van 2. Houd 2 seconden vast.');
    });

    it('counts repetitions on a tempo by itself, and the patient can still tap', async () => {
      const el = await card(html`<rugwijs-exercise-card exercise="pelvic-tilt" reps="3" tempo="4"></rugwijs-exercise-card>`);
      await el.start();
      await time.pass(el, 5000);
      expect(visibleText(q(el, '.count'))).to.equal('1 / 3');
      expect(button(el, 'Pauze')!.classList.contains('primary')).to.equal(true);
      await time.pass(el, 4000);
      expect(visibleText(q(el, '.count')), 'counted on its own').to.equal('2 / 3');
      button(el, 'Herhaling gedaan')!.click();
      await el.updateComplete;
      expect(visibleText(q(el, '.count')), 'a tap moves on at once').to.equal('3 / 3');
      let completed = 0;
      el.addEventListener('rugwijs-exercise-complete', () => completed++);
      await time.pass(el, 3000);
      expect(visibleText(q(el, '.count'))).to.equal('3 / 3');
      await time.pass(el, 1000);
      expect(completed).to.equal(1);
    });

    it('counts a walk from a deadline: a timer the browser let sleep loses no time', async () => {
      const el = await card(html`<rugwijs-exercise-card exercise="walking"></rugwijs-exercise-card>`);
      await el.start();
      await time.pass(el, 5000);
      expect(visibleText(q(el, '[role=timer]'))).to.equal('15:00');
      expect(live(el)).to.equal('De tijd loopt: 15 minuten.');
      await time.sleepThenWake(el, 10 * 60_000); // a hidden tab: the timer wakes once, 10 minutes late
      expect(visibleText(q(el, '[role=timer]'))).to.equal('5:00');
    });

    it('says one minute and one second in the singular, in Dutch and English', async () => {
      const el = await card(html`<rugwijs-exercise-card></rugwijs-exercise-card>`);
      el.exercise = { id: 'tuck', title: 'Kin intrekken', steps: ['Trek je kin in.'], dose: { holdSeconds: 1 } };
      await shows(el, '[part=dose]');
      expect(visibleText(q(el, '[part=dose]'))).to.equal('Hoe vaak: 1 seconde vasthouden');
      await el.start();
      await time.pass(el, 5000);
      expect(live(el)).to.equal('Houd 1 seconde vast.');
      const walk = await card(html`<rugwijs-exercise-card exercise="walking" minutes="1"></rugwijs-exercise-card>`);
      expect(visibleText(q(walk, '[part=dose]'))).to.contain('minstens 1 minuut,');
      await walk.start();
      await time.pass(walk, 5000);
      expect(live(walk)).to.equal('De tijd loopt: 1 minuut.');
      await setLocale('en');
      try {
        await walk.updateComplete;
        expect(visibleText(q(walk, '[part=dose]'))).to.contain('at least 1 minute,');
        walk.tempo = 2; // any update re-renders in the new language
        await el.updateComplete;
        el.stop();
        await el.start();
        await time.pass(el, 5000);
        expect(live(el)).to.equal('Hold for 1 second.');
      } finally {
        await setLocale('nl');
      }
    });

    it('keeps a running session when an equal exercise object is set, and ends it when the exercise changes', async () => {
      const wallSit = () => ({ id: 'wall-sit', title: 'Zitten tegen de muur', steps: ['Zak door je knieën.'], dose: { reps: 3 } });
      const el = await card(html`<rugwijs-exercise-card .exercise=${wallSit()}></rugwijs-exercise-card>`);
      await shows(el, '[part=title]');
      await el.start();
      await time.pass(el, 5000);
      button(el, 'Herhaling gedaan')!.click();
      await el.updateComplete;
      el.exercise = wallSit(); // what a React re-render with an inline object does
      await el.updateComplete;
      expect(visibleText(q(el, '.count')), 'the count survives an equal object').to.equal('2 / 3');
      el.exercise = { ...wallSit(), dose: { reps: 5 } };
      await el.updateComplete;
      expect(q(el, '.session'), 'a different exercise ends the session').to.equal(null);
      expect(q(el, '.start')).to.exist;
    });

    it('fires rugwijs-exercise-start only when the patient starts, never for start() called by code', async () => {
      const el = await card(html`<rugwijs-exercise-card exercise="plank"></rugwijs-exercise-card>`);
      let fired = 0;
      el.addEventListener('rugwijs-exercise-start', () => fired++);
      await el.start();
      expect(q(el, '.session'), 'the session started').to.exist;
      el.stop();
      await el.updateComplete;
      expect(fired).to.equal(0);
      const empty = await card(html`<rugwijs-exercise-card exercise="nope"></rugwijs-exercise-card>`);
      empty.addEventListener('rugwijs-exercise-start', () => fired++);
      await empty.start();
      expect(fired, 'no session, no event').to.equal(0);
    });

    it('stops by keyboard and gives focus back to the start button', async () => {
      const el = await card(html`<rugwijs-exercise-card exercise="walking"></rugwijs-exercise-card>`);
      await el.start();
      q(el, '.stop')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(live(el)).to.equal('Gestopt.');
      expect(focused(el)?.classList.contains('start')).to.equal(true);
      expect(q(el, '[role=timer]')).to.equal(null);
    });

    it('shows the picture, the count and the buttons together on a 375 x 667 phone, with targets of 44 px', async function () {
      await setViewport({ width: 375, height: 667 }).catch(() => this.skip()); // WebKit's driver cannot resize: its layout is checked in Chromium and Firefox
      try {
        const el = await card(html`<rugwijs-exercise-card exercise="bird-dog"></rugwijs-exercise-card>`);
        q(el, '.start')!.click();
        await shows(el, '.session');
        await time.pass(el, 5000);
        for (const part of ['[part=picture]', '.count', '.actions']) {
          const box = q(el, part)!.getBoundingClientRect();
          expect(box.top, `${part} top`).to.be.at.least(0);
          expect(box.bottom, `${part} bottom`).to.be.at.most(667);
        }
        for (const b of el.shadowRoot!.querySelectorAll('.guided button')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
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

    it('shows a notice and one warning for a bad tempo, and counts by taps', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card(html`<rugwijs-exercise-card exercise="bird-dog" tempo="fast"></rugwijs-exercise-card>`);
        await shows(el, '[part=notice]');
        expect(visibleText(q(el, '[part=notice]'))).to.equal('Een instelling hiervan klopt niet. De rest werkt gewoon.');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('tempo').and.contain('fast');
        expect(visibleText(q(el, '[part=dose]'))).to.equal('Hoe vaak: 3 keer 10 herhalingen per kant, 3 dagen per week');
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
