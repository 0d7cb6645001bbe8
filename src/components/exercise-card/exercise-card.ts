import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { RugwijsElement } from '../../base/rugwijs-element.js';
import { heading } from '../../base/heading.js';
import { needTexts } from '../../base/localization.js';
import { onDemand } from '../../base/on-demand.js';
import { figureStyles, renderIllustration, renderLegend } from '../../base/figure.js';
import { cardStyles } from './exercise-card.styles.js';
import { exerciseIds, generalSafety, isExerciseId, loadExercise, loadedExercise, safetyAlarm } from '../../data/exercise-library.js';
import { doseText } from '../../data/dose-text.js';
import { resolveText } from '../../data/text.js';
import { parseCount, parseJson, validateHeading, type HeadingChoice, type Problem } from '../../data/validate.js';
import { doseAttributes, overlayDose } from '../../model/dose.js';
import type { Dose, Exercise } from '../../data/types.js';
import type { GuidedMode as GuidedModeType } from './guided-mode.js';

export interface ExerciseEventDetail {
  /** The exercise id. */
  id: string;
}

/** The guided mode's code, fetched when a patient first points at or focuses a Start button. */
const guidedModule = onDemand(() => Promise.all([import('./guided-mode.js'), needTexts(['guided'])]).then(([m]) => m));

/** The validator of a practice's own exercise: most pages show built-in exercises only. */
const exerciseValidator = onDemand(() => import('../../data/validate-exercise.js').then((m) => m.validateExercise));

/** Same exercise by value: a re-render that passes an equal new object must not end a session. */
const sameExercise = (a?: Exercise, b?: Exercise): boolean => a === b || (!!a && !!b && JSON.stringify(a) === JSON.stringify(b));

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
 * @tagname rugwijs-exercise-card
 * @summary An exercise a patient can read, print and do, step by step.
 *
 * @attr exercise - Id of a built-in exercise (`bird-dog`, `single-leg-bridge`, `plank`, `dead-bug`, `pelvic-tilt`, `morning-mobility`, `walking`, `belly-breathing`, `posture-break`), or the JSON of a practice's own exercise.
 * @attr sets - Changes the number of sets (1 to 10).
 * @attr reps - Changes the repetitions per set (1 to 100).
 * @attr hold-seconds - Changes how long each hold lasts (1 to 600 seconds).
 * @attr minutes - Changes the minutes (1 to 240).
 * @attr tempo - Seconds per repetition (1 to 60): the guided mode then counts on its own; the patient can still tap.
 * @attr heading-level - Level of the title heading, 2 to 6 (default 3).
 * @attr practice-name - The practice's name.
 * @attr contact-href - The practice's booking or contact page.
 * @attr contact-phone - The practice's phone number.
 * @attr region - `NL`, `BE` or `INT`; default follows the language.
 * @attr theme - `light`, `dark` or `auto` (follows the phone). Default: follows the page's `color-scheme`, so a white page keeps light widgets.
 *
 * @fires rugwijs-exercise-start - The patient pressed Start and the guided mode began (not when code calls `start()`). `detail: {id}`.
 * @fires rugwijs-exercise-complete - The patient finished every set. `detail: {id}`.
 *
 * @csspart base - The card.
 * @csspart title - The exercise title.
 * @csspart picture - The moving picture (or the two stills).
 * @csspart dose - The dose in words.
 * @csspart steps - The ordered list of steps.
 * @csspart safety - The safety note.
 * @csspart general-safety - The part of the safety note every exercise shares (a programme shows it once); the whole note when the exercise adds nothing of its own.
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

  static override properties = {
    exercise: {},
    sets: {},
    reps: {},
    holdSeconds: { attribute: 'hold-seconds' },
    minutes: {},
    tempo: {},
    headingLevel: { attribute: 'heading-level' },
    motionPaused: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** A built-in exercise id, or a practice's own exercise object (or its JSON). */
  exercise?: string | Record<string, unknown>;
  sets?: string | number;
  reps?: string | number;
  holdSeconds?: string | number;
  minutes?: string | number;
  tempo?: string | number;
  headingLevel: string | number = 3;

  private motionPaused = false;
  private announcement = '';

  #resolved: Resolved = { cardProblems: [], doseProblems: [], partProblems: [] };
  #dose: Dose = {};
  #tempo?: number;
  #tempoProblems: Problem[] = [];
  #heading: HeadingChoice = { text: '', level: 3, problems: [] };
  #guided?: GuidedModeType;
  #focusAfterUpdate?: string;

  /** The exercise shown, after validation; undefined when none could be shown. */
  get resolvedExercise(): Exercise | undefined {
    return this.#resolved.exercise;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('exercise') || doseAttributes.some(([prop]) => changed.has(prop))) {
      const before = this.#resolved.exercise;
      this.#resolved = this.#resolve();
      if (changed.has('exercise') && !sameExercise(before, this.#resolved.exercise)) this.#end();
      const { dose, problems } = overlayDose(this.#resolved.exercise?.dose ?? {}, this);
      this.#dose = this.#resolved.exercise ? dose : {};
      this.#resolved.doseProblems.push(...problems);
      this.report([...this.#resolved.cardProblems, ...this.#resolved.partProblems, ...this.#resolved.doseProblems]);
    }
    if (changed.has('tempo')) {
      const raw = this.tempo;
      this.#tempo = raw === undefined || raw === null ? undefined : parseCount(raw, [1, 60]);
      this.#tempoProblems = raw != null && this.#tempo === undefined ? [{ attribute: 'tempo', value: raw, code: 'bad-value', details: ['a whole number of seconds from 1 to 60'] }] : [];
      this.report(this.#tempoProblems);
    }
    if (changed.has('headingLevel')) {
      this.#heading = validateHeading(undefined, this.headingLevel, [2, 6], 3);
      this.report(this.#heading.problems);
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
        if (!isExerciseId(trimmed))
          return { ...empty, cardProblems: [{ attribute: 'exercise', value, code: 'unknown-exercise', details: [`known ids: ${exerciseIds.join(', ')}`] }] };
        const builtIn = loadedExercise(trimmed);
        if (builtIn) return { ...empty, exercise: builtIn };
        this.waitFor(loadExercise(trimmed), 'exercise');
        return empty;
      }
    }
    const validator = exerciseValidator.value;
    if (!validator) {
      this.waitFor(exerciseValidator.load(), 'exercise');
      return empty;
    }
    const result = validator(input);
    if (!result.exercise) return { ...empty, cardProblems: [{ attribute: 'exercise', value: input, code: 'bad-exercise', details: result.fatal }] };
    return {
      exercise: result.exercise,
      cardProblems: [],
      doseProblems: result.doseErrors.length ? [{ attribute: 'exercise.dose', value: (input as { dose?: unknown }).dose, code: 'bad-dose', details: result.doseErrors }] : [],
      partProblems: result.otherErrors.length ? [{ attribute: 'exercise', value: input, code: 'incomplete', details: result.otherErrors }] : [],
    };
  }

  protected override updated(): void {
    if (this.#focusAfterUpdate) {
      (this.renderRoot.querySelector(this.#focusAfterUpdate) as HTMLElement | null)?.focus();
      this.#focusAfterUpdate = undefined;
    }
  }

  // ---- guided mode (its code loads on first use) --------------------------------------------

  /** Starts the guided mode from the first set. Resolves when it is on screen. */
  async start(): Promise<void> {
    await this.#begin();
  }

  /** True when a session began. */
  async #begin(): Promise<boolean> {
    const exercise = this.#resolved.exercise;
    if (!exercise) return false;
    const { GuidedMode } = await guidedModule.load();
    if (!sameExercise(this.#resolved.exercise, exercise)) return false; // the exercise changed while loading
    this.#guided?.dispose();
    this.#guided = new GuidedMode(this, this.#dose, this.#tempo);
    await this.updateComplete;
    return true;
  }

  /** The patient pressed Start: the session fills the screen, picture, count and buttons together. */
  #onStart = async (): Promise<void> => {
    if (!(await this.#begin())) return;
    this.renderRoot.querySelector('.card')?.scrollIntoView({ block: 'start' });
    this.#emit('rugwijs-exercise-start');
  };

  /** Pauses or resumes the guided mode. */
  togglePause(): void {
    this.#guided?.togglePause();
  }

  /** Stops the guided mode. */
  stop(): void {
    this.#guided?.stop();
  }

  /** @internal Called by the guided mode. */
  focusAfterUpdate(selector: string): void {
    this.#focusAfterUpdate = selector;
  }

  /** @internal Called by the guided mode: says something in the polite live region. */
  announce(text: string): void {
    this.announcement = text;
  }

  /** @internal Called by the guided mode when the last set is done. */
  guidedDone(): void {
    this.#emit('rugwijs-exercise-complete');
  }

  #end(): void {
    this.#guided?.dispose();
    this.#guided = undefined;
    this.announcement = '';
  }

  #emit(type: 'rugwijs-exercise-start' | 'rugwijs-exercise-complete'): void {
    const id = this.#resolved.exercise?.id;
    if (!id) return;
    this.emit(type, { id });
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult | typeof nothing {
    const { exercise, cardProblems } = this.#resolved;
    if (!exercise) {
      const notices = this.renderNotices(cardProblems);
      return notices === nothing ? nothing : html`<div class="card" part="base">${notices}</div>`;
    }
    const t = resolveText;
    const level = this.#heading.level;
    const sub = Math.min(level + 1, 6);
    // One titled part of the card, left out when the exercise has no text for it.
    const part = (title: string, text: Exercise['feel']) =>
      text ? html`<section>${heading(sub, title, 'sub')}<p>${t(text)}</p></section>` : nothing;
    return html`<article class=${this.#guided?.active ? 'card guiding' : 'card'} part="base" aria-labelledby="title">
      ${heading(level, t(exercise.title), 'title', 'title')}
      ${exercise.purpose ? html`<p class="purpose">${t(exercise.purpose)}</p>` : nothing}
      ${this.renderNotices([...cardProblems, ...this.#heading.problems, ...this.#resolved.partProblems, ...this.#resolved.doseProblems, ...this.#tempoProblems])}
      ${this.#renderPicture(exercise)}
      ${this.#resolved.doseProblems.length
        ? nothing
        : this.#hasDose()
          ? html`<p class="dose" part="dose">${msg('Hoe vaak:', { id: 'card.dose' })} ${doseText(this.#dose)}</p>`
          : nothing}
      ${part(msg('Zo begin je', { id: 'card.start-position' }), exercise.startPosition)}
      <section>
        ${heading(sub, msg('Zo doe je het', { id: 'card.steps' }), 'sub')}
        <ol class="steps" part="steps">${exercise.steps.map((s) => html`<li>${t(s)}</li>`)}</ol>
      </section>
      ${exercise.feel || exercise.avoid
        ? html`<div class="pair">${part(msg('Wat voel je?', { id: 'card.feel' }), exercise.feel)}${part(msg('Let op', { id: 'card.avoid' }), exercise.avoid)}</div>`
        : nothing}
      ${exercise.easier || exercise.harder
        ? html`<div class="pair">${part(msg('Makkelijker', { id: 'card.easier' }), exercise.easier)}${part(msg('Moeilijker', { id: 'card.harder' }), exercise.harder)}</div>`
        : nothing}
      <div class="safety" part=${exercise.safety ? 'safety' : 'safety general-safety'}>
        ${exercise.safety ? html`<p>${t(exercise.safety)}</p>` : nothing}
        <div part="general-safety"><p>${generalSafety()}</p><p class="alarm">${safetyAlarm()}</p></div>
      </div>
      ${this.#renderGuided()}
      ${this.renderContact()}
      ${exercise.sources.length
        ? html`<details class="sources"><summary>${msg('Bronnen', { id: 'card.sources' })}</summary>
            <ul>${exercise.sources.map((s) => html`<li>${s.url ? html`<a href=${s.url} rel="noreferrer">${s.title}</a>` : s.title}</li>`)}</ul>
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
      ${renderLegend(exercise.illustration)}
      <button class="motion-toggle" aria-pressed=${paused ? 'true' : 'false'} @click=${() => (this.motionPaused = !paused)}>
        ${msg('Beweging stilzetten', { id: 'card.pause-motion' })}
      </button>
    </div>`;
  }

  #renderGuided(): TemplateResult {
    const g = this.#guided;
    const live = html`<p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</p>`;
    if (g?.active) return html`<div class="guided" part="guided">${g.render()}${live}</div>`;
    const done = g?.status === 'done';
    return html`<div class="guided" part="guided">
      ${done ? html`<p>${msg('Klaar! Goed gedaan.', { id: 'guided.done' })}</p>` : nothing}
      <div class="actions">
        <button class="primary start" @click=${this.#onStart} @pointerenter=${guidedModule.load} @focus=${guidedModule.load}>
          ${done ? msg('Nog een keer', { id: 'guided.again' }) : msg('Start de oefening', { id: 'guided.start' })}
        </button>
      </div>
      ${live}
    </div>`;
  }
}
