import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/warning-signs/define.js';
import type { RugwijsWarningSigns } from '../../src/components/warning-signs/warning-signs.js';
import { warningSigns } from '../../src/data/warning-signs.js';
import type { Advice } from '../../src/model/triage.js';
import { captureWarnings, emulate, resetMedia, until, visibleText } from '../helpers.js';

const q = <T extends Element = HTMLElement>(el: RugwijsWarningSigns, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const radio = (el: RugwijsWarningSigns, id: string, value: 'yes' | 'no' | 'unsure') => q<HTMLInputElement>(el, `input[name="${id}"][value="${value}"]`)!;
const alertText = (el: RugwijsWarningSigns) => visibleText(q(el, '[part=alert]'));

async function checklist(template = html`<rugwijs-warning-signs></rugwijs-warning-signs>`) {
  const el = await fixture<RugwijsWarningSigns>(template);
  await el.updateComplete;
  return el;
}

async function answer(el: RugwijsWarningSigns, id: string, value: 'yes' | 'no' | 'unsure') {
  radio(el, id, value).click();
  await el.updateComplete;
}

describe('<rugwijs-warning-signs>', () => {
  afterEach(resetMedia);

  it('asks every sign, grouped, with yes / no / not sure radios in a fieldset', async () => {
    const el = await checklist();
    const groups = [...el.shadowRoot!.querySelectorAll('fieldset.group > legend')].map((l) => l.textContent);
    expect(groups).to.deep.equal([
      'Plassen, ontlasting en het zadelgebied', 'Je benen', 'Hoe je je voelt', 'De pijn zelf', 'Na een val of ongeluk', 'Vroege signalen dat je rug weer opspeelt',
    ]);
    for (const sign of warningSigns) {
      const fieldset = q(el, `fieldset[data-sign="${sign.id}"]`)!;
      expect(fieldset.querySelector('legend')!.textContent, sign.id).to.not.equal('');
      expect([...fieldset.querySelectorAll('input[type=radio]')].map((r) => (r as HTMLInputElement).value)).to.deep.equal(['yes', 'no', 'unsure']);
    }
    expect(alertText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('reaches and answers every sign by keyboard alone', async () => {
    const el = await checklist();
    radio(el, warningSigns[0]!.id, 'yes').focus();
    const order = [...el.shadowRoot!.querySelectorAll<HTMLElement>('fieldset[data-sign]')].map((f) => f.dataset.sign!);
    for (const [i, id] of order.entries()) {
      // Arrow keys move within the radio group and select; Tab moves to the next question.
      await sendKeys({ press: 'ArrowRight' });
      expect((el.shadowRoot!.activeElement as HTMLInputElement).name).to.equal(id);
      if (i < order.length - 1) await sendKeys({ press: 'Tab' });
    }
    await el.updateComplete;
    expect(Object.keys(el.answers).sort()).to.deep.equal(order.slice().sort());
    expect(Object.values(el.answers).every((a) => a === 'no')).to.equal(true);
    expect(el.advice.level).to.equal('none');
    await until(() => !!q(el, '[part=summary]'), 2000, 'summary once every question is answered');
    await expect(el).to.be.accessible();
  });

  for (const [region, attrs] of [['NL', 'region="NL"'], ['BE', 'region="BE"'], ['INT', 'region="INT"']] as const) {
    it(`shows emergency advice at the top on the first yes, with tel:112 (${region})`, async () => {
      const el = await checklist(html`<rugwijs-warning-signs region=${region}></rugwijs-warning-signs>`);
      void attrs;
      const changed = oneEvent(el, 'rugwijs-advice-change');
      await answer(el, 'chest-pain', 'yes');
      expect(((await changed) as CustomEvent<Advice>).detail.level).to.equal('emergency');
      const alert = q(el, '[part=alert]')!;
      expect(alert.getAttribute('aria-live')).to.equal('assertive');
      expect(alertText(el)).to.contain('Bel nu 112').and.contain('Dit is geen diagnose');
      expect(alert.querySelector('a.call')!.getAttribute('href')).to.equal('tel:112');
      expect(alert.compareDocumentPosition(q(el, 'form')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'advice above the questions').to.not.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('uses the emergency number a practice sets for the generic English region', async () => {
    const el = await checklist(html`<rugwijs-warning-signs region="INT" emergency-number="999"></rugwijs-warning-signs>`);
    await answer(el, 'major-trauma', 'unsure');
    expect(q(el, '[part=alert] a.call')!.getAttribute('href')).to.equal('tel:999');
  });

  it('shows urgent advice on "not sure": the GP now, the huisartsenpost (NL) or 1733 (BE)', async () => {
    const nl = await checklist(html`<rugwijs-warning-signs region="NL" out-of-hours-phone="0900 1515"></rugwijs-warning-signs>`);
    await answer(nl, 'saddle-numbness', 'unsure');
    expect(alertText(nl)).to.contain('Bel vandaag nog je huisarts').and.contain('huisartsenpost');
    expect(q(nl, '[part=alert] a.call')!.getAttribute('href')).to.equal('tel:09001515');
    expect(alertText(nl)).to.contain('Voelt het rond je anus');

    const be = await checklist(html`<rugwijs-warning-signs region="BE"></rugwijs-warning-signs>`);
    await answer(be, 'fever-infection', 'yes');
    expect(alertText(be)).to.contain('1733').and.contain('huisarts van wacht');
    expect(q(be, '[part=alert] a.call')!.getAttribute('href')).to.equal('tel:1733');
    await expect(be).to.be.accessible();
  });

  it('keeps the highest level when a lower sign is added, and never hides the red flag', async () => {
    const el = await checklist();
    await answer(el, 'bladder-bowel', 'yes');
    await answer(el, 'weight-loss', 'yes');
    await answer(el, 'recurring-pain', 'yes');
    expect(el.advice.level).to.equal('urgent');
    expect(alertText(el)).to.contain('Bel vandaag nog je huisarts');
  });

  it('shows lower levels only after "Bekijk advies", and moves focus there', async () => {
    const el = await checklist();
    await answer(el, 'weight-loss', 'yes');
    expect(alertText(el)).to.equal('');
    expect(q(el, '[part=summary]')).to.equal(null);
    q(el, '.show-advice')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const summary = q(el, '[part=summary]')!;
    expect(visibleText(summary)).to.contain('Maak een afspraak bij je huisarts').and.contain('Val je af zonder dat je dat wilt?');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await expect(el).to.be.accessible();
  });

  it('with no signs, never says nothing is wrong: none of these signs, what to watch for, moving helps, how to reach the practice', async () => {
    const el = await checklist(html`<rugwijs-warning-signs region="NL" practice-name="Fysio De Brug" contact-phone="020 123 45 67"></rugwijs-warning-signs>`);
    q<HTMLButtonElement>(el, '.show-advice')!.click();
    await el.updateComplete;
    const text = visibleText(q(el, '[part=summary]'));
    expect(text).to.contain('Je hebt geen van deze signalen').and.contain('Doe de vragen dan opnieuw').and.contain('Blijf bewegen');
    expect(text).to.contain('geen verwijzing').and.contain('Dit is geen diagnose').and.contain('Fysio De Brug');
    expect(text).to.not.match(/niets aan de hand|niks aan de hand|nothing is wrong/i);
    expect(q(el, '[part=summary] a[href="tel:0201234567"]')).to.exist;
  });

  it('resets every answer and the advice', async () => {
    const el = await checklist();
    await answer(el, 'chest-pain', 'yes');
    const changed = oneEvent(el, 'rugwijs-advice-change');
    q<HTMLButtonElement>(el, '.reset')!.click();
    expect(((await changed) as CustomEvent<Advice>).detail.level).to.equal('none');
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(alertText(el)).to.equal('');
    expect(radio(el, 'chest-pain', 'yes').checked).to.equal(false);
  });

  it('takes and gives answers as a property, and exposes the advice', async () => {
    const el = await checklist(html`<rugwijs-warning-signs region="BE"></rugwijs-warning-signs>`);
    el.answers = { 'night-pain': 'unsure', 'quick-fatigue': 'yes' };
    await el.updateComplete;
    expect(radio(el, 'night-pain', 'unsure').checked).to.equal(true);
    expect(el.answers).to.deep.equal({ 'night-pain': 'unsure', 'quick-fatigue': 'yes' });
    expect(el.advice).to.deep.equal({ level: 'soon', signs: ['night-pain'], contact: { region: 'BE', who: 'gp', when: 'within-days' } });
  });

  it('prints a summary to take to the GP: the answered signs and the advice, without the form', async function () {
    const el = await checklist();
    await answer(el, 'cancer-history', 'yes');
    await answer(el, 'weight-loss', 'no');
    if (!(await emulate({ media: 'print' }))) this.skip(); // see emulate(): Chromium only
    const print = q(el, '.print-only')!;
    expect(getComputedStyle(print).display).to.equal('grid');
    expect(getComputedStyle(q(el, 'form')!).display).to.equal('none');
    const text = visibleText(print);
    expect(text).to.contain('Neem dit mee naar je huisarts').and.contain('Heb je ooit kanker gehad? Ja').and.contain('Val je af zonder dat je dat wilt? Nee');
    expect(text).to.contain('Maak een afspraak bij je huisarts').and.contain('Dit is geen diagnose');
  });

  it('follows the page language, and nl-BE means Belgian numbers', async () => {
    const el = await checklist();
    document.documentElement.lang = 'en';
    await until(() => visibleText(q(el, '[part=heading]')) === 'Warning signs with back pain', 3000, 'English');
    await answer(el, 'bladder-bowel', 'yes');
    expect(alertText(el)).to.contain('Call your GP today');
    document.documentElement.lang = 'nl-BE';
    await until(() => alertText(el).includes('1733'), 3000, 'BE advice');
    expect(visibleText(q(el, 'fieldset[data-sign="bladder-bowel"] legend'))).to.contain('stoelgang');
    await expect(el).to.be.accessible();
    document.documentElement.lang = 'nl';
    await until(() => alertText(el).includes('huisartsenpost'), 3000, 'NL advice');
  });

  describe('bad input', () => {
    it('leaves out bad extra signs with a notice and one warning each; built-in signs still work', async () => {
      const warnings = captureWarnings();
      try {
        const el = await checklist();
        el.signs = [
          { id: 'Bad Id', level: 'urgent', question: 'x' },
          { id: 'no-level', question: 'Vraag?' },
          { id: 'practice-own', level: 'soon', question: 'Eigen vraag van de praktijk?' },
        ];
        await until(() => !!q(el, '[part=notice]') && !!q(el, 'fieldset[data-sign="practice-own"]'), 3000, 'notice and extra sign');
        expect(visibleText(q(el, '[part=notice]'))).to.equal('Een extra vraag van de praktijk klopt niet. Die laten we weg.');
        expect(warnings.messages.filter((m) => m.includes('signs['))).to.have.length(2);
        expect(warnings.messages[0]).to.contain('signs[0]').and.contain('Bad Id');
        await answer(el, 'practice-own', 'yes');
        expect(el.advice.level).to.equal('soon');
        await answer(el, 'chest-pain', 'yes');
        expect(alertText(el)).to.contain('Bel nu 112');
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('never lets an extra sign lower or hide a red flag', async () => {
      const el = await checklist();
      el.signs = [{ id: 'chest-pain', level: 'none', question: 'Niets?' }];
      await until(() => !!q(el, 'fieldset[data-sign="chest-pain"]'), 3000);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('fieldset[data-sign="chest-pain"]')).to.have.length(1);
      await answer(el, 'chest-pain', 'yes');
      expect(el.advice.level).to.equal('emergency');
    });


    it('ignores unknown ids in answers with a warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await checklist();
        el.answers = { 'not-a-sign': 'yes', 'weight-loss': 'maybe' as 'yes', 'night-pain': 'yes' };
        await el.updateComplete;
        expect(el.answers).to.deep.equal({ 'night-pain': 'yes' });
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('not-a-sign').and.contain('weight-loss');
      } finally {
        warnings.restore();
      }
    });
  });
});
