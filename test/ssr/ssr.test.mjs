// Server rendering with @lit-labs/ssr, in Node: each element renders its full content in one
// synchronous pass, with no browser and no second render. Run by `npm test` (scripts/test.mjs),
// or alone: node --test test/ssr/
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '../..');
/** Vite runs the TypeScript sources in Node; lit and @lit/localize load as Node loads them. */
const load = async (path) => (await runnerImport(resolve(root, path), { root, configFile: false, logLevel: 'error' })).module;

/** The text a reader of the server's HTML sees: no styles, comments or tags, entities decoded. */
function visibleText(markup) {
  const entities = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name) => entities[name])
    .replace(/\s+/g, ' ');
}

const serverText = async (template) => visibleText(await collectResult(render(template)));

describe('server rendering (@lit-labs/ssr)', () => {
  let data;
  before(async () => {
    await load('src/ssr.ts'); // registers the elements, the exercises at hand
    data = await load('src/index.ts'); // the content, to know what each element must show
  });
  const text = (t) => (typeof t === 'function' ? t() : t);

  it('an exercise card renders its title, its steps and its safety note', async () => {
    const out = await serverText(html`<rugwijs-exercise-card exercise="bird-dog"></rugwijs-exercise-card>`);
    const birdDog = data.exercises['bird-dog'];
    assert.ok(out.includes(text(birdDog.title)), 'title');
    for (const step of birdDog.steps) assert.ok(out.includes(text(step)), `step "${text(step)}"`);
    assert.ok(out.includes(text(data.generalSafety)), 'safety note');
  });

  it('a programme renders its overview: each exercise with its dose', async () => {
    const out = await serverText(html`<rugwijs-exercise-program exercises="plank,walking"></rugwijs-exercise-program>`);
    for (const id of ['plank', 'walking']) {
      const exercise = data.exercises[id];
      assert.ok(out.includes(text(exercise.title)), `${id}: title`);
      assert.ok(out.includes(data.doseText(exercise.dose)), `${id}: dose`);
    }
  });

  it('the checklist renders every question, the first one first', async () => {
    const out = await serverText(html`<rugwijs-warning-signs></rugwijs-warning-signs>`);
    const questions = data.warningSigns.map((sign) => text(sign.question));
    for (const question of questions) assert.ok(out.includes(question), question);
    assert.ok(out.indexOf(questions[0]) < out.indexOf(questions[1]), 'in order');
  });

  it('the bucket renders its title and the loads to tap', async () => {
    const out = await serverText(html`<rugwijs-load-bucket></rugwijs-load-bucket>`);
    assert.ok(out.includes('Je rug als emmer'), 'title');
    for (const load of data.loads) assert.ok(out.includes(text(load.label)), text(load.label));
  });
});
