import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

/** The configurator page as a practice owner uses it, in an iframe. */
async function open(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/configurator.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await until(() => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value !== '', 10000, 'the snippet');
  return doc;
}

const choose = (doc: Document, selector: string, value: string) => {
  const select = doc.querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('the configurator', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('speaks the practice owner’s language: Dutch, French or English', async () => {
    const doc = await open();
    choose(doc, '#ui-language', 'nl');
    expect(doc.querySelector('h1')!.textContent).to.contain('uw code');
    choose(doc, '#ui-language', 'fr');
    expect(doc.documentElement.lang).to.equal('fr');
    expect(doc.querySelector('h1')!.textContent).to.contain('Configurateur');
    expect(doc.querySelector('#copy')!.textContent).to.equal('Copier le code');
    choose(doc, '#ui-language', 'en');
    expect(doc.querySelector('h1')!.textContent).to.contain('Configurator: your snippet');
  });

  it('offers the form of address and the French languages, and the snippet carries them', async () => {
    const doc = await open();
    choose(doc, 'select[name=widget]', 'rugwijs-load-bucket');
    choose(doc, 'select[name=language]', 'fr-BE');
    choose(doc, 'select[name=address]', 'u');
    const snippet = doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    expect(snippet).to.contain('address="u"').and.contain('lang="fr-BE"');
    choose(doc, 'select[name=address]', 'je');
    expect(doc.querySelector<HTMLTextAreaElement>('#snippet')!.value, '"je" is the default: not written').to.not.contain('address=');
  });

  it('offers every widget of the registry', async () => {
    const doc = await open();
    const offered = [...doc.querySelectorAll<HTMLOptionElement>('select[name=widget] option')].map((o) => o.value);
    const { tags } = await import('../../src/generated/registry.js');
    expect(offered).to.include.members([...tags]);
  });
});
