// The demo's one menu (demo/header.mjs) reaches every demo page, and every page takes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoPages, fillDemoHeader } from '../../demo/header.mjs';

const dir = resolve(import.meta.dirname, '../../demo');
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));

test('the menu lists every demo page, and each page has the place it goes', () => {
  assert.deepEqual(demoPages.map(([file]) => file).sort(), [...pages].sort());
  for (const page of pages) {
    const filled = fillDemoHeader(readFileSync(resolve(dir, page), 'utf8'), page);
    assert.equal((filled.match(/<li><a href=/g) ?? []).length, demoPages.length, page);
    assert.match(filled, new RegExp(`href="\\./${page}" aria-current="page"`), page);
  }
});

test('the language picker offers French where a page has one', () => {
  const filled = fillDemoHeader(readFileSync(resolve(dir, 'index.html'), 'utf8'), 'index.html');
  for (const locale of ['nl', 'nl-BE', 'en', 'fr', 'fr-BE']) assert.match(filled, new RegExp(`<option value="${locale}">`));
});
