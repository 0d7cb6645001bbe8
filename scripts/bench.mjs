// npm run bench: builds the CDN bundle, serves the repository on 127.0.0.1 and measures in headless
// Chromium. A benchmark, not a test: it prints figures and only fails when it cannot run.
//   1. 100 exercise cards, time to the first paint that shows them (median of 9 runs after 2
//      warm-ups): after the render, a frame's layout and paint.
//   2. 240 widgets, the four elements in turn, time to the first paint that shows them (median of 5).
//   3. JS heap after 1000 connect/disconnect cycles of each element, after GC, against the heap
//      after a warm-up.
//   4. The bucket: 20 loads tapped in a row while the water moves; long tasks over 50 ms and the
//      work per tap and per animation frame.
//   5. Lighthouse over every demo page (scripts/lighthouse.mjs): scores and CLS.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from './find-chromium.mjs';
import { serve } from './static-server.mjs';
import { runLighthouse } from './lighthouse.mjs';

const root = resolve(import.meta.dirname, '..');
const registry = JSON.parse(readFileSync(join(root, 'src/registry.json'), 'utf8'));
execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

const server = await serve(root);
const url = `${server.origin}/bench/bench.html`;

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  args: [...chromiumFlags, '--js-flags=--expose-gc'],
  headless: true,
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url, { waitUntil: 'load' });
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  const runs = [];
  for (let i = 0; i < 11; i++) runs.push(await page.evaluate(() => window.renderCards(100)));
  const timed = runs.slice(2).sort((a, b) => a - b);
  const median = timed[Math.floor(timed.length / 2)];
  console.log(`100 exercise cards, to the first paint that shows them: median ${median.toFixed(1)} ms (min ${timed[0].toFixed(1)}, max ${timed.at(-1).toFixed(1)}; aim < 100 ms)`);

  const many = [];
  for (let i = 0; i < 7; i++) many.push(await page.evaluate(() => window.renderMany(240)));
  const manyTimed = many.slice(2).sort((a, b) => a - b);
  console.log(`240 widgets (60 of each element, 180 cards in all), to the first paint that shows them: median ${manyTimed[2].toFixed(0)} ms (min ${manyTimed[0].toFixed(0)}, max ${manyTimed.at(-1).toFixed(0)})`);

  for (const [tag, attribute] of registry.elements.map((e) => [e.tag, Object.keys(e.sample)[0]])) {
    await page.evaluate((t, a) => window.cycle(50, t, a), tag, attribute);
    const before = await heap();
    await page.evaluate((t, a) => window.cycle(1000, t, a), tag, attribute);
    const after = await heap();
    const growth = ((after - before) / before) * 100;
    console.log(`${tag}: heap ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB after 1000 connect/disconnect cycles (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%; aim within 10%)`);
  }

  const medianOf = (list) => list.slice().sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const bucket = await page.evaluate(() => window.toggleLoads(20));
  const ms = (n) => `${n.toFixed(1)} ms`;
  console.log(
    `bucket, 20 loads tapped in a row: ${bucket.longTasks.length} long tasks${bucket.longTasks.length ? ` (longest ${ms(Math.max(...bucket.longTasks))})` : ''}; ` +
      `tap work median ${ms(medianOf(bucket.taps))}, max ${ms(Math.max(...bucket.taps))}; ` +
      `frame work over ${bucket.frames.length} frames median ${ms(medianOf(bucket.frames))}, max ${ms(Math.max(...bucket.frames))} (aim: no long task, frames under 16 ms)`,
  );
} finally {
  await browser.close();
  server.close();
}

await runLighthouse();
