import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { RugwijsElement } from '../../src/base/rugwijs-element.js';
import { captureWarnings, emulate, resetMedia, visibleText } from '../helpers.js';

/**
 * Light or dark follows the practice's page, not only the phone: a white page on a phone in dark
 * mode keeps light widgets; a page that says `color-scheme: light dark` follows the phone; the
 * `theme` attribute overrides both.
 */
const tags = ['rugwijs-exercise-card', 'rugwijs-exercise-program', 'rugwijs-warning-signs', 'rugwijs-load-bucket'] as const;
const attrs: Record<(typeof tags)[number], Record<string, string>> = {
  'rugwijs-exercise-card': { exercise: 'plank' },
  'rugwijs-exercise-program': { exercises: 'plank,walking' },
  'rugwijs-warning-signs': {},
  'rugwijs-load-bucket': {},
};

/** The default text colours (tokens.ts): what a patient sees as dark text or light text. */
const lightText = 'rgb(29, 36, 51)';
const darkText = 'rgb(232, 237, 242)';
/** The card's own background: the clearest sign of a "near-black box". */
const lightSurface = 'rgb(255, 255, 255)';
const darkSurface = 'rgb(21, 27, 35)';

async function mount(tag: (typeof tags)[number], theme?: string): Promise<RugwijsElement> {
  const el = document.createElement(tag) as RugwijsElement;
  for (const [name, value] of Object.entries(attrs[tag])) el.setAttribute(name, value);
  if (theme !== undefined) el.setAttribute('theme', theme);
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** 'light' or 'dark', from the text colour and, on the card, its background. */
function looks(el: RugwijsElement): 'light' | 'dark' | string {
  const text = getComputedStyle(el).color;
  const card = el.shadowRoot!.querySelector('[part=base]');
  const surface = card && el.localName === 'rugwijs-exercise-card' ? getComputedStyle(card).backgroundColor : undefined;
  if (text === lightText && (surface === undefined || surface === lightSurface)) return 'light';
  if (text === darkText && (surface === undefined || surface === darkSurface)) return 'dark';
  return `mixed: text ${text}, surface ${surface}`;
}

/** The page's color-scheme, with its background in the matching system colour, as a dark page has. */
function setPageScheme(scheme: string) {
  document.documentElement.style.colorScheme = scheme;
  document.documentElement.style.background = scheme ? 'Canvas' : '';
}

describe('theme: light or dark', () => {
  afterEach(async () => {
    setPageScheme('');
    await emulate({ colorScheme: 'light' });
    await resetMedia();
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      it('stays light on a white page when the phone is in dark mode', async function () {
        if (!(await emulate({ colorScheme: 'dark' }))) this.skip();
        const el = await mount(tag);
        expect(looks(el)).to.equal('light');
      });

      it('follows the phone on a page with color-scheme: light dark', async function () {
        setPageScheme('light dark');
        if (!(await emulate({ colorScheme: 'dark' }))) this.skip();
        const el = await mount(tag);
        expect(looks(el)).to.equal('dark');
        await emulate({ colorScheme: 'light' });
        expect(looks(el)).to.equal('light');
      });

      it('is dark on a page with color-scheme: dark, and stays accessible', async () => {
        setPageScheme('dark');
        const el = await mount(tag);
        expect(looks(el)).to.equal('dark');
        await expect(el).to.be.accessible();
      });

      it('theme="dark" is dark on a white page, theme="light" light on a dark page', async () => {
        expect(looks(await mount(tag, 'dark'))).to.equal('dark');
        setPageScheme('dark');
        expect(looks(await mount(tag, 'light'))).to.equal('light');
        expect(looks(await mount(tag, 'LIGHT'))).to.equal('light');
      });

      it('theme="auto" follows the phone on a white page', async function () {
        if (!(await emulate({ colorScheme: 'dark' }))) this.skip();
        const el = await mount(tag, 'auto');
        expect(looks(el)).to.equal('dark');
        await emulate({ colorScheme: 'light' });
        expect(looks(el)).to.equal('light');
      });

      it('the theme property works like the attribute', async () => {
        const el = await mount(tag);
        (el as RugwijsElement & { theme?: string }).theme = 'dark';
        await el.updateComplete;
        expect(el.getAttribute('theme')).to.equal('dark');
        expect(looks(el)).to.equal('dark');
      });

      it('a bad theme shows a notice, warns once naming it, and follows the page', async () => {
        const warnings = captureWarnings();
        try {
          const el = await mount(tag, 'blue');
          el.requestUpdate();
          await el.updateComplete;
          expect(visibleText(el.shadowRoot)).to.contain('Een instelling hiervan klopt niet.');
          expect(warnings.messages.filter((m) => m.includes('theme'))).to.have.length(1);
          expect(warnings.messages[0]).to.contain('"blue"');
          expect(looks(el)).to.equal('light');
        } finally {
          warnings.restore();
        }
      });
    });
  }
});
