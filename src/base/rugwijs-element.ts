import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { connectLocalization, currentLocale, regionOfLocale, type Region } from './localization.js';
import { hostStyles } from './tokens.js';
import { VERSION } from './version.js';
import { preview } from './preview.js';
import { onDemand } from './on-demand.js';
import { validateSettings, type PracticeSettings, type Problem } from '../data/validate.js';

const versionWarnings = Symbol.for('rugwijs.version-warnings');

/** The notice texts: most pages have no bad input and never load them. */
const problemTexts = onDemand(() => import('./problems.js').then((m) => m.problemText));

type WarnedVersions = Set<string>;

/**
 * What every rugwijs element shares: the practice settings, locale and region, the guarded
 * `define()`, the shared host styles, and one way to report bad input (a visible notice plus one
 * console warning that names the attribute and the value).
 */
export class RugwijsElement extends LitElement {
  static override styles = [hostStyles];

  // Lit's static properties rather than decorators: the decorator runtime costs 0.7 kB gzip.
  static override properties: PropertyDeclarations = {
    practiceName: { attribute: 'practice-name' },
    contactHref: { attribute: 'contact-href' },
    contactPhone: { attribute: 'contact-phone' },
    region: {},
  };

  /** The library version of this copy; another copy on the same page may differ. */
  static readonly version: string = VERSION;

  /**
   * Registers the element under `tag` unless that tag is already taken, so loading the script
   * twice, or two copies of the library, never throws. Warns once per page when the copy that
   * won has another version.
   */
  static define(tag: string): void {
    if (typeof customElements === 'undefined') return; // server rendering, Node tests of data
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) {
      customElements.define(tag, this);
      return;
    }
    if (existing === this || existing.version === VERSION) return;
    const store = globalThis as unknown as Record<symbol, WarnedVersions | undefined>;
    const warned = (store[versionWarnings] ??= new Set());
    const key = `${existing.version}|${VERSION}`;
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(
      `rugwijs: <${tag}> is already defined by rugwijs ${existing.version ?? '(unknown version)'}; this copy (${VERSION}) is not used. Load rugwijs once per page.`,
    );
  }

  /** The practice's name, used in "ask {practice}" sentences. */
  practiceName = '';
  /** The practice's booking or contact page (https:, http:, mailto: or a relative link). */
  contactHref = '';
  /** The practice's phone number, shown as a tap-to-call link. */
  contactPhone = '';
  /** `NL`, `BE` or `INT`: whose numbers and services to name. Empty: follows the locale. */
  region: Region | '' = '';

  /** Valid practice settings, derived from the attributes above. */
  protected settings: PracticeSettings = {};
  #settingsProblems: Problem[] = [];
  #warned = new Set<string>();
  #pending = new Set<Promise<unknown>>();
  /** Exposes the custom state `loading` (`:state(loading)`), so a page can keep the space reserved. */
  #internals = this.attachInternals();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectLocalization(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('practiceName') ||
      changed.has('contactHref') ||
      changed.has('contactPhone') ||
      changed.has('region') ||
      !this.hasUpdated
    ) {
      const result = validateSettings({
        'practice-name': this.practiceName,
        'contact-href': this.contactHref,
        'contact-phone': this.contactPhone,
        region: this.region,
      });
      this.settings = result.settings;
      this.#settingsProblems = result.problems;
      this.report(result.problems);
    }
  }

  /**
   * Code or content this element loads on first use (an exercise, the notice texts). The element
   * updates when it arrives, and `updateComplete` waits for it, so "rendered" means "with it".
   * Meanwhile the element is in the `:state(loading)`, which dist/cdn/rugwijs.css uses to keep
   * its space reserved.
   */
  protected waitFor(work: Promise<unknown>, property?: PropertyKey): void {
    const tracked: Promise<unknown> = work
      .then(
        () => this.requestUpdate(property),
        (error: unknown) => console.warn(`${this.localName}: could not load a part: ${String(error)}`),
      )
      .finally(() => {
        this.#pending.delete(tracked);
        if (!this.#pending.size) this.#internals.states?.delete('loading');
      });
    this.#pending.add(tracked);
    this.#internals.states?.add('loading');
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pending.size) {
      await Promise.all(this.#pending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The region in force: the `region` attribute when valid, else the one of the locale. */
  get effectiveRegion(): Region {
    return this.settings.region ?? regionOfLocale(currentLocale());
  }

  /** Logs one warning per bad attribute value, however often the element re-renders. */
  protected report(problems: readonly Problem[]): void {
    for (const problem of problems) {
      const key = `${problem.attribute}\u0000${preview(problem.value, 200)}`;
      if (this.#warned.has(key)) continue;
      this.#warned.add(key);
      const detail = problem.details?.length ? ` (${problem.details.join('; ')})` : '';
      console.warn(
        `${this.localName}: ${problem.attribute} has a bad value ${JSON.stringify(preview(problem.value, 200))}: ${problem.code}${detail}.`,
      );
    }
  }

  protected renderNotices(problems: readonly Problem[]): TemplateResult | typeof nothing {
    if (problems.length === 0) return nothing;
    const text = problemTexts.value;
    if (!text) {
      this.waitFor(problemTexts.load());
      return nothing;
    }
    return html`${problems.map((p) => html`<p class="notice" part="notice">${text(p)}</p>`)}`;
  }

  /** The practice's contact details, or notices where they were bad. */
  protected renderContact(): TemplateResult | typeof nothing {
    const { practiceName, contactHref, contactPhone } = this.settings;
    const notices = this.renderNotices(this.#settingsProblems);
    if (!practiceName && !contactHref && !contactPhone) return notices === nothing ? nothing : html`${notices}`;
    const who = practiceName ?? msg('je therapeut', { id: 'contact.your-therapist' });
    return html`<div class="contact" part="contact">
      ${notices}
      <p>${msg(str`Vragen? Neem contact op met ${who}.`, { id: 'contact.questions' })}</p>
      <p class="contact-links">
        ${contactHref
          ? html`<a href=${contactHref} rel="noopener">${msg('Maak een afspraak', { id: 'contact.book' })}</a>`
          : nothing}
        ${contactPhone
          ? html`<a href=${`tel:${contactPhone.replace(/[^\d+]/g, '')}`}>${msg(str`Bel ${contactPhone}`, { id: 'contact.call' })}</a>`
          : nothing}
      </p>
    </div>`;
  }
}
