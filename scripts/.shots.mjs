import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from './find-chromium.mjs';
import { serve } from './static-server.mjs';
const server = await serve('/work/wt-guide/.demo-build');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
const page = await browser.newPage();
const [url, name, js, ...ys] = process.argv.slice(2);
await page.setJavaScriptEnabled(js !== 'nojs');
for (const w of [375, 1280]) {
  await page.setViewport({ width: w, height: 1000 });
  await page.goto(url.replace('STATIC', server.origin), { waitUntil: 'networkidle0' });
  for (const y of ys) {
    if (y.startsWith('#')) await page.evaluate((id) => document.querySelector(id).scrollIntoView(), y);
    else await page.evaluate((y) => scrollTo(0, +y), y);
    await new Promise((r) => setTimeout(r, 1200));
    await page.screenshot({ path: `/tmp/${name}-${w}-${y.replace('#', '')}.png` });
  }
}
await browser.close(); server.close();
