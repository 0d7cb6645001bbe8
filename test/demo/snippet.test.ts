import { expect } from '@open-wc/testing';
import { buildSnippet, cdnBase, type SnippetOptions } from '../../demo/snippet.js';
import { until } from '../helpers.js';

/**
 * Pastes a snippet into a blank HTML page (an iframe), as a practice pastes it into a new page,
 * with the script served from this repository instead of the CDN.
 */
async function paste(snippet: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>${snippet}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const local = (options: SnippetOptions) =>
  buildSnippet({ ...options, base: '/src/' }).replace('/src/rugwijs.js', '/src/cdn.ts').replace('/src/rugwijs.css', '/src/reserve.css');

describe('configurator snippet', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('pins the version on jsDelivr and loads the reserve stylesheet before the loader', () => {
    const snippet = buildSnippet({ widget: 'rugwijs-warning-signs' });
    expect(snippet.split('\n')).to.deep.equal([
      `<link rel="stylesheet" href="${cdnBase}rugwijs.css" crossorigin="anonymous">`,
      `<script type="module" src="${cdnBase}rugwijs.js" crossorigin="anonymous"></script>`,
      '<rugwijs-warning-signs></rugwijs-warning-signs>',
    ]);
    expect(cdnBase).to.match(/rugwijs@\d+\.\d+\.\d+\/dist\/cdn\/$/);
  });

  it('round-trips: options → snippet → a widget in a blank page with those options', async () => {
    const doc = await paste(
      local({
        widget: 'rugwijs-load-bucket',
        step: 2,
        loads: ['stress', 'worry'],
        language: 'en',
        region: 'BE',
        practiceName: 'Kine "De Brug" <Gent>',
        contactHref: 'https://example.be/afspraak',
        contactPhone: '09 123 45 67',
        accent: '#7a2e8c',
        font: 'Georgia, serif',
      }),
    );
    const bucket = doc.querySelector('rugwijs-load-bucket') as HTMLElement & { updateComplete: Promise<boolean>; state: { loads: string[] } };
    await until(() => !!bucket.shadowRoot?.querySelector('.step-title'), 5000, 'the bucket in the pasted page');
    await bucket.updateComplete;
    await until(() => bucket.shadowRoot!.querySelector('.step-title')!.textContent === 'The last drop', 5000, 'English, step 2');
    expect(bucket.state.loads).to.deep.equal(['worry', 'stress']);
    const text = bucket.shadowRoot!.textContent!;
    expect(text).to.contain('Kine "De Brug" <Gent>');
    expect(bucket.shadowRoot!.querySelector('a[href="https://example.be/afspraak"]')).to.exist;
    expect(bucket.shadowRoot!.querySelector('a[href="tel:091234567"]')).to.exist;
    const next = bucket.shadowRoot!.querySelector('.next')!;
    expect(getComputedStyle(next).backgroundColor).to.equal('rgb(122, 46, 140)');
    expect(getComputedStyle(bucket).fontFamily).to.contain('Georgia');
  });

  it('round-trips the checklist with its out-of-hours number, shown as a tap-to-call link in urgent advice', async () => {
    const snippet = local({ widget: 'rugwijs-warning-signs', region: 'NL', outOfHoursPhone: '0900 1515', contactPhone: '020 123 45 67' });
    expect(snippet).to.contain('out-of-hours-phone="0900 1515"');
    expect(buildSnippet({ widget: 'rugwijs-exercise-card', outOfHoursPhone: '0900 1515' }), 'only the checklist takes it').to.not.contain('out-of-hours');
    const doc = await paste(snippet);
    const signs = doc.querySelector('rugwijs-warning-signs') as HTMLElement & { updateComplete: Promise<boolean> };
    await until(() => !!signs.shadowRoot?.querySelector('input[name="foot-drop"][value="yes"]'), 5000, 'the checklist in the pasted page');
    signs.shadowRoot!.querySelector<HTMLInputElement>('input[name="foot-drop"][value="yes"]')!.click();
    await signs.updateComplete;
    expect(signs.shadowRoot!.querySelector('[part=alert] a[href="tel:09001515"]')).to.exist;
  });

  it('round-trips a programme and a compact bucket', async () => {
    const doc = await paste(
      `${local({ widget: 'rugwijs-exercise-program', exercises: ['plank', 'walking'] })}\n${local({ widget: 'rugwijs-load-bucket', compact: true, step: 3 }).split('\n').at(-1)}`,
    );
    const program = doc.querySelector('rugwijs-exercise-program')!;
    await until(() => program.shadowRoot?.querySelectorAll('[part=item] .name').length === 2, 5000, 'two exercises');
    const bucket = doc.querySelector('rugwijs-load-bucket')!;
    expect(bucket.hasAttribute('compact')).to.equal(true);
    expect(bucket.hasAttribute('step'), 'compact has no steps').to.equal(false);
  });

  it('never lets an option break out of its attribute or its CSS', () => {
    const snippet = buildSnippet({ widget: 'rugwijs-exercise-card', practiceName: '"><script>alert(1)</script>', accent: 'red; } body { display:none', font: '</style><script>' });
    expect(snippet).to.not.contain('<script>alert');
    expect(snippet).to.not.contain('display:none');
    expect(snippet).to.not.contain('</style><script>');
    expect(snippet).to.contain('practice-name="&quot;>&lt;script>alert(1)&lt;/script>"');
  });
});
