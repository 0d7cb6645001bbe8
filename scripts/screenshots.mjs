// `npm run screenshots`: every widget in its main states, at 320, 375 and 1280 px, in Dutch and
// English, as PNG files in screenshots/, so anyone can compare a change before and after.
//
//   --widget=NAME     only widgets whose tag contains NAME (card, program, bucket, warning, myths, self-care, recovery)
//   --lang=nl|en      only one language
//   --width=375       only one width
//   --scheme=dark     the phone in dark mode (prefers-color-scheme emulation)
//   --page=dark|light-dark   the host page declares `color-scheme: dark` or `light dark`
//   --forced-colors   Windows high contrast (forced-colors emulation)
//   --out=DIR         where to write (default screenshots/, or screenshots/<variant>/ for the
//                     options above, so the plain run is never overwritten by a variant)
//
// The source is served by a vite dev server (no build needed; run `npm run localize` once).
// States are reached through attributes, properties and clicks, never through internals, so
// this script keeps working while elements are rewritten; a state it cannot reach is skipped
// with a message.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumFlags } from './find-chromium.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [key, ...value] = a.replace(/^--/, '').split('=');
    return [key, value.length ? value.join('=') : true];
  }),
);
const langs = args.lang ? [args.lang] : ['nl', 'en'];
const widths = args.width ? [Number(args.width)] : [320, 375, 1280];
const variant = [
  args.scheme && `scheme-${args.scheme}`,
  args.page && `page-${args.page}`,
  args['forced-colors'] && 'forced-colors',
].filter(Boolean).join('_');
const outDir = args.out ?? join('screenshots', variant);
const pageScheme = { dark: 'dark', 'light-dark': 'light dark' }[args.page] ?? '';

/** Finds the first element matching `selector` in the widget or any shadow root inside it. */
const deepQuery = (el, selector) => {
  const roots = [el.shadowRoot];
  while (roots.length) {
    const root = roots.shift();
    if (!root) continue;
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const node of root.querySelectorAll('*')) if (node.shadowRoot) roots.push(node.shadowRoot);
  }
  return null;
};

/**
 * Each widget: its tag, its attributes, and its states. A state's `set` runs in the page with the
 * element and a click helper; it returns false when it cannot reach the state.
 */
const loads = 'long-sitting,bad-night,worry';
const widgets = [
  {
    name: 'warning-signs',
    tag: 'rugwijs-warning-signs',
    attrs: {},
    states: {
      empty: () => true,
      urgent: (el) => ((el.answers = { 'bladder-bowel': 'yes' }), true),
      emergency: (el) => ((el.answers = { 'chest-pain': 'yes' }), true),
      advice: (el, click) => ((el.answers = { 'one-leg-nerve': 'yes' }), click('button.show-advice, [part=base] button.primary')),
    },
  },
  ...[1, 2, 3, 4].map((step) => ({
    name: 'load-bucket',
    tag: 'rugwijs-load-bucket',
    attrs: { step: String(step), loads },
    states: { [`step${step}`]: () => true },
  })),
  { name: 'load-bucket', tag: 'rugwijs-load-bucket', attrs: { compact: '', loads }, states: { compact: () => true } },
  {
    name: 'exercise-card',
    tag: 'rugwijs-exercise-card',
    attrs: { exercise: 'bird-dog' },
    states: {
      normal: () => true,
      // start() is public; the guided mode's code loads on first use and start() waits for it.
      guided: async (el, click) => (typeof el.start === 'function' ? (await el.start(), true) : click('button.start')),
      'reduced-motion': () => true,
    },
  },
  {
    name: 'exercise-program',
    tag: 'rugwijs-exercise-program',
    attrs: { exercises: 'bird-dog,plank,walking' },
    states: { programme: () => true, 'one-ticked': (el, click) => click('input[type=checkbox]') },
  },
  {
    name: 'myths',
    tag: 'rugwijs-myths',
    attrs: {},
    states: {
      question: () => true,
      answered: (el, click) => click('button.answer'),
      // Every statement answered: the score at the end.
      score: (el) => ((el.answers = Object.fromEntries([
        'rest-is-best', 'scan-needed', 'bending-lifting-dangerous', 'pain-means-damage', 'all-at-once', 'wear-and-tear',
        'posture-perfect', 'cardio-only', 'movement-helps', 'stress-matters', 'recurrence-common',
      ].map((id, i) => [id, i % 3 === 0]))), true),
    },
  },
  ...['flare-up', 'office', 'work'].map((situation) => ({
    name: 'self-care',
    tag: 'rugwijs-self-care',
    attrs: { situation },
    states: { [situation]: () => true },
  })),
  ...[0, 4, 8, 20].map((week) => ({
    name: 'recovery-course',
    tag: 'rugwijs-recovery-course',
    attrs: { week: String(week) },
    states: { [`week-${week}`]: () => true },
  })),
].filter((w) => !args.widget || w.tag.includes(args.widget) || w.name.includes(args.widget));

const server = await createServer({
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
  plugins: [{
    name: 'rugwijs-screenshot-page',
    configureServer(s) {
      s.middlewares.use('/__screenshots.html', (_req, res) => {
        res.setHeader('content-type', 'text/html');
        res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>:root{${pageScheme ? `color-scheme:${pageScheme};` : ''}} body{margin:0;font-family:Georgia,serif}
main{padding:8px;background:${pageScheme ? 'Canvas' : '#fff'};color:${pageScheme ? 'CanvasText' : '#222'}}</style>
<script type="module" src="/src/define.ts"></script></head><body><main></main></body></html>`);
      });
    },
  }],
});
await server.listen();
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');

const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumFlags, headless: true });
let count = 0;
try {
  await mkdir(outDir, { recursive: true });
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${origin}/__screenshots.html`, { waitUntil: 'load' });
  await page.evaluate(() => Promise.all(['rugwijs-exercise-card', 'rugwijs-exercise-program', 'rugwijs-warning-signs', 'rugwijs-load-bucket'].map((t) => customElements.whenDefined(t))));
  for (const lang of langs) {
    for (const width of widths) {
      await page.setViewport({ width, height: 900 });
      for (const widget of widgets) {
        for (const [state, set] of Object.entries(widget.states)) {
          const features = [
            { name: 'prefers-reduced-motion', value: state === 'reduced-motion' ? 'reduce' : 'no-preference' },
            { name: 'prefers-color-scheme', value: args.scheme === 'dark' ? 'dark' : 'light' },
            { name: 'forced-colors', value: args['forced-colors'] ? 'active' : 'none' },
          ];
          // Through CDP: puppeteer's emulateMediaFeatures does not know forced-colors.
          await cdp.send('Emulation.setEmulatedMedia', { media: '', features });
          const reached = await page.evaluate(
            async ({ tag, attrs, lang, setSource, deepQuerySource }) => {
              const deepQuery = (0, eval)(`(${deepQuerySource})`);
              const set = (0, eval)(`(${setSource})`);
              const settle = async (el) => {
                for (let i = 0; i < 3; i++) {
                  await el.updateComplete;
                  for (const inner of el.shadowRoot?.querySelectorAll('*') ?? []) await inner.updateComplete;
                  await new Promise(requestAnimationFrame);
                }
              };
              document.documentElement.lang = lang;
              const main = document.querySelector('main');
              main.replaceChildren();
              const el = document.createElement(tag);
              for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
              main.append(el);
              await settle(el);
              const click = async (selector) => {
                const button = deepQuery(el, selector);
                if (!button) return false;
                button.click();
                return true;
              };
              const ok = await set(el, click);
              await settle(el);
              return ok;
            },
            { tag: widget.tag, attrs: widget.attrs, lang, setSource: set.toString(), deepQuerySource: deepQuery.toString() },
          );
          const file = `${widget.name}-${state}-${lang}-${width}.png`;
          if (!reached) {
            console.log(`skipped ${file}: could not reach the state "${state}" (control not found)`);
            continue;
          }
          const main = await page.$('main');
          await main.screenshot({ path: join(outDir, file), captureBeyondViewport: true });
          count++;
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in ${outDir}/`);
