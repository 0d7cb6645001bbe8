// Size budgets (min+gzip), checked in CI. Each element is bundled on its own with Lit, as a page
// that loads only that element would get it; the CDN entry is measured as built in dist/cdn.
// Locale chunks load only for English and Flemish pages. Built files (`file`, plus `with`) are
// measured as dist/cdn has them, following their imports.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { collapseTemplateWhitespace } from './collapse-template-whitespace.mjs';
import { minifyCssTemplates } from './minify-css-templates.mjs';

const root = resolve(import.meta.dirname, '..');
const limits = JSON.parse(readFileSync(join(root, 'scripts/size-limits.json'), 'utf8'));
const gz = (code) => gzipSync(code, { level: 9 }).length;
const isLocale = (name) => /(^|\/)(en|nl-BE)[-.]/.test(name);

async function bundle(entry) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [minifyCssTemplates(), collapseTemplateWhitespace()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: join(root, entry), formats: ['es'], fileName: 'entry' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  // What a page loads at once: the entry and its static imports. Lazy chunks are listed apart.
  const eager = new Set();
  const visit = (name) => {
    if (eager.has(name)) return;
    eager.add(name);
    for (const dep of byName.get(name)?.imports ?? []) visit(dep);
  };
  visit(chunks.find((c) => c.isEntry).fileName);
  return chunks.map((c) => ({ name: c.fileName, bytes: gz(c.code), locale: isLocale(c.fileName), lazy: !eager.has(c.fileName) && !isLocale(c.fileName) }));
}

const graphs = new Map();
/** The built file and every file it imports, read and gzipped once per file however many budgets use it. */
function builtGraph(file) {
  if (!graphs.has(file)) graphs.set(file, readGraph(file));
  return graphs.get(file).map((c) => ({ ...c }));
}

function readGraph(file) {
  const path = join(root, file);
  if (!existsSync(path)) throw new Error(`${file} is missing: run npm run build first`);
  const seen = new Map();
  const visit = (p, lazy = false) => {
    if (seen.has(p)) return;
    const code = readFileSync(p, 'utf8');
    const name = p.slice(root.length + 1);
    seen.set(p, { name, bytes: gz(code), locale: isLocale(name), lazy: lazy && !isLocale(name) });
    for (const [, dynamic, spec] of code.matchAll(/(import\s*\(\s*)?(?:from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) visit(resolve(dirname(p), spec), lazy || !!dynamic);
  };
  visit(path);
  return [...seen.values()];
}

/** One entry per file; a file is eager when any of the graphs loads it at once. */
function merge(list) {
  const byName = new Map();
  for (const c of list) byName.set(c.name, byName.has(c.name) ? { ...c, lazy: byName.get(c.name).lazy && c.lazy } : c);
  return [...byName.values()];
}

const sum = (list) => list.reduce((n, c) => n + c.bytes, 0);
const baselines = {};
/** The eager size of scripts/size-baseline-<name>.js, bundled once. */
const baselineOf = async (name) => (baselines[name] ??= sum((await bundle(`scripts/size-baseline-${name}.js`)).filter((c) => !c.lazy && !c.locale)));

let failed = false;
for (const [name, budget] of Object.entries(limits)) {
  if (name.startsWith('$')) continue;
  const chunks = budget.entry ? await bundle(budget.entry) : merge([budget.file, ...(budget.with ?? [])].flatMap((file) => builtGraph(file)));
  // Content loaded as soon as the element shows it (one exercise per card) counts as eager.
  const shown = budget.shows ? chunks.filter((c) => c.lazy && new RegExp(budget.shows.match).test(c.name)).sort((a, b) => b.bytes - a.bytes).slice(0, budget.shows.count) : [];
  for (const c of shown) c.lazy = false;
  const eager = sum(chunks.filter((c) => !c.locale && !c.lazy));
  const locales = chunks.filter((c) => c.locale);
  const lazy = sum(chunks.filter((c) => c.lazy));
  const baseline = budget.over ? await baselineOf(budget.over) : 0;
  const bareLit = await baselineOf('lit');
  const total = (budget.scope === 'all' ? eager + lazy + sum(locales) : eager) - baseline;
  const ok = total <= budget.limit;
  failed ||= !ok;
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  const extra = `eager ${kb(eager)} (${kb(eager - bareLit)} over bare Lit); on demand ${kb(lazy)}; locales ${locales.map((c) => kb(c.bytes)).join(' + ') || 'none'}`;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(17)} ${kb(total).padStart(8)} of ${kb(budget.limit)} (${budget.scope}${baseline ? `, minus ${budget.over} ${kb(baseline)}` : ''})  ${budget.what}\n       ${extra}`);
}
if (failed) {
  console.error('A size budget is exceeded (scripts/size-limits.json).');
  process.exit(1);
}
