import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { RugwijsElement } from '../../src/base/rugwijs-element.js';
import { forcedColors, shadowRoots, until } from '../helpers.js';

/**
 * Forced colours (Windows high contrast): the browser replaces the page's colours with a few
 * system colours and draws a Canvas-coloured backplate behind text. Every pressed, chosen or
 * ticked control must still look different from one that is not, and its text must stay readable:
 * not the colour of what is behind it (its own background, or the backplate).
 */
const transparent = 'rgba(0, 0, 0, 0)';

/** The colour the system draws as Canvas, read from a probe element. */
function systemColour(name: string): string {
  const probe = document.createElement('div');
  probe.style.backgroundColor = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return value;
}

/** The nearest painted background at `node`, through shadow roots to the page. */
function backgroundAt(node: Element): string {
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(at).backgroundColor;
    if (bg !== transparent) return bg;
  }
  return systemColour('Canvas');
}

/** What a patient sees of a control: its text colour, and the colour right behind that text. */
function looks(node: Element) {
  const style = getComputedStyle(node);
  // With forced-color-adjust: auto the browser puts a Canvas backplate behind the text.
  const behindText = style.forcedColorAdjust === 'none' ? backgroundAt(node) : systemColour('Canvas');
  return { text: style.color, behindText, background: backgroundAt(node), border: `${style.borderColor} ${style.borderWidth}` };
}

function expectReadable(node: Element, what: string) {
  const { text, behindText } = looks(node);
  expect(text, `${what}: text colour differs from what is behind the text`).not.to.equal(behindText);
}

function expectDistinct(on: Element, off: Element, what: string) {
  const a = looks(on);
  const b = looks(off);
  expect(`${a.background} ${a.border}`, `${what}: looks different from one that is not`).not.to.equal(`${b.background} ${b.border}`);
}

const find = <T extends Element>(el: Element, selector: string): T => {
  for (const root of shadowRoots(el)) {
    const hit = root.querySelector<T>(selector);
    if (hit) return hit;
  }
  throw new Error(`no ${selector}`);
};

async function settle(el: RugwijsElement) {
  await el.updateComplete;
  for (const root of shadowRoots(el)) await (root.host as RugwijsElement).updateComplete;
}

describe('forced colours (high contrast)', () => {
  beforeEach(async function () {
    if (!(await forcedColors(true))) this.skip();
  });
  afterEach(() => forcedColors(false));

  it('is really on: a styled background is replaced by a system colour', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('<rugwijs-warning-signs>: the chosen answer and a question answered yes stand out and stay readable', async () => {
    const el = await fixture<RugwijsElement>(html`<rugwijs-warning-signs></rugwijs-warning-signs>`);
    find<HTMLInputElement>(el, 'input[name="bladder-bowel"][value="yes"]').click();
    await settle(el);
    const chosen = find(el, 'input[name="bladder-bowel"][value="yes"]').closest('label')!;
    const other = find(el, 'input[name="bladder-bowel"][value="no"]').closest('label')!;
    expectDistinct(chosen, other, 'the chosen answer');
    expectReadable(chosen, 'the chosen answer');
    expectReadable(other, 'an answer not chosen');
    const positive = find(el, 'fieldset[data-sign="bladder-bowel"]');
    const untouched = find(el, 'fieldset[data-sign="saddle-numbness"]');
    expect(looks(positive).border, 'a question answered yes').not.to.equal(looks(untouched).border);
    for (const node of find(el, '[part=alert]').querySelectorAll('h2, h3, h4, p, li, a')) expectReadable(node, `alert ${node.localName}`);
  });

  it('<rugwijs-exercise-program>: a ticked exercise and the progress bar stand out and stay readable', async () => {
    const el = await fixture<RugwijsElement>(html`<rugwijs-exercise-program exercises="plank,walking"></rugwijs-exercise-program>`);
    await settle(el);
    find<HTMLInputElement>(el, 'input[type=checkbox]').click();
    await settle(el);
    const [ticked, open] = [...el.shadowRoot!.querySelectorAll('input[type=checkbox]')].map((i) => i.closest('label')!);
    expectDistinct(ticked!, open!, 'a ticked exercise');
    expectReadable(ticked!, 'a ticked exercise');
    expectReadable(open!, 'an exercise not ticked');
    const fill = find(el, '.bar > *');
    await until(() => fill.getBoundingClientRect().width > 0, 2000, 'the progress fill to grow');
    expect(getComputedStyle(fill).backgroundColor, 'the progress fill').not.to.equal(backgroundAt(fill.parentElement!));
  });

  it('<rugwijs-exercise-card>: a pressed button stands out and stays readable', async () => {
    const el = await fixture<RugwijsElement>(html`<rugwijs-exercise-card exercise="bird-dog"></rugwijs-exercise-card>`);
    const toggle = find<HTMLButtonElement>(el, 'button[aria-pressed]');
    const before = looks(toggle);
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const after = looks(toggle);
    expect(`${after.background} ${after.border}`, 'pressed vs not pressed').not.to.equal(`${before.background} ${before.border}`);
    expectReadable(toggle, 'the pressed button');
    expectReadable(find(el, 'button.start, button.primary'), 'the start button');
  });

  it('<rugwijs-load-bucket>: a chosen load stands out and stays readable', async () => {
    const el = await fixture<RugwijsElement>(html`<rugwijs-load-bucket></rugwijs-load-bucket>`);
    const toggles = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')];
    toggles[0]!.click();
    await settle(el);
    expect(toggles[0]!.getAttribute('aria-pressed')).to.equal('true');
    expectDistinct(toggles[0]!, toggles[1]!, 'a chosen load');
    expectReadable(toggles[0]!, 'a chosen load');
    expectReadable(toggles[1]!, 'a load not chosen');
  });
});
