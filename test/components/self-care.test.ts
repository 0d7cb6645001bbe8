import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/self-care/define.js';
import type { RugwijsSelfCare, SituationChangeDetail } from '../../src/components/self-care/self-care.js';
import { situations } from '../../src/data/self-care.js';
import { captureWarnings, emulate, resetMedia, until, visibleText } from '../helpers.js';

const q = <T extends Element = HTMLElement>(el: RugwijsSelfCare, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const all = <T extends Element = HTMLElement>(el: RugwijsSelfCare, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const focused = (el: RugwijsSelfCare) => el.shadowRoot!.activeElement as HTMLElement | null;
const shown = (el: RugwijsSelfCare) => all(el, '[part=panel]').filter((p) => getComputedStyle(p).display !== 'none');
const open = (el: RugwijsSelfCare) => shown(el).map((p) => p.dataset.situation);
const button = (el: RugwijsSelfCare, id: string) => q<HTMLButtonElement>(el, `button[data-situation="${id}"]`)!;
const ids = situations.map((s) => s.id);

async function widget(template = html`<rugwijs-self-care></rugwijs-self-care>`) {
  const el = await fixture<RugwijsSelfCare>(template);
  await el.updateComplete;
  return el;
}

describe('<rugwijs-self-care>', () => {
  afterEach(resetMedia);

  it('offers every situation in order and opens the first: the flare-up, with when to call', async () => {
    const el = await widget();
    expect(visibleText(q(el, '[part=heading]'))).to.equal('Wat kun je zelf doen?');
    expect(all(el, 'button.situation').map((b) => b.dataset.situation)).to.deep.equal(['flare-up', 'office', 'home', 'sport', 'sleep', 'work', 'stress']);
    expect(button(el, 'flare-up').getAttribute('aria-pressed')).to.equal('true');
    expect(open(el)).to.deep.equal(['flare-up']);
    const panel = visibleText(shown(el)[0]);
    expect(panel).to.contain('Het schiet in je rug: wat nu?');
    expect(panel).to.contain('Blijf niet in bed liggen').and.contain('Warmte').and.contain('huisarts of apotheker');
    expect(panel, 'no doses').to.not.match(/\d+\s*(mg|gram|tablet|keer per dag)/i);
    expect(visibleText(q(el, '[part=call]'))).to.contain('Bel dan meteen je huisarts').and.contain('huisartsenpost').and.contain('waarschuwingssignalen');
    await expect(el).to.be.accessible();
  });

  it('every situation has 3 to 6 tips, its mistakes, pictures with a text alternative, and sources; axe clean', async () => {
    const el = await widget();
    for (const s of situations) {
      expect(s.tips.length, s.id).to.be.within(3, 6);
      await (button(el, s.id).click(), el.updateComplete);
      const panel = shown(el)[0]!;
      expect(panel.dataset.situation).to.equal(s.id);
      expect(panel.querySelectorAll('.tip')).to.have.length(s.tips.length);
      expect(panel.querySelectorAll('[part=mistakes] li')).to.have.length(s.mistakes.length);
      for (const picture of panel.querySelectorAll('[part=picture]')) {
        expect(picture.getAttribute('role')).to.equal('img');
        expect(picture.getAttribute('aria-label')!.length, s.id).to.be.above(10);
        expect(picture.querySelector('svg.figure')).to.exist;
      }
      expect(visibleText(panel.querySelector(':scope > .sources'))).to.contain('Bron:');
      await expect(el).to.be.accessible();
    }
    const withPictures = situations.filter((s) => s.tips.some((t) => t.picture)).map((s) => s.id);
    expect(withPictures).to.include.members(['flare-up', 'office', 'home', 'sport', 'stress']);
    const allMistakes = new Set(situations.flatMap((s) => s.mistakes));
    expect([...allMistakes].sort()).to.deep.equal(['all-at-once', 'cardio-only', 'ignore-early-signs', 'no-mobility', 'stress-sleep']);
  });

  it('picks situations by keyboard; one event per change, none for the open one', async () => {
    const el = await widget();
    const details: SituationChangeDetail[] = [];
    el.addEventListener('rugwijs-situation-change', (e) => details.push((e as CustomEvent<SituationChangeDetail>).detail));
    button(el, 'flare-up').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details, 'the open one again is no change').to.have.length(0);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(button(el, 'home'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(details).to.deep.equal([{ situation: 'home' }]);
    expect(open(el)).to.deep.equal(['home']);
    expect(button(el, 'home').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'flare-up').getAttribute('aria-pressed')).to.equal('false');
    expect(focused(el), 'focus stays on the button').to.equal(button(el, 'home'));
    expect(visibleText(shown(el)[0])).to.contain('Tillen mag gewoon');
  });

  it('situation and situations set the start and the order; code changes fire no event', async () => {
    const el = await widget(html`<rugwijs-self-care situations="stress, sleep,work" situation="sleep"></rugwijs-self-care>`);
    let events = 0;
    el.addEventListener('rugwijs-situation-change', () => events++);
    expect(all(el, 'button.situation').map((b) => b.dataset.situation)).to.deep.equal(['stress', 'sleep', 'work']);
    expect(open(el)).to.deep.equal(['sleep']);
    el.situation = 'work';
    await el.updateComplete;
    expect(open(el)).to.deep.equal(['work']);
    el.situations = '["office","stress"]';
    await el.updateComplete;
    expect(open(el), 'work is gone: the first of the new list').to.deep.equal(['office']);
    expect(events).to.equal(0);
  });

  it('an equal new list keeps what the patient opened', async () => {
    const el = await widget();
    el.situations = ['office', 'home', 'sport'];
    await el.updateComplete;
    button(el, 'sport').click();
    await el.updateComplete;
    el.situations = ['office', 'home', 'sport'];
    await el.updateComplete;
    expect(open(el)).to.deep.equal(['sport']);
    el.situations = ['sport', 'sleep'];
    await el.updateComplete;
    expect(open(el), 'a new list that still has it keeps it open').to.deep.equal(['sport']);
  });

  it('one situation: no picker, just its tips', async () => {
    const el = await widget(html`<rugwijs-self-care situations="stress"></rugwijs-self-care>`);
    expect(q(el, '[part=picker]')).to.not.exist;
    expect(visibleText(shown(el)[0])).to.contain('buik');
    await expect(el).to.be.accessible();
  });

  const regions: [string, string, string][] = [
    ['NL', 'bedrijfsarts', 'huisartsenpost'],
    ['BE', 'arbeidsarts', '1733'],
    ['INT', 'arbodienst', 'dokter van dienst'],
  ];
  for (const [region, work, night] of regions)
    it(`region ${region}: who to talk to at work and who to call at night`, async () => {
      const el = await widget(html`<rugwijs-self-care region=${region}></rugwijs-self-care>`);
      expect(visibleText(q(el, '[part=call]'))).to.contain(night);
      button(el, 'work').click();
      await el.updateComplete;
      expect(visibleText(shown(el)[0])).to.contain(work);
    });

  it('Flemish and English follow the page language', async () => {
    const el = await widget(html`<rugwijs-self-care situation="home"></rugwijs-self-care>`);
    document.documentElement.lang = 'nl-BE';
    try {
      await until(() => visibleText(shown(el)[0]).includes('Hou wat je tilt'), 3000, 'Flemish');
      button(el, 'flare-up').click();
      await el.updateComplete;
      expect(visibleText(q(el, '[part=call]'))).to.contain('1733');
      document.documentElement.lang = 'en';
      await until(() => visibleText(q(el, '[part=heading]')) === 'What can you do yourself?', 3000, 'English');
      expect(visibleText(q(el, '[part=call]'))).to.contain('emergency number');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.lang = 'nl';
    }
  });

  it('"Beweging stilzetten" shows the start and end side by side instead of the movement; only where there are pictures', async () => {
    const el = await widget(html`<rugwijs-self-care situation="work"></rugwijs-self-care>`);
    expect(q(el, '.motion-toggle'), 'no pictures, nothing to stop').to.not.exist;
    button(el, 'flare-up').click();
    await el.updateComplete;
    const toggle = q<HTMLButtonElement>(el, '.motion-toggle')!;
    const moving = () => getComputedStyle(q(el, '.panel.open .moving')!).display;
    expect(moving()).to.not.equal('none');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(moving()).to.equal('none');
    expect(focused(el), 'focus stays on the toggle').to.equal(toggle);
    expect(getComputedStyle(q(el, '.panel.open .stills')!).display).to.equal('flex');
    await expect(el).to.be.accessible();
  });

  it('stops all motion under reduced motion and hides the toggle', async function () {
    if (!(await emulate({ reducedMotion: 'reduce' }))) this.skip(); // see emulate(): Chromium only
    const el = await widget();
    expect(getComputedStyle(q(el, '.motion-toggle')!).display).to.equal('none');
    for (const node of all(el, '.panel.open *')) if (getComputedStyle(node).display !== 'none' && node.closest('.moving') === null) expect(getComputedStyle(node).animationName).to.equal('none');
    expect(getComputedStyle(q(el, '.panel.open .moving')!).display).to.equal('none');
  });

  it('prints every situation, without buttons', async function () {
    if (!(await emulate({ media: 'print' }))) this.skip();
    const el = await widget();
    expect(open(el)).to.deep.equal(ids);
    for (const b of all(el, 'button')) expect(getComputedStyle(b).display).to.equal('none');
  });

  describe('bad input', () => {
    it('an unknown situation: a notice, one warning, the first situation', async () => {
      const warnings = captureWarnings();
      try {
        const el = await widget(html`<rugwijs-self-care situation="garden"></rugwijs-self-care>`);
        await until(() => !!q(el, '[part=notice]'), 3000, 'notice');
        expect(visibleText(q(el, '[part=notice]'))).to.equal('Een van de situaties kennen we niet. Die laten we weg.');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('situation').and.contain('garden');
        expect(open(el)).to.deep.equal(['flare-up']);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('unknown ids in situations and broken JSON: notices, the known ones stay', async () => {
      const warnings = captureWarnings();
      try {
        const el = await widget(html`<rugwijs-self-care situations="sleep,nope,work"></rugwijs-self-care>`);
        await until(() => !!q(el, '[part=notice]'), 3000, 'notice');
        expect(all(el, 'button.situation').map((b) => b.dataset.situation)).to.deep.equal(['sleep', 'work']);
        el.situations = '["sleep"';
        await el.updateComplete;
        expect(all(el, 'button.situation')).to.have.length(ids.length);
        expect(warnings.messages).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });
  });
});
