import { expect } from '@open-wc/testing';
import { startLoader } from '../src/loader.js';
import { captureWarnings, until, visibleText } from './helpers.js';

// This file runs in a page of its own (the loader starts once per page). The checklist's code
// does not arrive: in its place the patient is told where to turn meanwhile.
describe('the loader when the warning signs do not arrive', () => {
  const warnings = captureWarnings();
  after(() => warnings.restore());

  it('says where to turn, in the page\'s language, with a call link to the emergency number', async () => {
    document.documentElement.lang = 'nl';
    document.body.insertAdjacentHTML(
      'beforeend',
      '<rugwijs-warning-signs id="nl"></rugwijs-warning-signs><div lang="en"><rugwijs-warning-signs id="en" emergency-number="999"></rugwijs-warning-signs></div>',
    );
    startLoader({ 'rugwijs-warning-signs': () => Promise.reject(new TypeError('offline')) });
    const help = (id: string) => document.getElementById(id)!.shadowRoot?.querySelector<HTMLElement>('[part=help]');
    await until(() => !!help('nl') && !!help('en'), 5000, 'the help');
    expect(visibleText(help('nl'))).to.equal('Twijfel je over je klachten? Bel je huisarts. Bij spoed: bel 112');
    expect(help('nl')!.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
    expect(visibleText(help('en'))).to.equal('Worried about your symptoms? Call your GP. In an emergency: call 999');
    expect(help('en')!.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
    expect(help('nl')!.checkVisibility()).to.equal(true);
    expect(warnings.messages).to.have.length(1);
  });
});
