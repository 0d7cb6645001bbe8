import { html, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { RugwijsElement } from '../../base/rugwijs-element.js';
import { heading } from '../../base/heading.js';
import { course, courseFacts, courseSources, phases, type Phase, type PhaseId } from '../../data/recovery.js';
import { resolveText } from '../../data/text.js';
import { validateHeading, type HeadingChoice, type Problem } from '../../data/validate.js';
import { parseWeek } from '../../data/validate-week.js';
import { chart, painAt, phaseOf, type Plot } from '../../model/recovery.js';
import { renderSources } from '../../base/sources-line.js';
import { explainerStyles } from '../../base/explainer-styles.js';
import { courseStyles } from './recovery-course.styles.js';

/** What `rugwijs-week-change` carries. */
export interface WeekChangeDetail {
  week: number;
  phase: PhaseId;
}

const plot: Plot = { width: 340, height: 230, left: 42, right: 16, top: 34, bottom: 38, maxWeek: 52, maxPain: 100 };
const geometry = chart(course, plot);
const weekTicks = [0, 6, 12, 26, 52];
const painTicks = [0, 50, 100];

/**
 * How new back pain usually goes: the average pain of thousands of people over a year, as a
 * line with the certainty of that average around it, and a table of the same figures. "Hoe lang
 * heb je al pijn?" puts the patient on the line and shows what helps in that phase. It never
 * promises recovery: it speaks of most people.
 *
 * @tagname rugwijs-recovery-course
 * @summary The usual course of new back pain, and what helps in each phase.
 *
 * @attr week - How long the patient has had pain, in weeks: 0 to 52 (default 0, "less than a week").
 * @attr heading - The explainer's title.
 * @attr heading-level - Level of that heading, 2 to 5 (default 2).
 * @attr practice-name - The practice's name.
 * @attr contact-href - The practice's booking or contact page.
 * @attr contact-phone - The practice's phone number.
 * @attr region - `NL`, `BE` or `INT`.
 *
 * @fires rugwijs-week-change - The patient changed the week. `detail`: `{week, phase}`.
 *
 * @csspart base - The explainer.
 * @csspart heading - The heading.
 * @csspart chart - The chart with its caption.
 * @csspart table - The figures of the chart (for screen readers and print).
 * @csspart control - "Hoe lang heb je al pijn?" with its slider and buttons.
 * @csspart phase - What helps in the current phase.
 * @csspart facts - Good to know: a new episode, leg pain.
 * @csspart notice - A notice about bad input.
 * @csspart contact - The practice's contact details.
 *
 * @cssprop --rugwijs-accent - Accent colour: the line, the marker, buttons.
 * @cssprop --rugwijs-band - Colour of the band around the line.
 * @cssprop --rugwijs-muted - Axes and labels.
 * @cssprop --rugwijs-font - Font family.
 */
export class RugwijsRecoveryCourse extends RugwijsElement {
  static override styles = [...RugwijsElement.styles, explainerStyles, courseStyles];

  static override properties: PropertyDeclarations = {
    week: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
  };

  /** Weeks of pain so far, 0 to 52. */
  week: string | number = 0;
  heading = '';
  headingLevel: string | number = 2;

  #week = 0;
  /** The week the patient just chose, so willUpdate knows it needs no check. */
  #chosen?: number;
  #weekProblems: Problem[] = [];
  #heading: HeadingChoice = { text: '', level: 2, problems: [] };

  /** The phase of the current week: `first-days`, `weeks`, `six-weeks` or `long-lasting`. */
  get phase(): PhaseId {
    return phaseOf(this.#week, phases).id;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A week the patient chose is valid; a notice about the page's own bad value stays.
    const chosen = this.#chosen !== undefined && this.week === this.#chosen;
    this.#chosen = undefined;
    if (changed.has('week') && !chosen) {
      const { week, problems } = parseWeek(this.week);
      this.#week = week;
      this.#weekProblems = problems;
      this.report(problems);
    }
    if (changed.has('heading') || changed.has('headingLevel')) {
      this.#heading = validateHeading(this.heading, this.headingLevel, [2, 5], 2);
      this.report(this.#heading.problems);
    }
  }

  /** The buttons stay focusable at the ends (aria-disabled), so focus is never lost. */
  #set(week: number): void {
    const next = Math.min(52, Math.max(0, Math.round(week)));
    if (next === this.#week) return;
    this.#chosen = next;
    this.week = next;
    this.#week = next;
    this.dispatchEvent(
      new CustomEvent<WeekChangeDetail>('rugwijs-week-change', { detail: { week: next, phase: this.phase }, bubbles: true, composed: true }),
    );
  }

  protected override render(): TemplateResult {
    const level = this.#heading.level;
    const title = this.#heading.text || msg('Zo gaat rugpijn meestal', { id: 'course.heading' });
    const current = phaseOf(this.#week, phases);
    return html`<section class="course" part="base" aria-labelledby="heading">
      ${heading(level, title, 'heading', 'heading')}
      ${this.renderNotices([...this.#weekProblems, ...this.#heading.problems])}
      <p>${msg('Bij de meeste mensen wordt nieuwe rugpijn in de eerste zes weken veel minder. Daarna gaat het langzamer.', { id: 'course.intro' })}</p>
      ${this.#renderChart()}
      ${this.#renderControl()}
      <div class="phases" part="phase">
        <p class="phase-now visually-hidden" aria-live="polite">${msg(str`Jouw fase: ${resolveText(current.title)}`, { id: 'course.your-phase' })}</p>
        ${phases.map((p) => this.#renderPhase(p, p === current, level + 1))}
      </div>
      <div class="facts" part="facts">
        ${heading(level + 1, msg('Goed om te weten', { id: 'course.facts' }), 'facts-title')}
        <ul>${courseFacts.map((f) => html`<li><p>${resolveText(f.text)}</p>${renderSources(f.sources)}</li>`)}</ul>
      </div>
      ${this.renderContact()}
    </section>`;
  }

  #weekText(week: number): string {
    if (week === 0) return msg('Minder dan een week', { id: 'course.week-0' });
    if (week === 1) return msg('1 week', { id: 'course.week-1' });
    return msg(str`${week} weken`, { id: 'course.weeks-n' });
  }

  #renderChart(): TemplateResult {
    const { x, y } = geometry;
    const week = this.#week;
    const mx = x(week);
    const my = y(painAt(week, course));
    const left = mx < plot.width / 2;
    return html`<figure class="chart" part="chart">
      <svg viewBox=${`0 0 ${plot.width} ${plot.height}`} aria-hidden="true">
        ${painTicks.map((p) => svg`<line class="grid" x1=${plot.left} x2=${plot.width - plot.right} y1=${y(p)} y2=${y(p)}></line>
          <text class="tick" x=${plot.left - 6} y=${y(p) + 5} text-anchor="end">${p}</text>`)}
        ${weekTicks.map((w) => svg`<text class="tick" x=${x(w)} y=${plot.height - plot.bottom + 18} text-anchor="middle">${w}</text>`)}
        <text class="axis" x="4" y="16">${msg('Pijn', { id: 'course.axis-pain' })}</text>
        <text class="axis" x=${plot.width - plot.right} y=${plot.height - 4} text-anchor="end">${msg('Weken', { id: 'course.axis-weeks' })}</text>
        <path class="band" d=${geometry.band}></path>
        <path class="line" d=${geometry.line}></path>
        ${course.map((p) => svg`<circle class="point" cx=${x(p.week)} cy=${y(p.pain)} r="3"></circle>`)}
        ${this.#renderMarker(mx, my, left)}
      </svg>
      <figcaption>
        <p>${msg('De lijn is de gemiddelde pijn van duizenden mensen met nieuwe rugpijn. 0 is geen pijn, 100 is de ergste pijn.', { id: 'course.caption' })}</p>
        <p class="legend">${msg('Het lichte vlak laat zien hoe zeker het onderzoek is over dat gemiddelde. Bij jou kan het sneller of langzamer gaan.', { id: 'course.band' })}</p>
        ${renderSources(courseSources)}
      </figcaption>
      <table class="figures visually-hidden" part="table">
        <caption>${msg('Gemiddelde pijn na het begin van de rugpijn (0 tot 100)', { id: 'course.table-caption' })}</caption>
        <thead><tr><th scope="col">${msg('Na', { id: 'course.table-week' })}</th><th scope="col">${msg('Gemiddelde pijn', { id: 'course.table-pain' })}</th></tr></thead>
        <tbody>${course.map((p) => html`<tr><td>${p.week === 0 ? msg('Begin', { id: 'course.table-start' }) : this.#weekText(p.week)}</td><td>${p.pain}</td></tr>`)}</tbody>
      </table>
    </figure>`;
  }

  #renderMarker(mx: number, my: number, left: boolean): SVGTemplateResult {
    return svg`<g class="marker">
      <line x1=${mx} x2=${mx} y1=${plot.top - 4} y2=${plot.height - plot.bottom}></line>
      <circle cx=${mx} cy=${my} r="6"></circle>
      <text x=${left ? mx + 8 : mx - 8} y=${plot.top - 8} text-anchor=${left ? 'start' : 'end'}>${msg('Hier ben jij', { id: 'course.you' })}</text>
    </g>`;
  }

  #renderControl(): TemplateResult {
    const week = this.#week;
    const text = this.#weekText(week);
    return html`<div class="control" part="control">
      <label for="week">${msg('Hoe lang heb je al pijn?', { id: 'course.question' })}</label>
      <p class="week-value" aria-hidden="true">${text}</p>
      <input id="week" type="range" min="0" max="52" step="1" .value=${String(week)} aria-valuetext=${text}
        @input=${(e: Event) => this.#set(Number((e.target as HTMLInputElement).value))} />
      <div class="steppers">
        <button class="less" aria-disabled=${week === 0 ? 'true' : 'false'} @click=${() => this.#set(week - 1)}>${msg('Week minder', { id: 'course.less' })}</button>
        <button class="more" aria-disabled=${week === 52 ? 'true' : 'false'} @click=${() => this.#set(week + 1)}>${msg('Week meer', { id: 'course.more' })}</button>
      </div>
    </div>`;
  }

  #renderPhase(phase: Phase, current: boolean, level: number): TemplateResult {
    return html`<div class=${`phase${current ? ' current' : ''}`} data-phase=${phase.id}>
      ${heading(level, resolveText(phase.title), 'phase-title')}
      <ul>${phase.advice.map((a) => html`<li>${resolveText(a)}</li>`)}</ul>
      ${renderSources(phase.sources)}
    </div>`;
  }
}

