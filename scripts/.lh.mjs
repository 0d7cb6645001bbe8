// Lighthouse over the demo pages (part of npm run bench): builds the demo with vite, serves it on
// 127.0.0.1 and runs Lighthouse (mobile, its default) in the system Chromium, headless.
// Prints performance, accessibility and best-practices scores and CLS per page.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumFlags, findChromium } from './find-chromium.mjs';
import { serve } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.demo-build');

export async function runLighthouse() {
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', 'demo', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  const pages = readdirSync(join(out, 'demo')).filter((f) => f.endsWith('.html') && (!process.env.PAGES || process.env.PAGES.split(',').includes(f))).sort();
  const server = await serve(out);
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumFlags] });
  const rows = [];
  try {
    for (const page of pages) {
      const result = await lighthouse(`${server.origin}/demo/${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const { categories, audits } = result.lhr;
      const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
      const failing = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
        .map((a) => a.id);
      rows.push({ page, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), cls: audits['cumulative-layout-shift'].numericValue, failing });
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  for (const r of rows) {
    console.log(
      `lighthouse ${r.page.padEnd(22)} performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}, CLS ${r.cls.toFixed(3)}${r.failing.length ? `  (below 100: ${r.failing.join(', ')})` : ''}`,
    );
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await runLighthouse();
