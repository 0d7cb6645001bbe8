// Consistency checks that need no browser: the version constant, complete English translations,
// and a tarball without tests, demo or sources. Exits non-zero on the first failed check.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const problems = [];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const version = /VERSION = '([^']+)'/.exec(readFileSync('src/base/version.ts', 'utf8'))?.[1];
if (version !== pkg.version) problems.push(`src/base/version.ts says ${version}, package.json says ${pkg.version}`);

// English is complete: every message has a target. nl-BE holds only what differs in Flanders.
const units = readFileSync('xliff/en.xlf', 'utf8').split('<trans-unit ').slice(1);
const untranslated = units.filter((u) => !u.includes('<target>')).map((u) => /^id="([^"]+)"/.exec(u)?.[1]);
if (untranslated.length) problems.push(`xliff/en.xlf lacks a translation for: ${untranslated.join(', ')}`);

// Every msg() passes its own id: the script-tag builds leave out @lit/localize's id hashing
// (vite.config.ts), so a message without one would show in Dutch on every page.
for (const entry of readdirSync('src', { recursive: true })) {
  const path = `src/${entry}`;
  if (!path.endsWith('.ts') || path.startsWith('src/generated/')) continue;
  // Code only: comment lines and `msg()` in backticks are prose.
  const code = readFileSync(path, 'utf8').split('\n').filter((line) => !/^\s*(\*|\/\/)/.test(line)).join('\n');
  const calls = code.split(/(?<![`\w.])msg\(/).slice(1);
  const bare = calls.filter((call) => !/^[\s\S]*?\{\s*id:\s*'[^']+'/.test(call.split(/\bmsg\(/)[0] ?? ''));
  if (bare.length) problems.push(`${path}: a msg() without { id: '…' }`);
}

// The registry, the component folders, reserve.css, the package exports and (when built) the
// custom-elements manifest agree.
try {
  execFileSync('node', ['scripts/registry.mjs', '--check', ...(process.argv.includes('--pack') ? ['--manifest'] : [])], { stdio: 'inherit' });
} catch {
  problems.push('src/registry.json disagrees with the files above');
}

if (process.argv.includes('--pack')) {
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const paths = files.map((f) => f.path);
  const stray = paths.filter((p) => /^(test|demo|src|scripts|coverage|xliff)\//.test(p) || p.endsWith('.map'));
  if (stray.length) problems.push(`the npm tarball would ship: ${stray.join(', ')}`);
  for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/define.js', 'dist/cdn/rugwijs.js', 'dist/cdn/rugwijs.iife.js', 'custom-elements.json'])
    if (!paths.includes(needed)) problems.push(`the npm tarball lacks ${needed}`);
  console.log(`npm pack: ${paths.length} files`);

  // `import 'rugwijs/define'` must reach every element's define module: a bundler that follows
  // re-exports straight to the classes would otherwise leave out every registration.
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file) || !existsSync(file)) return;
    reached.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), spec));
  };
  visit('dist/define.js');
  for (const { folder } of JSON.parse(readFileSync('src/registry.json', 'utf8')).elements)
    if (!reached.has(`dist/components/${folder}/define.js`)) problems.push(`dist/define.js does not import dist/components/${folder}/define.js: the element would never register`);
}

if (problems.length) {
  for (const p of problems) console.error(`check-package: ${p}`);
  process.exit(1);
}
console.log(`check-package: version ${version}, ${units.length} English messages complete`);
