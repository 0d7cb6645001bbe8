import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { currentLocale, localeReady, matchLocale, regionOfLocale, setLocale } from '../../src/base/localization.js';
import type { RugwijsExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import type { RugwijsExerciseProgram } from '../../src/components/exercise-program/exercise-program.js';
import { visibleText } from '../helpers.js';

/** After a change of <html lang>: the page's observer has run, the texts are in, the element has re-rendered. */
async function settled(el: RugwijsExerciseCard | RugwijsExerciseProgram): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await localeReady();
  await el.updateComplete;
}

describe('localization', () => {
  it('matches a page language to a locale we have', () => {
    const table: [string | null, string][] = [
      ['nl', 'nl'], ['nl-NL', 'nl'], ['NL-nl', 'nl'], ['nl-BE', 'nl-BE'], ['nl-be', 'nl-BE'], ['en', 'en'], ['en-GB', 'en'],
      ['', 'nl'], [null, 'nl'], ['fr', 'fr'], ['fr-BE', 'fr-BE'], ['fr-be', 'fr-BE'], ['fr-FR', 'fr'], ['fr-CA', 'fr'], ['de-DE', 'en'], ['ar', 'en'],
    ];
    for (const [tag, locale] of table) expect(matchLocale(tag), String(tag)).to.equal(locale);
    // The region follows the locale's region subtag: a French-speaking Belgian patient gets 1733.
    expect(['nl', 'nl-BE', 'en', 'fr', 'fr-BE'].map((l) => regionOfLocale(l as 'nl'))).to.deep.equal(['NL', 'BE', 'INT', 'INT', 'BE']);
  });

  it('switches elements already on the page when <html lang> changes: nl → en → nl-BE → nl', async () => {
    document.documentElement.lang = 'nl';
    const wrapper = await fixture(html`<div>
      <rugwijs-exercise-card exercise="bird-dog"></rugwijs-exercise-card>
      <rugwijs-exercise-program exercises="walking"></rugwijs-exercise-program>
    </div>`);
    const card = wrapper.querySelector<RugwijsExerciseCard>('rugwijs-exercise-card')!;
    const programme = wrapper.querySelector<RugwijsExerciseProgram>('rugwijs-exercise-program')!;
    await card.updateComplete;
    const title = () => visibleText(card.shadowRoot!.querySelector('[part=title]'));
    const step4 = () => card.shadowRoot!.querySelectorAll('[part=steps] li')[3]!.textContent;
    expect(title()).to.equal('Arm en been strekken');

    document.documentElement.lang = 'en';
    await settled(card);
    expect(title()).to.equal('Stretching arm and leg');
    expect(currentLocale()).to.equal('en');
    expect(visibleText(card.shadowRoot!.querySelector('[part=dose]'))).to.equal('How often: 10 repetitions per side, 3 times, 3 days a week');
    await programme.updateComplete;
    expect(visibleText(programme.shadowRoot!.querySelector('[role=status]'))).to.equal('0 of 1 done');
    await expect(card).to.be.accessible();

    document.documentElement.lang = 'nl-BE';
    await settled(card);
    expect(title()).to.equal('Arm en been strekken');
    expect(currentLocale()).to.equal('nl-BE');
    expect(step4()).to.equal('Hou dit vast en tel rustig tot 5. Je rug blijft stil.');

    document.documentElement.lang = 'nl';
    await settled(card);
    expect(step4()).to.equal('Houd dit vast en tel rustig tot 5. Je rug blijft stil.');
  });

  it('ends in Dutch when <html lang> goes nl → en → nl while the English texts are still loading', async () => {
    document.documentElement.lang = 'nl';
    const card = await fixture<RugwijsExerciseCard>(html`<rugwijs-exercise-card exercise="bird-dog"></rugwijs-exercise-card>`);
    await localeReady();
    await card.updateComplete;
    const title = () => visibleText(card.shadowRoot!.querySelector('[part=title]'));
    expect(title()).to.equal('Arm en been strekken');

    // Switch back the moment the English load has started, not after it has finished.
    const englishLoading = new Promise<void>((resolve) => {
      const onStatus = (event: Event) => {
        const detail = (event as CustomEvent<{ status: string; loadingLocale?: string }>).detail;
        if (detail.status === 'loading' && detail.loadingLocale === 'en') {
          window.removeEventListener('lit-localize-status', onStatus);
          resolve();
        }
      };
      window.addEventListener('lit-localize-status', onStatus);
    });
    document.documentElement.lang = 'en';
    await englishLoading;
    document.documentElement.lang = 'nl';

    // Settle, and let the English load finish too: it must not win after all.
    await import('../../src/generated/locales/en.js');
    await settled(card);
    expect(currentLocale()).to.equal('nl');
    expect(title()).to.equal('Arm en been strekken');
  });

  it('lets an app choose the locale with setLocale, after which the page language is not followed', async () => {
    const card = await fixture<RugwijsExerciseCard>(html`<rugwijs-exercise-card exercise="plank"></rugwijs-exercise-card>`);
    await setLocale('en-GB');
    await card.updateComplete;
    expect(visibleText(card.shadowRoot!.querySelector('[part=dose]'))).to.equal('How often: hold for 20 to 30 seconds, 3 times, 3 days a week');
    document.documentElement.lang = 'nl';
    await settled(card);
    expect(currentLocale()).to.equal('en');
    await setLocale('nl');
  });

  it('gives a French-speaking Belgian patient French text and 1733, and fr-BE falls back to fr', async () => {
    await setLocale('fr-BE');
    const signs = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<rugwijs-warning-signs></rugwijs-warning-signs>`);
    await localeReady();
    await signs.updateComplete;
    const yes = signs.shadowRoot!.querySelector<HTMLInputElement>('input[name="foot-drop"][value="yes"]')!;
    yes.click();
    await signs.updateComplete;
    const alert = visibleText(signs.shadowRoot!.querySelector('[part=alert]'));
    expect(alert).to.contain('1733').and.contain('médecin généraliste');
    expect(alert, 'no Dutch left').to.not.match(/\b(huisarts|jouw|het|niet|bel)\b/i);
    await setLocale('nl');
  });
});
