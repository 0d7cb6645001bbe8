// npm run readability: is the Dutch patient text B1? Reads the Dutch <source> texts of the xliff
// file (the source locale is nl, so every xliff file holds them) and prints, for all texts and for
// each group of message ids (the id's first part: exercise, sign, bucket, …):
//   Flesch-Douma = 206.84 - 0.77 * syllables per 100 words - 0.93 * words per sentence
//   (60-70 normal, 70-80 fairly easy, 80+ easy), and the share of sentences over 15 words.
// Exits 1 when all texts together miss the bar: Flesch-Douma >= 75 and <= 10% over 15 words.
// Syllables are counted as vowel groups, a diaeresis (ë, ï) starting a new one: a fair
// approximation for Dutch. Usage: node scripts/readability.mjs [FILE.xlf]  (default xliff/en.xlf)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const bar = { fleschDouma: 75, percentOver15: 10 };

const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Each trans-unit's id and its Dutch source as plain text (placeholders become a space). */
export function sourcesOf(xliff) {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>\s*<source>([\s\S]*?)<\/source>/g)].map(([, id, source]) => ({
    id,
    text: decode(source.replace(/<x [^>]*\/>|<ph[^>]*>[\s\S]*?<\/ph>/g, ' ')).replace(/<[^>]+>/g, ' '),
  }));
}

const syllables = (word) => Math.max(1, (word.toLowerCase().match(/[ëï]|[aeiouyáéíóúàèöü]+/g) ?? []).length);

/** Flesch-Douma and sentence lengths of a list of texts. A "sentence" of fewer than 3 words (a label) is left out. */
export function measure(texts) {
  const sentences = texts
    .flatMap((t) => t.split(/(?<=[.!?:;])\s+|\n+/))
    .map((s) => s.match(/[\p{L}\p{N}'’-]+/gu) ?? [])
    .filter((w) => w.length >= 3);
  const words = sentences.flat();
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  const over15 = sentences.filter((s) => s.length > 15).length;
  return {
    fleschDouma: +(206.84 - 0.77 * ((100 * syl) / words.length) - 0.93 * (words.length / sentences.length)).toFixed(1),
    wordsPerSentence: +(words.length / sentences.length).toFixed(1),
    percentOver15: +((100 * over15) / sentences.length).toFixed(1),
    sentences: sentences.length,
  };
}

export const meetsBar = (m) => m.fleschDouma >= bar.fleschDouma && m.percentOver15 <= bar.percentOver15;

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = resolve(process.argv[2] ?? 'xliff/en.xlf');
  const units = sourcesOf(readFileSync(file, 'utf8'));
  const groups = new Map();
  for (const unit of units) {
    const name = unit.id.split('.')[0];
    groups.set(name, [...(groups.get(name) ?? []), unit]);
  }
  const line = (name, m) =>
    `${name.padEnd(10)} Flesch-Douma ${String(m.fleschDouma).padStart(5)}  ${String(m.percentOver15).padStart(4)}% over 15 words  ` +
    `${String(m.wordsPerSentence).padStart(4)} words/sentence  ${String(m.sentences).padStart(3)} sentences${meetsBar(m) ? '' : m.sentences < 10 && name !== 'all' ? '  (below the bar; too few sentences to judge)' : '  below the bar'}`;
  console.log(`Readability of the Dutch texts in ${process.argv[2] ?? 'xliff/en.xlf'} (bar: Flesch-Douma >= ${bar.fleschDouma}, <= ${bar.percentOver15}% over 15 words)`);
  for (const [name, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const m = measure(group.map((unit) => unit.text));
    if (m.sentences) console.log(line(name, m));
  }
  const all = measure(units.map((unit) => unit.text));
  console.log(line('all (je)', all));
  // The u-form: each text as a practice that writes "u" shows it (its u-form where it has one).
  const formal = new Map(
    [...readFileSync(resolve('xliff/nl-x-u.xlf'), 'utf8').matchAll(/<trans-unit id="([^"]+)">\s*<source>[\s\S]*?<\/source>\s*<target>([\s\S]*?)<\/target>/g)].map(
      ([, id, target]) => [id, decode(target.replace(/<x [^>]*\/>/g, ' ')).replace(/<[^>]+>/g, ' ')],
    ),
  );
  const allU = measure(units.map((unit) => formal.get(unit.id) ?? unit.text));
  console.log(line('all (u)', allU));
  if (!meetsBar(all) || !meetsBar(allU)) {
    console.error('The Dutch text as a whole misses the B1 bar: shorter sentences, shorter words.');
    process.exitCode = 1;
  }
}
