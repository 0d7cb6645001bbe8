import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { RugwijsElement } from '../../src/base/rugwijs-element.js';
import { shadowRoots, visibleText } from '../helpers.js';

/**
 * Practice websites come with their own CSS, and some of it is careless. Each page below is a real
 * pattern from themes and resets; the widgets must look and work the same on it as on a blank page.
 *
 * A page's selectors cannot reach inside a shadow root; what reaches the widget is the host element
 * itself (matched by `*` or `body *`), what the host inherits, and the root font size behind `rem`.
 * So every check reads computed styles inside each shadow root (the programme's cards included),
 * and each one guards a protection that, removed, turns it red (README "Tests", hostile pages):
 * - 10px root: sizes follow --_rem (never below 16px), not rem.
 * - odd typography: the :host typography is !important, so `* { … !important }` on the host loses.
 * - content-box: `box-sizing: border-box !important` on :host, and border-box on every element inside.
 * - hidden controls: the shadow root itself; rendered into the light DOM the controls vanish.
 * - inherited text settings: the same !important :host reset, for what inherits beyond typography
 *   (white-space, word-break, font variants, text shadow, …).
 */
const hostilePages: Record<string, string> = {
  'a 62.5% root font size (html 10px)': 'html { font-size: 10px; }',
  'odd typography on body and on every element': `
    body, * {
      font-family: "Comic Sans MS", "Courier New", cursive !important;
      text-transform: uppercase; letter-spacing: 0.3em; word-spacing: 1em;
      color: #c0c; line-height: 0.8; font-weight: 900; font-style: italic; text-align: right;
    }`,
  'buttons, inputs and SVG hidden with !important': 'button, input, svg { display: none !important; }',
  'content-box sizing everywhere': '*, *::before, *::after { box-sizing: content-box !important; }',
  'inherited text settings a typography reset forgets': `
    body {
      white-space: nowrap; word-break: break-all; text-indent: 3em; font-variant: small-caps;
      font-stretch: condensed; font-kerning: none; text-shadow: 2px 2px 0 #f0f;
    }`,
  'all of these at once': '',
};
hostilePages['all of these at once'] = Object.values(hostilePages).join('\n');

const q = <T extends HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** Each widget, and one thing a patient does with it, checked by what they then see. */
const widgets = {
  'exercise card': {
    template: () => html`<rugwijs-exercise-card exercise="bird-dog"></rugwijs-exercise-card>`,
    use: async (el: RugwijsElement) => {
      q(el, '.motion-toggle').click();
      await el.updateComplete;
      expect(q(el, '.motion-toggle').getAttribute('aria-pressed')).to.equal('true');
    },
  },
  'exercise programme': {
    template: () => html`<rugwijs-exercise-program exercises="plank,walking"></rugwijs-exercise-program>`,
    use: async (el: RugwijsElement) => {
      q(el, 'input[type=checkbox]').click();
      await el.updateComplete;
      expect(visibleText(q(el, '[part=progress] [role=status]'))).to.equal('1 van 2 gedaan');
    },
  },
  'warning-signs checklist': {
    template: () => html`<rugwijs-warning-signs></rugwijs-warning-signs>`,
    use: async (el: RugwijsElement) => {
      q(el, 'input[name="bladder-bowel"][value="yes"]').click();
      await el.updateComplete;
      expect(visibleText(q(el, '[part=alert]'))).to.contain('Bel nu je huisarts');
    },
  },
  'load bucket': {
    template: () => html`<rugwijs-load-bucket loads="moving-house,worry"></rugwijs-load-bucket>`,
    use: async (el: RugwijsElement) => {
      q(el, 'button.toggle.load[data-id="stress"]').click();
      await el.updateComplete;
      expect(q(el, 'button.toggle.load[data-id="stress"]').getAttribute('aria-pressed')).to.equal('true');
    },
  },
  'myths quiz': {
    template: () => html`<rugwijs-myths statements="rest-is-best,movement-helps"></rugwijs-myths>`,
    use: async (el: RugwijsElement) => {
      q(el, 'button[data-answer="false"]').click();
      await el.updateComplete;
      expect(visibleText(q(el, '[part=result]'))).to.contain('Dit is niet waar.');
    },
  },
  'recovery course': {
    template: () => html`<rugwijs-recovery-course week="3"></rugwijs-recovery-course>`,
    use: async (el: RugwijsElement) => {
      q(el, 'button.more').click();
      await el.updateComplete;
      expect(visibleText(q(el, '.week-value'))).to.equal('4 weken');
    },
  },
  'self-care': {
    template: () => html`<rugwijs-self-care situation="office"></rugwijs-self-care>`,
    use: async (el: RugwijsElement) => {
      q(el, 'button[data-situation="sleep"]').click();
      await el.updateComplete;
      expect(q(el, 'button[data-situation="sleep"]').getAttribute('aria-pressed')).to.equal('true');
    },
  },
};

async function settle(el: RugwijsElement) {
  await el.updateComplete;
  for (const root of shadowRoots(el)) await (root.host as RugwijsElement).updateComplete;
  await new Promise(requestAnimationFrame);
}

/** What a reader notices: sizes, the typography of every text element, and which controls show. */
function looks(el: RugwijsElement) {
  const rect = el.getBoundingClientRect();
  const text = shadowRoots(el).flatMap((root) =>
    [...root.querySelectorAll('h2, h3, h4, p, li, label, button, a, legend')].map((node) => {
      const style = getComputedStyle(node);
      return [node.localName, style.fontFamily, style.fontSize, style.fontWeight, style.fontStyle, style.lineHeight,
        style.letterSpacing, style.wordSpacing, style.textTransform, style.color, style.textIndent, style.textAlign,
        style.whiteSpace, style.wordBreak, style.fontVariant, style.fontStretch, style.fontKerning,
        style.textShadow].join(' | ');
    }),
  );
  const controls = shadowRoots(el).flatMap((root) =>
    [...root.querySelectorAll<HTMLElement>('button, input, svg')].map((node) => {
      // An input's target includes its label: a tap on the label checks it.
      const box = (node.closest('label') ?? node).getBoundingClientRect();
      return { tag: node.localName, shown: getComputedStyle(node).display !== 'none' && node.getClientRects().length > 0, width: Math.round(box.width), height: Math.round(box.height) };
    }),
  );
  // What is not border-box: the host (which `*` on the page reaches) and every element inside.
  const contentBox = [el, ...shadowRoots(el).flatMap((root) => [...root.querySelectorAll('*')])]
    .filter((node) => getComputedStyle(node).boxSizing !== 'border-box')
    .map((node) => node.localName);
  return { width: Math.round(rect.width), height: Math.round(rect.height), text, controls, contentBox };
}

describe('hostile host pages', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(() => style?.remove());

  for (const [widget, { template, use }] of Object.entries(widgets)) {
    describe(widget, () => {
      for (const [page, css] of Object.entries(hostilePages)) {
        it(`looks and works as on a blank page, on a page with ${page}`, async () => {
          const clean = await fixture<RugwijsElement>(html`<div style="inline-size: 480px">${template()}</div>`);
          const el = clean.firstElementChild as RugwijsElement;
          await settle(el);
          const designed = looks(el);
          expect(designed.controls.length, 'the widget has controls').to.be.above(0);

          style = document.createElement('style');
          style.textContent = css;
          document.head.append(style);
          await settle(el);
          const onHostilePage = looks(el);

          expect(onHostilePage.contentBox, 'elements not border-box').to.deep.equal([]);
          expect(onHostilePage.text).to.deep.equal(designed.text);
          expect(onHostilePage.controls).to.deep.equal(designed.controls);
          expect(onHostilePage.width).to.equal(designed.width);
          expect(Math.abs(onHostilePage.height - designed.height), 'height').to.be.at.most(1);
          for (const control of onHostilePage.controls.filter((c) => c.tag !== 'svg' && c.shown)) {
            expect(Math.min(control.width, control.height), `${control.tag} target size`).to.be.at.least(24);
          }
          await expect(el).to.be.accessible();
          await use(el);
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});
