import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { localeReady, setLocale } from '../../src/base/localization.js';
import { tags, samples } from '../../src/generated/registry.js';
import { captureWarnings, shadowRoots, until, visibleText } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** What a reader sees of a widget: its shadow roots, or its light DOM (the guide) and the widgets in it. */
const seen = (el: Element) =>
  [el.shadowRoot ? '' : visibleText(el), ...[el, ...el.querySelectorAll('*')].flatMap(shadowRoots).map((root) => visibleText(root))].join(' ');

/** "je", "jij", "jou", "jouw", "jezelf": the informal address; the u-form has none of them. */
const informal = /\b(je|jij|jou|jouw|jezelf)\b/i;
const formal = /\b(u|uw)\b/i;

async function widget(tag: string, address?: string): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(samples[tag as keyof typeof samples])) el.setAttribute(name, value);
  if (address) el.setAttribute('address', address);
  const stage = await fixture<HTMLElement>(html`<div></div>`);
  stage.append(el);
  await el.updateComplete;
  await localeReady();
  await el.updateComplete;
  return el;
}

describe('the form of address: "je" or "u"', () => {
  afterEach(async () => {
    delete document.documentElement.dataset.rugwijsAddress;
    await setLocale('nl');
  });

  for (const tag of tags) {
    it(`<${tag} address="u"> speaks as "u" everywhere, in Dutch and in Flemish`, async () => {
      await setLocale('nl');
      const el = await widget(tag, 'u');
      await until(() => formal.test(seen(el)), 3000, 'the u-form');
      expect(seen(el).match(informal)?.[0], 'no "je" left').to.equal(undefined);
      await setLocale('nl-BE');
      await el.updateComplete;
      expect(seen(el).match(informal)?.[0], 'no "je" left in Flemish').to.equal(undefined);
    });
  }

  it('is chosen per element: "u" and "je" side by side', async () => {
    await setLocale('nl');
    const formalOne = await widget('rugwijs-warning-signs', 'u');
    const informalOne = await widget('rugwijs-warning-signs');
    await until(() => formal.test(seen(formalOne)), 3000, 'the u-form');
    expect(seen(informalOne)).to.match(informal);
    expect(seen(formalOne)).to.not.match(informal);
  });

  it('is set once for the page with <html data-rugwijs-address="u">; an element can still say "je"', async () => {
    await setLocale('nl');
    document.documentElement.dataset.rugwijsAddress = 'u';
    const pageDefault = await widget('rugwijs-load-bucket');
    const own = await widget('rugwijs-load-bucket', 'je');
    await until(() => formal.test(seen(pageDefault)), 3000, 'the u-form from the page');
    expect(seen(pageDefault)).to.not.match(informal);
    expect(seen(own)).to.match(informal);
  });

  it('leaves English and French alone: they have one form', async () => {
    await setLocale('en');
    const el = await widget('rugwijs-myths', 'u');
    expect(seen(el)).to.match(/\byou\b/i);
    await setLocale('fr');
    await el.updateComplete;
    await until(() => /\bvous\b/i.test(seen(el)), 3000, 'French');
  });

  it('a bad address: a notice, one warning naming it, and the je-form', async () => {
    const warnings = captureWarnings();
    try {
      const el = await widget('rugwijs-myths', 'sie');
      await until(() => !!el.shadowRoot!.querySelector('[part=notice]'), 3000, 'the notice');
      expect(warnings.messages.filter((m) => m.includes('address'))).to.have.length(1);
      expect(warnings.messages[0]).to.contain('sie');
      expect(seen(el)).to.match(informal);
    } finally {
      warnings.restore();
    }
  });
});
