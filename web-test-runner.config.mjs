// The suite runs in Chromium, Firefox and WebKit, each the system's own: see README "Tests".
// `npm test` (scripts/test.mjs) picks the engines this machine has and passes them in
// RUGWIJS_ENGINES; run directly, web-test-runner uses Chromium only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { reactAsModule } from './scripts/react-as-module.mjs';
import { findChromium, chromiumFlags } from './scripts/find-chromium.mjs';
import { engines } from './scripts/engines.mjs';
import { engineSummary } from './scripts/engine-summary.mjs';

const paths = Object.fromEntries(engines().map((engine) => [engine.name, engine.paths]));

const launchers = {
  chromium: () =>
    chromeLauncher({
      // gc() in the page, for the memory tests (test/scale/scale.test.ts).
      launchOptions: { executablePath: findChromium(), headless: true, args: [...chromiumFlags, '--js-flags=--expose-gc'] },
    }),
  // Firefox through puppeteer's WebDriver BiDi: no geckodriver needed.
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: paths.firefox.firefox, headless: true },
    }),
  // WebKitGTK's MiniBrowser, driven by the WebKitWebDriver that scripts/test.mjs started.
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.RUGWIJS_WEBKIT_PORT),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // The session request is rejected without it: WebKitWebDriver speaks classic WebDriver only.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: process.env.RUGWIJS_WEBKIT_BINARY, args: ['--automation'] },
      },
    }),
};

/** web-test-runner's browser names (Chrome, Firefox, MiniBrowser) as our engine names. */
const engineOf = (browserName) => ({ Chrome: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit' })[browserName] ?? browserName;

/** The policy README "Privacy and security" gives practices. */
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

const forcedColorSessions = new WeakMap();
const flakyPages = new Set();
/** test/pages/pages.test.ts: a practice's page with the bucket, the checklist and a card, by the script-tag loader. */
const flakyTextsPage = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Texts that do not arrive</title>
<script src="/test/pages/watch.js"></script><link rel="stylesheet" href="rugwijs.css"><script type="module" src="rugwijs.js"></script></head>
<body><rugwijs-load-bucket></rugwijs-load-bucket><rugwijs-warning-signs></rugwijs-warning-signs><rugwijs-exercise-card exercise="plank"></rugwijs-exercise-card></body></html>`;
/**
 * What goes wrong on each kind of flaky page (the first word of its id): text files that answer
 * 404 until asked for again under a new URL (`?retry=1`; WebKit asks again for a failed module
 * anyway), and ones that never answer.
 */
const flakyKinds = {
  // The bucket's and the checklist's Dutch texts do not arrive.
  fail: { lang: 'nl', missing: /^chunks\/nl\.(load-bucket|warning-signs)\.js$/ },
  // The plank's Dutch texts never answer.
  hang: { lang: 'nl', hanging: /^chunks\/nl\.exercise\.plank\.js$/ },
  // An English page whose English never answers; switched to Dutch, the bucket's Dutch is missing.
  first: { lang: 'en', hanging: /^chunks\/en\./, missing: /^chunks\/nl\.load-bucket\.js$/ },
  // An English page whose checklist texts do not arrive.
  english: { lang: 'en', missing: /^chunks\/en\.warning-signs\.js$/ },
  // A Dutch page switched to English, whose bucket texts do not arrive the first time.
  switch: { lang: 'nl', missing: /^chunks\/en\.load-bucket\.js$/ },
};

const chosen = (process.env.RUGWIJS_ENGINES || 'chromium').split(',');

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build: no dev-mode warning in every test log.
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a page in the background gets no animation frames, and fixtures wait for
  // one. WebKitWebDriver also holds one session at a time.
  concurrency: 1,
  // The pages in test/pages/ are served like a careful practice site: with a strict
  // Content-Security-Policy, no inline script or style allowed (test/pages/pages.test.ts).
  middleware: [
    (context, next) => {
      if (context.path.startsWith('/test/pages/') && context.path.endsWith('.html')) {
        context.set('Content-Security-Policy', strictCsp);
      }
      return next();
    },
    // test/loader-network.test.ts: an element's chunk that never answers, and one that answers 404
    // the first time a page asks for it (`?page=<id>`), then re-exports the real element.
    (context, next) => {
      if (context.path === '/test/network/hang.js') return new Promise(() => {});
      if (context.path !== '/test/network/flaky.js') return next();
      const page = String(context.query.page);
      if (!flakyPages.has(page)) {
        flakyPages.add(page);
        context.status = 404;
        return undefined;
      }
      context.type = 'application/javascript';
      context.body = "export * from '/src/components/load-bucket/define.ts';";
      return undefined;
    },
    // test/pages/pages.test.ts: the built script-tag bundle under /test/flaky-cdn/<kind>-<id>/,
    // with the text files of that kind missing or hanging (flakyKinds above).
    (context, next) => {
      const match = /^\/test\/flaky-cdn\/([a-z]+)-\w+\/([\w./-]+)$/.exec(context.path);
      const kind = match && flakyKinds[match[1]];
      if (!kind) return next();
      const file = match[2];
      if (file === 'page.html') {
        context.set('Content-Security-Policy', strictCsp);
        context.type = 'text/html';
        context.body = flakyTextsPage(kind.lang);
        return undefined;
      }
      // Never answers while the page is there; let go when the browser drops the request.
      if (kind.hanging?.test(file)) return new Promise((resolve) => context.res.once('close', resolve));
      const path = join(import.meta.dirname, 'dist/cdn', file);
      if (file.includes('..') || !existsSync(path) || (kind.missing?.test(file) && !('retry' in context.query))) {
        context.status = 404;
        return undefined;
      }
      context.type = file.endsWith('.css') ? 'text/css' : 'application/javascript';
      context.body = readFileSync(path);
      return undefined;
    },
  ],
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // React ships CommonJS only; the React tests (test/react.test.ts) get it as one ES module.
    await reactAsModule(),
    // Lets a test ask which engine it runs in (test/helpers.ts engine()), e.g. to know whether the
    // driver can emulate media.
    {
      name: 'rugwijs-engine',
      executeCommand: ({ command, session }) => (command === 'rugwijs-engine' ? engineOf(session.browser.name) : undefined),
    },
    // Forced colours (Windows high contrast) through the DevTools protocol: emulateMedia has no
    // forcedColors for a puppeteer-driven Chromium. One session per page, kept open, because the
    // emulation ends with its session. Chromium only; false elsewhere (test/helpers.ts).
    {
      name: 'rugwijs-forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'rugwijs-forced-colors') return undefined;
        if (engineOf(session.browser.name) !== 'chromium') return false;
        const page = session.browser.getPage(session.id);
        forcedColorSessions.set(page, forcedColorSessions.get(page) ?? (await page.createCDPSession()));
        // emulate({forcedColors: 'active' | 'none'}) and forcedColors(true | false) both end here.
        const value = payload === true || payload === 'active' ? 'active' : 'none';
        await forcedColorSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
        return true;
      },
    },
    // The JS heap after a full GC, read through the DevTools protocol: performance.memory stays
    // frozen between readings. Chromium only; null elsewhere (test/scale/scale.test.ts).
    {
      name: 'rugwijs-heap',
      async executeCommand({ command, session }) {
        if (command !== 'rugwijs-heap') return undefined;
        if (engineOf(session.browser.name) !== 'chromium') return null;
        const cdp = await session.browser.getPage(session.id).createCDPSession();
        try {
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          return (await cdp.send('Runtime.getHeapUsage')).usedSize;
        } finally {
          await cdp.detach();
        }
      },
    },
  ],
  browsers: chosen.map((name) => launchers[name]()),
  reporters: [defaultReporter(), engineSummary(engineOf)],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 85, branches: 75, functions: 85, lines: 85 },
  },
  // No per-test time limit: a slow, busy machine is no failure (timing is `npm run bench`'s job). A test
  // that hangs still ends at testsFinishTimeout above.
  testFramework: { config: { timeout: 0 } },
};
