// Size budgets (min+gzip, each file gzipped on its own as a server sends it), checked in CI after
// `npm run build`. Measured on the built script-tag files in dist/cdn by following their real
// import graph, not a hand list:
//   - a page with one element, for each element in src/registry.json, in Dutch and in English:
//     the loader, everything it and the element's chunk import statically, the language's texts and the exercises the element shows at once (the largest ones), each with what
//     they import statically: every file the browser fetches before the first interaction;
//     (the programme: with three exercises);
//   - every chunk loaded only on demand (guided mode, notice texts, validators, exercises not
//     shown, Flemish strings), each on its own;
//   - the loader alone and the one-file classic script.
// Limits: the element's own in src/registry.json ("budget"), the rest in scripts/size-limits.json.
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cdn = join(root, 'dist/cdn');
const limits = JSON.parse(readFileSync(join(root, 'scripts/size-limits.json'), 'utf8'));
const { elements } = JSON.parse(readFileSync(join(root, 'src/registry.json'), 'utf8'));
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

if (!existsSync(join(cdn, 'rugwijs.js'))) {
  console.error('dist/cdn/rugwijs.js is missing: run npm run build first');
  process.exit(1);
}

/** Each built file once: its gzip size, its static imports and its dynamic imports. */
const files = new Map();
function file(path) {
  if (!files.has(path)) {
    const code = readFileSync(path, 'utf8');
    const statics = [];
    const dynamics = [];
    // A name built at run time (`./chunks/${lang}…`, the texts) is counted where the page asks for it.
    for (const [, dynamic, spec] of code.matchAll(/(import\s*\(\s*)?(?:from\s*)?["'`](\.{1,2}\/[^"'`$]+\.js)["'`]/g))
      (dynamic ? dynamics : statics).push(resolve(dirname(path), spec));
    files.set(path, { path, name: relative(cdn, path), bytes: gz(code), statics, dynamics });
  }
  return files.get(path);
}

/** The files and everything they import statically: what the browser fetches with them. */
function closure(paths) {
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const s of file(p).statics) visit(s);
  };
  for (const p of paths) visit(p);
  return seen;
}

const chunk = (name) => join(cdn, 'chunks', name);
const sum = (set) => [...set].reduce((n, p) => n + file(p).bytes, 0);
const exercisePattern = new RegExp(limits.$exercises);
const exerciseChunks = readdirSync(join(cdn, 'chunks')).filter((n) => exercisePattern.test(n));
/**
 * The texts a page in `lang` loads with an element: the shared groups, the element's own
 * (src/registry.json "texts") and those of the exercises it shows (src/base/localization.ts).
 * Every language, Dutch too, is a module per group in this build (scripts/cdn-text.mjs).
 */
const textChunks = (lang, names) => names.map((name) => chunk(`${lang}.${name}.js`));

/** What a page with one `tag` in `lang` that shows `shows` exercises loads before the first tap. */
function page(el, lang, shows = 0) {
  const start = closure([join(cdn, 'rugwijs.js'), chunk(`${el.folder}.js`)]);
  // The largest exercises, by what each adds on top of what the page already has.
  const extra = (name) => sum(new Set([...closure([chunk(name), ...textChunks(lang, [`exercise.${name.replace(/\.js$/, '')}`])])].filter((p) => !start.has(p))));
  const shown = exerciseChunks.sort((a, b) => extra(b) - extra(a)).slice(0, shows);
  const texts = textChunks(lang, [el.folder, ...shown.map((name) => `exercise.${name.replace(/\.js$/, '')}`)]);
  return closure([...start, ...shown.map(chunk), ...texts]);
}

let failed = false;
const rows = [];
const check = (name, bytes, limit, what, set) => {
  const ok = bytes <= limit;
  failed ||= !ok;
  rows.push(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(30)} ${kb(bytes).padStart(8)} of ${kb(limit).padStart(8)} (${bytes} B)  ${what}`);
  if (set) rows.push(`       ${[...set].map((p) => `${file(p).name} ${kb(file(p).bytes)}`).join(' + ')}`);
};

const eager = new Set();
const translated = limits.translated;
for (const el of elements) {
  const shows = el.budget.shows ?? 0;
  let dutch = 0;
  for (const lang of ['nl', 'en', 'fr']) {
    const set = page(el, lang, shows);
    for (const p of set) eager.add(p);
    if (lang === 'nl') dutch = sum(set);
    const limit = lang === 'nl' ? el.budget.page : dutch + translated.extra;
    const what = lang === 'nl' ? `a Dutch page with only this element${shows ? `, showing its ${shows} largest exercise${shows > 1 ? 's' : ''}` : ''}${el.budget.why ? ` (${el.budget.why})` : ''}` : `${{ en: 'an English', fr: 'a French' }[lang]} page: ${translated.what}`;
    check(`<${el.tag}> ${lang}`, sum(set), limit, what, set);
  }
  const shared = closure([join(cdn, 'rugwijs.js'), chunk('core.js')]);
  const own = sum(new Set([...page(el, 'nl', 0)].filter((p) => !shared.has(p))));
  if (el.budget.own) check(`<${el.tag}> own code`, own, el.budget.own, 'its chunks on top of the loader and the shared core (Lit, the base)');
}

check('loader', sum(closure([join(cdn, 'rugwijs.js')])), limits.loader.limit, limits.loader.what);
check('classic script', file(join(cdn, 'rugwijs.iife.js')).bytes, limits.iife.limit, limits.iife.what);

// Every chunk no page loads before the first interaction: each within the on-demand budget.
const onDemand = readdirSync(join(cdn, 'chunks')).map(chunk).filter((p) => !eager.has(p));
for (const p of onDemand) {
  const limit = limits.onDemand.limits?.[file(p).name] ?? limits.onDemand.limit;
  check(`on demand ${file(p).name}`, file(p).bytes, limit, limits.onDemand.what);
}

console.log(rows.join('\n'));
if (failed) {
  console.error('A size budget is exceeded (src/registry.json "budget", scripts/size-limits.json).');
  process.exit(1);
}
