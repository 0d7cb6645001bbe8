import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { RugwijsElement } from '../../base/rugwijs-element.js';
import { heading } from '../../base/heading.js';
import { statementIds, statements as allStatements, type Statement } from '../../data/myths.js';
import { resolveText } from '../../data/text.js';
import { validateHeading, type HeadingChoice, type Problem } from '../../data/validate.js';
import { parseIdList } from '../../data/validate-explainers.js';
import { firstOpen, isRight, mythScore, type MythAnswers, type MythScore } from '../../model/myths.js';
import { renderSources } from '../../base/sources-line.js';
import { explainerStyles } from '../../base/explainer-styles.js';
import { mythStyles } from './myths.styles.js';

/** What `rugwijs-myth-answer` carries. */
export interface MythAnswerDetail {
  id: string;
  /** What the patient said: `true` for "Waar", `false` for "Niet waar". */
  answer: boolean;
  correct: boolean;
}

const byId = new Map(allStatements.map((s) => [s.id, s]));

/**
 * "Waar of niet waar?": common beliefs about back pain, one at a time. The patient answers, then
 * reads what is true and where that comes from. It never scolds; at the end it shows how many the
 * patient knew and all statements on one list, and the patient can go through them again.
 *
 * @tagname rugwijs-myths
 * @summary A quiz of myths and facts about back pain: true or not true?
 *
 * @attr statements - Which statements, in what order: ids, comma-separated or a JSON array. Default all: `rest-is-best`, `scan-needed`, `bending-lifting-dangerous`, `pain-means-damage`, `all-at-once`, `wear-and-tear`, `posture-perfect`, `cardio-only`, `movement-helps`, `stress-matters`, `recurrence-common`.
 * @attr heading - The quiz's title.
 * @attr heading-level - Level of that heading, 2 to 5 (default 2).
 * @attr practice-name - The practice's name.
 * @attr contact-href - The practice's booking or contact page.
 * @attr contact-phone - The practice's phone number.
 * @attr region - `NL`, `BE` or `INT`.
 *
 * @fires rugwijs-myth-answer - The patient answered a statement. `detail`: `{id, answer, correct}`.
 *
 * @csspart base - The quiz.
 * @csspart heading - The heading.
 * @csspart card - The current statement with its answer buttons or what is true.
 * @csspart result - What is true, after an answer.
 * @csspart score - The score at the end.
 * @csspart review - All statements with what is true (at the end and in print).
 * @csspart notice - A notice about bad input.
 * @csspart contact - The practice's contact details.
 *
 * @cssprop --rugwijs-accent - Accent colour: buttons, a right answer.
 * @cssprop --rugwijs-surface-alt - Background of the statement.
 * @cssprop --rugwijs-font - Font family.
 */
export class RugwijsMyths extends RugwijsElement {
  static override styles = [...RugwijsElement.styles, explainerStyles, mythStyles];

  static override properties: PropertyDeclarations = {
    statements: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    answersState: { state: true, attribute: false },
    index: { state: true, attribute: false },
  };

  /** Statement ids, as a comma-separated string, a JSON array or an array. Default all. */
  statements?: unknown;
  heading = '';
  headingLevel: string | number = 2;

  private answersState: Record<string, boolean> = {};
  /** The statement on screen; `quiz.length` is the end. */
  private index = 0;

  #quiz: readonly Statement[] = allStatements;
  #listProblems: Problem[] = [];
  #heading: HeadingChoice = { text: '', level: 2, problems: [] };
  /** Where focus goes after the next render, after a patient's action only. */
  #focus = '';

  /** What the patient said: statement id → `true` ("Waar") or `false` ("Niet waar"). */
  get answers(): MythAnswers {
    return { ...this.answersState };
  }

  /** Replaces the answers and goes on at the first statement without one; fires no event. */
  set answers(value: MythAnswers) {
    const next: Record<string, boolean> = {};
    const bad: string[] = [];
    const entries = value && typeof value === 'object' ? Object.entries(value) : [];
    for (const [id, answer] of entries) {
      if (byId.has(id) && typeof answer === 'boolean') next[id] = answer;
      else bad.push(id);
    }
    if (bad.length) this.report([{ attribute: 'answers', value: bad.join(', '), code: 'bad-value', details: ['statement ids with true or false'] }]);
    const same = Object.keys(next).length === Object.keys(this.answersState).length && Object.entries(next).every(([id, a]) => this.answersState[id] === a);
    if (same) return; // an equal value keeps where the patient is
    this.answersState = next;
    this.index = firstOpen(this.#quiz, next);
  }

  /** `{right, answered, total}` over the statements in the quiz. */
  get score(): MythScore {
    return mythScore(this.#quiz, this.answersState);
  }

  /** Clears every answer and goes back to the first statement; fires no event. */
  reset(): void {
    this.answersState = {};
    this.index = 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('statements')) {
      const { ids, problems } = parseIdList(this.statements, statementIds, 'statements', 'unknown-statement');
      this.#listProblems = problems;
      this.report(problems);
      // The same list again (a new but equal array) keeps where the patient is.
      if (ids.join() !== this.#quiz.map((s) => s.id).join()) {
        this.#quiz = ids.map((id) => byId.get(id)!);
        this.index = firstOpen(this.#quiz, this.answersState);
      }
    }
    if (changed.has('heading') || changed.has('headingLevel')) {
      this.#heading = validateHeading(this.heading, this.headingLevel, [2, 5], 2);
      this.report(this.#heading.problems);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focus) {
      this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
      this.#focus = '';
    }
  }

  #answer(statement: Statement, answer: boolean): void {
    this.answersState = { ...this.answersState, [statement.id]: answer };
    this.#focus = '.result';
    this.dispatchEvent(
      new CustomEvent<MythAnswerDetail>('rugwijs-myth-answer', {
        detail: { id: statement.id, answer, correct: answer === statement.true },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #next(): void {
    this.index = firstOpen(this.#quiz, this.answersState);
    this.#focus = this.index < this.#quiz.length ? '.statement' : '.score';
  }

  #again(): void {
    this.reset();
    this.#focus = '.statement';
  }

  protected override render(): TemplateResult {
    const level = this.#heading.level;
    const title = this.#heading.text || msg('Waar of niet waar?', { id: 'myths.heading' });
    const quiz = this.#quiz;
    const current = quiz[this.index];
    return html`<section class="myths" part="base" aria-labelledby="heading">
      ${heading(level, title, 'heading', 'heading')}
      ${this.renderNotices([...this.#listProblems, ...this.#heading.problems])}
      ${current ? this.#renderCard(current) : this.#renderEnd()}
      ${this.#renderReview(level + 1)}
      ${this.renderContact()}
    </section>`;
  }

  #renderCard(statement: Statement): TemplateResult {
    const answer = this.answersState[statement.id];
    const total = this.#quiz.length;
    return html`<div class="card" part="card">
      <p class="progress">${msg(str`Stelling ${this.index + 1} van ${total}`, { id: 'myths.progress' })}</p>
      <p class="statement" tabindex="-1">${resolveText(statement.statement)}</p>
      ${answer === undefined
        ? html`<p class="ask" id="ask">${msg('Wat denk jij?', { id: 'myths.ask' })}</p>
            <div class="choices" role="group" aria-labelledby="ask">
              <button class="answer" data-answer="true" @click=${() => this.#answer(statement, true)}>${msg('Waar', { id: 'myths.true' })}</button>
              <button class="answer" data-answer="false" @click=${() => this.#answer(statement, false)}>${msg('Niet waar', { id: 'myths.false' })}</button>
            </div>`
        : html`<div class=${`result ${answer === statement.true ? 'right' : 'other'}`} part="result" tabindex="-1">
              <p class="you-said">${answer ? msg('Jij zei: waar.', { id: 'myths.you-said-true' }) : msg('Jij zei: niet waar.', { id: 'myths.you-said-false' })}</p>
              <p class="verdict">${this.#verdict(statement, answer)}</p>
              <p class="fact">${resolveText(statement.fact)}</p>
              ${renderSources(statement.sources)}
            </div>
            <button class="primary next" @click=${() => this.#next()}>
              ${firstOpen(this.#quiz, this.answersState) < total
                ? msg('Volgende stelling', { id: 'myths.next' })
                : msg('Bekijk hoeveel je wist', { id: 'myths.to-score' })}
            </button>`}
    </div>`;
  }

  /** A kind verdict: the right answer is praised, another answer is never called wrong. */
  #verdict(statement: Statement, answer: boolean): TemplateResult {
    const truth = statement.true ? msg('Dit is waar.', { id: 'myths.is-true' }) : msg('Dit is niet waar.', { id: 'myths.is-not-true' });
    const lead = isRight(statement.true, answer)
      ? msg('Goed gezien!', { id: 'myths.right' })
      : statement.true
        ? msg('Veel mensen twijfelen hierover.', { id: 'myths.other-true' })
        : msg('Dat denken veel mensen.', { id: 'myths.other-myth' });
    return html`<strong>${lead}</strong> ${truth}`;
  }

  #renderEnd(): TemplateResult {
    const { right, total } = this.score;
    return html`<div class="end" part="score">
      <p class="score" tabindex="-1">${msg(str`Je wist er ${right} van de ${total}.`, { id: 'myths.score' })}</p>
      <p>${right === total
        ? msg('Knap! Je weet hoe het zit met je rug.', { id: 'myths.all-right' })
        : msg('Wist je niet alles? Geen probleem. Nu weet je het wel.', { id: 'myths.not-all' })}</p>
      <button class="primary again" @click=${() => this.#again()}>${msg('Nog een keer', { id: 'myths.again' })}</button>
    </div>`;
  }

  /** Every statement with what is true: on screen at the end, and always in print. */
  #renderReview(level: number): TemplateResult {
    const atEnd = this.index >= this.#quiz.length;
    return html`<section class=${`review${atEnd ? ' shown' : ''}`} part="review" aria-labelledby="review-title">
      ${heading(level, msg('Alle stellingen op een rij', { id: 'myths.review' }), 'review-title', 'review-title')}
      <ol>
        ${this.#quiz.map(
          (s) => html`<li>
            <p class="statement-text">${resolveText(s.statement)}</p>
            <p><strong>${s.true ? msg('Dit is waar.', { id: 'myths.is-true' }) : msg('Dit is niet waar.', { id: 'myths.is-not-true' })}</strong>
              ${resolveText(s.fact)}</p>
            ${renderSources(s.sources)}
          </li>`,
        )}
      </ol>
    </section>`;
  }
}


