// Fails when a string is missing in a locale or a form of address (README "Languages"):
//   en, fr            every message;
//   nl-x-u            every Dutch message that speaks to the reader (je, jij, jou, jouw, jezelf);
//   nl-BE-x-u         every Flemish variant that speaks to the reader;
//   nl-BE, fr-BE      only what differs (nl-BE falls back to nl, fr-BE to fr).
// Every target keeps the placeholders of its source. Run by `npm test` (pretest).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));

function units(locale) {
  const xliff = readFileSync(join(root, config.interchange.xliffDir, `${locale}.xlf`), 'utf8');
  const out = new Map();
  for (const m of xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g))
    out.set(m[1], { source: m[2], target: m[3] });
  return out;
}

const addresses = (text) => /\b(je|jij|jou|jouw|jezelf)\b/i.test(text.replace(/<x [^>]*\/>/g, ' '));
const placeholders = (text) => (text.match(/<x id="\d+"/g) ?? []).sort().join();

const problems = [];
const flemish = units('nl-BE');
const required = {
  en: () => true,
  fr: () => true,
  'nl-x-u': (id, unit) => addresses(unit.source),
  'nl-BE-x-u': (id) => flemish.get(id)?.target !== undefined && addresses(flemish.get(id).target),
};
const counts = [];
for (const locale of config.targetLocales) {
  const all = units(locale);
  let needed = 0;
  for (const [id, unit] of all) {
    const must = required[locale]?.(id, unit) ?? false;
    if (must) needed++;
    if (must && unit.target === undefined) problems.push(`${locale}: ${id} has no translation`);
    if (unit.target !== undefined && placeholders(unit.target) !== placeholders(unit.source))
      problems.push(`${locale}: ${id} lost or added a placeholder`);
  }
  counts.push(`${locale} ${[...all.values()].filter((u) => u.target !== undefined).length}${needed ? ` of ${needed} needed` : ''}`);
}
console.log(`translations: ${counts.join(', ')}`);
if (problems.length) {
  console.error(`${problems.length} missing or broken translations:\n  ${problems.slice(0, 40).join('\n  ')}${problems.length > 40 ? '\n  …' : ''}`);
  process.exit(1);
}
