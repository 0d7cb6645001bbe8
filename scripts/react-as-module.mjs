// A web-test-runner plugin: React and ReactDOM ship CommonJS only, so the React tests get them as
// one ES module, bundled once by esbuild, with every export named (one copy of React, so hooks work).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(`${root}/package.json`);
const url = '/__react.js';
const bare = new Set(['react', 'react-dom', 'react-dom/client']);

export async function reactAsModule() {
  const names = (id) => Object.keys(require(id)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
  const react = names('react');
  const client = names('react-dom/client').filter((n) => !react.includes(n));
  const dom = names('react-dom').filter((n) => !react.includes(n) && !client.includes(n));
  const contents = [
    "import React from 'react'; import Client from 'react-dom/client'; import Dom from 'react-dom';",
    `export const { ${react.join(', ')} } = React;`,
    `export const { ${client.join(', ')} } = Client;`,
    `export const { ${dom.join(', ')} } = Dom;`,
    'export default React;',
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return {
    name: 'react-as-module',
    resolveImport: ({ source }) => (bare.has(source) ? url : undefined),
    serve: (context) => (context.path === url ? { body: code, type: 'js' } : undefined),
  };
}
