import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { RugwijsElement } from '../../base/rugwijs-element.js';
import { heading } from '../../base/heading.js';
import { onDemand } from '../../base/on-demand.js';
import { currentLocale } from '../../base/localization.js';
import { bucketSources, growth, kindLabel, lastDrop, loadKinds, loads as builtInLoads, protectionCycle, reliefs, steps, stepTitle, type Load, type LoadKind, type OwnLoad } from '../../data/bucket.js';
import { bucketText as t } from '../../data/bucket-text.js';
import { resolveText } from '../../data/text.js';
import { parseCount, parseJson, parseList, validateHeading, type HeadingChoice, type Problem } from '../../data/validate.js';
import { bucketState, type BucketState } from '../../model/bucket.js';
import { bucketPicture } from './bucket-picture.js';
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
 * @attr loads - Load ids to start with, comma-separated, e.g. `long-sitting,bad-night`. As a property it also takes a list: load ids and a practice's own loads `{id, label, kind, size}`. Setting an equal value again (a re-render with an inline list) keeps the patient's taps.
 * @attr compact - Only the first two steps (fill and overflow) in one view, for narrow sidebars.
 * @attr heading - The explainer's title.
 * @attr heading-level - Level of that heading, 2 to 5 (default 2).
 * @attr practice-name - The practice's name.
 * @attr contact-href - The practice's booking or contact page.
 * @attr contact-phone - The practice's phone number.
 * @attr region - `NL`, `BE` or `INT`.
 * @attr theme - `light`, `dark` or `auto` (follows the phone). Default: follows the page's `color-scheme`, so a white page keeps light widgets.
 *
 * @fires rugwijs-bucket-change - The patient tapped a load, a relief, the last drop or a week button. Only on such a tap: never when code sets a property or calls `reset()`. `detail`: `{level, capacity, overflowing, loads}`.
 *
 * @csspart base - The explainer.
 * @csspart heading - The heading.
 * @csspart steps - The step indicator.
 * @csspart picture - The bucket with its legend, or the protective cycle with its words.
 * @csspart status - How full the bucket is (a polite live region), shown with the bucket.
 * @csspart legend - What each layer of water is.
 * @csspart sources - Where the explanation comes from.
 * @csspart panel - The text and controls of the current step.
 * @csspart notice - A notice about bad input.
 * @csspart contact - The practice's contact details.
 *
 * @cssprop --rugwijs-accent - Accent colour: buttons, pressed loads, the capacity line.
 * @cssprop --rugwijs-accent-contrast - Text on the accent colour.
 * @cssprop --rugwijs-water - Colour of the spill and the last drop.
 * @cssprop --rugwijs-load-physical - Water of body loads; also `--rugwijs-load-life`, `--rugwijs-load-sleep`, `--rugwijs-load-mind` and `--rugwijs-load-day` (the day's small things).
 * @cssprop --rugwijs-text - Text colour.
 * @cssprop --rugwijs-muted - Secondary text and the old brim.
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
    // An equal new list (a React re-render with an inline prop) is no change: the taps stay.
    loads: { hasChanged: (value: unknown, old: unknown) => JSON.stringify(value) !== JSON.stringify(old) },
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
  /** Load ids to start with (a comma-separated string or JSON list), or a list of ids and a practice's own loads. */
  loads?: string | ReadonlyArray<string | OwnLoad>;
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

  /** The last-drop day: step 2 and the levers of step 4 start from a bucket just below the brim. */
  get #day(): boolean {
    return this.compact ? this.drop : this.#current === 2 || this.#current === 4;
  }

  /** The level, capacity and loads as they are now, in the current step. */
  get state(): BucketState {
    const day = this.#day;
    return bucketState({
      loads: this.#offered,
      active: this.active,
      reliefs,
      activeReliefs: this.#current === 4 ? this.reliefsOn : [],
      weeks: this.#current === 4 ? this.weeks : 0,
      drop: day && this.drop,
      day,
    });
  }

  /** Empties the bucket, undoes the levers and goes back to the first step. Fires no event. */
  reset(): void {
    this.active = [];
    this.reliefsOn = [];
    this.weeks = 0;
    this.drop = false;
    this.step = 1;
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
    // Typed for the developer; read as untrusted (an attribute, or a JavaScript caller).
    let value: unknown = this.loads;
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

  /** Called from the patient's taps only (design rule: events follow user action). */
  #changed(): void {
    const { level, capacity, overflowing, loads } = this.state;
    this.emit('rugwijs-bucket-change', { level, capacity, overflowing, loads });
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
    const step = this.#current;
    const name = steps[step - 1]!;
    return html`<section class="explainer" part="base" aria-labelledby="heading">
      ${heading(level, this.#heading.text || t.heading(), 'heading', 'heading')}
      ${this.renderNotices([...this.#loadProblems, ...this.#optionProblems])}
      ${this.compact
        ? nothing
        : html`<nav class="steps" part="steps" aria-label=${t.steps()}>
            <p>${t.stepOf(step, steps.length)}</p>
            <ol>${steps.map((s, i) => html`<li aria-current=${i + 1 === step ? 'step' : nothing}>${stepTitle(s)}</li>`)}</ol>
          </nav>`}
      ${this.compact ? nothing : heading(level + 1, stepTitle(name), 'step-title', undefined, true)}
      <div class="stage">
        <figure class="picture" part="picture">
          ${name === 'protect' ? this.#renderCycle() : this.#renderBucket(state)}
        </figure>
        <div class="panel" part="panel">
          ${this.compact ? this.#renderCompact(state) : this.#renderStep(name, state)}
        </div>
      </div>
      ${this.compact
        ? nothing
        : html`<div class="nav">
            ${step > 1 ? html`<button class="back" @click=${() => this.#go(step - 1)}>${t.back()}</button>` : nothing}
            ${step < steps.length ? html`<button class="primary next" @click=${() => this.#go(step + 1)}>${t.next()}</button>` : nothing}
          </div>`}
      <details class="sources" part="sources">
        <summary>${t.sources()}</summary>
        <ul>${bucketSources.map((s) => html`<li>${s.url ? html`<a href=${s.url} rel="noreferrer">${s.title}</a>` : s.title}</li>`)}</ul>
      </details>
      ${this.renderContact()}
    </section>`;
  }

  #renderBucket(state: BucketState): TemplateResult {
    // Legend top first, as the layers stand: one line per kind, with the loads of that kind.
    const kinds = [...new Set(state.layers.map((layer) => layer.kind))].reverse();
    const label = (kind: string) =>
      kind === 'day'
        ? t.day()
        : kind === 'drop'
          ? t.pen()
          : `${kindLabel(kind as LoadKind)}: ${state.layers
              .filter((layer) => layer.kind === kind)
              .map((layer) => resolveText(this.#offered.find((load) => load.id === layer.id)!.label))
              .join(', ')}`;
    return html`${bucketPicture({ layers: state.layers, capacity: state.capacity, overflowing: state.overflowing, drop: this.drop && this.#day, room: this.#current === 4 ? 'grow' : this.#day ? 'drop' : 'none' })}
      <figcaption>
        <p class="status" part="status" role="status" aria-live="polite">${state.overflowing ? t.overflowing() : t.percent(state.percent)}</p>
        ${kinds.length
          ? html`<ul class="legend" part="legend">${kinds.map((kind) => html`<li><span class=${`swatch k-${kind}`}></span>${label(kind)}</li>`)}</ul>`
          : nothing}
        ${state.capacity > 100 ? html`<p class="was-note">${t.was()}</p>` : nothing}
      </figcaption>`;
  }

  /** The protective cycle with its words in the picture: four boxes, arrows running round. */
  #renderCycle(): TemplateResult {
    return html`<ol class="cycle">${protectionCycle.map((text) => html`<li>${text()}</li>`)}</ol>`;
  }

  #renderStep(name: (typeof steps)[number], state: BucketState): TemplateResult {
    switch (name) {
      case 'fill':
        return html`${t.fill.map((text) => html`<p>${text()}</p>`)}
          ${this.#renderLoads()}
          <p class=${state.overflowing ? 'note' : ''}>${state.overflowing ? t.alreadyOver() : t.fuller()}</p>`;
      case 'overflow':
        return this.#renderOverflow(state);
      case 'protect':
        return html`${t.protect.map((text) => html`<p>${text()}</p>`)}
          <p>${t.round()}</p>
          <p class="note">${t.breakCycle()}</p>`;
      case 'help':
        return this.#renderHelp();
    }
  }

  #renderCompact(state: BucketState): TemplateResult {
    return html`<p>${t.compact()}</p>
      ${this.#renderLoads()}
      ${!this.drop && state.overflowing ? html`<p class="note">${t.alreadyOver()}</p>` : nothing}
      ${this.#renderOverflow(state)}`;
  }

  #renderLoads(): TemplateResult {
    const offered = this.#offered;
    return html`<div class="loads">
      ${loadKinds.map((kind) => {
        const ofKind = offered.filter((load) => load.kind === kind);
        return ofKind.length
          ? html`<div class="kind" role="group" aria-labelledby=${`kind-${kind}`}>
              <p class="kind-label" id=${`kind-${kind}`}><span class=${`swatch k-${kind}`}></span>${kindLabel(kind)}</p>
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
    // No layer of the day's small things: the loads alone reach the brim, so the step supposes.
    return html`${this.#day ? html`<p>${state.layers.some((layer) => layer.kind === 'day') ? t.topUp() : t.suppose()}</p>` : nothing}
      <p>${t.almostFull()}</p>
      <div class="drop-row">
        ${this.#toggleButton('drop', lastDrop.id, t.penButton(), this.drop, () => {
          this.drop = !this.drop;
          this.#changed();
        })}
      </div>
      ${this.drop && state.overflowing
        ? html`<div class="overflow-note">
            <p>${t.shoot()}</p>
            <p><strong>${t.lastDrop()}</strong></p>
          </div>`
        : html`<p class="hint">${t.tryPen()}</p>`}`;
  }

  #renderHelp(): TemplateResult {
    const weeks = this.weeks;
    return html`<p>${t.helpIntro()}</p>
      <div class="lever" role="group" aria-labelledby="lower">
        <p class="lever-title" id="lower">${t.lower()}</p>
        <p>${t.lowerText()}</p>
        <div class="reliefs">
          ${reliefs.map((r) => this.#toggleButton('relief', r.id, resolveText(r.label), this.reliefsOn.includes(r.id), () => this.#toggle('reliefsOn', r.id)))}
        </div>
        <p>${t.notOvernight()}</p>
      </div>
      <div class="lever" role="group" aria-labelledby="grow">
        <p class="lever-title" id="grow">${t.grow()}</p>
        <p>${t.growText()} ${t.pace()}</p>
        <div class="weeks">
          <p class="week">${t.weeks(weeks, new Intl.PluralRules(currentLocale()).select(weeks))}</p>
          <button class="week-back" aria-disabled=${weeks === 0 ? 'true' : 'false'} @click=${() => this.#grow(-1)}>${t.weekBack()}</button>
          <button class="primary week-on" aria-disabled=${weeks === growth.weeks ? 'true' : 'false'} @click=${() => this.#grow(1)}>${t.weekOn()}</button>
        </div>
      </div>
      <div class="note">
        <p><strong>${t.safe()}</strong></p>
        <p>${t.safeWhy()}</p>
      </div>`;
  }
}
