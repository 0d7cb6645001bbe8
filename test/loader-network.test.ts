import { expect } from '@open-wc/testing';
import { startLoader } from '../src/loader.js';
import { captureWarnings, until, visibleText } from './helpers.js';

// This file runs in a page of its own. The loader gets one chunk per tag, as on a practice's page:
// the bucket's answers 404 the first time (then works: test/network/flaky.js in
// web-test-runner.config.mjs), the checklist's never answers, the card's is the real one.
const page = Math.random().toString(36).slice(2);
const url = (path: string) => path;
const importers = {
  'rugwijs-load-bucket': (attempt = 0) => import(url(`/test/network/flaky.js?page=${page}&attempt=${attempt}`)),
  'rugwijs-warning-signs': () => import(url('/test/network/hang.js')),
  'rugwijs-exercise-card': () => import('../src/components/exercise-card/define.js'),
};

const shadow = (el: Element) => el.shadowRoot!;

describe('the loader when the network fails', () => {
  const warnings = captureWarnings();
  let bucket: HTMLElement, checklist: HTMLElement, card: HTMLElement;

  before(async () => {
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = '/src/reserve.css';
    const styled = new Promise((resolve) => sheet.addEventListener('load', resolve, { once: true }));
    document.head.append(sheet);
    await styled;
    document.documentElement.lang = 'nl';
    document.body.insertAdjacentHTML(
      'beforeend',
      '<rugwijs-load-bucket></rugwijs-load-bucket><rugwijs-warning-signs></rugwijs-warning-signs><rugwijs-exercise-card exercise="plank"></rugwijs-exercise-card>',
    );
    [bucket, checklist, card] = ['rugwijs-load-bucket', 'rugwijs-warning-signs', 'rugwijs-exercise-card'].map((t) => document.querySelector<HTMLElement>(t)!);
    startLoader(importers);
  });
  after(() => warnings.restore());

  it('a chunk that answers 404: a patient notice in the reserved space, one warning naming it, the other widgets work', async () => {
    await until(() => !!bucket.shadowRoot?.querySelector('[part=notice]'), 5000, 'the notice');
    expect(visibleText(shadow(bucket).querySelector('[part=notice]'))).to.equal('Dit onderdeel laadt nu niet. Probeer het later opnieuw.');
    expect(shadow(bucket).querySelector('[part=notice]')!.checkVisibility(), 'visible, though not defined').to.equal(true);
    expect(bucket.getBoundingClientRect().height, 'the reserved space').to.be.at.least(600);
    expect(warnings.messages.filter((m) => m.includes('rugwijs-load-bucket'))).to.have.length(1);
    expect(warnings.messages.join('\n')).to.contain('flaky.js');
    await until(() => !!card.shadowRoot?.querySelector('[part=title]'), 5000, 'the card');
    expect(visibleText(shadow(card).querySelector('[part=title]'))).to.equal('Plank houden');
    await expect(bucket).to.be.accessible();
  });

  it('the retry button tries again, and the element then works', async () => {
    shadow(bucket).querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await until(() => !!customElements.get('rugwijs-load-bucket'), 5000, 'the bucket defined');
    await until(() => !!bucket.shadowRoot?.querySelector('[part=status]'), 5000, 'the bucket rendered');
    expect(shadow(bucket).querySelector('[part=retry]'), 'the notice is gone').to.equal(null);
    expect(warnings.messages.filter((m) => m.includes('rugwijs-load-bucket'))).to.have.length(1);
  });

  it('a chunk that never answers: the element keeps its reserved space, hidden, and the rest of the page works', async () => {
    // The card and the bucket above arrived after the checklist's request was sent.
    expect(customElements.get('rugwijs-warning-signs')).to.equal(undefined);
    expect(checklist.shadowRoot, 'no notice: nothing failed yet').to.equal(null);
    expect(getComputedStyle(checklist).visibility).to.equal('hidden');
    expect(checklist.getBoundingClientRect().height, 'the reserved space').to.be.at.least(4000);
    expect(warnings.messages.filter((m) => m.includes('rugwijs-warning-signs'))).to.deep.equal([]);
    const toggle = shadow(card).querySelector<HTMLButtonElement>('.motion-toggle')!;
    toggle.click();
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
  });
});
