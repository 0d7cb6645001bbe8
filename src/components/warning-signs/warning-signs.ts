import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { RugwijsElement } from '../../base/rugwijs-element.js';
import { heading } from '../../base/heading.js';
import { levelIn, type OwnSign, type WarningSign } from '../../data/warning-signs.js';
import { adviceText, notADiagnosis, openQuestionsText } from '../../data/advice-text.js';
import { currentLocale } from '../../base/localization.js';
import { resolveText } from '../../data/text.js';
import { isPhoneNumber, telHref, validateHeading, type HeadingChoice, type Problem } from '../../data/validate.js';
import { onDemand } from '../../base/on-demand.js';
import { askOrder, catalogue, isPositive, triage, type Advice, type Answer, type Answers } from '../../model/triage.js';
import { checklistStyles } from './warning-signs.styles.js';
import { asText } from '../../base/preview.js';
import { inPageLanguage } from '../../base/notices.js';

const answerValues: readonly Answer[] = ['yes', 'no', 'unsure'];

/** Loaded when a practice sets `signs`; most pages use the built-in signs only. */
const signValidator = onDemand(() => import('../../data/validate-signs.js').then((m) => m.validateSigns));

/**
 * Where to turn while the checklist cannot show its questions: under the notice that a part did
 * not arrive (base/notices.ts). In the code in every build, like that notice
 * (scripts/cdn-text.mjs); src/loader.ts says the same when the checklist's code did not arrive.
 */
function helpWhileMissing(emergency: string): TemplateResult {
  const doubt = 'Twijfel je over je klachten? Bel je huisarts.';
  const call = `Bij spoed: bel ${emergency}`;
  return html`<p class="help" part="help">${inPageLanguage(doubt, msg('Twijfel je over je klachten? Bel je huisarts.', { id: 'problem.help.doubt' }), 'Worried about your symptoms? Call your GP.')}
    <a href=${telHref(emergency)}>${inPageLanguage(call, msg(str`Bij spoed: bel ${emergency}`, { id: 'problem.help.emergency' }), `In an emergency: call ${emergency}`)}</a></p>`;
}

/**
 * The warning signs of low back pain as a checklist that says when to call whom. It asks the
 * emergency questions first. Emergency and urgent advice appears the moment such a sign is
 * answered yes or not sure: at the top, and right under the question the patient just answered,
 * so the call link is on screen without scrolling. Unanswered questions are never read as "no".
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
 * @fires rugwijs-advice-change - The patient changed an answer or pressed "Opnieuw beginnen". `detail`: the advice `{level, signs, unanswered, contact}`. Not fired when code sets `answers` or calls `reset()`.
 *
 * @csspart base - The checklist.
 * @csspart heading - The heading.
 * @csspart alert - The emergency or urgent advice at the top.
 * @csspart inline-alert - The same advice, right under the question that raised it.
 * @csspart summary - The advice after "Bekijk advies".
 * @csspart notice - A notice about bad input.
 * @csspart contact - The practice's contact details (only with calmer advice, never in an alarm box).
 * @csspart sources - The list of sources.
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
    openHint: { state: true, attribute: false },
  };

  /** A practice's extra signs: `{id, level, question, why?, group?, sources?}`. They can add, never remove or lower. */
  signs?: readonly OwnSign[];
  emergencyNumber = '';
  outOfHoursPhone = '';
  heading = '';
  headingLevel: string | number = 2;

  private answersState: Record<string, Answer> = {};
  private showSummary = false;
  /** Set when the patient asked for advice with questions still open: the first open one says so. */
  private openHint = false;

  #extra: WarningSign[] = [];
  /** The built-in signs with the practice's extra ones; rebuilt when `signs` changes. */
  #catalogue = catalogue();
  #extraProblems: Problem[] = [];
  #heading: HeadingChoice = { text: '', level: 2, problems: [] };
  #optionProblems: Problem[] = [];
  #advice?: Advice;
  /** Answers set by code before the practice's extra signs were read: checked once they are. */
  #pendingAnswers?: unknown;
  /** The sign whose answer last raised an alarm: the alarm is shown right under it too. */
  #alarmAt?: string;

  /** The answers: sign id → `'yes' | 'no' | 'unsure'`. Setting it replaces every answer. */
  get answers(): Answers {
    return { ...this.answersState };
  }

  set answers(value: Answers) {
    // The extra signs may still be on their way (set in the same task, read in willUpdate): check
    // the answers once the catalogue is complete, so an answer to an extra sign is not dropped.
    this.#pendingAnswers = value;
    this.requestUpdate();
    if (this.signs === undefined || this.#extra.length || this.#extraProblems.length) this.#applyAnswers();
  }

  #applyAnswers(): void {
    const value = this.#pendingAnswers;
    if (value === undefined) return;
    this.#pendingAnswers = undefined;
    const known = this.#catalogue;
    const next: Record<string, Answer> = {};
    const bad: string[] = [];
    for (const [id, answer] of Object.entries(value && typeof value === 'object' ? value : {})) {
      if (known.has(id) && answerValues.includes(answer as Answer)) next[id] = answer as Answer;
      else bad.push(id);
    }
    if (bad.length) this.report([{ attribute: 'answers', value: bad.join(', '), code: 'bad-value', details: ['unknown sign ids or answers other than yes, no, unsure'] }]);
    this.answersState = next;
    this.#advice = this.#triage();
  }

  /** The advice for the current answers: the result of `triage()`. */
  get advice(): Advice {
    return this.#advice ?? this.#triage();
  }

  /** Clears every answer. Fires no event: events follow what the patient does. */
  reset(): void {
    this.#pendingAnswers = undefined;
    this.answersState = {};
    this.showSummary = false;
    this.openHint = false;
    this.#alarmAt = undefined;
    this.#advice = this.#triage();
  }

  #triage(): Advice {
    return triage(this.answersState, {
      region: this.effectiveRegion,
      signs: this.#extra,
      ...(this.#emergencyNumber() !== '112' ? { emergencyNumber: this.#emergencyNumber() } : {}),
      ...(this.outOfHoursPhone && !this.#optionProblems.some((p) => p.attribute === 'out-of-hours-phone') ? { outOfHoursPhone: this.outOfHoursPhone } : {}),
    });
  }

  /** Its questions did not all arrive: the emergency number and the GP, whatever the answers would be. */
  protected override loadFailedHelp(): TemplateResult {
    return helpWhileMissing(this.effectiveRegion === 'INT' ? this.#emergencyNumber() : '112');
  }

  #emergencyNumber(): string {
    return this.emergencyNumber && !this.#optionProblems.some((p) => p.attribute === 'emergency-number') ? asText(this.emergencyNumber).trim() : '112';
  }

  #notify(): void {
    this.emit('rugwijs-advice-change', this.advice);
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
    if (this.signs === undefined || validateSigns) this.#applyAnswers();
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

  #isAlarm(level: string): boolean {
    return level === 'emergency' || level === 'urgent';
  }

  async #answer(sign: WarningSign, answer: Answer): Promise<void> {
    const wasAlarm = this.#isAlarm(this.advice.level);
    this.answersState = { ...this.answersState, [sign.id]: answer };
    this.#advice = this.#triage();
    const raises = isPositive(answer) && this.#isAlarm(levelIn(sign, this.effectiveRegion));
    if (raises) this.#alarmAt = sign.id;
    if (this.openHint && !this.#advice.unanswered.length) this.openHint = false;
    this.#notify();
    if (raises || (!wasAlarm && this.#isAlarm(this.#advice.level))) {
      // Bring the call link into view under the question just answered; focus stays where it is.
      await this.updateComplete;
      const link = this.renderRoot.querySelector('.inline-alert a.call');
      const box = link?.getBoundingClientRect();
      // Centred, so the title above the link is on screen too; only when the link is not fully there.
      if (box && (box.top < 0 || box.bottom > innerHeight)) link!.scrollIntoView({ block: 'center' });
    }
  }

  #showAdvice = async () => {
    const open = this.advice.unanswered;
    this.showSummary = true;
    this.openHint = open.length > 0 && !this.#isAlarm(this.advice.level);
    await this.updateComplete;
    const target = this.openHint
      ? this.renderRoot.querySelector<HTMLElement>(`fieldset[data-sign="${CSS.escape(open[0]!)}"]`)
      : this.renderRoot.querySelector<HTMLElement>('.summary');
    target?.focus();
  };

  #firstOpen = async () => {
    this.openHint = true;
    await this.updateComplete;
    const first = this.advice.unanswered[0];
    if (first) this.renderRoot.querySelector<HTMLElement>(`fieldset[data-sign="${CSS.escape(first)}"]`)?.focus();
  };

  /** Where the inline copy of an alarm goes: under the sign that last raised it, while it still does. */
  #alarmSign(advice: Advice): string | undefined {
    if (!this.#isAlarm(advice.level)) return undefined;
    const at = this.#alarmAt;
    const sign = at ? this.#catalogue.get(at) : undefined;
    return sign && isPositive(this.answersState[sign.id]) && this.#isAlarm(levelIn(sign, this.effectiveRegion)) ? sign.id : advice.signs[0];
  }

  protected override render(): TemplateResult {
    const advice = this.advice;
    const region = this.effectiveRegion;
    const asked = askOrder(this.#catalogue.values(), region);
    const redFlags = asked.filter((s) => levelIn(s, region) !== 'none');
    const early = asked.filter((s) => levelIn(s, region) === 'none');
    const level = this.#heading.level;
    const title = this.#heading.text || msg('Rugpijn: wanneer bel je een arts?', { id: 'signs.heading' });
    const alarming = this.#isAlarm(advice.level);
    const alarmAt = this.#alarmSign(advice);
    const redFlagsAnswered = redFlags.every((s) => this.answersState[s.id]);
    return html`<section class="checklist" part="base" aria-labelledby="heading">
      ${heading(level, title, 'heading', 'heading')}
      ${this.renderNotices([...this.#extraProblems, ...this.#optionProblems])}
      <p class="calm">${msg('Ernstige oorzaken van rugpijn zijn zeldzaam. Deze vragen helpen om ze niet te missen.', { id: 'signs.rare' })}</p>
      <p>${msg('Beantwoord elke vraag met ja, nee of weet ik niet. Weet je het niet zeker? Dan tellen we het als ja.', { id: 'signs.intro' })}</p>
      <div class="alert" part="alert" aria-live="assertive" aria-atomic="true">${alarming ? this.#renderAdvice(advice, level + 1) : nothing}</div>
      <form class="questions" @submit=${(e: Event) => e.preventDefault()}>
        <fieldset class="group">
          <legend>${msg('Vragen over je klachten', { id: 'group.red-flags' })}</legend>
          ${redFlags.map((s) => html`${this.#renderSign(s, advice)}${s.id === alarmAt
            ? html`<div class="inline-alert" part="inline-alert">${this.#renderAdvice(advice, level + 1, true)}</div>`
            : nothing}`)}
        </fieldset>
        ${early.length
          ? html`<fieldset class="group early">
              <legend>${msg('Extra: vroege signalen dat je rug weer opspeelt', { id: 'group.early' })}</legend>
              <p class="skip">${msg('Deze vragen zijn niet nodig voor het advies. Je mag ze overslaan.', { id: 'group.early.optional' })}</p>
              ${early.map((s) => this.#renderSign(s, advice))}
            </fieldset>`
          : nothing}
      </form>
      <div class="actions">
        <button class="primary show-advice" @click=${this.#showAdvice}>${msg('Bekijk advies', { id: 'signs.show-advice' })}</button>
        <button class="reset" @click=${() => {
          this.reset();
          this.#notify();
        }}>${msg('Opnieuw beginnen', { id: 'signs.reset' })}</button>
      </div>
      ${this.showSummary || redFlagsAnswered
        ? html`<section class="summary" part="summary" tabindex="-1" aria-label=${msg('Jouw advies', { id: 'signs.your-advice' })}>
            ${this.#renderSummary(advice, level + 1)}
            <div class="actions"><button class="print" @click=${() => print()}>${msg('Print of bewaar als pdf', { id: 'signs.print' })}</button></div>
          </section>`
        : nothing}
      ${this.#renderSources(asked)}
      ${this.#renderPrint(asked, advice, level + 1)}
    </section>`;
  }

  /**
   * Open questions are never read as "no": with none of the answers worrying, the summary only says
   * how many are open; with a calmer level, it adds that the open ones can change the advice.
   */
  #renderSummary(advice: Advice, level: number, printed = false): TemplateResult {
    const open = advice.unanswered.length > 0 && !this.#isAlarm(advice.level);
    if (open && advice.level === 'none') return this.#renderOpen(advice, level, printed);
    return html`${this.#renderAdvice(advice, level)}${open ? this.#renderOpen(advice, level, printed) : nothing}`;
  }

  #plural = (n: number) => new Intl.PluralRules(currentLocale()).select(n);

  #renderOpen(advice: Advice, level: number, printed = false): TemplateResult {
    const open = openQuestionsText(advice.unanswered.length, this.#plural);
    return html`<div class="advice open" data-level="open">
      ${heading(level, open.title, 'advice-title')}
      <p>${open.text}</p>
      ${printed ? nothing : html`<button class="first-open" @click=${this.#firstOpen}>${msg('Naar de eerste open vraag', { id: 'signs.first-open' })}</button>`}
      <p><strong>${notADiagnosis()}</strong></p>
    </div>`;
  }

  #renderSign(sign: WarningSign, advice: Advice): TemplateResult {
    const current = this.answersState[sign.id];
    const option = (value: Answer, label: string) =>
      html`<label><input type="radio" name=${sign.id} value=${value} .checked=${current === value} @change=${() => this.#answer(sign, value)} /><span>${label}</span></label>`;
    const hint = this.openHint && advice.unanswered[0] === sign.id;
    const legendId = `q-${sign.id}`;
    return html`<fieldset class=${`sign${isPositive(current) ? ' positive' : ''}${hint ? ' first-open' : ''}`} data-sign=${sign.id} tabindex="-1" aria-labelledby=${legendId}>
      ${hint
        ? html`<p class="open-hint" role="status">${openQuestionsText(advice.unanswered.length, this.#plural).title}. ${msg('Begin hier.', { id: 'signs.start-here' })}</p>`
        : nothing}
      <legend id=${legendId}>${resolveText(sign.question)}</legend>
      ${sign.points?.length
        ? html`${sign.pointsMatch === 'all'
              ? html`<p class="match">${msg('Ja als alles hieronder klopt:', { id: 'signs.match.all' })}</p>`
              : nothing}<ul class="points">${sign.points.map((p) => html`<li>${resolveText(p)}</li>`)}</ul>`
        : nothing}
      <div class="options">
        ${option('yes', msg('Ja', { id: 'signs.yes' }))}${option('no', msg('Nee', { id: 'signs.no' }))}${option('unsure', msg('Weet ik niet', { id: 'signs.unsure' }))}
      </div>
      ${sign.why ? html`<p class="why">${resolveText(sign.why)}</p>` : nothing}
    </fieldset>`;
  }

  #renderAdvice(advice: Advice, level: number, inline = false): TemplateResult {
    const text = adviceText(advice.level, advice.contact, advice.signs.length > 0, this.#emergencyNumber());
    const known = this.#catalogue;
    const alarm = this.#isAlarm(advice.level);
    return html`<div class=${`advice ${advice.level}`} data-level=${advice.level}>
      ${heading(level, text.title, 'advice-title')}
      ${text.calls.map((call) => html`<a class=${call.fallback ? 'call fallback' : 'call'} href=${telHref(call.phone)}>${call.label}</a>`)}
      ${text.lines.map((line) => html`<p>${line}</p>`)}
      ${!inline && advice.signs.length && advice.level !== 'none'
        ? html`<div class="because"><p>${msg("Je krijgt dit advies omdat je 'ja' of 'weet ik niet' zei bij:", { id: 'signs.because' })}</p>
            <ul>${advice.signs.map((id) => html`<li>${resolveText(known.get(id)!.question)}</li>`)}</ul></div>`
        : nothing}
      <p><strong>${notADiagnosis(advice.level, advice.contact)}</strong></p>
      ${alarm ? nothing : this.renderContact()}
    </div>`;
  }

  #renderSources(signs: WarningSign[]): TemplateResult {
    const seen = new Map<string, { title: string; url?: string }>();
    for (const sign of signs) for (const source of sign.sources) seen.set(source.title, source);
    return html`<details class="sources" part="sources">
      <summary>${msg('Waar komt dit vandaan?', { id: 'signs.sources' })}</summary>
      <ul>${[...seen.values()].map((s) => html`<li>${s.url ? html`<a href=${s.url} rel="noreferrer">${s.title}</a>` : s.title}</li>`)}</ul>
    </details>`;
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
      ${this.#renderSummary(advice, level, true)}
    </section>`;
  }
}
