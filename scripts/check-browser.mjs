// Runs before the tests: a newcomer without Chromium gets one clear sentence, not a stack trace.
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const path = findChromium();
if (!path || !existsSync(path)) {
  console.error(
    'No Chromium found for the tests.\n' +
      '  Install it:  sudo apt-get install chromium   (Debian/Ubuntu)\n' +
      '  or point to a Chrome or Chromium you have:  CHROME_PATH=/path/to/chrome npm test',
  );
  process.exit(1);
}
