import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/recovery-course/define.js';
import type { RugwijsRecoveryCourse, WeekChangeDetail } from '../../src/components/recovery-course/recovery-course.js';
import { course, phases } from '../../src/data/recovery.js';
import { captureWarnings, emulate, resetMedia, until, visibleText } from '../helpers.js';

const q = <T extends Element = HTMLElement>(el: RugwijsRecoveryCourse, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const all = <T extends Element = HTMLElement>(el: RugwijsRecoveryCourse, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (el: RugwijsRecoveryCourse, selector: string) => visibleText(q(el, selector));
const focused = (el: RugwijsRecoveryCourse) => el.shadowRoot!.activeElement as HTMLElement | null;
const slider = (el: RugwijsRecoveryCourse) => q<HTMLInputElement>(el, 'input[type=range]')!;
/** The phase a patient sees: the only phase box that is displayed. */
const shownPhases = (el: RugwijsRecoveryCourse) => all(el, '.phase').filter((p) => getComputedStyle(p).display !== 'none');
const markerX = (el: RugwijsRecoveryCourse) => Number(q(el, '.marker line')!.getAttribute('x1'));

async function widget(template = html`<rugwijs-recovery-course></rugwijs-recovery-course>`) {
  const el = await fixture<RugwijsRecoveryCourse>(template);
  await el.updateComplete;
  return el;
}

describe('<rugwijs-recovery-course>', () => {
  afterEach(resetMedia);

  it('draws the usual course from the data: a line, a band, the points, and a table with the same figures', async () => {
    const el = await widget();
    expect(text(el, '[part=heading]')).to.equal('Zo gaat rugpijn meestal');
    expect(q(el, 'svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(q(el, 'path.line')!.getAttribute('d')).to.match(/^M[\d. ]+( L[\d. ]+){3}$/);
    expect(q(el, 'path.band')!.getAttribute('d')).to.match(/Z$/);
    expect(all(el, 'circle.point')).to.have.length(course.length);
    const rows = all(el, '[part=table] tbody tr').map((tr) => [...tr.children].map((td) => td.textContent));
    expect(rows).to.deep.equal([['Begin', '52'], ['6 weken', '23'], ['26 weken', '12'], ['52 weken', '6']]);
    // The points are where the figures say: lower pain is lower on the chart.
    const ys = all(el, 'circle.point').map((c) => Number(c.getAttribute('cy')));
    expect(ys).to.deep.equal([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).to.equal(ys.length);
    expect(text(el, 'figcaption')).to.contain('gemiddelde').and.contain('Costa');
    expect(visibleText(el.shadowRoot), 'never promises recovery').to.not.match(/altijd|zeker weten|gegarandeerd|iedereen/i);
    expect(text(el, '[part=facts]')).to.contain('7 van de 10').and.contain('geen teken van schade').and.contain('3 van de 4');
    await expect(el).to.be.accessible();
  });

  it('starts at week 0 in the first days; the week attribute puts the patient elsewhere', async () => {
    const el = await widget();
    expect(el.phase).to.equal('first-days');
    expect(shownPhases(el).map((p) => p.dataset.phase)).to.deep.equal(['first-days']);
    expect(text(el, '.week-value')).to.equal('Minder dan een week');
    const start = markerX(el);
    el.setAttribute('week', '8');
    await el.updateComplete;
    expect(el.phase).to.equal('six-weeks');
    expect(slider(el).value).to.equal('8');
    expect(text(el, '.week-value')).to.equal('8 weken');
    expect(markerX(el)).to.be.above(start);
    expect(shownPhases(el)[0]!.textContent).to.contain('huisarts of fysiotherapeut');
  });

  const table: [number, string, string][] = [
    [0, 'first-days', 'De eerste dagen'],
    [1, 'weeks', 'De eerste weken'],
    [5, 'weeks', 'De eerste weken'],
    [6, 'six-weeks', 'Na zes weken'],
    [11, 'six-weeks', 'Na zes weken'],
    [12, 'long-lasting', 'Na twaalf weken'],
    [52, 'long-lasting', 'Na twaalf weken'],
  ];
  for (const [week, phase, title] of table)
    it(`week ${week}: phase ${phase}, with its advice and sources, axe clean`, async () => {
      const el = await widget(html`<rugwijs-recovery-course week=${week}></rugwijs-recovery-course>`);
      expect(el.phase).to.equal(phase);
      const shown = shownPhases(el);
      expect(shown).to.have.length(1);
      expect(visibleText(shown[0]!.querySelector('.phase-title'))).to.equal(title);
      expect(shown[0]!.querySelectorAll('li').length).to.be.within(3, 4);
      expect(visibleText(shown[0]!.querySelector('.sources'))).to.contain('Bron:');
      expect(text(el, '.phase-now')).to.equal(`Jouw fase: ${title}`);
      await expect(el).to.be.accessible();
    });

  it('moves by keyboard on the slider and the buttons; one event per change, with the week and the phase', async () => {
    const el = await widget(html`<rugwijs-recovery-course week="4"></rugwijs-recovery-course>`);
    const details: WeekChangeDetail[] = [];
    el.addEventListener('rugwijs-week-change', (e) => details.push((e as CustomEvent<WeekChangeDetail>).detail));
    slider(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(details).to.deep.equal([{ week: 5, phase: 'weeks' }, { week: 6, phase: 'six-weeks' }]);
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('6 weken');
    expect(el.phase).to.equal('six-weeks');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(q(el, '.less'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details.at(-1)).to.deep.equal({ week: 5, phase: 'weeks' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(q(el, '.more'));
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details.at(-1)).to.deep.equal({ week: 12, phase: 'long-lasting' });
    expect(text(el, '.phase-now')).to.equal('Jouw fase: Na twaalf weken');
    await expect(el).to.be.accessible();
  });

  it('the buttons stop at the ends, keep focus and fire nothing there', async () => {
    const el = await widget(html`<rugwijs-recovery-course week="52"></rugwijs-recovery-course>`);
    let events = 0;
    el.addEventListener('rugwijs-week-change', () => events++);
    const more = q<HTMLButtonElement>(el, '.more')!;
    expect(more.getAttribute('aria-disabled')).to.equal('true');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.equal(0);
    expect(focused(el)).to.equal(more);
    el.week = 0;
    await el.updateComplete;
    expect(q(el, '.less')!.getAttribute('aria-disabled')).to.equal('true');
    q<HTMLButtonElement>(el, '.less')!.click();
    expect(events, 'code set the week: no event; the end: no event').to.equal(0);
  });

  it('setting the week from code, or an equal value, fires no event', async () => {
    const el = await widget();
    let events = 0;
    el.addEventListener('rugwijs-week-change', () => events++);
    el.week = 20;
    await el.updateComplete;
    el.week = '20';
    await el.updateComplete;
    expect(el.phase).to.equal('long-lasting');
    expect(events).to.equal(0);
  });

  it('heading and heading-level; Flemish names the kinesitherapeut; English follows the page', async () => {
    const el = await widget(html`<rugwijs-recovery-course week="7" heading="Hoe gaat het verder?" heading-level="4"></rugwijs-recovery-course>`);
    expect(q(el, '[part=heading]')!.tagName).to.equal('H4');
    expect(q(el, '.phase-title')!.tagName).to.equal('H5');
    expect(text(el, '[part=heading]')).to.equal('Hoe gaat het verder?');
    document.documentElement.lang = 'nl-BE';
    try {
      await until(() => shownPhases(el)[0]!.textContent!.includes('kinesitherapeut'), 3000, 'Flemish');
      document.documentElement.lang = 'en';
      await until(() => text(el, '.week-value') === '7 weeks', 3000, 'English');
      expect(shownPhases(el)[0]!.textContent).to.contain('physiotherapist');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.lang = 'nl';
    }
    await until(() => text(el, '.week-value') === '7 weken', 3000, 'Dutch');
  });

  it('prints the chart, the table and every phase, without the controls', async function () {
    if (!(await emulate({ media: 'print' }))) this.skip(); // see emulate(): Chromium only
    const el = await widget(html`<rugwijs-recovery-course week="3"></rugwijs-recovery-course>`);
    expect(shownPhases(el).map((p) => p.dataset.phase)).to.deep.equal(phases.map((p) => p.id));
    expect(getComputedStyle(slider(el)).display).to.equal('none');
    // The printout still says how long the pain has lasted.
    expect(getComputedStyle(q(el, '.week-value')!).display).to.not.equal('none');
    expect(text(el, '.week-value')).to.equal('3 weken');
    expect(getComputedStyle(q(el, '[part=control] label')!).display).to.not.equal('none');
    const table = q(el, '[part=table]')!;
    expect(table.getBoundingClientRect().width).to.be.above(100);
    for (const b of all(el, 'button')) expect(getComputedStyle(b).display).to.equal('none');
  });

  it('nothing moves under reduced motion', async function () {
    if (!(await emulate({ reducedMotion: 'reduce' }))) this.skip();
    const el = await widget(html`<rugwijs-recovery-course week="3"></rugwijs-recovery-course>`);
    for (const node of all(el, '*')) {
      const style = getComputedStyle(node);
      expect(style.animationName, node.tagName).to.equal('none');
      expect(Number.parseFloat(style.transitionDuration), node.tagName).to.equal(0);
    }
  });

  describe('bad input', () => {
    for (const bad of ['53', '-1', 'drie', '2.5'])
      it(`week="${bad}": a notice, one warning, week 0`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await widget(html`<rugwijs-recovery-course week=${bad}></rugwijs-recovery-course>`);
          await until(() => !!q(el, '[part=notice]'), 3000, 'notice');
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('week').and.contain(bad);
          expect(el.phase).to.equal('first-days');
          expect(slider(el).value).to.equal('0');
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });

    it('a bad heading level: a notice and h2', async () => {
      const warnings = captureWarnings();
      try {
        const el = await widget(html`<rugwijs-recovery-course heading-level="1"></rugwijs-recovery-course>`);
        await until(() => !!q(el, '[part=notice]'), 3000, 'notice');
        expect(q(el, '[part=heading]')!.tagName).to.equal('H2');
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });
});
