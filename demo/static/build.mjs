// `npm run build:static-demo`: a static page with a whole guide, prerendered by renderToString
// (rugwijs/ssr), in .demo-build/static/: index.html (open it with JavaScript off: the text is
// there) and client.js (hydrates the elements). test/ssr/static-demo.test.mjs opens it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, '.demo-build/static');

export async function buildStaticDemo() {
  mkdirSync(out, { recursive: true });
  await build({
    root,
    configFile: false,
    // Quiet: the exercises are imported both eagerly and on demand, on purpose (see exercises.ts).
    logLevel: 'error',
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: resolve(root, 'demo/static/client.ts'), formats: ['es'], fileName: () => 'client.js' },
      // One file: the hydration support must run before lit-element's module does, which a shared
      // chunk (imported first) would not allow. No tree-shaking: with it the define modules'
      // registrations were dropped (the package's sideEffects globs do not reach rolldown here).
      rolldownOptions: { output: { minify: true, codeSplitting: false }, treeshake: false },
    },
  });
  const { module: ssr } = await runnerImport(resolve(root, 'src/ssr.ts'), { root, configFile: false, logLevel: 'error' });
  const page = await ssr.renderToString(readFileSync(resolve(root, 'demo/static/page.html'), 'utf8'));
  writeFileSync(resolve(out, 'index.html'), page);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = await buildStaticDemo();
  console.log(`static demo: ${dir}/index.html`);
}
