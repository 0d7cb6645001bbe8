import { isPrinting } from '../../base/print.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { RugwijsElement } from '../../base/rugwijs-element.js';
import { heading } from '../../base/heading.js';
import { localDate } from '../../base/local-date.js';
import { onDemand } from '../../base/on-demand.js';
import { exerciseIds, generalSafety, isExerciseId, loadExercise, loadedExercise, safetyAlarm } from '../../data/exercise-library.js';
import { doseText } from '../../data/dose-text.js';
import { resolveText } from '../../data/text.js';
import type { Dose, Text } from '../../data/types.js';
import { parseJson, parseList, validateHeading, type HeadingChoice, type Problem } from '../../data/validate.js';
import { programStyles } from './exercise-program.styles.js';
import { asText } from '../../base/preview.js';

/**
 * The card's code (steps, picture, guided mode), fetched when a patient first points at, focuses
 * or opens an exercise: the overview needs only the titles and doses.
 */
const cardModule = onDemand(() => import('../exercise-card/define.js'));

/** Reading and writing the ticks: only with `remember`, which most pages leave off. */
const dayStore = onDemand(() => import('../../base/day-store.js'));

export interface ProgramProgressDetail {
  /** Keys (exercise ids) ticked as done today. */
  done: string[];
  /** Number of exercises in the programme. */
  total: number;
  /** Today, as YYYY-MM-DD in the patient's time zone. */
  date: string;
}

type Entry = { key: string; input: string | Record<string, unknown>; title: Text; dose?: () => Dose | undefined } | { problem: Problem };

const DEFAULT_KEY = 'rugwijs-program';

/**
 * A home programme: an overview of the exercises, each with its dose and a "done today" tick,
 * one exercise open at a time, the safety note once, and progress. Nothing is stored unless the
 * practice adds `remember`.
 *
 * @tagname rugwijs-exercise-program
 * @summary A home exercise programme with daily ticks.
 *
 * @attr exercises - Comma-separated exercise ids (`bird-dog,single-leg-bridge,walking`), or a JSON list of ids and exercise objects.
 * @attr heading - The programme's title (default "Je oefeningen voor thuis").
 * @attr heading-level - Level of that heading, 2 to 5 (default 2); the cards get the next level.
 * @attr remember - Keep today's ticks in localStorage on this device. Off by default: without it nothing is written.
 * @attr storage-key - The localStorage key used with `remember` (default `rugwijs-program`).
 * @attr practice-name - The practice's name.
 * @attr contact-href - The practice's booking or contact page.
 * @attr contact-phone - The practice's phone number.
 * @attr region - `NL`, `BE` or `INT`; default follows the language.
 * @attr theme - `light`, `dark` or `auto` (follows the phone). Default: follows the page's `color-scheme`, so a white page keeps light widgets.
 *
 * @fires rugwijs-program-progress - A tick changed. `detail: {done, total, date}`.
 *
 * @csspart base - The programme.
 * @csspart heading - The heading.
 * @csspart progress - The progress text and bar.
 * @csspart item - One exercise in the overview, with its tick.
 * @csspart safety - The safety note, shown once for all exercises.
 * @csspart notice - A notice about bad input.
 * @csspart contact - The practice's contact details.
 *
 * @cssprop --rugwijs-accent - Accent colour: the ticks, the progress bar and the cards' accents.
 * @cssprop --rugwijs-accent-contrast - Text on the accent colour.
 * @cssprop --rugwijs-text - Text colour.
 * @cssprop --rugwijs-surface-alt - Background of the progress bar.
 * @cssprop --rugwijs-border - Border colour.
 * @cssprop --rugwijs-radius - Corner radius.
 * @cssprop --rugwijs-space - Base spacing.
 * @cssprop --rugwijs-font - Font family.
 */
export class RugwijsExerciseProgram extends RugwijsElement {
  static override styles = [...RugwijsElement.styles, programStyles];

  static override properties = {
    exercises: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    remember: { type: Boolean },
    storageKey: { attribute: 'storage-key' },
    doneKeys: { state: true, attribute: false },
    openKey: { state: true, attribute: false },
    printing: { state: true, attribute: false },
  };

  /** Exercise ids, comma-separated or as a list; list items may also be a practice's own exercise objects. */
  exercises?: string | Array<string | Record<string, unknown>>;
  heading = '';
  headingLevel: string | number = 2;
  remember = false;
  storageKey = DEFAULT_KEY;

  private doneKeys: string[] = [];
  /** The one exercise open below the overview, if any. */
  private openKey = '';
  /** While printing, every exercise's card is on the page: the handout shows them all. */
  private printing = false;
  #print = (e: Event) => {
    this.printing = e.type === 'beforeprint';
    if (this.printing) void cardModule.load();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Put in the page while printing (by the guide): every card at once.
    if (isPrinting()) this.#print(new Event('beforeprint'));
    addEventListener('beforeprint', this.#print);
    addEventListener('afterprint', this.#print);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#print);
    removeEventListener('afterprint', this.#print);
  }

  #entries: Entry[] = [];
  #listProblems: Problem[] = [];
  #heading: HeadingChoice = { text: '', level: 2, problems: [] };
  #keyProblems: Problem[] = [];
  #key = DEFAULT_KEY;
  #storageWarned = false;
  #cards = new Map<string, HTMLElement>();

  /** Keys ticked as done today, in programme order. */
  get done(): string[] {
    const keys = this.#keys();
    return keys.filter((k) => this.doneKeys.includes(k));
  }

  #keys(): string[] {
    return this.#entries.flatMap((e) => ('key' in e ? [e.key] : []));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('exercises')) {
      const { entries, problems } = this.#resolve();
      this.#entries = entries;
      this.#listProblems = problems;
      this.report([...problems, ...entries.flatMap((e) => ('problem' in e ? [e.problem] : []))]);
    }
    if (changed.has('heading') || changed.has('headingLevel')) {
      this.#heading = validateHeading(this.heading, this.headingLevel, [2, 5], 2);
      this.report(this.#heading.problems);
    }
    if (changed.has('storageKey')) {
      const valid = /^[\w.:-]{1,100}$/.test(asText(this.storageKey));
      this.#key = valid ? asText(this.storageKey) : DEFAULT_KEY;
      this.#keyProblems = valid ? [] : [{ attribute: 'storage-key', value: this.storageKey, code: 'bad-value', details: ['letters, digits, _ . : -'] }];
      this.report(this.#keyProblems);
    }
    if ((changed.has('remember') || changed.has('storageKey')) && this.remember) {
      const store = dayStore.value;
      if (store) this.doneKeys = store.readDay(this.#key, localDate());
      else this.waitFor(dayStore.load(), 'remember');
    }
  }

  #resolve(): { entries: Entry[]; problems: Problem[] } {
    const value = this.exercises;
    if (value === undefined || value === null) return { entries: [], problems: [] };
    let list: unknown = value;
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed.startsWith('[')) {
        const parsed = parseJson(trimmed);
        if (parsed.error) return { entries: [], problems: [{ attribute: 'exercises', value, code: 'bad-json', details: [parsed.error] }] };
        list = parsed.value;
      } else {
        list = parseList(trimmed);
      }
    }
    if (!Array.isArray(list)) return { entries: [], problems: [{ attribute: 'exercises', value, code: 'bad-value', details: ['must be a list'] }] };
    if (list.length === 0) return { entries: [], problems: [{ attribute: 'exercises', value, code: 'empty-list' }] };
    const seen = new Set<string>();
    const unique = (id: string) => {
      let key = id;
      for (let n = 2; seen.has(key); n++) key = `${id}-${n}`;
      seen.add(key);
      return key;
    };
    const entries = list.slice(0, 50).map((item, i): Entry => {
      if (typeof item === 'string') {
        if (!isExerciseId(item)) return { problem: { attribute: 'exercises', value: item, code: 'unknown-exercise', details: [`known ids: ${exerciseIds.join(', ')}`] } };
        // The title names the tick box; it arrives with the exercise's module.
        if (!loadedExercise(item)) this.waitFor(loadExercise(item), 'exercises');
        return { key: unique(item), input: item, title: () => resolveText(loadedExercise(item)?.title ?? item), dose: () => loadedExercise(item)?.dose };
      }
      if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
        const record = item as Record<string, unknown>;
        const id = typeof record.id === 'string' && record.id ? record.id.slice(0, 60) : `exercise-${i + 1}`;
        const title = typeof record.title === 'string' ? record.title.slice(0, 200) : id;
        return { key: unique(id), input: record, title };
      }
      return { problem: { attribute: 'exercises', value: item, code: 'bad-value', details: [`item ${i + 1} must be an id or an exercise object`] } };
    });
    return { entries, problems: [] };
  }

  #setDone(key: string, done: boolean): void {
    const set = new Set(this.doneKeys);
    if (done) set.add(key);
    else set.delete(key);
    this.doneKeys = [...set];
    const date = localDate();
    const record = { date, done: this.doneKeys };
    const storageKey = this.#key;
    if (this.remember) {
      void dayStore.load().then(({ writeDay }) => {
        if (writeDay(storageKey, record) || this.#storageWarned) return;
        this.#storageWarned = true;
        console.warn(`${this.localName}: remember is on, but this browser refused to store the ticks under "${storageKey}"; they are kept until the page closes.`);
      });
    }
    this.dispatchEvent(
      new CustomEvent<ProgramProgressDetail>('rugwijs-program-progress', {
        detail: { done: this.done, total: this.#keys().length, date },
        bubbles: true,
        composed: true,
      }),
    );
  }

  protected override render(): TemplateResult {
    const keys = this.#keys();
    const doneCount = this.done.length;
    const title = this.#heading.text || msg('Je oefeningen voor thuis', { id: 'program.heading' });
    return html`<section class="program" part="base" aria-labelledby="heading">
      ${heading(this.#heading.level, title, 'heading', 'heading')}
      ${this.renderNotices([...this.#heading.problems, ...this.#keyProblems, ...this.#listProblems, ...this.#entries.flatMap((e) => ('problem' in e ? [e.problem] : []))])}
      ${keys.length
        ? html`<div class="progress" part="progress">
            <p role="status">${msg(str`${doneCount} van ${keys.length} gedaan`, { id: 'program.progress' })}</p>
            <div class="bar" aria-hidden="true">${keys.map((_, i) => html`<span class=${i < doneCount ? 'fill' : ''}></span>`)}</div>
          </div>`
        : nothing}
      ${this.#ready()
        ? html`<ol class="list">
              ${this.#entries.map((entry, i) => ('problem' in entry ? nothing : this.#renderEntry(entry, `panel-${i}`)))}
            </ol>
            <div class="safety" part="safety"><p>${generalSafety()}</p><p class="alarm">${safetyAlarm()}</p></div>
            ${this.renderContact()}`
        : nothing}
    </section>`;
  }

  /**
   * The list shows once every built-in exercise in it has arrived, all at once: cards that fill
   * in one by one would push what is below them down the screen.
   */
  #ready(): boolean {
    return this.#entries.every((e) => 'problem' in e || typeof e.input !== 'string' || loadedExercise(e.input) !== undefined);
  }

  /**
   * An exercise's card, made once. A closed exercise's card is taken off the page, not thrown away:
   * its guided session pauses there (a hidden clock must not count on), and opening it again
   * brings it back where it was.
   */
  #card({ key, input }: Extract<Entry, { key: string }>): HTMLElement {
    let card = this.#cards.get(key);
    if (!card) this.#cards.set(key, (card = document.createElement('rugwijs-exercise-card')));
    Object.assign(card, { exercise: input });
    card.setAttribute('heading-level', String(this.#heading.level + 1));
    card.setAttribute('region', this.settings.region ?? '');
    return card;
  }

  #renderEntry(entry: Extract<Entry, { key: string }>, panel: string): TemplateResult {
    const { key } = entry;
    const checked = this.doneKeys.includes(key);
    const open = this.openKey === key;
    const title = resolveText(entry.title);
    const dose = entry.dose?.();
    // The disclosure button sits in a heading, so the overview reads as a list of titled exercises.
    return html`<li class=${checked ? 'item done' : 'item'} part="item" @rugwijs-exercise-complete=${() => this.#setDone(key, true)}>
      ${heading(
        this.#heading.level + 1,
        html`<button class="open" aria-expanded=${open ? 'true' : 'false'} aria-controls=${panel} @pointerenter=${cardModule.load} @focus=${cardModule.load}
          @click=${() => {
            this.openKey = open ? '' : key;
            void cardModule.load();
          }}>
          <span class="name">${title}</span>${dose ? html` <span class="dose">${doseText(dose)}</span>` : nothing}
        </button>`,
        'row',
      )}
      <label class="tick">
        <input type="checkbox" .checked=${checked} @change=${(e: Event) => this.#setDone(key, (e.target as HTMLInputElement).checked)} />
        <span>${msg('Vandaag gedaan', { id: 'program.done-today' })}<span class="visually-hidden">: ${title}</span></span>
      </label>
      <div class=${dose ? 'panel dosed' : 'panel'} id=${panel} ?hidden=${!open}>
        ${open || this.printing ? this.#card(entry) : nothing}
      </div>
    </li>`;
  }
}
