// After the build: the script-tag bundles work on a plain page, as a practice pastes them.
// - dist/cdn/rugwijs.js as <script type="module"> renders every element, and they respond;
// - dist/cdn/rugwijs.iife.js as a classic <script> does the same;
// - both bundles, and the module twice, on one page: no error, one definition per tag.
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { chromiumFlags, findChromium } from './find-chromium.mjs';
import { serve } from './static-server.mjs';

const widgets = `<rugwijs-exercise-card exercise="plank"></rugwijs-exercise-card>
  <rugwijs-exercise-program exercises="bird-dog,walking"></rugwijs-exercise-program>
  <rugwijs-warning-signs></rugwijs-warning-signs>
  <rugwijs-load-bucket loads="stress"></rugwijs-load-bucket>`;
const page = (scripts) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">${scripts}</head><body>${widgets}</body></html>`;
const pages = {
  '/module.html': page('<script type="module" src="/dist/cdn/rugwijs.js"></script>'),
  '/iife.html': page('<script src="/dist/cdn/rugwijs.iife.js"></script>'),
  '/twice.html': page(
    '<script type="module" src="/dist/cdn/rugwijs.js"></script><script src="/dist/cdn/rugwijs.iife.js"></script><script type="module" src="/dist/cdn/rugwijs.js?again"></script>',
  ),
};

pages['/one-card.html'] = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><link rel="stylesheet" href="/dist/cdn/rugwijs.css"><script type="module" src="/dist/cdn/rugwijs.js"></script></head><body><rugwijs-exercise-card exercise="plank"></rugwijs-exercise-card></body></html>`;

const server = await serve(resolve(import.meta.dirname, '..'), pages);
const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumFlags, headless: true });
let failures = 0;
try {
  // A page with one card loads the loader, the core, the card and its exercise: nothing else.
  {
    const tab = await browser.newPage();
    const files = [];
    tab.on('request', (r) => files.push(new URL(r.url()).pathname));
    await tab.goto(`${server.origin}/one-card.html`, { waitUntil: 'networkidle0' });
    const title = await tab.evaluate(() => document.querySelector('rugwijs-exercise-card')?.shadowRoot?.querySelector('[part=title]')?.textContent);
    const scripts = files.filter((f) => f.endsWith('.js')).map((f) => f.replace('/dist/cdn/', '')).sort();
    const expected = ['chunks/core.js', 'chunks/exercise-card.js', 'chunks/exercise-parts.js', 'chunks/plank.js', 'chunks/rolldown-runtime.js', 'rugwijs.js'];
    const ok = title === 'Plank' && JSON.stringify(scripts) === JSON.stringify(expected);
    failures += ok ? 0 : 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} /one-card.html loads only ${scripts.join(', ')}${ok ? '' : ` (expected ${expected.join(', ')}; title ${title})`}`);
    await tab.close();
  }
  for (const path of Object.keys(pages).filter((p) => p !== '/one-card.html')) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(server.origin + path, { waitUntil: 'networkidle0' });
    const seen = await tab.evaluate(async () => {
      const title = (el) => el?.shadowRoot?.querySelector('[part=title], [part=heading]')?.textContent?.trim();
      const card = document.querySelector('rugwijs-exercise-card');
      const programme = document.querySelector('rugwijs-exercise-program');
      const checklist = document.querySelector('rugwijs-warning-signs');
      const bucket = document.querySelector('rugwijs-load-bucket');
      await Promise.all([card, programme, checklist, bucket].map((el) => el?.updateComplete));
      bucket?.shadowRoot?.querySelector('button[data-id="worry"]')?.click();
      await bucket?.updateComplete;
      checklist?.shadowRoot?.querySelector('input[name="chest-pain"][value="yes"]')?.click();
      await checklist?.updateComplete;
      return {
        card: title(card),
        programme: title(programme),
        cards: programme?.shadowRoot?.querySelectorAll('rugwijs-exercise-card').length,
        call: checklist?.shadowRoot?.querySelector('[part=alert] a.call')?.getAttribute('href'),
        bucket: bucket?.shadowRoot?.querySelector('[part=status]')?.textContent?.trim(),
      };
    });
    const ok = seen.card === 'Plank' && seen.programme === 'Je oefeningen voor thuis' && seen.cards === 2 && seen.call === 'tel:112' && seen.bucket === 'Je emmer is voor 35% vol.' && errors.length === 0;
    failures += ok ? 0 : 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${path}: ${JSON.stringify(seen)}${errors.length ? ` errors: ${errors.join(' | ')}` : ''}`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures) process.exit(1);
