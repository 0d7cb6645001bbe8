// The README's script-tag snippet pins a version and carries Subresource Integrity hashes of the
// loader and the reserve stylesheet. After `npm run build`, this checks that the hashes and the
// version in the README are those of the files just built. `--write` updates the README.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readmePath = join(root, 'README.md');
let readme = readFileSync(readmePath, 'utf8');
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(join(root, 'dist/cdn', file))).digest('base64')}`;

let stale = 0;
for (const file of ['rugwijs.js', 'rugwijs.css']) {
  const url = `https://cdn.jsdelivr.net/npm/rugwijs@${version}/dist/cdn/${file}`;
  const pattern = new RegExp(`(${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*?integrity=")([^"]+)(")`);
  const match = pattern.exec(readme);
  if (!match) {
    console.error(`README: no snippet with ${url} and an integrity attribute`);
    stale++;
    continue;
  }
  if (match[2] !== sri(file)) {
    if (process.argv.includes('--write')) readme = readme.replace(pattern, `$1${sri(file)}$3`);
    else {
      console.error(`README: the integrity of ${file} is ${match[2]}, the build gives ${sri(file)} (run node scripts/check-readme-snippet.mjs --write)`);
      stale++;
    }
  }
}
if (process.argv.includes('--write')) writeFileSync(readmePath, readme);
else if (stale) process.exit(1);
else console.log(`README snippet: rugwijs@${version}, integrity of rugwijs.js and rugwijs.css current`);
