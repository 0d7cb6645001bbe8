import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from './find-chromium.mjs';
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
const page = await browser.newPage();
await page.setViewport({ width: 800, height: 1100 });
await page.goto('http://localhost:5312/demo/guide.html', { waitUntil: 'networkidle0' });
await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
await new Promise((r) => setTimeout(r, 3000));
await page.emulateMediaType('print');
await new Promise((r) => setTimeout(r, 1500));
for (const id of ['#exercises', '#warning-signs .rw-print-only', '.contact']) {
  await page.evaluate((id) => document.querySelector(id).scrollIntoView(), id);
  await page.screenshot({ path: `/tmp/print-${id.replace(/[^a-z]/g, '')}.png` });
}
console.log(await page.evaluate(() => document.documentElement.scrollHeight));
await browser.close();
