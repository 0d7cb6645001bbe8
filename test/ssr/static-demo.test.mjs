// The prerendered static page (demo/static, `npm run build:static-demo`) in the system Chromium:
// with JavaScript off the patient reads the whole guide from the HTML; with JavaScript on the
// elements hydrate, keep what the server drew (no flash, nothing moves) and log no errors.
// Run by `npm test` with the other server-rendering tests, or alone: node --test test/ssr/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { buildStaticDemo } from '../../demo/static/build.mjs';
import { chromiumFlags, findChromium } from '../../scripts/find-chromium.mjs';
import { serve } from '../../scripts/static-server.mjs';

const widgets = ['rugwijs-recovery-course', 'rugwijs-load-bucket', 'rugwijs-myths', 'rugwijs-self-care', 'rugwijs-exercise-program', 'rugwijs-warning-signs'];

/** Each widget's box and the text in its shadow root, as the reader sees it. */
const snapshot = () =>
  [...document.querySelectorAll('rugwijs-guide, rugwijs-guide [data-section] > *')].map((el) => {
    const box = el.getBoundingClientRect();
    return { tag: el.localName, top: Math.round(box.top), height: Math.round(box.height), width: Math.round(box.width), text: [...(el.shadowRoot ?? el).childNodes].filter((n) => n.nodeName !== 'STYLE').map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim().slice(0, 200) };
  });

describe('the static prerendered page', { timeout: 180_000 }, () => {
  let server;
  let browser;
  let html;
  before(async () => {
    const dir = await buildStaticDemo();
    html = readFileSync(join(dir, 'index.html'), 'utf8');
    server = await serve(dir);
    browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(javaScript) {
    const page = await browser.newPage();
    await page.setViewport({ width: 375, height: 800 });
    await page.setJavaScriptEnabled(javaScript);
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    if (javaScript)
      await page.evaluateOnNewDocument(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
    await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
    return { page, errors };
  }

  it('holds the guide\'s text and each widget\'s content in the HTML itself', () => {
    for (const text of ['Wat is lage rugpijn?', 'Verhagen AP et al.', 'Zo werken wij', 'Je kunt bij ons terecht zonder verwijzing', 'Bel meteen 112 als je dit hebt:'])
      assert.ok(html.includes(text), text);
    for (const tag of widgets) assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
    assert.ok(html.includes('Waar of niet waar?'), 'the quiz');
    assert.ok(html.includes('Je rug als emmer'), 'the bucket');
  });

  it('shows the whole guide with JavaScript off', async () => {
    const { page, errors } = await open(false);
    const view = await page.evaluate(snapshot);
    assert.equal(view.length, 1 + widgets.length);
    for (const w of view.slice(1)) {
      assert.ok(w.height > 100, `${w.tag} is drawn (${w.height}px)`);
      assert.ok(w.text.length > 50, `${w.tag} shows its text`);
    }
    const visible = await page.evaluate(() => document.body.innerText);
    assert.ok(visible.includes('Wat is lage rugpijn?'));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('hydrates with JavaScript on: same boxes, same text, no layout shift, no errors', async () => {
    const off = await open(false);
    const before = await off.page.evaluate(snapshot);
    await off.page.close();
    const { page, errors } = await open(true);
    await page.waitForFunction(
      (tags) => tags.every((t) => customElements.get(t)) && [...document.querySelectorAll(tags.join(','))].every((el) => el.hasUpdated),
      { timeout: 20_000 },
      [...widgets, 'rugwijs-guide'],
    );
    await page.evaluate(() => Promise.all([...document.querySelectorAll('rugwijs-guide [data-section] > *')].map((el) => el.updateComplete)));
    const hydrated = await page.evaluate(snapshot);
    assert.deepEqual(hydrated, before);
    assert.equal(await page.evaluate(() => window.__shift), 0, 'layout shift');
    // The widgets work: a tap in the quiz answers it.
    await page.evaluate(() => document.querySelector('rugwijs-myths').shadowRoot.querySelector('button[data-answer]').click());
    await page.waitForFunction(() => !!document.querySelector('rugwijs-myths').shadowRoot.querySelector('.result'));
    assert.deepEqual(errors, []);
    await page.close();
  });
});
