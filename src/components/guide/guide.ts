import { html, noChange, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { RugwijsElement } from '../../base/rugwijs-element.js';
import { heading } from '../../base/heading.js';
import { renderSources } from '../../base/sources-line.js';
import { isTheme } from '../../base/theme.js';
import { isPrinting } from '../../base/print.js';
import { aboutFacts, defaultExercises, guideText, printedAdvice, sectionIds, sections, type Section, type SectionId } from '../../data/guide.js';
import type { Level } from '../../data/warning-signs.js';
import { onDemand } from '../../base/on-demand.js';
import { resolveText } from '../../data/text.js';
import { validateHeading, type HeadingChoice, type Problem } from '../../data/validate.js';
import { parseIdList } from '../../data/validate-explainers.js';
import { guideStyles } from './guide.styles.js';

const byId = new Map(sections.map((s) => [s.id, s]));

/** Sections load when they are within one screen of the viewport, so they are ready when reached. */
const nearScreen = '100% 0px 100% 0px';

/**
 * The warning signs for the printed list, from the checklist's own chunk (fetched when that section
 * comes near the screen or the page is printed, and the checklist needs it then anyway).
 */
export const printedSigns = onDemand(() => import('../warning-signs/define.js').then((m) => m.warningSigns));

/** Marks a guide whose content a server rendered (rugwijs/ssr): the browser keeps it. */
export const prerenderedMark = 'data-rugwijs-prerendered';

/**
 * The whole patient page about low back pain in one tag: what it is, how it goes, why it hurts,
 * what is true, what you can do, exercises and when to call, each with a short text that leads
 * into the next, a table of contents, and the practice's own text.
 *
 * The guide draws into its own light DOM: the widgets in it are ordinary elements in the page, so
 * the script-tag loader sees each tag and loads only that widget's code, and links to `#exercises`
 * reach the section. A section's widget is put in the page only as it comes near the screen; its
 * space is reserved until then with the widget's own reserved height, so nothing moves.
 *
 * @tagname rugwijs-guide
 * @summary A complete page about low back pain, built from the other rugwijs widgets.
 *
 * @attr sections - Which sections, in what order: ids, comma-separated or a JSON array. Default all: `about`, `course`, `bucket`, `myths`, `self-care`, `exercises`, `warning-signs`.
 * @attr exercises - The exercises of the programme in `exercises` (as on `rugwijs-exercise-program`). Default `pelvic-tilt,bird-dog,walking`.
 * @attr heading - The guide's title.
 * @attr heading-level - Level of that heading, 2 or 3 (default 2). Sections get the next level, the widgets' own headings the one after.
 * @attr practice-name - The practice's name; passed to every widget.
 * @attr contact-href - The practice's booking or contact page; shown once, at the end.
 * @attr contact-phone - The practice's phone number; shown once, at the end.
 * @attr out-of-hours-phone - The local out-of-hours GP service, for the warning signs.
 * @attr region - `NL`, `BE` or `INT`; passed to every widget.
 * @attr address - The form of address, passed to every widget.
 * @attr theme - `light`, `dark` or `auto`; passed to every widget.
 *
 * @slot practice - The practice's own text ("Zo werken wij"), shown as a section of its own before the contact details.
 *
 * @cssprop --rugwijs-accent - Accent colour, for the guide and every widget in it.
 * @cssprop --rugwijs-font - Font family (default: the page's).
 * @cssprop --rugwijs-text - Text colour (default: the page's).
 */
export class RugwijsGuide extends RugwijsElement {
  // Light DOM: the rules go into the page (see createRenderRoot), not a shadow root.
  static override styles = [];

  static override properties: PropertyDeclarations = {
    sections: {},
    exercises: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    outOfHoursPhone: { attribute: 'out-of-hours-phone' },
    practiceMarked: { attribute: 'data-rugwijs-practice', type: Boolean },
    near: { state: true, attribute: false },
  };

  /** Section ids, as a comma-separated string, a JSON array or an array. Default all. */
  sections?: unknown;
  /** The programme's exercises, as on `rugwijs-exercise-program`. */
  exercises?: string;
  heading = '';
  headingLevel: string | number = 2;
  outOfHoursPhone = '';
  /** @internal Set by rugwijs/ssr: the server puts the practice's text in its section. */
  practiceMarked = false;

  /** The sections whose widget is in the page. */
  private near: ReadonlySet<SectionId> = new Set();

  #list: readonly Section[] = sections;
  #listProblems: Problem[] = [];
  #heading: HeadingChoice = { text: '', level: 2, problems: [] };
  #practice: Element[] = [];
  #observer?: IntersectionObserver;
  /** The server's markup, kept until a property changes after the page loaded. */
  #prerendered: Element | null = null;

  protected override createRenderRoot(): HTMLElement {
    this.#adoptStyles();
    this.#prerendered = this.hasAttribute(prerenderedMark) ? this.querySelector(':scope > .rw-guide') : null;
    // The practice's text moves into its section (Lit renders the nodes there).
    this.#practice = [...this.querySelectorAll(this.#prerendered ? '.rw-practice [slot="practice"]' : ':scope > [slot="practice"]')];
    // No renderBefore: the template goes after what is there, so the practice's nodes can move.
    return this;
  }

  #adoptStyles(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const sheet = guideStyles.styleSheet;
    if (!sheet || !('adoptedStyleSheets' in root) || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#adoptStyles();
    isPrinting(); // listens before #all does, so the widgets added for print know it
    addEventListener('beforeprint', this.#all);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#all);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Printing shows every section: the handout is the whole page. */
  #all = (): void => {
    this.near = new Set(this.#list.map((s) => s.id));
    // Now, inside beforeprint, so the widgets are in the page when it is laid out for paper.
    if (this.isUpdatePending && this.hasUpdated) this.performUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) {
      const { ids, problems } = parseIdList(this.sections, sectionIds, 'sections', 'unknown-section');
      this.#listProblems = problems;
      this.report(problems);
      this.#list = ids.map((id) => byId.get(id as SectionId)!);
    }
    if (changed.has('heading') || changed.has('headingLevel')) {
      this.#heading = validateHeading(this.heading, this.headingLevel, [2, 3], 2);
      this.report(this.#heading.problems);
    }
    // A change of a property after the page loaded draws the guide anew, without the server's
    // markup. A plain re-render (the texts of the page's language arriving) keeps it.
    if (this.#prerendered && this.hasUpdated && changed.size > 0) {
      this.#prerendered.remove();
      this.#prerendered = null;
      this.near = new Set(this.#list.map((s) => s.id));
    }
  }

  /** A link from elsewhere to `page#exercises` arrives before the guide has drawn its sections. */
  protected override firstUpdated(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && !this.#prerendered) this.querySelector(`section[id="${CSS.escape(id)}"]`)?.scrollIntoView();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#prerendered) return;
    this.#observe();
    for (const slot of this.querySelectorAll<HTMLElement>('.rw-slot:not(.rw-ready)')) {
      const widget = slot.firstElementChild as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
      if (!widget || slot.dataset['waiting']) continue;
      slot.dataset['waiting'] = '1';
      void customElements
        .whenDefined(widget.localName)
        .then(() => widget.updateComplete)
        .then(() => slot.classList.add('rw-ready'));
    }
  }

  /** Watches the sections whose widget is not in the page yet. */
  #observe(): void {
    if (typeof IntersectionObserver === 'undefined') return this.#all();
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        const next = new Set(this.near);
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          next.add((entry.target as HTMLElement).dataset['section'] as SectionId);
          this.#observer?.unobserve(entry.target);
        }
        if (next.size !== this.near.size) this.near = next;
      },
      { rootMargin: nearScreen },
    );
    for (const slot of this.querySelectorAll<HTMLElement>('.rw-slot')) {
      if (!this.near.has(slot.dataset['section'] as SectionId)) this.#observer.observe(slot);
    }
  }

  /** The server renders the light DOM through this (rugwijs/ssr), with every section in place. */
  renderLight(): TemplateResult {
    return this.#page(true);
  }

  protected override render(): TemplateResult | typeof noChange {
    // The server's markup stays as it is: the widgets in it hydrate themselves.
    if (this.#prerendered) return noChange;
    return this.#page(false);
  }

  #page(server: boolean): TemplateResult {
    const level = this.#heading.level;
    const hasPractice = server ? this.practiceMarked : this.#practice.length > 0;
    return html`<article class="rw-guide" aria-labelledby="guide-title">
      <header class="rw-head">
        ${heading(level, this.#heading.text || guideText.title(), 'rw-title', 'guide-title')}
        ${this.renderNotices(this.#listProblems.concat(this.#heading.problems))}
        <p class="rw-intro">${guideText.intro()}</p>
        <nav class="rw-toc" aria-labelledby="guide-toc">
          <p class="rw-toc-title" id="guide-toc">${guideText.toc()}</p>
          <ol>
            ${this.#list.map((s) => html`<li><a href="#${s.id}">${s.title()}</a></li>`)}
            ${hasPractice ? html`<li><a href="#practice">${guideText.practice()}</a></li>` : nothing}
          </ol>
        </nav>
      </header>
      ${this.#list.map((s) => this.#section(s, level + 1, server))}
      ${hasPractice
        ? html`<section id="practice" class="rw-section rw-practice" aria-labelledby="practice-title">
            ${heading(level + 1, guideText.practice(), 'rw-section-title', 'practice-title')}
            ${server ? html`<!--rugwijs-practice-->` : this.#practice}
          </section>`
        : nothing}
      ${this.renderContact()}
    </article>`;
  }

  #section(s: Section, level: number, server: boolean): TemplateResult {
    return html`<section id=${s.id} class="rw-section" aria-labelledby=${`${s.id}-title`}>
      ${heading(level, s.title(), 'rw-section-title', `${s.id}-title`)}
      <p class="rw-bridge">${s.bridge()}</p>
      ${s.tag
        ? html`<div class=${server ? 'rw-slot rw-ready' : 'rw-slot'} data-section=${s.id}>${server || this.near.has(s.id) ? this.#widget(s.id, level + 1) : nothing}</div>
            ${s.id === 'warning-signs' ? this.#printedSigns(level + 1, server) : nothing}`
        : html`<ul class="rw-facts">
            ${aboutFacts.map((f) => html`<li><p>${f.text()}</p>${renderSources(f.sources)}</li>`)}
          </ul>`}
    </section>`;
  }

  /** On paper only: every warning sign by what to do, with whom to call. */
  #printedSigns(level: number, server: boolean): TemplateResult | typeof nothing {
    const warningSigns = printedSigns.value;
    if (!warningSigns) {
      if (!server && this.near.has('warning-signs')) this.waitFor(printedSigns.load());
      return nothing;
    }
    const region = this.effectiveRegion;
    // A sign's level in this region (the NHS treats some as an emergency), and its points, which
    // the questions with "een van deze" refer to.
    const group = (lvl: Level, lead: string, after?: string) =>
      html`<p><strong>${lead}</strong></p>
        <ul>
          ${warningSigns
            .filter((w) => (w.levelIn?.[region] ?? w.level) === lvl)
            .map(
              (w) => html`<li>
                ${resolveText(w.question)}
                ${w.points?.length
                  ? html`${w.pointsMatch === 'all' ? html` ${msg('Ja als alles hieronder klopt:', { id: 'signs.match.all' })}` : nothing}
                      <ul>${w.points.map((p) => html`<li>${resolveText(p)}</li>`)}</ul>`
                  : nothing}
              </li>`,
            )}
        </ul>
        ${after ? html`<p>${after}</p>` : nothing}`;
    return html`<div class="rw-print-only">
      ${heading(level, printedAdvice.title(), 'rw-print-title')}
      ${group('emergency', printedAdvice.emergency())}
      ${group('urgent', printedAdvice.urgent(), printedAdvice.closed(region, this.outOfHoursPhone || undefined))}
      ${group('soon', printedAdvice.soon())}
    </div>`;
  }

  /** A section's widget with the practice's settings; only valid values are passed on. */
  #widget(id: SectionId, level: number): TemplateResult {
    const s = this.settings;
    const name = s.practiceName ?? nothing;
    const href = s.contactHref ?? nothing;
    const phone = s.contactPhone ?? nothing;
    const region = s.region ?? nothing;
    const theme = this.theme && isTheme(this.theme) ? this.theme : nothing;
    const address = this.address || nothing;
    switch (id) {
      case 'course':
        return html`<rugwijs-recovery-course heading-level=${level} practice-name=${name} contact-href=${href} contact-phone=${phone} region=${region} theme=${theme} address=${address}></rugwijs-recovery-course>`;
      case 'bucket':
        return html`<rugwijs-load-bucket heading-level=${level} practice-name=${name} contact-href=${href} contact-phone=${phone} region=${region} theme=${theme} address=${address}></rugwijs-load-bucket>`;
      case 'myths':
        return html`<rugwijs-myths heading-level=${level} practice-name=${name} contact-href=${href} contact-phone=${phone} region=${region} theme=${theme} address=${address}></rugwijs-myths>`;
      case 'self-care':
        return html`<rugwijs-self-care heading-level=${level} practice-name=${name} contact-href=${href} contact-phone=${phone} region=${region} theme=${theme} address=${address}></rugwijs-self-care>`;
      case 'exercises':
        return html`<rugwijs-exercise-program exercises=${this.exercises || defaultExercises} heading-level=${level} practice-name=${name} contact-href=${href} contact-phone=${phone} region=${region} theme=${theme} address=${address}></rugwijs-exercise-program>`;
      default:
        return html`<rugwijs-warning-signs out-of-hours-phone=${this.outOfHoursPhone || nothing} heading-level=${level} practice-name=${name} contact-href=${href} contact-phone=${phone} region=${region} theme=${theme} address=${address}></rugwijs-warning-signs>`;
    }
  }
}
