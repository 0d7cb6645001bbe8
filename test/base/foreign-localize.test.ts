import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { captureWarnings, visibleText } from '../helpers.js';

describe('a page whose own app configured @lit/localize', () => {
  it('still renders our elements, in Dutch, with one warning and no exception', async () => {
    configureLocalization({ sourceLocale: 'en', targetLocales: ['de'], loadLocale: async () => ({ templates: {} }) });
    const warnings = captureWarnings();
    try {
      await import('../../src/define.js');
      document.documentElement.lang = 'en';
      const wrapper = await fixture(html`<div>
        <rugwijs-exercise-card exercise="plank"></rugwijs-exercise-card>
        <rugwijs-exercise-card exercise="walking"></rugwijs-exercise-card>
      </div>`);
      const cards = [...wrapper.querySelectorAll('rugwijs-exercise-card')];
      await Promise.all(cards.map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      expect(visibleText(cards[0]!.shadowRoot!.querySelector('[part=dose]'))).to.equal('Hoe vaak: 3 keer 20 tot 30 seconden vasthouden, 3 dagen per week');
      expect(warnings.messages.filter((m) => m.includes('@lit/localize'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
