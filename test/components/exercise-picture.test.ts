/**
 * The exercise picture as a patient sees it on the card: its size on a desktop card and on a
 * phone, the two stills under reduced motion, and the accent colour that marks what moves, with a
 * legend that stays true for a practice's own accent.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/exercise-card/define.js';
import type { RugwijsExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { emulate, resetMedia, until, visibleText } from '../helpers.js';
import { exercises } from '../../src/data/exercises.js';

const q = <T extends Element = HTMLElement>(el: RugwijsExerciseCard, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const width = (e: Element) => e.getBoundingClientRect().width;

async function card(id: string, pageWidth: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${pageWidth}"><rugwijs-exercise-card exercise=${id}></rugwijs-exercise-card></div>`);
  const el = wrapper.querySelector<RugwijsExerciseCard>('rugwijs-exercise-card')!;
  await el.updateComplete;
  return el;
}

describe('exercise picture', () => {
  // The page width stands for the screen: the card fills it, as on a practice's page.
  afterEach(resetMedia);

  it('is at least 480 px wide on a desktop card', async () => {
    const el = await card('pelvic-tilt', '720px');
    expect(width(q(el, 'svg.moving'))).to.be.at.least(480);
  });

  it('takes the full content width on a phone', async () => {
    const el = await card('bird-dog', '343px');
    const area = q(el, '.picture-area');
    expect(width(q(el, 'svg.moving'))).to.be.closeTo(width(area), 1);
    expect(width(area), 'the card content width').to.be.above(300);
  });

  it('shows the two stills side by side under reduced motion, each at least 240 px wide', async function () {
    const el = await card('dead-bug', '720px');
    if (!(await emulate({ reducedMotion: 'reduce' }))) this.skip(); // see emulate(): Chromium only
    const [start, end] = [...el.shadowRoot!.querySelectorAll('.stills svg')];
    expect(width(start!)).to.be.at.least(240);
    expect(width(end!)).to.be.at.least(240);
    expect(start!.getBoundingClientRect().top, 'side by side').to.equal(end!.getBoundingClientRect().top);
  });

  it('stacks the stills on a phone rather than shrinking them', async function () {
    const el = await card('dead-bug', '343px');
    if (!(await emulate({ reducedMotion: 'reduce' }))) this.skip(); // see emulate(): Chromium only
    const [start, end] = [...el.shadowRoot!.querySelectorAll('.stills svg')];
    expect(width(start!)).to.be.at.least(240);
    expect(end!.getBoundingClientRect().top, 'one above the other').to.be.above(start!.getBoundingClientRect().bottom - 1);
  });

  it('draws only the moving parts in the accent colour and keys it in a legend', async () => {
    const el = await card('bird-dog', '720px');
    const moving = q(el, 'svg.moving');
    // Bird dog moves one arm (upper arm, forearm, hand) and the other leg (thigh, shin, foot).
    expect(moving.querySelectorAll('.m')).to.have.length(6);
    const accent = getComputedStyle(moving.querySelector('.m')!).fill;
    const body = getComputedStyle(moving.querySelector('path:not(.m):not(.prop)')!).fill;
    expect(accent).to.not.equal(body);
    expect(visibleText(q(el, '.legend'))).to.equal('Deze kleur: dit deel beweeg je.');
    expect(getComputedStyle(q(el, '.swatch')).backgroundColor).to.equal(accent);
    await expect(el).to.be.accessible();
  });

  it("keeps the legend true with a practice's own accent colour", async () => {
    const el = await card('plank', '720px');
    el.style.setProperty('--rugwijs-accent', 'rgb(160, 40, 110)');
    expect(getComputedStyle(q(el, 'svg.moving .m')).fill).to.equal('rgb(160, 40, 110)');
    expect(getComputedStyle(q(el, '.swatch')).backgroundColor).to.equal('rgb(160, 40, 110)');
    expect(visibleText(q(el, '.legend')), 'the words name no colour').to.not.match(/groen|green/i);
  });

  it("shows no legend on a practice's own picture that marks nothing", async () => {
    const { start, end } = exercises.walking!.illustration!;
    const own = { id: 'own-walk', title: 'Wandelen', startPosition: 'Sta op.', steps: ['Loop rustig.'], dose: { minutes: 10 }, sources: [], illustration: { start, end, alt: 'Iemand wandelt.' } };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 720px"><rugwijs-exercise-card .exercise=${own}></rugwijs-exercise-card></div>`);
    const el = wrapper.querySelector<RugwijsExerciseCard>('rugwijs-exercise-card')!;
    await until(() => !!el.shadowRoot!.querySelector('svg.moving'), 3000, 'the picture');
    expect(el.shadowRoot!.querySelector('.legend')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('svg.moving .m')).to.have.length(0);
  });
});
