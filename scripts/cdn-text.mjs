/**
 * A vite/rolldown plugin for the script-tag build (dist/cdn): every language, Dutch too, loads
 * per element from its own text modules, so a page pays for the one language it shows.
 *
 * - Each `msg('Dutch text', {id: 'sign.foot-drop.q'})` in src/ keeps only what the runtime needs
 *   when the text comes from a module: `msg('', {id: 'a7'})`, or for a str`` template its values,
 *   `msg(str`${n}`, {id: 'a8'})`. The Dutch goes to src/generated/locales/nl.<group>.ts
 *   (scripts/localize.mjs writes those from the XLIFF sources).
 * - Every id becomes a short key, the same in the code and in every text module of the build.
 * - The texts of each element are one file per language, chunks/<locale>.<element>.js, and each
 *   exercise's (and guided mode's, the notices') chunks/<locale>.<group>.js. A page finds them by
 *   name: src/generated/locale-loaders.ts is swapped for a few lines that build the name.
 * - src/base/text-in-code.ts says the Dutch is not in the code.
 * The npm package and the one-file classic script keep the Dutch in the code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const localesDir = join(root, 'src/generated/locales');
const loadersModule = /[\\/]src[\\/]generated[\\/]locale-loaders\.ts$/;
const textInCode = /[\\/]src[\\/]base[\\/]text-in-code\.ts$/;
/** Messages whose Dutch stays in the code: what a widget shows when its texts did not load. */
const keptInCode = new Set(['problem.load-failed', 'problem.retry', 'problem.help.doubt', 'problem.help.emergency']);

/**
 * Every message id with its Dutch text, from the Dutch modules (they hold all of them, written
 * from the XLIFF sources): `{key, text}`, the key short. A str`` text has `${0}`, `${1}`, … where
 * its values go.
 */
function dutchMessages() {
  const unescape = (text) => text.replace(/\\([`\\]|\$\{)/g, '$1');
  const messages = [];
  for (const name of readdirSync(localesDir).sort())
    if (/^nl\.[^.]/.test(name))
      for (const [, id, text] of readFileSync(join(localesDir, name), 'utf8').matchAll(/^ {2}'([^']+)': (?:str)?`(.*)`,$/gm)) messages.push([id, unescape(text)]);
  return new Map(messages.map(([id, text], i) => [id, { key: i.toString(36), text }]));
}

/** The text modules by locale, every locale named (one that translates nothing has none): `{en: ['advice', ...], 'fr-BE': []}`. */
function textModules() {
  const { targetLocales } = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const locales = ['nl', ...targetLocales];
  const modules = Object.fromEntries(locales.map((locale) => [locale, []]));
  for (const name of readdirSync(localesDir).sort()) {
    // "nl." never matches "nl-BE.…": what follows the locale is a dot.
    const locale = locales.find((l) => name.startsWith(`${l}.`));
    const group = locale && name.slice(locale.length + 1, -'.ts'.length);
    if (group) modules[locale].push(group);
  }
  return modules;
}

/** `msg(...)` calls in a TypeScript module, with the edits that take their text out. */
function stripMessages(code, file, messages) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const [text, options] = node.arguments;
      const idProperty = options && ts.isObjectLiteralExpression(options) ? options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === 'id') : undefined;
      const id = idProperty && ts.isStringLiteralLike(idProperty.initializer) ? idProperty.initializer.text : undefined;
      const message = id === undefined ? undefined : messages.get(id);
      if (message === undefined) throw new Error(`${file}: a msg() whose id is not a literal in the XLIFF (${node.getText(source).slice(0, 80)})`);
      const key = message.key;
      // The Dutch this build ships comes from the XLIFF: it must be what the code says.
      const inCode = ts.isStringLiteralLike(text)
        ? text.text
        : ts.isTaggedTemplateExpression(text) && ts.isTemplateExpression(text.template)
          ? text.template.head.text + text.template.templateSpans.map((span, i) => `\${${i}}${span.literal.text}`).join('')
          : undefined;
      if (inCode !== undefined && inCode !== message.text)
        throw new Error(`${file}: the Dutch of "${id}" differs from xliff/ (run npm run localize:extract, then npm run localize)`);
      let stripped;
      // The words that say the texts did not arrive stay in the code (in Dutch, the source).
      if (keptInCode.has(id)) stripped = text.getText(source);
      else if (ts.isStringLiteralLike(text)) stripped = "''";
      else if (ts.isTaggedTemplateExpression(text) && text.tag.getText(source) === 'str' && ts.isTemplateExpression(text.template))
        stripped = `str\`${text.template.templateSpans.map((span) => `\${${span.expression.getText(source)}}`).join('')}\``;
      else throw new Error(`${file}: msg("${id}") is neither a string nor a str\`\` template`);
      edits.push([text.getStart(source), options.getEnd(), `${stripped}, {id: '${key}'}`]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const virtual = '\0rugwijs-text:';

export function cdnText() {
  let keys;
  let messages;
  /** File name (without .js) → the text modules it is made of. */
  let files;
  let bundled;
  return {
    name: 'rugwijs:cdn-text',
    enforce: 'pre',
    buildStart() {
      messages = dutchMessages();
      keys = new Map([...messages].map(([id, { key }]) => [id, key]));
      const modules = textModules();
      const registry = JSON.parse(readFileSync(join(root, 'src/registry.json'), 'utf8'));
      // The loader below finds an element's file by its tag.
      for (const e of registry.elements) if (e.tag !== `rugwijs-${e.folder}`) throw new Error(`${e.tag} is not rugwijs-${e.folder}`);
      // An element's texts in one file per language: its groups and the contact line (a page
      // fetches one file, not five). Groups no element lists (an exercise's, guided mode, the
      // notices) stay a file each. Every language has every file, empty where nothing differs, so
      // a page finds a file by its name without a list of which exist.
      bundled = new Set(['contact', ...registry.elements.flatMap((e) => e.texts ?? [])]);
      const groups = new Set(Object.values(modules).flat());
      files = new Map();
      for (const locale of Object.keys(modules)) {
        const have = (group) => (modules[locale].includes(group) ? [`${locale}.${group}`] : []);
        for (const e of registry.elements) files.set(`${locale}.${e.folder}`, ['contact', ...(e.texts ?? [])].flatMap(have));
        for (const group of groups) if (!bundled.has(group)) files.set(`${locale}.${group}`, have(group));
      }
      for (const name of files.keys()) this.emitFile({ type: 'chunk', id: virtual + name, fileName: `chunks/${name}.js`, preserveSignature: 'strict' });
    },
    resolveId(id) {
      return id.startsWith(virtual) ? id : null;
    },
    load(id) {
      if (id.startsWith(virtual)) {
        // The entries of its modules, written out here (not imported), so no two files share a chunk.
        const entries = files.get(id.slice(virtual.length)).flatMap((m) => readFileSync(join(localesDir, `${m}.ts`), 'utf8').match(/^ {2}'[^']+': .*,$/gm) ?? []);
        const usesStr = entries.some((entry) => /^ {2}'[^']+': str`/.test(entry));
        return `${usesStr ? "import { str } from '@lit/localize';\n" : ''}export const templates = {\n${entries.join('\n')}\n};\n`;
      }
      if (textInCode.test(id)) return 'export const textInCode = false;';
      if (!loadersModule.test(id)) return null;
      // A module that did not arrive is asked for under a new URL: browsers remember the failure.
      return `const bundled = new Set(${JSON.stringify([...bundled])});
const tries = {};
export function textFiles(translation, key) {
  if (bundled.has(key)) return [];
  const name = \`\${translation}.\${key.replace(/^rugwijs-/, '')}\`;
  return [[name, () => {
    const n = (tries[name] = (tries[name] ?? -1) + 1);
    return import(/* @vite-ignore */ import.meta.url.replace(/[^/?#]*([?#].*)?$/, \`\${name}.js\${n ? \`?retry=\${n}\` : ''}\`));
  }]];
}
`;
    },
    transform(code, id) {
      if (id.startsWith(virtual)) return code.replace(/^ {2}'([^']+)': /gm, (_, key) => `  '${keys.get(key) ?? key}': `);
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('msg(')) return null;
      return stripMessages(code, id, messages);
    },
  };
}
