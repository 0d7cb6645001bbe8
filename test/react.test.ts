import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { ExerciseCard, LoadBucket } from '../src/react.js';
import type { BucketChange } from '../src/components/load-bucket/load-bucket.js';
import type { OwnLoad } from '../src/index.js';
import type { RugwijsExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { RugwijsLoadBucket } from '../src/components/load-bucket/load-bucket.js';
import { until } from './helpers.js';

/** Renders synchronously (React's production build has no act()). */
const render = (root: Root, element: ReturnType<typeof createElement>) => flushSync(() => root.render(element));

describe('rugwijs/react', () => {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    flushSync(() => root.unmount());
    host.remove();
  });

  it('renders a wrapper with props, and its event reaches an onRugwijs… handler', async () => {
    const changes: BucketChange[] = [];
    const ownLoads: (string | OwnLoad)[] = ['gardening', { id: 'gardening', label: 'Tuinieren', kind: 'physical', size: 35 }];
    render(
      root,
        createElement(LoadBucket, {
          loads: ownLoads,
          step: 1,
          practiceName: 'Fysio De Brug',
          onRugwijsBucketChange: (e: CustomEvent<BucketChange>) => changes.push(e.detail),
        }),
    );
    const bucket = host.querySelector<RugwijsLoadBucket>('rugwijs-load-bucket')!;
    await bucket.updateComplete;
    expect(bucket.loads, 'a list passes as a property, not as a string').to.equal(ownLoads);
    expect(bucket.shadowRoot!.querySelector('.step-title')!.textContent).to.equal('Wat vult je emmer?');
    expect(bucket.shadowRoot!.querySelector('[data-id=gardening]')!.getAttribute('aria-pressed')).to.equal('true');
    bucket.shadowRoot!.querySelector<HTMLButtonElement>('[data-id=stress]')!.click();
    expect(changes).to.deep.equal([{ level: 55, capacity: 100, overflowing: false, loads: ['stress', 'gardening'] }]);
    expect(bucket.shadowRoot!.textContent).to.contain('Fysio De Brug');
  });

  it('updates the element when props change, and React 19 renders the bare tag too', async () => {
    render(root, createElement(ExerciseCard, { exercise: 'plank' }));
    const card = host.querySelector<RugwijsExerciseCard>('rugwijs-exercise-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Plank houden');
    render(root, createElement(ExerciseCard, { exercise: 'walking' }));
    await card.updateComplete;
    expect(host.querySelector('rugwijs-exercise-card'), 'the same element, updated').to.equal(card);
    expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Wandelen');

    const seen: string[] = [];
    render(root, createElement('rugwijs-load-bucket', { loads: 'worry', 'onrugwijs-bucket-change': (e: CustomEvent<BucketChange>) => seen.push(e.detail.loads.join()) }));
    const bucket = host.querySelector<RugwijsLoadBucket>('rugwijs-load-bucket')!;
    await until(() => !!bucket.shadowRoot?.querySelector('[data-id=stress]'), 3000, 'bucket');
    bucket.shadowRoot!.querySelector<HTMLButtonElement>('[data-id=stress]')!.click();
    expect(seen).to.deep.equal(['worry,stress']);
  });
});
