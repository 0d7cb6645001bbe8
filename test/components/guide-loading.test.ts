import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/guide/define.js';
import type { RugwijsGuide } from '../../src/components/guide/guide.js';
import { startLoader, type Importers } from '../../src/loader.js';
import { importers } from '../../src/generated/registry.js';
import { until } from '../helpers.js';

// The script-tag loader, on a page with only the guide: each widget's code is asked for when its
// section comes near the screen, because the guide puts the widget's tag in the light DOM then.
const asked: string[] = [];
const recording: Importers = Object.fromEntries(
  Object.entries(importers).map(([tag, load]) => [tag, (attempt?: number) => (asked.push(tag), load(attempt))]),
);

describe('<rugwijs-guide> with the script-tag loader', () => {
  it('loads a section\'s code only as the section comes near the screen', async () => {
    startLoader(recording);
    const el = await fixture<RugwijsGuide>(html`<rugwijs-guide></rugwijs-guide>`);
    await until(() => asked.includes('rugwijs-recovery-course'), 3000, 'the first section\'s code');
    expect(asked, 'far below the screen').to.not.include('rugwijs-warning-signs');
    expect(asked).to.not.include('rugwijs-exercise-program');
    el.querySelector('#warning-signs')!.scrollIntoView();
    await until(() => asked.includes('rugwijs-warning-signs'), 3000, 'the checklist\'s code');
    await until(() => !!customElements.get('rugwijs-warning-signs'), 3000, 'the checklist defined');
    window.scrollTo(0, 0);
  });
});
