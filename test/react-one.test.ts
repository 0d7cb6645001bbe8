import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { LoadBucket } from '../src/generated/react/load-bucket.js';
import { tags } from '../src/generated/registry.js';
import { until } from './helpers.js';

// A page of its own: importing one React wrapper (`rugwijs/react/load-bucket`) registers only
// its element.
describe('rugwijs/react/<element>', () => {
  it('registers only its own element, and renders it', async () => {
    expect(tags.filter((tag) => customElements.get(tag))).to.deep.equal(['rugwijs-load-bucket']);
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    flushSync(() => root.render(createElement(LoadBucket, { loads: ['stress'] })));
    const bucket = host.querySelector('rugwijs-load-bucket')!;
    await until(() => !!bucket.shadowRoot?.querySelector('[part=status]'), 5000, 'the bucket rendered');
    expect((bucket as unknown as { loads: unknown }).loads).to.deep.equal(['stress']);
    root.unmount();
    host.remove();
  });
});
