// Node test (node --test test/build/), run by `npm test` before the browser suite: the template
// whitespace plugin changes templates only. Builds a real module with it, minified as the CDN is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { collapseTemplateWhitespace } from '../../scripts/collapse-template-whitespace.mjs';

const root = resolve(import.meta.dirname, '../..');

test('a "\\n" in an ordinary string survives the build; template line breaks become spaces', async () => {
  const dir = mkdtempSync(join(root, 'node_modules/.tmp-collapse-'));
  try {
    mkdirSync(join(dir, 'src'));
    const entry = join(dir, 'src/entry.ts');
    writeFileSync(
      entry,
      [
        "const html = (s: TemplateStringsArray, ...v: unknown[]) => s.raw.join('|') + v.length;",
        "export const joined = ['a', 'b'].join('\\n');",
        'export const plain = `one\ntwo`;',
        "export const pattern = /[ \\t\\n\\f\\r]/;",
        'export const view = (x: string) => html`<p>\n      ${x}\n    </p>`;',
        'export const attrs = (x: string) => html`<p class="a-b" tabindex="-1" data-x="b c" title="" id="${x}" rel="noopener">a="b" </p>`;',
      ].join('\n'),
    );
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [collapseTemplateWhitespace()],
      build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'entry' }, rolldownOptions: { output: { minify: true } } },
    });
    const code = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).find((o) => o.type === 'chunk').code;
    const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
    const mod = await import(url);
    assert.equal(mod.joined, 'a\nb', 'the "\\n" of an ordinary string');
    assert.equal(mod.plain, 'one\ntwo', 'a line break in an untagged template');
    assert.ok(mod.pattern.test('\n'), "a regular expression's \\n");
    assert.equal(mod.view('x'), '<p> | </p>1', 'the html template, its line breaks and indentation collapsed');
    assert.equal(mod.attrs('x'), '<p class=a-b tabindex=-1 data-x="b c" title="" id="|" rel=noopener>a="b" </p>1', 'plain static attribute values unquoted, others kept');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
