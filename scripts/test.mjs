// `npm test`: the whole suite in every browser engine this machine has (Chromium, Firefox, WebKit).
// It says which engine it skips and the one command that installs it. With
// RUGWIJS_REQUIRE_ENGINES=all (as in .ci/run) a missing engine is a failure.
//   node scripts/test.mjs                      every installed engine, coverage from Chromium
//   node scripts/test.mjs --engines=chromium   one engine (npm run test:chromium)
// Other arguments go to web-test-runner, e.g. `--files test/components/load-bucket.test.ts`.
// Before the browsers, in Node: the readability of the Dutch text (scripts/readability.mjs) and
// the server-rendering tests (node --test test/ssr/), unless --files picks browser tests only.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { engines } from './engines.mjs';

const args = process.argv.slice(2);
const enginesArg = args.find((arg) => arg.startsWith('--engines='));
const passOn = args.filter((arg) => arg !== enginesArg);
const wanted = enginesArg ? enginesArg.slice('--engines='.length).split(',') : ['chromium', 'firefox', 'webkit'];
const requireAll = process.env.RUGWIJS_REQUIRE_ENGINES === 'all';

const all = engines();
const unknown = wanted.filter((name) => !all.some((engine) => engine.name === name));
if (unknown.length) fail(`Unknown engine: ${unknown.join(', ')}. Known: chromium, firefox, webkit.`);

const chosen = all.filter((engine) => wanted.includes(engine.name));
const missing = chosen.filter((engine) => !engine.found);
const running = chosen.filter((engine) => engine.found);
for (const engine of missing) {
  console.log(`Skipping ${engine.name}: not installed. Install it with:  ${engine.install}`);
}
if (requireAll && missing.length) fail(`RUGWIJS_REQUIRE_ENGINES=all, and ${missing.map((e) => e.name).join(', ')} is missing.`);
if (!running.length) fail('No browser engine found for the tests. Install Chromium at least:  sudo apt-get install -y chromium');
console.log(`Testing in: ${running.map((engine) => engine.name).join(', ')}`);

const helpers = [];
const env = { ...process.env, RUGWIJS_ENGINES: running.map((engine) => engine.name).join(',') };
const webkit = running.find((engine) => engine.name === 'webkit');
try {
  const nodeChecks = !passOn.some((arg) => arg === '--files' || arg.startsWith('--files=') || arg === '--watch');
  const readability = nodeChecks ? await run(process.execPath, ['scripts/readability.mjs'], process.env) : 0;
  const ssr = nodeChecks ? await runSsrTests() : 0;
  if (webkit) Object.assign(env, await startWebKit(webkit));
  // Coverage is measured in Chromium only: the other engines report none.
  const coverage = running.some((engine) => engine.name === 'chromium') && !passOn.includes('--watch') ? ['--coverage'] : [];
  const code = await run('npx', ['--no-install', 'web-test-runner', ...coverage, ...passOn], env);
  process.exitCode = code || ssr || readability;
} catch (error) {
  console.error(String(error?.message ?? error));
  process.exitCode = 1;
} finally {
  for (const helper of helpers.reverse()) helper.kill();
}

/** The server-rendering tests (test/ssr/), in Node: prints their pass and fail count, returns the exit code. */
async function runSsrTests() {
  console.log('Server rendering (node --test test/ssr/):');
  const child = spawn(process.execPath, ['--test', '--test-reporter=spec', 'test/ssr/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
    process.stdout.write(chunk);
  });
  const code = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
  const count = (name) => Number(new RegExp(`ℹ ${name} (\\d+)`).exec(out)?.[1] ?? 0);
  console.log(`ssr (node): ${count('pass')} passed, ${count('fail')} failed`);
  return code;
}

/** MiniBrowser needs a display and a WebKitWebDriver to talk to. Both live as long as this script. */
async function startWebKit(engine) {
  const extra = { RUGWIJS_WEBKIT_BINARY: engine.paths.miniBrowser };
  if (engine.paths.xvfb) {
    const display = await startXvfb(engine.paths.xvfb);
    extra.DISPLAY = display;
  }
  const port = await freePort();
  const driver = spawn(engine.paths.driver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, ...extra },
  });
  helpers.push(driver);
  await waitForDriver(port);
  extra.RUGWIJS_WEBKIT_PORT = String(port);
  return extra;
}

/** Xvfb picks a free display itself and writes its number to the descriptor given in -displayfd. */
function startXvfb(path) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(path, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    helpers.push(xvfb);
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb stopped (exit ${code}) before it had a display.`)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port) {
  for (let tries = 0; tries < 100; tries++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 10 s.`);
}

function run(command, commandArgs, runEnv) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env: runEnv });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
