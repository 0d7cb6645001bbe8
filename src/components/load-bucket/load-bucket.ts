import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { RugwijsElement } from '../../base/rugwijs-element.js';
import { heading } from '../../base/heading.js';
import { onDemand } from '../../base/on-demand.js';
import { growth, kindLabel, lastDrop, loadKinds, loads as builtInLoads, protectionCycle, reliefs, steps, stepTitle, type Load } from '../../data/bucket.js';
import { resolveText } from '../../data/text.js';
import { parseCount, parseJson, parseList, validateHeading, type HeadingChoice, type Problem } from '../../data/validate.js';
import { bucketState, type BucketState } from '../../model/bucket.js';
import { bucketPicture, cyclePicture } from './bucket-picture.js';
import { bucketStyles } from './load-bucket.styles.js';
import { asText } from '../../base/preview.js';

/** Loaded when a practice passes its own loads; most pages use the built-in ones. */
const loadValidator = onDemand(() => import('../../data/validate-loads.js').then((m) => m.validateLoads));

/** What `rugwijs-bucket-change` carries. */
export type BucketChange = Pick<BucketState, 'level' | 'capacity' | 'overflowing' | 'loads'>;

/**
 * The "bucket that overflows": how many kinds of load fill the same bucket, why the last drop
 * is not damage, how the body protects itself, and the two levers that help. Four steps, or
 * only the first two with `compact`. Every control is a button; nothing needs dragging.
 *
 * @tagname rugwijs-load-bucket
 * @summary An interactive explainer of load and capacity: the bucket that overflows.
 *
 * @attr step - The step to start at: 1 to 4, or `fill`, `overflow`, `protect`, `help`. Default 1.
 * @attr loads - Load ids to start with, comma-separated, e.g. `long-sitting,bad-night`. As a property it also takes a list: load ids and a practice's own loads `{id, label, kind, size}`.
 * @attr compact - Only the first two steps (fill and overflow) in one view, for narrow sidebars.
 * @attr heading - The explainer's title.
 * @attr heading-level - Level of that heading, 2 to 5 (default 2).
 * @attr practice-name - The practice's name.
 * @attr contact-href - The practice's booking or contact page.
 * @attr contact-phone - The practice's phone number.
 * @attr region - `NL`, `BE` or `INT`.
 *
 * @fires rugwijs-bucket-change - A load, relief, the last drop or the weeks of building up changed. `detail`: `{level, capacity, overflowing, loads}`.
 *
 * @csspart base - The explainer.
 * @csspart heading - The heading.
 * @csspart steps - The step indicator.
 * @csspart picture - The bucket or the cycle picture.
 * @csspart status - How full the bucket is (a polite live region).
 * @csspart panel - The text and controls of the current step.
 * @csspart notice - A notice about bad input.
 * @csspart contact - The practice's contact details.
 *
 * @cssprop --rugwijs-accent - Accent colour: buttons, pressed loads, the capacity line.
 * @cssprop --rugwijs-accent-contrast - Text on the accent colour.
 * @cssprop --rugwijs-water - Colour of the water.
 * @cssprop --rugwijs-text - Text colour.
 * @cssprop --rugwijs-muted - Secondary text, the handle and the old capacity line.
 * @cssprop --rugwijs-surface-alt - Background of the explanations.
 * @cssprop --rugwijs-border - Border of loads not tapped.
 * @cssprop --rugwijs-radius - Corner radius.
 * @cssprop --rugwijs-space - Base spacing.
 * @cssprop --rugwijs-font - Font family.
 * @cssprop --rugwijs-font-size - Base font size.
 */
export class RugwijsLoadBucket extends RugwijsElement {
  static override styles = [...RugwijsElement.styles, bucketStyles];

  static override properties: PropertyDeclarations = {
    step: {},
    loads: {},
    compact: { type: Boolean, reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    active: { state: true, attribute: false },
    reliefsOn: { state: true, attribute: false },
    weeks: { state: true, attribute: false },
    drop: { state: true, attribute: false },
  };

  /** The current step, 1 to 4. Setting it (or the attribute) moves to that step. */
  step: string | number = 1;
  /** Load ids to start with (a comma-separated string), or a list of ids and a practice's own loads. */
  loads?: unknown;
  compact = false;
  heading = '';
  headingLevel: string | number = 2;

  private active: string[] = [];
  private reliefsOn: string[] = [];
  private weeks = 0;
  private drop = false;

  #current = 1;
  #offered: readonly Load[] = builtInLoads;
  #loadProblems: Problem[] = [];
  #heading: HeadingChoice = { text: '', level: 2, problems: [] };
  #optionProblems: Problem[] = [];
  /** Moves focus to the new step's title after the step buttons, not on first render. */
  #focusStep = false;

  /** The level, capacity and loads as they are now. */
  get state(): BucketState {
    return bucketState({
      loads: this.#offered,
      active: this.active,
      reliefs,
      activeReliefs: this.reliefsOn,
      weeks: this.weeks,
      drop: this.drop,
    });
  }

  /** Empties the bucket, undoes the levers and goes back to the first step. */
  reset(): void {
    this.active = [];
    this.reliefsOn = [];
    this.weeks = 0;
    this.drop = false;
    this.step = 1;
    this.#changed();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('loads')) this.#readLoads();
    if (changed.has('step') || changed.has('heading') || changed.has('headingLevel') || changed.has('compact')) {
      const problems: Problem[] = [];
      const named = steps.indexOf(asText(this.step).trim() as (typeof steps)[number]) + 1;
      const step = named || parseCount(this.step, [1, steps.length]);
      if (step === undefined) problems.push({ attribute: 'step', value: this.step, code: 'bad-value', details: ['1 to 4, or fill, overflow, protect, help'] });
      // Compact has only the first two steps, shown together.
      this.#current = this.compact ? 1 : (step ?? 1);
      this.#heading = validateHeading(this.heading, this.headingLevel, [2, 5], 2);
      problems.push(...this.#heading.problems);
      this.#optionProblems = problems;
      this.report(problems);
    }
  }

  /** Reads `loads`: a string of ids or JSON, or a list of ids and own loads. */
  #readLoads(): void {
    let value = this.loads;
    const problems: Problem[] = [];
    if (typeof value === 'string' && value.trim().startsWith('[')) {
      const parsed = parseJson(value);
      if (parsed.error) problems.push({ attribute: 'loads', value, code: 'bad-json', details: [parsed.error] });
      value = parsed.value ?? [];
    }
    let list: unknown[];
    if (value === undefined || value === null) list = [];
    else if (typeof value === 'string') list = parseList(value);
    else if (Array.isArray(value)) list = value.slice(0, 50);
    else {
      problems.push({ attribute: 'loads', value, code: 'bad-value', details: ['a comma-separated list of load ids, or a list of loads'] });
      list = [];
    }

    let offered: Load[] = [...builtInLoads];
    if (list.some((item) => typeof item !== 'string')) {
      const validate = loadValidator.value;
      if (!validate) {
        // Own loads need the validator; read them again once it is here.
        this.waitFor(loadValidator.load(), 'loads');
        return;
      }
      const result = validate(list);
      problems.push(...result.problems);
      // An own load with a built-in id replaces that load; the others are added after them.
      const own = new Map(result.loads.map((load) => [load.id, load]));
      offered = offered.map((load) => own.get(load.id) ?? load);
      offered.push(...result.loads.filter((load) => !builtInLoads.some((b) => b.id === load.id)));
    }
    const known = new Set(offered.map((load) => load.id));
    const ids = list.filter((item): item is string => typeof item === 'string');
    for (const id of ids.filter((id) => !known.has(id))) problems.push({ attribute: 'loads', value: id, code: 'unknown-load' });
    this.#offered = offered;
    this.active = [...new Set(ids.filter((id) => known.has(id)))];
    this.#loadProblems = problems;
    this.report(problems);
  }

  #changed(): void {
    const { level, capacity, overflowing, loads } = this.state;
    this.dispatchEvent(
      new CustomEvent<BucketChange>('rugwijs-bucket-change', { detail: { level, capacity, overflowing, loads }, bubbles: true, composed: true }),
    );
  }

  #toggle(list: 'active' | 'reliefsOn', id: string): void {
    const current = this[list];
    this[list] = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
    this.#changed();
  }

  /** The week buttons stay focusable at the ends (aria-disabled), so focus is never lost. */
  #grow(by: number): void {
    const weeks = Math.min(growth.weeks, Math.max(0, this.weeks + by));
    if (weeks === this.weeks) return;
    this.weeks = weeks;
    this.#changed();
  }

  #go(step: number): void {
    this.step = step;
    this.#focusStep = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusStep) {
      this.#focusStep = false;
      this.renderRoot.querySelector<HTMLElement>('.step-title')?.focus();
    }
  }

  protected override render(): TemplateResult {
    const state = this.state;
    const level = this.#heading.level;
    const title = this.#heading.text || msg('Je rug als emmer', { id: 'bucket.heading' });
    const step = this.#current;
    const name = steps[step - 1]!;
    return html`<section class="explainer" part="base" aria-labelledby="heading">
      ${heading(level, title, 'heading', 'heading')}
      ${this.renderNotices([...this.#loadProblems, ...this.#optionProblems])}
      ${this.compact
        ? nothing
        : html`<nav class="steps" part="steps" aria-label=${msg('Stappen', { id: 'bucket.steps' })}>
            <p>${msg(str`Stap ${step} van ${steps.length}`, { id: 'bucket.step-of' })}</p>
            <ol>${steps.map((s, i) => html`<li aria-current=${i + 1 === step ? 'step' : nothing}>${stepTitle(s)}</li>`)}</ol>
          </nav>`}
      <div class="stage">
        <figure class="picture" part="picture">
          ${name === 'protect' ? cyclePicture() : bucketPicture({ ...state, drop: this.drop })}
          <figcaption>
            <p class="status" part="status" role="status" aria-live="polite">${this.#statusText(state)}</p>
            ${name === 'protect'
              ? nothing
              : html`<p class="legend">${msg('De stippellijn is wat je rug nu aankan.', { id: 'bucket.legend' })}</p>
                  ${this.weeks > 0 ? html`<p class="legend">${msg('De streepjes laten zien waar je begon.', { id: 'bucket.legend-was' })}</p>` : nothing}`}
          </figcaption>
        </figure>
        <div class="panel" part="panel">
          ${this.compact ? nothing : heading(level + 1, stepTitle(name), 'step-title', undefined, true)}
          ${this.compact ? this.#renderCompact(state) : this.#renderStep(name, state)}
        </div>
      </div>
      ${this.compact
        ? nothing
        : html`<div class="nav">
            ${step > 1 ? html`<button class="back" @click=${() => this.#go(step - 1)}>${msg('Vorige', { id: 'bucket.back' })}</button>` : nothing}
            ${step < steps.length
              ? html`<button class="primary next" @click=${() => this.#go(step + 1)}>${msg('Volgende', { id: 'bucket.next' })}</button>`
              : nothing}
          </div>`}
      ${this.renderContact()}
    </section>`;
  }

  #statusText(state: BucketState): string {
    return state.overflowing
      ? msg('Je emmer loopt over.', { id: 'bucket.status.overflowing' })
      : msg(str`Je emmer is voor ${state.percent}% vol.`, { id: 'bucket.status.percent' });
  }

  #renderStep(name: (typeof steps)[number], state: BucketState): TemplateResult {
    switch (name) {
      case 'fill':
        return html`<p>${msg('Stel je voor: je rug is een emmer. De emmer is wat je rug nu aankan.', { id: 'bucket.fill.intro' })}</p>
          <p>${msg('Veel dingen vullen dezelfde emmer. Niet alleen zwaar werk. Ook drukte, zorgen en slecht slapen. Tik aan wat bij jou past.', { id: 'bucket.fill.many' })}</p>
          ${this.#renderLoads()}
          <p>${msg('Hoe voller de emmer, hoe minder je rug aankan.', { id: 'bucket.fill.fuller' })}</p>`;
      case 'overflow':
        return html`${this.#renderOverflow(state)}${this.#renderLoads()}`;
      case 'protect':
        return html`<p>${msg('Loopt je emmer over? Dan gaat je lichaam je rug beschermen. Dat gaat in een cirkel:', { id: 'bucket.protect.intro' })}</p>
          <ol class="cycle-steps">${protectionCycle.map((text) => html`<li>${text()}</li>`)}</ol>
          <p>${msg('Daarna begint het weer bij 1. Zo kan de pijn blijven.', { id: 'bucket.protect.again' })}</p>
          <p>${msg('Rustig blijven bewegen doorbreekt de cirkel.', { id: 'bucket.protect.break' })}</p>`;
      case 'help':
        return this.#renderHelp();
    }
  }

  #renderCompact(state: BucketState): TemplateResult {
    return html`<p>${msg('Je rug is als een emmer. Veel dingen vullen die emmer: zwaar werk, maar ook stress en slecht slapen. Tik aan wat bij jou past.', { id: 'bucket.compact.intro' })}</p>
      ${this.#renderLoads()}${this.#renderOverflow(state)}`;
  }

  #renderLoads(): TemplateResult {
    const offered = this.#offered;
    return html`<div class="loads">
      ${loadKinds.map((kind) => {
        const ofKind = offered.filter((load) => load.kind === kind);
        return ofKind.length
          ? html`<div class="kind" role="group" aria-labelledby=${`kind-${kind}`}>
              <p class="kind-label" id=${`kind-${kind}`}>${kindLabel(kind)}</p>
              ${ofKind.map((load) => this.#toggleButton('load', load.id, resolveText(load.label), this.active.includes(load.id), () => this.#toggle('active', load.id)))}
            </div>`
          : nothing;
      })}
    </div>`;
  }

  #toggleButton(kind: string, id: string, label: string, pressed: boolean, onClick: () => void): TemplateResult {
    return html`<button class=${`toggle ${kind}`} data-id=${id} aria-pressed=${pressed ? 'true' : 'false'} @click=${onClick}>${label}</button>`;
  }

  #renderOverflow(state: BucketState): TemplateResult {
    return html`<p>${msg('Is je emmer bijna vol? Dan kan iets kleins hem laten overlopen.', { id: 'bucket.overflow.intro' })}</p>
      <div class="drop-row">
        ${this.#toggleButton('drop', lastDrop.id, msg('Raap een pen op', { id: 'bucket.overflow.pen' }), this.drop, () => {
          this.drop = !this.drop;
          this.#changed();
        })}
      </div>
      ${state.overflowing
        ? html`<div class="overflow-note">
            <p>${msg('Je emmer loopt over. Dan kan een kleine beweging je rug laten schieten. Zoals een pen oprapen.', { id: 'bucket.overflow.shoot' })}</p>
            <p><strong>${msg('Dat is de laatste druppel. Het is geen schade. Je emmer was al vol.', { id: 'bucket.overflow.not-damage' })}</strong></p>
          </div>`
        : html`<p class="hint">${msg('Tik meer dingen aan tot de emmer bijna vol is. Raap dan de pen op.', { id: 'bucket.overflow.hint' })}</p>`}`;
  }

  #renderHelp(): TemplateResult {
    return html`<p>${msg('Twee dingen helpen. Probeer ze uit in de emmer.', { id: 'bucket.help.intro' })}</p>
      <div class="lever" role="group" aria-labelledby="lower">
        <p class="lever-title" id="lower">${msg('1. Laat het water zakken', { id: 'bucket.help.lower' })}</p>
        <p>${msg('Dit haalt water uit je emmer. Zit je lang? Loop dan elke 30 tot 60 minuten even rond.', { id: 'bucket.help.lower-text' })}</p>
        <div class="reliefs">
          ${reliefs.map((r) => this.#toggleButton('relief', r.id, resolveText(r.label), this.reliefsOn.includes(r.id), () => this.#toggle('reliefsOn', r.id)))}
        </div>
        <p>${msg('Een volle emmer is niet in één nacht leeg. Geef het de tijd.', { id: 'bucket.help.not-overnight' })}</p>
      </div>
      <div class="lever" role="group" aria-labelledby="grow">
        <p class="lever-title" id="grow">${msg('2. Maak je emmer groter', { id: 'bucket.help.grow' })}</p>
        <p>${msg('Doe elke week een beetje meer. Zo kan je rug steeds meer aan. Straks meer dan voor de pijn.', { id: 'bucket.help.grow-text' })}</p>
        <div class="weeks">
          <button class="week-back" aria-disabled=${this.weeks === 0 ? 'true' : 'false'} @click=${() => this.#grow(-1)}>${msg('Week terug', { id: 'bucket.help.week-back' })}</button>
          <span class="week">${msg(str`Week ${this.weeks} van ${growth.weeks}`, { id: 'bucket.help.week' })}</span>
          <button class="primary week-on" aria-disabled=${this.weeks === growth.weeks ? 'true' : 'false'} @click=${() => this.#grow(1)}>${msg('Week verder', { id: 'bucket.help.week-on' })}</button>
        </div>
      </div>
      <div class="safe">
        <p><strong>${msg('Bewegen is veilig en helpt.', { id: 'bucket.help.safe' })}</strong></p>
        <p>${msg('Zo merken je hersenen dat er geen schade is. Dan kunnen je spieren loslaten.', { id: 'bucket.help.safe-why' })}</p>
      </div>`;
  }
}
