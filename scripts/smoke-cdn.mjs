// After the build: a page with one card fetches only what that card needs. (The bundles on whole
// pages, under a strict CSP, together and twice, are tested in every engine: test/pages/.)
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { chromiumFlags, findChromium } from './find-chromium.mjs';
import { serve } from './static-server.mjs';

const pages = {};
pages['/classic.html'] = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script src="/dist/cdn/rugwijs.iife.js"></script></head><body><rugwijs-warning-signs></rugwijs-warning-signs></body></html>`;
pages['/one-card.html'] = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><link rel="stylesheet" href="/dist/cdn/rugwijs.css"><script type="module" src="/dist/cdn/rugwijs.js"></script></head><body><rugwijs-exercise-card exercise="plank"></rugwijs-exercise-card></body></html>`;

const server = await serve(resolve(import.meta.dirname, '..'), pages);
const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumFlags, headless: true });
let failures = 0;
try {
  // A page with one card loads the loader, the core, the card and its exercise, with their Dutch
  // texts: nothing else (no other language, no other element).
  {
    const tab = await browser.newPage();
    const files = [];
    tab.on('request', (r) => files.push(new URL(r.url()).pathname));
    await tab.goto(`${server.origin}/one-card.html`, { waitUntil: 'networkidle0' });
    const title = await tab.evaluate(() => document.querySelector('rugwijs-exercise-card')?.shadowRoot?.querySelector('[part=title]')?.textContent);
    const scripts = files.filter((f) => f.endsWith('.js')).map((f) => f.replace('/dist/cdn/', '')).sort();
    const expected = ['chunks/activity-sources.js', 'chunks/core.js', 'chunks/dose-text.js', 'chunks/exercise-card.js', 'chunks/figure.js', 'chunks/nl.exercise-card.js', 'chunks/nl.exercise.plank.js', 'chunks/plank.js', 'chunks/poses.js', 'rugwijs.js'];
    const ok = title === 'Plank houden' && JSON.stringify(scripts) === JSON.stringify(expected);
    failures += ok ? 0 : 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} /one-card.html loads only ${scripts.join(', ')}${ok ? '' : ` (expected ${expected.join(', ')}; title ${title})`}`);
    await tab.close();
  }
  // The classic script alone defines every element (it once defined none: tree-shaken registrations).
  {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/classic.html`, { waitUntil: 'networkidle0' });
    const undefinedTags = await tab.evaluate(() => Object.keys(window.rugwijs ?? {}).filter((k) => k.startsWith('Rugwijs')).length ? [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('rugwijs-') && !customElements.get(el.localName)).map((el) => el.localName) : ['no rugwijs global']);
    const heading = await tab.evaluate(() => document.querySelector('rugwijs-warning-signs')?.shadowRoot?.querySelector('[part=heading]')?.textContent);
    const ok = !undefinedTags.length && heading === 'Rugpijn: wanneer bel je een arts?';
    failures += ok ? 0 : 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} /classic.html defines its element and renders it${ok ? '' : ` (undefined: ${undefinedTags.join(', ')}; heading ${heading})`}`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures) process.exit(1);
