import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { RugwijsElement } from '../../base/rugwijs-element.js';
import { heading } from '../../base/heading.js';
import { groups, groupTitle, type WarningSign } from '../../data/warning-signs.js';
import { adviceText, notADiagnosis } from '../../data/advice-text.js';
import { resolveText } from '../../data/text.js';
import { isPhoneNumber, validateHeading, type HeadingChoice, type Problem } from '../../data/validate.js';
import { onDemand } from '../../base/on-demand.js';
import { catalogue, isPositive, triage, type Advice, type Answer, type Answers } from '../../model/triage.js';
import { checklistStyles } from './warning-signs.styles.js';
import { asText } from '../../base/preview.js';

const answerValues: readonly Answer[] = ['yes', 'no', 'unsure'];

/** Loaded when a practice sets `signs`; most pages use the built-in signs only. */
const signValidator = onDemand(() => import('../../data/validate-signs.js').then((m) => m.validateSigns));

/**
 * The warning signs of low back pain as a checklist that says when to call whom. Emergency and
 * urgent advice appears at the top the moment such a sign is answered yes or not sure.
 * Education, not diagnosis. Nothing is stored and nothing is sent anywhere.
 *
 * @tagname rugwijs-warning-signs
 * @summary A warning-signs checklist: when to call whom.
 *
 * @attr region - `NL`, `BE` or `INT`: whose numbers and services to name. Default: from the language (`nl-BE` → BE, `en` → INT).
 * @attr emergency-number - The emergency number for the generic English region (default 112; 999 in the UK, 911 in the US). NL and BE always use 112.
 * @attr out-of-hours-phone - The local out-of-hours GP service (a huisartsenpost in NL) as a tap-to-call link. BE always shows 1733.
 * @attr heading - The checklist's title.
 * @attr heading-level - Level of that heading, 2 to 5 (default 2).
 * @attr practice-name - The practice's name.
 * @attr contact-href - The practice's booking or contact page.
 * @attr contact-phone - The practice's phone number.
 * @attr theme - `light`, `dark` or `auto` (follows the phone). Default: follows the page's `color-scheme`, so a white page keeps light widgets.
 *
 * @fires rugwijs-advice-change - An answer changed or the checklist was reset. `detail`: the advice `{level, signs, contact}`.
 *
 * @csspart base - The checklist.
 * @csspart heading - The heading.
 * @csspart alert - The emergency or urgent advice at the top.
 * @csspart summary - The advice after "Bekijk advies".
 * @csspart notice - A notice about bad input.
 * @csspart contact - The practice's contact details.
 *
 * @cssprop --rugwijs-accent - Accent colour.
 * @cssprop --rugwijs-danger - Colour of emergency and urgent advice and the call button.
 * @cssprop --rugwijs-danger-surface - Background of emergency and urgent advice.
 * @cssprop --rugwijs-warning - Colour of a sign answered yes, and of lower-level advice.
 * @cssprop --rugwijs-warning-surface - Background of the same.
 * @cssprop --rugwijs-font - Font family.
 */
export class RugwijsWarningSigns extends RugwijsElement {
  static override styles = [...RugwijsElement.styles, checklistStyles];

  static override properties: PropertyDeclarations = {
    signs: { attribute: false },
    emergencyNumber: { attribute: 'emergency-number' },
    outOfHoursPhone: { attribute: 'out-of-hours-phone' },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    answersState: { state: true, attribute: false },
    showSummary: { state: true, attribute: false },
  };

  /** A practice's extra signs: `{id, level, question, why?, group?, sources?}`. They can add, never remove or lower. */
  signs?: unknown;
  emergencyNumber = '';
  outOfHoursPhone = '';
  heading = '';
  headingLevel: string | number = 2;

  private answersState: Record<string, Answer> = {};
  private showSummary = false;

  #extra: WarningSign[] = [];
  /** The built-in signs with the practice's extra ones; rebuilt when `signs` changes. */
  #catalogue = catalogue();
  #extraProblems: Problem[] = [];
  #heading: HeadingChoice = { text: '', level: 2, problems: [] };
  #optionProblems: Problem[] = [];
  #advice?: Advice;

  /** The answers: sign id → `'yes' | 'no' | 'unsure'`. Setting it replaces every answer. */
  get answers(): Answers {
    return { ...this.answersState };
  }

  set answers(value: Answers) {
    const known = this.#catalogue;
    const next: Record<string, Answer> = {};
    const bad: string[] = [];
    for (const [id, answer] of Object.entries(value && typeof value === 'object' ? value : {})) {
      if (known.has(id) && answerValues.includes(answer)) next[id] = answer;
      else bad.push(id);
    }
    if (bad.length) this.report([{ attribute: 'answers', value: bad.join(', '), code: 'bad-value', details: ['unknown sign ids or answers other than yes, no, unsure'] }]);
    this.answersState = next;
    this.#changed();
  }

  /** The advice for the current answers: the result of `triage()`. */
  get advice(): Advice {
    return this.#advice ?? this.#triage();
  }

  /** Clears every answer. */
  reset(): void {
    this.answersState = {};
    this.showSummary = false;
    this.#changed();
  }

  #triage(): Advice {
    return triage(this.answersState, {
      region: this.effectiveRegion,
      signs: this.#extra,
      ...(this.emergencyNumber && !this.#optionProblems.some((p) => p.attribute === 'emergency-number') ? { emergencyNumber: this.emergencyNumber } : {}),
      ...(this.outOfHoursPhone && !this.#optionProblems.some((p) => p.attribute === 'out-of-hours-phone') ? { outOfHoursPhone: this.outOfHoursPhone } : {}),
    });
  }

  #changed(): void {
    this.#advice = this.#triage();
    this.dispatchEvent(new CustomEvent<Advice>('rugwijs-advice-change', { detail: this.#advice, bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const validateSigns = signValidator.value;
    if (changed.has('signs') && this.signs !== undefined && !validateSigns) {
      this.waitFor(signValidator.load(), 'signs');
    } else if (changed.has('signs') && validateSigns) {
      const { signs, problems } = validateSigns(this.signs);
      this.#extra = signs;
      this.#catalogue = catalogue(signs);
      this.#extraProblems = problems;
      this.report(problems);
    }
    if (changed.has('emergencyNumber') || changed.has('outOfHoursPhone') || changed.has('heading') || changed.has('headingLevel')) {
      const problems: Problem[] = [];
      if (this.emergencyNumber && !/^\d{3,4}$/.test(asText(this.emergencyNumber).trim()))
        problems.push({ attribute: 'emergency-number', value: this.emergencyNumber, code: 'bad-phone', details: ['3 or 4 digits, e.g. 112, 999, 911'] });
      if (this.outOfHoursPhone && !isPhoneNumber(asText(this.outOfHoursPhone)))
        problems.push({ attribute: 'out-of-hours-phone', value: this.outOfHoursPhone, code: 'bad-phone' });
      this.#heading = validateHeading(this.heading, this.headingLevel, [2, 5], 2);
      problems.push(...this.#heading.problems);
      this.#optionProblems = problems;
      this.report(problems);
    }
    // The region and the options feed the advice; the locale may have changed the region too.
    this.#advice = this.#triage();
  }

  #answer(id: string, answer: Answer): void {
    this.answersState = { ...this.answersState, [id]: answer };
    this.#changed();
  }

  #showAdvice = async () => {
    this.showSummary = true;
    await this.updateComplete;
    (this.renderRoot.querySelector('.summary') as HTMLElement | null)?.focus();
  };

  protected override render(): TemplateResult {
    const advice = this.advice;
    const signs = [...this.#catalogue.values()];
    const level = this.#heading.level;
    const title = this.#heading.text || msg('Waarschuwingssignalen bij rugpijn', { id: 'signs.heading' });
    const alarming = advice.level === 'emergency' || advice.level === 'urgent';
    const allAnswered = signs.every((s) => this.answersState[s.id]);
    return html`<section class="checklist" part="base" aria-labelledby="heading">
      ${heading(level, title, 'heading', 'heading')}
      <p>${msg('Beantwoord de vragen met ja, nee of weet ik niet. Weet je het niet zeker? Dan tellen we het als ja.', { id: 'signs.intro' })}</p>
      <div class="alert" part="alert" aria-live="assertive" aria-atomic="true">${alarming ? this.#renderAdvice(advice, level + 1) : nothing}</div>
      ${this.renderNotices([...this.#extraProblems, ...this.#optionProblems])}
      <form class="questions" @submit=${(e: Event) => e.preventDefault()}>
        ${groups.map((group) => {
          const inGroup = signs.filter((s) => s.group === group);
          return inGroup.length
            ? html`<fieldset class="group"><legend>${groupTitle(group)}</legend>${inGroup.map((s) => this.#renderSign(s))}</fieldset>`
            : nothing;
        })}
      </form>
      <div class="actions">
        <button class="primary show-advice" @click=${this.#showAdvice}>${msg('Bekijk advies', { id: 'signs.show-advice' })}</button>
        <button class="reset" @click=${() => this.reset()}>${msg('Opnieuw beginnen', { id: 'signs.reset' })}</button>
      </div>
      ${this.showSummary || allAnswered
        ? html`<section class="summary" part="summary" tabindex="-1" aria-label=${msg('Jouw advies', { id: 'signs.your-advice' })}>
            ${this.#renderAdvice(advice, level + 1)}
            <div class="actions"><button class="print" @click=${() => print()}>${msg('Print of bewaar als pdf', { id: 'signs.print' })}</button></div>
          </section>`
        : nothing}
      ${this.#renderPrint(signs, advice, level + 1)}
    </section>`;
  }

  #renderSign(sign: WarningSign): TemplateResult {
    const current = this.answersState[sign.id];
    const option = (value: Answer, label: string) =>
      html`<label><input type="radio" name=${sign.id} value=${value} .checked=${current === value} @change=${() => this.#answer(sign.id, value)} />${label}</label>`;
    return html`<fieldset class=${`sign${isPositive(current) ? ' positive' : ''}`} data-sign=${sign.id}>
      <legend>${resolveText(sign.question)}</legend>
      <div class="options">
        ${option('yes', msg('Ja', { id: 'signs.yes' }))}${option('no', msg('Nee', { id: 'signs.no' }))}${option('unsure', msg('Weet ik niet', { id: 'signs.unsure' }))}
      </div>
      ${sign.why ? html`<p class="why">${resolveText(sign.why)}</p>` : nothing}
    </fieldset>`;
  }

  #renderAdvice(advice: Advice, level: number): TemplateResult {
    const text = adviceText(advice.level, advice.contact, advice.signs.length > 0);
    const known = this.#catalogue;
    const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
    return html`<div class=${`advice ${advice.level}`} data-level=${advice.level}>
      ${heading(level, text.title, 'advice-title')}
      ${text.lines.map((line) => html`<p>${line}</p>`)}
      ${text.call ? html`<a class="call" href=${tel(advice.contact.phone!)}>${text.call}</a>` : nothing}
      ${text.outOfHours ? html`<p>${text.outOfHours}</p>` : nothing}
      ${text.outOfHoursCall ? html`<a class="call" href=${tel(advice.contact.outOfHours!.phone!)}>${text.outOfHoursCall}</a>` : nothing}
      ${advice.signs.length && advice.level !== 'none'
        ? html`<div class="because"><p>${msg('Dit advies krijg je door:', { id: 'signs.because' })}</p>
            <ul>${advice.signs.map((id) => html`<li>${resolveText(known.get(id)!.question)}</li>`)}</ul></div>`
        : nothing}
      <p><strong>${notADiagnosis()}</strong></p>
      ${this.renderContact()}
    </div>`;
  }

  #renderPrint(signs: WarningSign[], advice: Advice, level: number): TemplateResult {
    const label: Record<Answer, string> = {
      yes: msg('Ja', { id: 'signs.yes' }),
      no: msg('Nee', { id: 'signs.no' }),
      unsure: msg('Weet ik niet', { id: 'signs.unsure' }),
    };
    const answered = signs.filter((s) => this.answersState[s.id]);
    return html`<section class="print-only" aria-hidden="true">
      ${heading(level, msg('Neem dit mee naar je huisarts', { id: 'signs.print-title' }), 'print-title')}
      <ul>${answered.map((s) => html`<li>${resolveText(s.question)} <strong>${label[this.answersState[s.id]!]}</strong></li>`)}</ul>
      ${this.#renderAdvice(advice, level)}
    </section>`;
  }
}
