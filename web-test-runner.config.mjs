// Tests run in a real Chromium (Debian's, or the one CHROME_PATH names): see README "Tests".
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactAsModule } from './scripts/react-as-module.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, chromiumFlags } from './scripts/find-chromium.mjs';



export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build: no dev-mode warning in every test log.
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a page in the background gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  testsFinishTimeout: 180000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // React ships CommonJS only; the React tests (test/react.test.ts) get it as one ES module.
    await reactAsModule(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumFlags },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 85, branches: 75, functions: 85, lines: 85 },
  },
  testFramework: { config: { timeout: 10000 } },
};
