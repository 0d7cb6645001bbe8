// The three browser engines the tests run in, and where this machine has them. npm tools cannot
// download browsers everywhere, so every engine comes from the system (Debian packages here).
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

const webkitDirs = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'].flatMap((lib) => [
  `${lib}/webkit2gtk-4.1/MiniBrowser`,
  `${lib}/webkit2gtk-4.0/MiniBrowser`,
]);

/** @typedef {{ name: 'chromium' | 'firefox' | 'webkit', found: boolean, install: string, paths: Record<string, string | undefined> }} Engine */

/** @returns {Engine[]} */
export function engines() {
  const chromium = findChromium();
  const firefox = firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  const miniBrowser = firstExisting([process.env.MINIBROWSER_PATH, ...webkitDirs]);
  const driver = firstExisting(['/usr/bin/WebKitWebDriver']);
  // MiniBrowser has no headless mode: it needs a display, or Xvfb to make one.
  const display = process.env.DISPLAY ? 'DISPLAY' : firstExisting(['/usr/bin/Xvfb']);
  return [
    {
      name: 'chromium',
      found: Boolean(chromium && existsSync(chromium)),
      install: 'sudo apt-get install -y chromium   (or CHROME_PATH=/path/to/chrome)',
      paths: { chromium },
    },
    {
      name: 'firefox',
      found: Boolean(firefox),
      install: 'sudo apt-get install -y firefox-esr   (or FIREFOX_PATH=/path/to/firefox)',
      paths: { firefox },
    },
    {
      name: 'webkit',
      found: Boolean(miniBrowser && driver && display),
      install: 'sudo apt-get install -y webkit2gtk-driver xvfb',
      paths: { miniBrowser, driver, xvfb: display === 'DISPLAY' ? undefined : display },
    },
  ];
}
