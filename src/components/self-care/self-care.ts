import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { RugwijsElement } from '../../base/rugwijs-element.js';
import { heading } from '../../base/heading.js';
import { figureStyles, renderIllustration } from '../../base/figure.js';
import { mistakes, situationIds, situations as allSituations, whenToCall, type Situation, type SituationId, type Tip } from '../../data/self-care.js';
import { resolveText } from '../../data/text.js';
import type { Source } from '../../data/types.js';
import { validateHeading, type HeadingChoice, type Problem } from '../../data/validate.js';
import { parseId, parseIdList } from '../../data/validate-explainers.js';
import { renderSources } from '../../base/sources-line.js';
import { explainerStyles } from '../../base/explainer-styles.js';
import { selfCareStyles } from './self-care.styles.js';

/** What `rugwijs-situation-change` carries. */
export interface SituationChangeDetail {
  situation: SituationId;
}

const byId = new Map(allSituations.map((s) => [s.id, s]));

/**
 * What you can do yourself, by situation: the patient picks one and gets a few short tips, with a
 * picture where a posture or a movement is meant, and the mistakes that often bring the pain
 * back. The flare-up also says when to call a doctor instead.
 *
 * @tagname rugwijs-self-care
 * @summary Self-care tips for back pain, by situation, with pictures and common mistakes.
 *
 * @attr situation - The situation open at the start: `flare-up`, `office`, `home`, `sport`, `sleep`, `work` or `stress`. Default the first of `situations`.
 * @attr situations - Which situations, in what order: ids, comma-separated or a JSON array. Default all, in the order above.
 * @attr heading - The explainer's title.
 * @attr heading-level - Level of that heading, 2 to 5 (default 2).
 * @attr practice-name - The practice's name.
 * @attr contact-href - The practice's booking or contact page.
 * @attr contact-phone - The practice's phone number.
 * @attr region - `NL`, `BE` or `INT`: who to talk to at work, who to call at night.
 *
 * @fires rugwijs-situation-change - The patient picked another situation. `detail`: `{situation}`.
 *
 * @csspart base - The explainer.
 * @csspart heading - The heading.
 * @csspart picker - The situation buttons.
 * @csspart panel - The tips of the open situation.
 * @csspart picture - A tip's picture.
 * @csspart mistakes - What often goes wrong.
 * @csspart call - When to call a doctor (flare-up).
 * @csspart notice - A notice about bad input.
 * @csspart contact - The practice's contact details.
 *
 * @cssprop --rugwijs-accent - Accent colour: the chosen situation, the moving body part.
 * @cssprop --rugwijs-surface-alt - Background of the tips.
 * @cssprop --rugwijs-warning-surface - Background of "when to call".
 * @cssprop --rugwijs-pose-duration - Length of one movement in the pictures (default 3.2s).
 * @cssprop --rugwijs-font - Font family.
 */
export class RugwijsSelfCare extends RugwijsElement {
  static override styles = [...RugwijsElement.styles, figureStyles, explainerStyles, selfCareStyles];

  static override properties: PropertyDeclarations = {
    situation: {},
    situations: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    open: { state: true, attribute: false },
    motionPaused: { state: true, attribute: false },
  };

  /** The situation open at the start (or now, when set later). */
  situation = '';
  /** Situation ids, as a comma-separated string, a JSON array or an array. Default all. */
  situations?: unknown;
  heading = '';
  headingLevel: string | number = 2;

  private open: SituationId = situationIds[0]!;
  private motionPaused = false;

  #list: readonly Situation[] = allSituations;
  #listProblems: Problem[] = [];
  #situationProblems: Problem[] = [];
  #heading: HeadingChoice = { text: '', level: 2, problems: [] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    let listChanged = false;
    if (changed.has('situations')) {
      const { ids, problems } = parseIdList(this.situations, situationIds, 'situations', 'unknown-situation');
      this.#listProblems = problems;
      this.report(problems);
      // An equal list (a new but equal array) keeps what the patient opened.
      if (ids.join() !== this.#list.map((s) => s.id).join()) {
        this.#list = ids.map((id) => byId.get(id as SituationId)!);
        listChanged = true;
      }
    }
    if (changed.has('situation') || listChanged) {
      const ids = this.#list.map((s) => s.id);
      const { id, problems } = parseId(this.situation, ids, 'situation', 'unknown-situation');
      this.#situationProblems = problems;
      this.report(problems);
      // A new list that still holds the open situation keeps it open.
      if (changed.has('situation') || !ids.includes(this.open)) this.open = id as SituationId;
    }
    if (changed.has('heading') || changed.has('headingLevel')) {
      this.#heading = validateHeading(this.heading, this.headingLevel, [2, 5], 2);
      this.report(this.#heading.problems);
    }
  }

  #pick(id: SituationId): void {
    if (id === this.open) return;
    this.open = id;
    this.emit('rugwijs-situation-change', { situation: id });
  }

  protected override render(): TemplateResult {
    const level = this.#heading.level;
    const title = this.#heading.text || msg('Wat kun je zelf doen?', { id: 'selfcare.heading' });
    const list = this.#list;
    return html`<section class="self-care" part="base" aria-labelledby="heading">
      ${heading(level, title, 'heading', 'heading')}
      ${this.renderNotices([...this.#listProblems, ...this.#situationProblems, ...this.#heading.problems])}
      ${list.length > 1
        ? html`<div class="picker" part="picker" role="group" aria-labelledby="pick">
            <p id="pick" class="pick">${msg('Kies wat bij jou past:', { id: 'selfcare.pick' })}</p>
            <div class="options">
              ${list.map((s) => html`<button class="situation" data-situation=${s.id} aria-pressed=${s.id === this.open ? 'true' : 'false'} @click=${() => this.#pick(s.id)}>${s.label()}</button>`)}
            </div>
          </div>`
        : nothing}
      ${list.map((s) => this.#renderPanel(s, level + 1))}
      ${this.renderContact()}
    </section>`;
  }

  /** Every panel is rendered: the open one shows on screen, all of them in print. */
  #renderPanel(situation: Situation, level: number): TemplateResult {
    const open = situation.id === this.open;
    return html`<div class=${`panel${open ? ' open' : ''}${this.motionPaused ? ' paused' : ''}`} part="panel" data-situation=${situation.id}>
      ${heading(level, (situation.title ?? situation.label)(), 'panel-title')}
      ${open && situation.tips.some((t) => t.picture)
        ? html`<button class="motion-toggle" aria-pressed=${this.motionPaused ? 'true' : 'false'} @click=${() => (this.motionPaused = !this.motionPaused)}>
            ${msg('Beweging stilzetten', { id: 'selfcare.pause-motion' })}
          </button>`
        : nothing}
      <ul class="tips">${situation.tips.map((tip) => this.#renderTip(tip))}</ul>
      ${situation.whenToCall ? this.#renderCall(level + 1) : nothing}
      <div class="mistakes" part="mistakes">
        ${heading(level + 1, msg('Dit gaat vaak mis', { id: 'selfcare.mistakes' }), 'mistakes-title')}
        <ul>${situation.mistakes.map((id) => html`<li data-mistake=${id}>${mistakes[id].text()}</li>`)}</ul>
      </div>
      ${renderSources(this.#sourcesOf(situation))}
    </div>`;
  }

  /** One line of sources per situation, each source once: short tips stay short to read. */
  #sourcesOf(situation: Situation): Source[] {
    return [...new Set([...situation.tips.flatMap((t) => t.sources), ...situation.mistakes.flatMap((id) => mistakes[id].sources)])];
  }

  #renderTip(tip: Tip): TemplateResult {
    return html`<li class=${`tip${tip.picture ? ' with-picture' : ''}`} data-tip=${tip.id}>
      ${tip.picture
        ? html`<div class="picture" part="picture" role="img" aria-label=${resolveText(tip.picture.alt)}>${renderIllustration(tip.picture)}</div>`
        : nothing}
      <p class="tip-text">${tip.text(this.effectiveRegion)}</p>
    </li>`;
  }

  #renderCall(level: number): TemplateResult {
    const call = whenToCall(this.effectiveRegion);
    return html`<div class="call" part="call">
      ${heading(level, call.title, 'call-title')}
      ${call.lines.map((line) => html`<p>${line}</p>`)}
    </div>`;
  }
}
