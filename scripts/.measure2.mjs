import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from './find-chromium.mjs';
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
const page = await browser.newPage();
for (const w of [320, 375, 600, 1000, 1280]) {
  await page.setViewport({ width: w, height: 800 });
  await page.goto(`http://localhost:5312/demo/guide.html`, { waitUntil: 'networkidle0' });
  const first = await page.evaluate(() => Math.round(document.querySelector('rugwijs-guide').getBoundingClientRect().height));
  // scroll through so every section loads
  for (let y = 0; y < 40000; y += 700) { await page.evaluate((y) => scrollTo(0, y), y); await new Promise((r) => setTimeout(r, 60)); }
  await new Promise((r) => setTimeout(r, 1500));
  console.log(w, first, await page.evaluate(() => JSON.stringify([...document.querySelectorAll('rugwijs-guide, rugwijs-guide [data-section] > *')].map((e) => e.localName.slice(8,14) + ':' + Math.round(e.getBoundingClientRect().height)))));
}
await browser.close();
