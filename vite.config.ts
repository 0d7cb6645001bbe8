/**
 * Three builds from one config:
 * - `vite build`             the npm package in dist/: ES modules, Lit and @lit/localize external,
 *                            one file per source module so bundlers can tree-shake.
 * - `vite build --mode cdn`  dist/cdn/rugwijs.js: one ES module for a <script type="module"> tag,
 *                            Lit included, locales as lazy chunks.
 * - `vite build --mode iife` dist/cdn/rugwijs.iife.js: one classic script with everything.
 * `vite` (npm start) serves the demo.
 */
import { defineConfig, type UserConfig } from 'vite';
import { resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { collapseTemplateWhitespace } from './scripts/collapse-template-whitespace.mjs';

const here = import.meta.dirname;
const components = readdirSync(resolve(here, 'src/components'));

const npmEntries: Record<string, string> = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  ...Object.fromEntries(
    components.flatMap((name) => [
      [`components/${name}/${name}`, `src/components/${name}/${name}.ts`],
      [`components/${name}/define`, `src/components/${name}/define.ts`],
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
      external: [/^lit($|\/)/, /^@lit\/localize($|\/)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
};

const cdn = (format: 'es' | 'iife'): UserConfig => ({
  plugins: [collapseTemplateWhitespace()],
  build: {
    outDir: 'dist/cdn',
    // `npm run build` empties dist/ in the npm build that runs first.
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'src/cdn.ts',
      formats: [format],
      name: 'rugwijs',
      fileName: () => (format === 'es' ? 'rugwijs.js' : 'rugwijs.iife.js'),
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        ...(format === 'iife' ? { inlineDynamicImports: true } : {}),
      },
    },
  },
});

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return { server: { open: '/demo/index.html' }, build: { target: 'es2022' } };
  if (mode === 'cdn') return cdn('es');
  if (mode === 'iife') return cdn('iife');
  return npm;
});
