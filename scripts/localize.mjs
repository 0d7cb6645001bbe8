// Builds src/generated/ from xliff/ with lit-localize, then drops from each locale module the
// messages that locale does not translate. lit-localize writes the Dutch source text in their
// place; the runtime falls back to that same source text anyway, so nl-BE (which only holds what
// differs in Flanders) stays a few hundred bytes instead of a copy of every Dutch string.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const bin = join(root, 'node_modules/.bin/lit-localize');

try {
  execFileSync(bin, ['build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
} catch (error) {
  process.stderr.write(String(error.stdout ?? '') + String(error.stderr ?? ''));
  process.exit(1);
}

for (const locale of config.targetLocales) {
  const xliff = readFileSync(join(root, config.interchange.xliffDir, `${locale}.xlf`), 'utf8');
  const translated = new Set(
    xliff
      .split('<trans-unit ')
      .filter((unit) => unit.includes('<target>'))
      .map((unit) => /^id="([^"]+)"/.exec(unit)?.[1]),
  );
  const file = join(root, config.output.outputDir, `${locale}.ts`);
  const lines = readFileSync(file, 'utf8').split('\n');
  const kept = lines.filter((line) => {
    const id = /^\s*'([^']+)': (?:str)?`.*`,$/.exec(line)?.[1];
    return id === undefined || translated.has(id);
  });
  writeFileSync(file, kept.join('\n'));
  console.log(`lit-localize: ${locale} has ${translated.size} translated messages`);
}
