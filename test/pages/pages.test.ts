import { expect } from '@open-wc/testing';
import { visibleText } from '../helpers.js';

/**
 * The built script-tag bundles (dist/cdn, made by `npm test` before it runs) on whole pages, as a
 * practice pastes them. The dev server sends these pages with a strict Content-Security-Policy
 * (web-test-runner.config.mjs): no inline script, no inline style.
 */
type Problems = { violations: string[]; errors: string[]; warnings: string[] };
type PageWindow = Window & typeof globalThis & { pageProblems: Problems };
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const tags = ['rugwijs-exercise-card', 'rugwijs-exercise-program', 'rugwijs-warning-signs', 'rugwijs-load-bucket'];

async function open(path: string) {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  const widgets = tags.map((tag) => doc.querySelector(tag) as Widget);
  await Promise.all(widgets.map((el) => el.updateComplete));
  // The programme's cards render in their own updates.
  await Promise.all([...widgets[1]!.shadowRoot!.querySelectorAll<Widget>('rugwijs-exercise-card')].map((el) => el.updateComplete));
  return { frame, win, doc, widgets, problems: win.pageProblems };
}

/** Uses each widget once and returns what a patient then sees. */
async function use([card, programme, checklist, bucket]: Widget[]) {
  const part = (el: Widget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
  part(bucket!, 'button[data-id="worry"]').click();
  part(checklist!, 'input[name="chest-pain"][value="yes"]').click();
  part(programme!, 'input[type=checkbox]').click();
  part(card!, '.motion-toggle').click();
  await Promise.all([card, programme, checklist, bucket].map((el) => el!.updateComplete));
  return {
    card: visibleText(part(card!, '[part=title]')),
    paused: part(card!, '.motion-toggle').getAttribute('aria-pressed'),
    cards: programme!.shadowRoot!.querySelectorAll('rugwijs-exercise-card').length,
    progress: visibleText(part(programme!, '[part=progress] [role=status]')),
    call: part(checklist!, '[part=alert] a.call').getAttribute('href'),
    bucket: visibleText(part(bucket!, '[part=status]')),
  };
}

const expected = { card: 'Plank', paused: 'true', cards: 2, progress: '1 van 2 gedaan', call: 'tel:112', bucket: 'Je emmer is voor 35% vol.' };

describe('the script-tag bundles on real pages', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('are sent with the strict CSP the README gives', async () => {
    const response = await fetch('/test/pages/widgets.html');
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
  });

  it('every widget renders and works under the strict CSP, with no violation, error or warning', async () => {
    const page = await open('/test/pages/widgets.html');
    frame = page.frame;
    expect(await use(page.widgets)).to.deep.equal(expected);
    expect(page.problems).to.deep.equal({ violations: [], errors: [], warnings: [] });
  });

  it('the loader, the classic bundle and each a second time on one page: one definition per tag, no error', async () => {
    const page = await open('/test/pages/both-bundles.html');
    frame = page.frame;
    expect(await use(page.widgets)).to.deep.equal(expected);
    expect(page.problems.violations).to.deep.equal([]);
    expect(page.problems.errors).to.deep.equal([]);
    // Every tag is defined once, by whichever copy came first; the other copies stand back.
    for (const tag of tags) expect(page.win.customElements.get(tag), tag).to.exist;
    expect(page.doc.querySelectorAll(':not(:defined)')).to.have.length(0);
  });
});
