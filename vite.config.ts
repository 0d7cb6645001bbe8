/**
 * Three builds from one config:
 * - `vite build`             the npm package in dist/: ES modules, Lit and @lit/localize external,
 *                            one file per source module so bundlers can tree-shake.
 * - `vite build --mode cdn`  dist/cdn/rugwijs.js: the loader for a <script type="module"> tag;
 *                            each element, with Lit, is a chunk loaded when its tag appears;
 *                            dist/cdn/rugwijs.css reserves the elements' space until then.
 * - `vite build --mode iife` dist/cdn/rugwijs.iife.js: one classic script with everything.
 * `vite` (npm start) serves the demo.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { collapseTemplateWhitespace } from './scripts/collapse-template-whitespace.mjs';
import { minifyCssTemplates } from './scripts/minify-css-templates.mjs';
import { cdnText } from './scripts/cdn-text.mjs';
import { fillDemoHeader } from './demo/header.mjs';

const here = import.meta.dirname;
/** The one list of elements (src/registry.json): entries, chunk names and wrappers come from it. */
const registry: { elements: { folder: string }[] } = JSON.parse(readFileSync(resolve(here, 'src/registry.json'), 'utf8'));
const components = registry.elements.map((e) => e.folder);

const npmEntries: Record<string, string> = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  react: 'src/react.ts',
  preact: 'src/preact.ts',
  ssr: 'src/ssr.ts',
  ...Object.fromEntries(
    components.flatMap((name) => [
      [`components/${name}/${name}`, `src/components/${name}/${name}.ts`],
      [`components/${name}/define`, `src/components/${name}/define.ts`],
      [`generated/react/${name}`, `src/generated/react/${name}.ts`],
    ]),
  ),
};

const npm: UserConfig = {
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: npmEntries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\/(localize|react)($|\/)/, /^react($|\/)/, /^preact($|\/)/, /^@lit-labs\/ssr/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
};

/** Ships src/reserve.css as dist/cdn/rugwijs.css next to the loader. */
const reserveStylesheet = (): Plugin => ({
  name: 'rugwijs-reserve-stylesheet',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'rugwijs.css', source: readFileSync(resolve(here, 'src/reserve.css'), 'utf8') });
  },
});

/**
 * A define module's registration is its whole job. Without this the classic script (one bundle,
 * define modules reached only through the re-exports of define.ts and generated/define-all.ts)
 * came out with every registration tree-shaken away: all classes, no element defined. The
 * script-tag loader imports each define module itself, so there it changes nothing.
 */
const keepRegistrations = (): Plugin => ({
  name: 'rugwijs-keep-registrations',
  transform(code, id) {
    return /[\\/]src[\\/](components[\\/][^\\/]+[\\/]define|generated[\\/]define-all|define)\.ts$/.test(id) ? { code, moduleSideEffects: true } : null;
  },
});

const cdn = (format: 'es' | 'iife'): UserConfig => ({
  resolve: {
    // Every msg() has its own id (scripts/check-package.mjs checks), so @lit/localize never
    // hashes a message to make one: the script-tag builds leave that code out (0.4 kB gzip).
    alias: [{ find: /^\.\/id-generation\.js$/, replacement: resolve(here, 'scripts/no-msg-id-generation.js') }],
  },
  plugins: [keepRegistrations(), minifyCssTemplates(), collapseTemplateWhitespace(), ...(format === 'es' ? [cdnText(), reserveStylesheet()] : [])],
  build: {
    outDir: 'dist/cdn',
    // `npm run build` empties dist/ in the npm build that runs first.
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: format === 'es' ? 'src/cdn.ts' : 'src/define.ts',
      formats: [format],
      name: 'rugwijs',
      fileName: () => (format === 'es' ? 'rugwijs.js' : 'rugwijs.iife.js'),
    },
    rolldownOptions: {
      // Constants imported from another module are written where they are used (a few bytes a page).
      optimization: { inlineConst: { mode: 'all', pass: 2 } },
      output: {
        minify: true,
        // No /* @__PURE__ */ annotations left in the shipped files: nothing bundles them again.
        comments: false,
        // Names without content hashes, so the loader (and its integrity hash in the README) only
        // changes when the loader does; the version in the CDN URL is what busts caches. Each
        // element's chunk is named after it.
        chunkFileNames: (chunk) => {
          const element = /components\/([^/]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          if (element) return `chunks/${element}.js`;
          // A data module named like an element (src/data/self-care.ts) must not take the
          // element's name: the size check and the README name elements by their chunk.
          return components.includes(chunk.name) ? 'chunks/[name]-data.js' : 'chunks/[name].js';
        },
        // The classic script is one file (rolldown turns off code splitting for iife).
        ...(format === 'iife'
          ? {}
          : {
              // What every element needs goes in one chunk, and what every exercise needs in
              // another: fewer, larger files compress better and cost fewer requests.
              codeSplitting: {
                groups: [
                  {
                    name: 'core',
                    // Every module in src/base/ except the few loaded on demand or by some elements only
                    // (figure and its css-props: card and self-care), so a new base module needs no edit here.
                    // The texts' loader is here too: every page loads its language (scripts/cdn-text.mjs).
                    test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/](reactive-element|localize))[\\/]|src[\\/]base[\\/](?!(problems|figure|css-props|day-store|local-date|explainer-styles|sources-line)\.ts)[^\\/]+\.ts|src[\\/]data[\\/](validate|text|vocabulary|sources[\\/]guidelines)\.ts|src[\\/]generated[\\/](locale-codes|events|locale-loaders)\.ts|rolldown[\\/]runtime/,
                  },
                  { name: 'explainer', test: /src[\\/](base[\\/](explainer-styles|sources-line)|data[\\/](evidence|validate-explainers))\.ts/ },
                  { name: 'poses', test: /src[\\/]data[\\/]poses\.ts/ },
                  { name: 'activity-sources', test: /src[\\/]data[\\/]sources[\\/]activity\.ts/ },
                ],
              },
            }),
      },
    },
  },
});

/** The demo: `npm start` serves it; `vite build --mode demo` builds it (for the Lighthouse run). */
const demoPages = readdirSync(resolve(here, 'demo')).filter((f) => f.endsWith('.html'));
/** Every demo page gets the one menu and language picker of demo/header.mjs. */
const demoHeader = (): Plugin => ({
  name: 'rugwijs-demo-header',
  transformIndexHtml: (html, context) => fillDemoHeader(html, context.path.split('/').pop()),
});

const demo: UserConfig = {
  plugins: [demoHeader()],
  server: { open: '/demo/index.html' },
  // The Vue demo compiles its template in the browser.
  resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
  define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  build: {
    target: 'es2022',
    outDir: '.demo-build',
    emptyOutDir: true,
    rolldownOptions: { input: Object.fromEntries(demoPages.map((f) => [f.replace('.html', ''), resolve(here, 'demo', f)])) },
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return demo;
  if (mode === 'demo') return demo;
  if (mode === 'cdn') return cdn('es');
  if (mode === 'iife') return cdn('iife');
  return npm;
});
