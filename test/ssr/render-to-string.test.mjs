// renderToString (rugwijs/ssr): a page's HTML in, the same page with the widgets prerendered out.
// Run by `npm test` with the other server-rendering tests, or alone: node --test test/ssr/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const page = (body, lang = 'nl') => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><p id="own">Onze eigen tekst &amp; meer</p>${body}</body></html>`;

describe('renderToString', () => {
  let renderToString;
  /** What the renders warned: a server render that warns has left something out. */
  const warnings = [];
  const warn = console.warn;
  before(async () => {
    console.warn = (...args) => warnings.push(args.map(String).join(' '));
    ({ renderToString } = (await runnerImport(resolve(root, 'src/ssr.ts'), { root, configFile: false, logLevel: 'error' })).module);
  });
  after(() => {
    console.warn = warn;
  });

  it('leaves the page around the widgets exactly as it was', async () => {
    const input = page('<rugwijs-myths></rugwijs-myths><footer>voet</footer>');
    const out = await renderToString(input);
    assert.ok(out.startsWith('<!doctype html><html lang="nl"><head><title>t</title></head><body><p id="own">Onze eigen tekst &amp; meer</p>'));
    assert.ok(out.endsWith('<footer>voet</footer></body></html>'));
    assert.match(out, /<rugwijs-myths><template shadowroot="open" shadowrootmode="open">/);
    assert.ok(out.includes('Waar of niet waar?'));
  });

  it('renders the guide in its light DOM, each section\'s widget with its shadow DOM, the practice\'s text in its section', async () => {
    const out = await renderToString(page('<rugwijs-guide sections="about,myths" practice-name="Fysio De Brug"><p slot="practice">Wij werken zo.</p></rugwijs-guide>'));
    assert.match(out, /<rugwijs-guide[^>]*data-rugwijs-prerendered[^>]*>(?!<template)/, 'no shadow root of its own');
    assert.ok(out.includes('<section id="about"'));
    assert.ok(out.includes('<section id="myths"'));
    assert.ok(!out.includes('<section id="bucket"'), 'only the chosen sections');
    assert.match(out, /<rugwijs-myths[^>]*practice-name="Fysio De Brug"[^>]*><template shadowrootmode="open"|<rugwijs-myths[^>]*practice-name="Fysio De Brug"[^>]*><template shadowroot="open"/);
    const practice = out.indexOf('<section id="practice"');
    assert.ok(practice > 0 && out.indexOf('Wij werken zo.') > practice, 'the practice\'s text in its own section');
  });

  it('renders in the language asked for, else the page\'s, one render after another', async () => {
    const [en, nl, pageEn] = await Promise.all([
      renderToString(page('<rugwijs-guide sections="about"></rugwijs-guide>'), { lang: 'en' }),
      renderToString(page('<rugwijs-guide sections="about"></rugwijs-guide>')),
      renderToString(page('<rugwijs-guide sections="about"></rugwijs-guide>', 'en-GB')),
    ]);
    assert.ok(en.includes('What is low back pain?') && !en.includes('Wat is lage rugpijn?'));
    assert.ok(nl.includes('Wat is lage rugpijn?') && !nl.includes('What is low back pain?'));
    assert.ok(pageEn.includes('What is low back pain?'));
  });

  it('names Flemish services for nl-BE and passes the form of address on', async () => {
    const out = await renderToString(page('<rugwijs-guide sections="warning-signs"></rugwijs-guide>'), { lang: 'nl-BE', address: 'u' });
    assert.ok(out.includes('huisarts van wacht: 1733'));
    assert.match(out, /<rugwijs-guide[^>]* region="BE"[^>]* address="u"/);
    assert.match(out, /<rugwijs-warning-signs[^>]* region="BE"/);
  });

  it('warns about nothing on the way (every render above)', () => {
    assert.deepEqual(warnings, []);
  });
});
