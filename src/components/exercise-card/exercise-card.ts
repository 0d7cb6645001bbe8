import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { RugwijsElement } from '../../base/rugwijs-element.js';
import { figureStyles, renderIllustration } from '../../base/figure.js';
import { cardStyles } from './exercise-card.styles.js';
import { exercises, generalSafety } from '../../data/exercises.js';
import { doseText } from '../../data/dose-text.js';
import { resolveText } from '../../data/text.js';
import { doseLimits, parseCount, parseJson, validateExercise, type Problem } from '../../data/validate.js';
import type { Dose, Exercise } from '../../data/types.js';
import * as guided from '../../model/session.js';

export interface ExerciseEventDetail {
  /** The exercise id. */
  id: string;
}

const headingTags: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/** Dose attributes a practice may set to change the built-in dose. */
const doseAttributes = [
  ['sets', 'sets'],
  ['reps', 'reps'],
  ['holdSeconds', 'hold-seconds'],
  ['minutes', 'minutes'],
] as const;

interface Resolved {
  exercise?: Exercise;
  /** Problems that replace the whole card. */
  cardProblems: Problem[];
  /** Problems shown in place of the dose. */
  doseProblems: Problem[];
  /** Parts of a practice's exercise that were left out. */
  partProblems: Problem[];
}

/**
 * One exercise: title, picture, steps, dose, what to feel, safety, easier and harder variants, and
 * a guided mode that counts repetitions and holds.
 *
 * @summary An exercise a patient can read, print and do, step by step.
 *
 * @attr exercise - Id of a built-in exercise (`bird-dog`, `single-leg-bridge`, `plank`, `dead-bug`, `pelvic-tilt`, `morning-mobility`, `walking`, `belly-breathing`, `posture-break`), or the JSON of a practice's own exercise.
 * @attr sets - Changes the number of sets (1 to 10).
 * @attr reps - Changes the repetitions per set (1 to 100).
 * @attr hold-seconds - Changes how long each hold lasts (1 to 600 seconds).
 * @attr minutes - Changes the minutes (1 to 240).
 * @attr heading-level - Level of the title heading, 2 to 6 (default 3).
 * @attr practice-name - The practice's name.
 * @attr contact-href - The practice's booking or contact page.
 * @attr contact-phone - The practice's phone number.
 * @attr region - `NL`, `BE` or `INT`; default follows the language.
 *
 * @fires rugwijs-exercise-start - The patient started the guided mode. `detail: {id}`.
 * @fires rugwijs-exercise-complete - The patient finished every set. `detail: {id}`.
 *
 * @csspart base - The card.
 * @csspart title - The exercise title.
 * @csspart picture - The moving picture (or the two stills).
 * @csspart dose - The dose in words.
 * @csspart steps - The ordered list of steps.
 * @csspart safety - The safety note.
 * @csspart guided - The guided-mode area.
 * @csspart notice - A notice about bad input.
 * @csspart contact - The practice's contact details.
 *
 * @cssprop --rugwijs-accent - Accent colour: buttons, moving body parts, the mat.
 * @cssprop --rugwijs-accent-contrast - Text on the accent colour.
 * @cssprop --rugwijs-text - Text colour.
 * @cssprop --rugwijs-muted - Secondary text.
 * @cssprop --rugwijs-surface - Card background.
 * @cssprop --rugwijs-surface-alt - Background of the dose and the guided mode.
 * @cssprop --rugwijs-border - Border colour.
 * @cssprop --rugwijs-radius - Corner radius.
 * @cssprop --rugwijs-space - Base spacing.
 * @cssprop --rugwijs-font - Font family.
 * @cssprop --rugwijs-font-size - Base font size.
 * @cssprop --rugwijs-pose-duration - Time of one movement in the picture (default 3.2s).
 */
export class RugwijsExerciseCard extends RugwijsElement {
  static override styles = [...RugwijsElement.styles, figureStyles, cardStyles];

  /** A built-in exercise id, or a practice's own exercise object (or its JSON). */
  @property() exercise?: string | Record<string, unknown>;
  @property() sets?: string | number;
  @property() reps?: string | number;
  @property({ attribute: 'hold-seconds' }) holdSeconds?: string | number;
  @property() minutes?: string | number;
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 3;

  @state() private session?: guided.Session;
  @state() private motionPaused = false;
  @state() private announcement = '';

  #resolved: Resolved = { cardProblems: [], doseProblems: [], partProblems: [] };
  #dose: Dose = {};
  #level = 3;
  #timer?: ReturnType<typeof setInterval>;
  #focusAfterUpdate?: string;

  /** The exercise shown, after validation; undefined when none could be shown. */
  get resolvedExercise(): Exercise | undefined {
    return this.#resolved.exercise;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('exercise') || doseAttributes.some(([prop]) => changed.has(prop))) {
      if (changed.has('exercise')) this.#end();
      this.#resolved = this.#resolve();
      this.#dose = this.#resolved.exercise ? this.#effectiveDose(this.#resolved.exercise.dose) : {};
      this.report([...this.#resolved.cardProblems, ...this.#resolved.partProblems, ...this.#resolved.doseProblems]);
    }
    if (changed.has('headingLevel')) {
      const level = parseCount(this.headingLevel, [2, 6]);
      this.#level = level ?? 3;
      if (level === undefined) this.report([{ attribute: 'heading-level', value: this.headingLevel, code: 'bad-value' }]);
    }
  }

  #resolve(): Resolved {
    const empty: Resolved = { cardProblems: [], doseProblems: [], partProblems: [] };
    const value = this.exercise;
    if (value === undefined || value === null) return empty;
    let input: unknown = value;
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed.startsWith('{')) {
        const parsed = parseJson(trimmed);
        if (parsed.error) return { ...empty, cardProblems: [{ attribute: 'exercise', value, code: 'bad-json', details: [parsed.error] }] };
        input = parsed.value;
      } else {
        const builtIn = Object.hasOwn(exercises, trimmed) ? exercises[trimmed] : undefined;
        if (builtIn) return { ...empty, exercise: builtIn };
        return { ...empty, cardProblems: [{ attribute: 'exercise', value, code: 'unknown-exercise', details: [`known ids: ${Object.keys(exercises).join(', ')}`] }] };
      }
    }
    const result = validateExercise(input);
    if (!result.exercise) return { ...empty, cardProblems: [{ attribute: 'exercise', value: input, code: 'bad-exercise', details: result.fatal }] };
    return {
      exercise: result.exercise,
      cardProblems: [],
      doseProblems: result.doseErrors.length ? [{ attribute: 'exercise.dose', value: (input as { dose?: unknown }).dose, code: 'bad-dose', details: result.doseErrors }] : [],
      partProblems: result.otherErrors.length ? [{ attribute: 'exercise', value: input, code: 'incomplete', details: result.otherErrors }] : [],
    };
  }

  /** The exercise's dose with the practice's valid dose attributes laid over it. */
  #effectiveDose(base: Dose): Dose {
    const dose: Dose = { ...base };
    for (const [prop, attribute] of doseAttributes) {
      const raw = this[prop];
      if (raw === undefined || raw === null) continue;
      const n = parseCount(raw, doseLimits[prop]);
      if (n === undefined) {
        this.#resolved.doseProblems.push({ attribute, value: raw, code: 'bad-dose', details: [`must be a whole number from ${doseLimits[prop][0]} to ${doseLimits[prop][1]}`] });
        continue;
      }
      dose[prop] = n;
      // A changed minimum must not leave a range that ends below it.
      if (prop === 'reps' && dose.repsMax !== undefined && dose.repsMax <= n) delete dose.repsMax;
      if (prop === 'holdSeconds' && dose.holdSecondsMax !== undefined && dose.holdSecondsMax <= n) delete dose.holdSecondsMax;
    }
    return dose;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTimer();
    // Coming back later, the patient finds the session paused where it was.
    if (this.session) this.session = guided.pause(this.session);
  }

  protected override updated(): void {
    if (this.#focusAfterUpdate) {
      (this.renderRoot.querySelector(this.#focusAfterUpdate) as HTMLElement | null)?.focus();
      this.#focusAfterUpdate = undefined;
    }
  }

  // ---- guided mode -------------------------------------------------------------------------

  #set(next: guided.Session, focus?: string): void {
    const before = this.session;
    this.session = next;
    if (focus) this.#focusAfterUpdate = focus;
    if (!before || before.index !== next.index || before.status !== next.status) this.announcement = this.#announce(next, before);
    if (next.status === 'done' && before?.status !== 'done') this.#emit('rugwijs-exercise-complete');
    if (guided.hasClock(next)) this.#startTimer();
    else this.#stopTimer();
  }

  #startTimer(): void {
    this.#timer ??= setInterval(() => {
      if (this.session) this.#set(guided.tick(this.session));
    }, 1000);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #end(): void {
    this.#stopTimer();
    this.session = undefined;
    this.announcement = '';
  }

  #emit(type: 'rugwijs-exercise-start' | 'rugwijs-exercise-complete'): void {
    const id = this.#resolved.exercise?.id;
    if (!id) return;
    this.dispatchEvent(new CustomEvent<ExerciseEventDetail>(type, { detail: { id }, bubbles: true, composed: true }));
  }

  /** Starts the guided mode from the first set. */
  start(): void {
    if (!this.#resolved.exercise) return;
    this.#emit('rugwijs-exercise-start');
    this.#set(guided.start(guided.buildPlan(this.#dose)), '.main-action');
  }

  /** Pauses or resumes the guided mode. */
  togglePause(): void {
    if (!this.session) return;
    this.#set(this.session.status === 'paused' ? guided.resume(this.session) : guided.pause(this.session), '.pause');
  }

  /** Stops the guided mode. */
  stop(): void {
    if (!this.session) return;
    this.#set(guided.stop(this.session), '.start');
  }

  #next = () => {
    const next = guided.advance(this.session!);
    this.#set(next, next.status === 'done' ? '.start' : '.main-action');
  };

  #announce(s: guided.Session, before?: guided.Session): string {
    if (s.status === 'done') return msg('Klaar! Goed gedaan.', { id: 'guided.done' });
    if (s.status === 'stopped') return msg('Gestopt.', { id: 'guided.stopped' });
    if (s.status === 'paused') return msg('Pauze.', { id: 'guided.paused' });
    const item = guided.current(s);
    if (!item) return '';
    const resumed = before?.status === 'paused' && before.index === s.index ? msg('We gaan verder.', { id: 'guided.resumed' }) + ' ' : '';
    return resumed + this.#describe(item);
  }

  #describe(item: guided.Item): string {
    switch (item.kind) {
      case 'rest':
        return msg(str`Rust even. Druk op Verder voor ronde ${item.nextSet}.`, { id: 'guided.rest' });
      case 'timed':
        return msg(str`De tijd loopt: ${Math.round(item.seconds / 60)} minuten.`, { id: 'guided.timed' });
      case 'once':
        return msg('Doe de oefening. Druk op Klaar als je klaar bent.', { id: 'guided.once' });
      case 'rep':
      case 'hold': {
        const parts = [];
        if (item.sets > 1) parts.push(msg(str`Ronde ${item.set} van ${item.sets}.`, { id: 'guided.set' }));
        if (item.side) parts.push(item.side === 1 ? msg('Eerste kant.', { id: 'guided.side1' }) : msg('Andere kant.', { id: 'guided.side2' }));
        if (item.reps > 1) parts.push(msg(str`Herhaling ${item.rep} van ${item.reps}.`, { id: 'guided.rep' }));
        if (item.kind === 'hold') parts.push(msg(str`Houd ${item.seconds} seconden vast.`, { id: 'guided.hold' }));
        return parts.join(' ');
      }
    }
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult | typeof nothing {
    const { exercise, cardProblems } = this.#resolved;
    if (!exercise) {
      return cardProblems.length ? html`<div class="card" part="base">${this.renderNotices(cardProblems)}</div>` : nothing;
    }
    const h = headingTags[this.#level]!;
    const sub = headingTags[Math.min(this.#level + 1, 6)]!;
    const t = resolveText;
    return staticHtml`<article class="card" part="base" aria-labelledby="title">
      <${h} class="title" id="title" part="title">${t(exercise.title)}</${h}>
      ${exercise.purpose ? html`<p class="purpose">${t(exercise.purpose)}</p>` : nothing}
      ${this.renderNotices(this.#resolved.partProblems)}
      ${this.#renderPicture(exercise)}
      ${this.#resolved.doseProblems.length
        ? this.renderNotices(this.#resolved.doseProblems)
        : this.#hasDose()
          ? html`<p class="dose" part="dose">${msg('Hoe vaak:', { id: 'card.dose' })} ${doseText(this.#dose)}</p>`
          : nothing}
      ${exercise.startPosition
        ? staticHtml`<section><${sub} class="sub">${msg('Zo begin je', { id: 'card.start-position' })}</${sub}><p>${t(exercise.startPosition)}</p></section>`
        : nothing}
      <section>
        <${sub} class="sub">${msg('Zo doe je het', { id: 'card.steps' })}</${sub}>
        <ol class="steps" part="steps">${exercise.steps.map((s) => html`<li>${t(s)}</li>`)}</ol>
      </section>
      ${exercise.feel || exercise.avoid
        ? staticHtml`<div class="pair">
            ${exercise.feel ? staticHtml`<section><${sub} class="sub">${msg('Wat voel je?', { id: 'card.feel' })}</${sub}><p>${t(exercise.feel)}</p></section>` : nothing}
            ${exercise.avoid ? staticHtml`<section><${sub} class="sub">${msg('Let op', { id: 'card.avoid' })}</${sub}><p>${t(exercise.avoid)}</p></section>` : nothing}
          </div>`
        : nothing}
      ${exercise.easier || exercise.harder
        ? staticHtml`<div class="pair">
            ${exercise.easier ? staticHtml`<section><${sub} class="sub">${msg('Makkelijker', { id: 'card.easier' })}</${sub}><p>${t(exercise.easier)}</p></section>` : nothing}
            ${exercise.harder ? staticHtml`<section><${sub} class="sub">${msg('Moeilijker', { id: 'card.harder' })}</${sub}><p>${t(exercise.harder)}</p></section>` : nothing}
          </div>`
        : nothing}
      <p class="safety" part="safety">${exercise.safety ? html`${t(exercise.safety)} ` : nothing}${generalSafety()}</p>
      ${this.#renderGuided()}
      ${this.renderContact()}
      ${exercise.sources.length
        ? html`<details class="sources"><summary>${msg('Bronnen', { id: 'card.sources' })}</summary>
            <ul>${exercise.sources.map((s) => html`<li>${s.url ? html`<a href=${s.url} rel="noopener noreferrer">${s.title}</a>` : s.title}</li>`)}</ul>
          </details>`
        : nothing}
    </article>`;
  }

  #hasDose(): boolean {
    return Object.keys(this.#dose).length > 0;
  }

  #renderPicture(exercise: Exercise): TemplateResult | typeof nothing {
    if (!exercise.illustration) return nothing;
    const paused = this.motionPaused;
    return html`<div class="picture-area">
      <div class=${`picture${paused ? ' paused' : ''}`} part="picture" role="img" aria-label=${resolveText(exercise.illustration.alt)}>
        ${renderIllustration(exercise.illustration)}
      </div>
      <button class="motion-toggle" aria-pressed=${paused ? 'true' : 'false'} @click=${() => (this.motionPaused = !paused)}>
        ${msg('Beweging stilzetten', { id: 'card.pause-motion' })}
      </button>
    </div>`;
  }

  #renderGuided(): TemplateResult {
    const s = this.session;
    const live = html`<p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</p>`;
    if (!s || s.status === 'stopped' || s.status === 'done') {
      return html`<div class="guided" part="guided">
        ${s?.status === 'done' ? html`<p>${msg('Klaar! Goed gedaan.', { id: 'guided.done' })}</p>` : nothing}
        <div class="actions">
          <button class="primary start" @click=${() => this.start()}>
            ${s?.status === 'done' ? msg('Nog een keer', { id: 'guided.again' }) : msg('Start de oefening', { id: 'guided.start' })}
          </button>
        </div>
        ${live}
      </div>`;
    }
    const item = guided.current(s)!;
    const paused = s.status === 'paused';
    return html`<div class="guided" part="guided">
      <div class="session" role="group" aria-label=${msg('Oefening met begeleiding', { id: 'guided.label' })}>
        ${this.#renderItem(item, s)}
        <div class="actions">
          ${this.#mainAction(item, paused)}
          <button class="pause" @click=${() => this.togglePause()}>
            ${paused ? msg('Doorgaan', { id: 'guided.resume' }) : msg('Pauze', { id: 'guided.pause' })}
          </button>
          <button class="stop" @click=${() => this.stop()}>${msg('Stop', { id: 'guided.stop' })}</button>
        </div>
      </div>
      ${live}
    </div>`;
  }

  #renderItem(item: guided.Item, s: guided.Session): TemplateResult {
    const remaining = html`<p class="clock" role="timer">${guided.clock(s.remaining)}</p>`;
    switch (item.kind) {
      case 'rest':
        return html`<p class="count">${msg('Rust even', { id: 'guided.rest-title' })}</p>
          <p>${msg(str`Straks ronde ${item.nextSet} van ${item.sets}.`, { id: 'guided.next-set' })}</p>`;
      case 'timed':
        return remaining;
      case 'once':
        return html`<p>${msg('Doe de oefening. Druk op Klaar als je klaar bent.', { id: 'guided.once' })}</p>`;
      case 'rep':
      case 'hold':
        return html`<p class="where">${this.#describe({ ...item, kind: 'rep' })}</p>
          ${item.kind === 'hold' ? remaining : html`<p class="count">${item.rep} / ${item.reps}</p>`}`;
    }
  }

  #mainAction(item: guided.Item, paused: boolean): TemplateResult | typeof nothing {
    if (item.kind === 'rep') return html`<button class="primary main-action" ?disabled=${paused} @click=${this.#next}>${msg('Herhaling gedaan', { id: 'guided.rep-done' })}</button>`;
    if (item.kind === 'rest') return html`<button class="primary main-action" ?disabled=${paused} @click=${this.#next}>${msg('Verder', { id: 'guided.continue' })}</button>`;
    if (item.kind === 'once' || item.kind === 'timed') return html`<button class="primary main-action" ?disabled=${paused} @click=${this.#next}>${msg('Klaar', { id: 'guided.finish' })}</button>`;
    return html`<button class="primary main-action" ?disabled=${paused} @click=${this.#next}>${msg('Sla over', { id: 'guided.skip' })}</button>`;
  }
}
