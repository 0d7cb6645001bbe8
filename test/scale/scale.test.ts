import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { RugwijsElement } from '../../src/base/rugwijs-element.js';
import { exerciseIds } from '../../src/data/exercises.js';
import { captureWarnings, visibleText } from '../helpers.js';
import { samples, tags } from '../../src/generated/registry.js';

/**
 * Scale and memory. Speed is measured by `npm run bench`, not here: these tests check that many
 * widgets render correctly, and that mounting and removing an element leaves nothing behind.
 */
type Widget = RugwijsElement & Record<string, unknown>;

function withSample(tag: (typeof tags)[number]): Widget {
  const el = document.createElement(tag) as unknown as Widget;
  for (const [name, value] of Object.entries(samples[tag])) el.setAttribute(name, value);
  return el;
}

/** One of each element per call, each with different settings, as a busy practice page has them. */
function widgetSet(i: number): Widget[] {
  const card = document.createElement('rugwijs-exercise-card') as unknown as Widget;
  card.setAttribute('exercise', exerciseIds[i % exerciseIds.length]!);
  const programme = document.createElement('rugwijs-exercise-program') as unknown as Widget;
  programme.setAttribute('exercises', [0, 1, 2].map((k) => exerciseIds[(i + k) % exerciseIds.length]).join(','));
  const checklist = document.createElement('rugwijs-warning-signs') as unknown as Widget;
  checklist.setAttribute('region', ['NL', 'BE', 'INT'][i % 3]!);
  const bucket = document.createElement('rugwijs-load-bucket') as unknown as Widget;
  bucket.setAttribute('step', String((i % 4) + 1));
  const myths = document.createElement('rugwijs-myths') as unknown as Widget;
  const selfCare = document.createElement('rugwijs-self-care') as unknown as Widget;
  selfCare.setAttribute('situation', ['flare-up', 'office', 'home', 'sport', 'sleep', 'work', 'stress'][i % 7]!);
  const course = document.createElement('rugwijs-recovery-course') as unknown as Widget;
  course.setAttribute('week', String(i % 53));
  // In registry order, as the memory test below indexes them by `tags`.
  const byTag: Record<string, Widget> = {
    'rugwijs-exercise-card': card, 'rugwijs-exercise-program': programme, 'rugwijs-warning-signs': checklist, 'rugwijs-load-bucket': bucket,
    'rugwijs-myths': myths, 'rugwijs-self-care': selfCare, 'rugwijs-recovery-course': course,
  };
  // Elements without settings of their own here (the guide) come with their registry sample.
  return tags.map((tag) => byTag[tag] ?? withSample(tag));
}


describe('scale', () => {
  it(`a page with ${35 * tags.length} widgets (35 of each element) renders every one, without error or warning`, async function () {
    // No time limit: how long this takes depends on the machine (it ran past mocha's 10 s on a
    // busy 2-core machine). Speed is `npm run bench`'s job; a hang still ends at the runner's
    // testsFinishTimeout.
    this.timeout(0);
    const warnings = captureWarnings();
    try {
      const page = await fixture<HTMLElement>(html`<main></main>`);
      const widgets = Array.from({ length: 35 }, (_, i) => widgetSet(i)).flat();
      page.append(...widgets);
      await Promise.all(widgets.map((el) => el.updateComplete));
      const cards = widgets.flatMap((el) => [...(el.shadowRoot ?? el).querySelectorAll<Widget>('rugwijs-exercise-card')]);
      await Promise.all(cards.map((el) => el.updateComplete));

      expect(widgets).to.have.length(35 * tags.length);
      // The guide draws into its light DOM, the others into a shadow root.
      for (const el of widgets) expect(visibleText((el.shadowRoot ?? el).querySelector('[part=title], [part=heading], [part=guide-title]')), el.localName).to.not.equal('');
      // The programmes show an overview; an exercise's card opens on a tap.
      const items = widgets.flatMap((el) => [...(el.shadowRoot ?? el).querySelectorAll('[part=item] .name')]);
      expect(items).to.have.length(35 * 3);
      for (const el of items) expect(visibleText(el)).to.not.equal('');
      expect(cards).to.have.length(0);
      expect(warnings.messages).to.deep.equal([]);
      page.replaceChildren();
    } finally {
      warnings.restore();
    }
  });

  describe('memory: 1000 mounts and removals of each element', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    /** The used JS heap after GC in the page (gc()) and a full GC by the DevTools protocol. */
    const heap = async () => {
      gc!();
      const size = await executeServerCommand<number | null, undefined>('rugwijs-heap');
      return size!;
    };
    // Only Chromium exposes gc() (--js-flags=--expose-gc, set in web-test-runner.config.mjs) and
    // its heap through the DevTools protocol; Firefox and WebKit offer neither to a test.
    const measurable = async () => Boolean(gc) && (await executeServerCommand<number | null, undefined>('rugwijs-heap')) !== null;

    it('can see a leak: 5 MB kept alive shows in the measured heap', async function () {
      if (!(await measurable())) this.skip(); // Chromium only: see measurable()
      const before = await heap();
      const kept = Array.from({ length: 50_000 }, (_, i) => ({ i, text: `leak ${i}` }));
      const after = await heap();
      expect(after - before, `${before} → ${after}`).to.be.above(2_000_000);
      expect(kept).to.have.length(50_000);
    });

    for (const [index, tag] of tags.entries()) {
      it(`<${tag}>: the heap after GC is back within 10%`, async function () {
        if (!(await measurable())) this.skip(); // Chromium only: see measurable()
        this.timeout(0); // as above: no test depends on time
        const stage = await fixture<HTMLElement>(html`<div></div>`);
        const cycle = async (n: number) => {
          for (let i = 0; i < n; i++) {
            // Elements after the first four (the explainers, the guide) with their registry sample.
            const el = widgetSet(i)[index] ?? withSample(tags[index]!);
            stage.append(el);
            await el.updateComplete;
            el.remove();
          }
        };
        await cycle(100); // warm-up: modules, templates and exercises are cached once
        const before = await heap();
        await cycle(1000);
        const after = await heap();
        const growth = (after - before) / before;
        console.log(`${tag}: heap ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB after 1000 mounts (${(growth * 100).toFixed(1)}%)`);
        expect(growth).to.be.below(0.1);
      });
    }
  });
});
