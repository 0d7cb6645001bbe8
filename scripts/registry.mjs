// The one list of elements, src/registry.json, turned into everything that used to list them by
// hand. `node scripts/registry.mjs` writes:
//   src/generated/registry.ts      the tags and the loader's import map (runtime, tiny)
//   src/generated/events.ts        every event with its detail type, in HTMLElementEventMap
//   src/generated/classes.ts       the class modules (re-exported by src/index.ts)
//   src/generated/define-all.ts    the define modules (re-exported by src/define.ts)
//   src/generated/react/<name>.ts  one React wrapper per element; importing one registers only it
//   src/generated/react/index.ts   all wrappers (src/react.ts)
//   src/reserve.css                the reserved heights (committed: demo pages link it)
//   package.json                   "exports" and "sideEffects" for every element
// `--check` writes nothing and exits 1 when the committed files, the component folders or the
// custom-elements manifest disagree with the registry (run by scripts/check-package.mjs).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const registry = JSON.parse(readFileSync(join(root, 'src/registry.json'), 'utf8'));
const { elements, breakpoints } = registry;
const check = process.argv.includes('--check');
const header = '// Generated from src/registry.json by scripts/registry.mjs: edit the registry, not this file.\n';
const q = (s) => `'${s}'`;

/** `rugwijs-advice-change` → `onRugwijsAdviceChange`, as @lit/react names event props. */
const reactEvent = (name) => `on${name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;

/** Where an event's detail type lives: the class module, or `module#Type` relative to src/. */
function detailType(el, spec) {
  const [module, type] = spec.includes('#') ? spec.split('#') : [`components/${el.folder}/${el.folder}.js`, spec];
  return { module: `../${module}`, type };
}

function generated() {
  const files = {};
  files['src/generated/registry.ts'] = `${header}
/** Every rugwijs tag, in registry order. */
export const tags = [${elements.map((e) => q(e.tag)).join(', ')}] as const;
export type Tag = (typeof tags)[number];

/** Attributes that make a test or bench widget show its content. */
export const samples: Readonly<Record<Tag, Readonly<Record<string, string>>>> = {
${elements.map((e) => `  ${q(e.tag)}: ${JSON.stringify(e.sample ?? {})},`).join('\n')}
};

/**
 * A chunk of the script-tag build again, under a new URL: browsers remember a failed module
 * import and would not ask the server again. There the loader and this map are rugwijs.js, and
 * each element's code is chunks/<name>.js beside it.
 */
const again = (name: string, attempt: number) => {
  const url = import.meta.url.replace(/[^/]*$/, \`chunks/\${name}.js?retry=\${attempt}\`);
  return import(/* @vite-ignore */ url);
};

/**
 * Where each element's define module lives, for the loader: literal imports, so bundlers split
 * them; \`attempt\` > 0 is a retry after the first import failed.
 */
export const importers: Readonly<Record<Tag, (attempt?: number) => Promise<unknown>>> = {
${elements.map((e) => `  ${q(e.tag)}: (attempt = 0) => (attempt ? again(${q(e.folder)}, attempt) : import('../components/${e.folder}/define.js')),`).join('\n')}
};
`;

  const imports = new Map();
  const events = [];
  for (const el of elements)
    for (const [name, spec] of Object.entries(el.events ?? {})) {
      const { module, type } = detailType(el, spec);
      const alias = `${type}_${imports.size}`;
      const key = `${module}#${type}`;
      if (!imports.has(key)) imports.set(key, { module, type, alias });
      events.push({ tag: el.tag, name, alias: imports.get(key).alias });
    }
  files['src/generated/events.ts'] = `${header}${[...imports.values()].map((i) => `import type { ${i.type} as ${i.alias} } from '${i.module}';`).join('\n')}

/** Each rugwijs event and its \`detail\`. */
export interface RugwijsEventDetails {
${events.map((e) => `  ${q(e.name)}: ${e.alias};`).join('\n')}
}

/** The events each element fires. */
export interface RugwijsEventsOf {
${elements.map((el) => `  ${q(el.tag)}: ${Object.keys(el.events ?? {}).map(q).join(' | ') || 'never'};`).join('\n')}
}

declare global {
  // Our events bubble and are composed: listeners on an element, the document or the window
  // (GlobalEventHandlersEventMap is what all three extend) get the typed detail.
  interface HTMLElementEventMap {
${events.map((e) => `    ${q(e.name)}: CustomEvent<${e.alias}>;`).join('\n')}
  }
  interface GlobalEventHandlersEventMap {
${events.map((e) => `    ${q(e.name)}: CustomEvent<${e.alias}>;`).join('\n')}
  }
}
`;

  files['src/generated/classes.ts'] = `${header}${elements.map((e) => `export * from '../components/${e.folder}/${e.folder}.js';`).join('\n')}\n`;
  files['src/generated/define-all.ts'] = `${header}${elements.map((e) => `export { ${e.class} } from '../components/${e.folder}/define.js';`).join('\n')}\n`;

  for (const el of elements) {
    const evs = Object.keys(el.events ?? {});
    files[`src/generated/react/${el.folder}.ts`] = `${header}/**
 * The React wrapper of <${el.tag}>, \`import { ${el.react} } from 'rugwijs/react/${el.folder}'\`:
 * importing it registers this element only.
 */
import * as React from 'react';
import { createComponent${evs.length ? ', type EventName' : ''} } from '@lit/react';
import { ${el.class} } from '../../components/${el.folder}/define.js';
import '../../jsx.js';

export const ${el.react} = createComponent({
  tagName: ${q(el.tag)},
  elementClass: ${el.class},
  react: React,
  events: {
${evs.map((name) => `    ${reactEvent(name)}: ${q(name)} as EventName<HTMLElementEventMap[${q(name)}]>,`).join('\n')}
  },
  displayName: ${q(el.react)},
});
`;
  }
  files['src/generated/react/index.ts'] = `${header}${elements.map((e) => `export { ${e.react} } from './${e.folder}.js';`).join('\n')}\n`;
  // The guide reserves each section's space before it adds the widget (src/components/guide/).
  files['src/generated/reserve.ts'] = `${header}
/** Widths (px) where the reserved heights change. */
export const breakpoints = ${JSON.stringify(breakpoints)} as const;
/** Each tag's reserved height in px: below the first breakpoint, from the first, from the second. */
export const reserves: Readonly<Record<string, readonly number[]>> = {
${elements.map((e) => `  ${q(e.tag)}: ${JSON.stringify(e.reserve[''])},`).join('\n')}
};
`;
  files['src/reserve.css'] = reserveCss();
  return files;
}

function reserveCss() {
  const all = elements.map((e) => e.tag).join(', ');
  const rules = (index, indent) =>
    elements.flatMap((el) =>
      Object.entries(el.reserve).map(([variant, heights]) => `${indent}${el.tag}${variant} { --rugwijs-reserve: ${heights[index]}px; }`),
    );
  return `/*
 * rugwijs.css: reserves each widget's space before its code has loaded, so the page does not
 * jump when it appears, and while it loads what it shows first (an exercise). Link it in <head>,
 * before the script. The heights are what each widget typically needs at that screen width
 * (measured in Chromium at 320 to 1024 px wide); set your own with
 * \`rugwijs-exercise-card { --rugwijs-reserve: 900px }\` when yours differ.
 * Generated from src/registry.json by scripts/registry.mjs: edit the registry, not this file.
 */
${rules(0, '').join('\n')}
${breakpoints.map((px, i) => `@media (min-width: ${px}px) {\n${rules(i + 1, '  ').join('\n')}\n}`).join('\n')}
:is(${all}):not(:defined) {
  display: block;
  visibility: hidden;
  min-block-size: var(--rugwijs-reserve);
}
/* After the element is defined, while it loads a part (or when a part did not arrive). :state()
   is a rule of its own, so a browser without it still reads the others. */
:is(${all}):state(loading) {
  min-block-size: var(--rugwijs-reserve);
}
`;
}

/** package.json with the exports and sideEffects the registry implies, other entries kept in place. */
function packageJson() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const perElement = new Set(elements.flatMap((e) => [`./${e.folder}`, `./${e.folder}/define`, `./react/${e.folder}`]));
  const exports = {};
  const put = (key, value) => (exports[key] = value);
  const dts = (path) => ({ types: `./dist/${path}.d.ts`, default: `./dist/${path}.js` });
  let placed = false;
  for (const [key, value] of Object.entries(pkg.exports)) {
    // Element entries (ours or stale ones) are rebuilt from the registry after "./define".
    if (perElement.has(key) || /^\.\/(react\/)?[a-z-]+(\/define)?$/.test(key) && isElementKey(pkg, key)) continue;
    put(key, value);
    if (key === './define' && !placed) {
      placed = true;
      for (const e of elements) {
        put(`./${e.folder}`, dts(`components/${e.folder}/${e.folder}`));
        put(`./${e.folder}/define`, dts(`components/${e.folder}/define`));
      }
    }
    if (key === './react')
      for (const e of elements) put(`./react/${e.folder}`, dts(`generated/react/${e.folder}`));
  }
  pkg.exports = exports;
  // define-all re-exports every element's define module: without this a bundler skips those
  // modules (and so every registration) when it follows the re-exports to the classes.
  for (const effect of ['./dist/generated/react/*.js', './src/generated/react/*.ts', './dist/generated/define-all.js', './src/generated/define-all.ts'])
    if (!pkg.sideEffects.includes(effect)) pkg.sideEffects.push(effect);
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** An export that points into dist/components/ or dist/generated/react/: an element's entry. */
function isElementKey(pkg, key) {
  const target = pkg.exports[key];
  const path = typeof target === 'string' ? target : target?.default ?? '';
  return /^\.\/dist\/(components|generated\/react)\//.test(path);
}

/** What disagrees between the registry, the folders and the manifest. */
function disagreements(files) {
  const problems = [];
  const folders = readdirSync(join(root, 'src/components'));
  for (const folder of folders) if (!elements.some((e) => e.folder === folder)) problems.push(`src/components/${folder} has no entry in src/registry.json`);
  const seen = new Set();
  for (const el of elements) {
    for (const key of ['tag', 'folder', 'class', 'react', 'reserve', 'budget', 'texts']) if (!el[key]) problems.push(`${el.tag ?? '?'}: registry entry lacks "${key}"`);
    if (!/^rugwijs-[a-z-]+$/.test(el.tag ?? '')) problems.push(`${el.tag}: tags are rugwijs-<name>`);
    for (const key of ['tag', 'folder', 'class', 'react']) {
      if (seen.has(`${key}:${el[key]}`)) problems.push(`${el.tag}: ${key} ${el[key]} is used twice`);
      seen.add(`${key}:${el[key]}`);
    }
    for (const [variant, heights] of Object.entries(el.reserve ?? {}))
      if (!Array.isArray(heights) || heights.length !== breakpoints.length + 1) problems.push(`${el.tag}: reserve "${variant}" needs ${breakpoints.length + 1} heights`);
    for (const file of [`${el.folder}.ts`, 'define.ts'])
      if (!existsSync(join(root, 'src/components', el.folder, file))) problems.push(`${el.tag}: src/components/${el.folder}/${file} is missing`);
    const define = existsSync(join(root, 'src/components', el.folder, 'define.ts')) ? readFileSync(join(root, 'src/components', el.folder, 'define.ts'), 'utf8') : '';
    if (define && !define.includes(`'${el.tag}'`)) problems.push(`${el.tag}: src/components/${el.folder}/define.ts does not define that tag`);
  }
  for (const [file, text] of Object.entries(files))
    if (!file.startsWith('src/generated/') && (!existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== text))
      problems.push(`${file} is not what src/registry.json says: run npm run registry`);
  const manifestPath = join(root, 'custom-elements.json');
  if (existsSync(manifestPath)) {
    const declared = JSON.parse(readFileSync(manifestPath, 'utf8'))
      .modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })))
      .filter((d) => d.tagName);
    for (const d of declared) {
      const el = elements.find((e) => e.tag === d.tagName);
      if (!el) {
        problems.push(`custom-elements.json declares <${d.tagName}>, which the registry lacks`);
        continue;
      }
      if (d.name !== el.class) problems.push(`<${el.tag}>: the manifest's class is ${d.name}, the registry says ${el.class}`);
      const manifestEvents = (d.events ?? []).map((e) => e.name).sort().join(', ');
      const registryEvents = Object.keys(el.events ?? {}).sort().join(', ');
      if (manifestEvents !== registryEvents) problems.push(`<${el.tag}>: the manifest's events are [${manifestEvents}], the registry says [${registryEvents}]`);
    }
    for (const el of elements) if (!declared.some((d) => d.tagName === el.tag)) problems.push(`custom-elements.json lacks <${el.tag}> (npm run manifest)`);
  } else if (process.argv.includes('--manifest')) problems.push('custom-elements.json is missing: run npm run build');
  return problems;
}

const files = generated();
files['package.json'] = packageJson();
if (check) {
  const problems = disagreements(files);
  for (const p of problems) console.error(`registry: ${p}`);
  if (problems.length) process.exit(1);
  console.log(`registry: ${elements.length} elements; exports, reserve.css, folders${existsSync(join(root, 'custom-elements.json')) ? ' and manifest' : ''} agree`);
} else {
  for (const [file, text] of Object.entries(files)) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  }
  console.log(`registry: wrote ${Object.keys(files).length} files for ${elements.length} elements`);
}
