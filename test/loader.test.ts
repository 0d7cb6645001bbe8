import { expect } from '@open-wc/testing';
import { elements } from '../src/loader.js';
import { until } from './helpers.js';

// This file runs in a page of its own, where no rugwijs element is defined until the loader
// sees its tag. The loader is the script-tag entry, src/cdn.ts, loaded as a practice loads it.
const defined = () => Object.keys(elements).filter((tag) => customElements.get(tag));

async function loadScript(src: string) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  document.head.append(script);
  await loaded;
}

describe('the per-tag loader (src/cdn.ts, the source of dist/cdn/rugwijs.js)', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('defines only the tags in the page, then a tag added later, and tolerates being loaded twice', async () => {
    expect(defined()).to.deep.equal([]);
    document.body.insertAdjacentHTML('beforeend', '<rugwijs-exercise-card exercise="plank"></rugwijs-exercise-card>');
    await loadScript('/src/cdn.ts');
    await until(() => !!customElements.get('rugwijs-exercise-card'), 5000, 'the card');
    expect(defined(), 'nothing else').to.deep.equal(['rugwijs-exercise-card']);
    // Tags a practice's page adds later, deep inside other markup.
    const later = document.createElement('div');
    later.innerHTML = '<section><rugwijs-load-bucket></rugwijs-load-bucket></section>';
    document.body.append(later);
    await until(() => !!customElements.get('rugwijs-load-bucket'), 5000, 'the bucket added later');
    expect(defined()).to.have.members(['rugwijs-exercise-card', 'rugwijs-load-bucket']);
    const bucket = later.querySelector('rugwijs-load-bucket')!;
    await until(() => !!bucket.shadowRoot?.querySelector('[part=status]'), 5000, 'the bucket rendered');

    // The same script again (a second URL, so the module runs a second time), then a new tag.
    await loadScript('/src/cdn.ts?again');
    const signs = document.createElement('rugwijs-warning-signs');
    document.body.append(signs);
    await until(() => !!customElements.get('rugwijs-warning-signs'), 5000, 'the checklist');
    expect(defined()).to.have.members(['rugwijs-exercise-card', 'rugwijs-load-bucket', 'rugwijs-warning-signs']);
    expect(errors).to.deep.equal([]);
    const card = document.querySelector('rugwijs-exercise-card')!;
    expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Plank houden');
    for (const el of document.querySelectorAll('rugwijs-exercise-card, rugwijs-load-bucket, rugwijs-warning-signs')) el.remove();
  });
});
