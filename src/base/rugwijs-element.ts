import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { connectLocalization, currentLocale, needFormalAddress, needTexts, pageAddress, regionOfLocale, retryTexts, wantTexts, withAddress, type Address, type Region } from './localization.js';
import { hostStyles } from './tokens.js';
import { textInCode } from './text-in-code.js';
import { VERSION } from './version.js';
import { defineOnce } from './define-once.js';
import { practiceKeys, readSettings } from './practice-settings.js';
import { PendingWork } from './pending-work.js';
import { Warnings } from './warnings.js';
import { loadFailedBlock, noticeBlock } from './notices.js';
import { contactBlock } from './contact.js';
import type { PracticeSettings, Problem } from '../data/validate.js';
import type { RugwijsEventDetails } from '../generated/events.js';

/**
 * What every rugwijs element shares, each concern a small piece of its own: registration
 * (define-once.ts), the practice settings (practice-settings.ts), the locale (localization.ts),
 * work that loads on first use (pending-work.ts), console warnings (warnings.ts), the patient's
 * notices (notices.ts) and the practice's contact details (contact.ts). This class only wires
 * them to Lit's lifecycle. Its `internals` are there for subclasses too (a form-associated
 * element sets `static formAssociated = true` and uses `this.internals.setFormValue`).
 */
export class RugwijsElement extends LitElement {
  static override styles = [hostStyles];

  // Lit's static properties rather than decorators: the decorator runtime costs 0.7 kB gzip.
  // Written out here (not spread in) so the manifest analyser sees the attributes.
  static override properties: PropertyDeclarations = {
    practiceName: { attribute: 'practice-name' },
    contactHref: { attribute: 'contact-href' },
    contactPhone: { attribute: 'contact-phone' },
    region: {},
    theme: { reflect: true },
    address: {},
  };

  /** The library version of this copy; another copy on the same page may differ. */
  static readonly version: string = VERSION;

  /**
   * Registers the element under `tag` unless that tag is already taken, so loading the script
   * twice, or two copies of the library, never throws. Warns once per page when the copy that
   * won has another version.
   */
  static define(tag: string): void {
    defineOnce(tag, this);
  }

  /** The practice's name, used in "ask {practice}" sentences. */
  practiceName = '';
  /** The practice's booking or contact page (https:, http:, mailto: or a relative link). */
  contactHref = '';
  /** The practice's phone number, shown as a tap-to-call link. */
  contactPhone = '';
  /** `NL`, `BE` or `INT`: whose numbers and services to name. Empty: follows the locale. */
  region: Region | '' = '';
  /** `light`, `dark` or `auto` (the phone's setting). Unset: follows the page's `color-scheme`. */
  theme?: string;
  /**
   * How the Dutch and Flemish texts speak to the reader: `je` or `u`. Unset: the page's
   * `<html data-rugwijs-address>`, else `je`. English and French have one form.
   */
  address?: string;

  /** The form of address in force: the attribute when valid, else the page's. */
  get effectiveAddress(): Address {
    return this.settings.address ?? pageAddress();
  }

  /** Valid practice settings, derived from the attributes above. */
  protected settings: PracticeSettings = {};
  #settingsProblems: Problem[] = [];
  #warnings = new Warnings();
  /** This element's ElementInternals (attachInternals may be called once per element). */
  protected readonly internals: ElementInternals = this.attachInternals();
  #pending = new PendingWork(this.internals.states);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A part that did not arrive is asked for again each time the element is put in a page.
    if (this.#pending.failed.size) this.#retry();
    this.#loadTexts();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || practiceKeys.some((key) => changed.has(key))) {
      const result = readSettings(this);
      this.settings = result.settings;
      this.#settingsProblems = result.problems;
      this.report(result.problems);
      // The u-forms load only once an element speaks as "u"; until then the je-form shows.
      if (this.effectiveAddress === 'u') this.waitFor(needFormalAddress());
    }
  }

  /** Renders in this element's form of address, so its messages find their u-forms where they apply. */
  protected override update(changed: PropertyValues<this>): void {
    withAddress(this.effectiveAddress, () => super.update(changed));
  }

  /**
   * Code or content this element loads on first use (an exercise, the notice texts). The element
   * updates when it arrives, and `updateComplete` waits for it, so "rendered" means "with it".
   * Meanwhile the element is in the `:state(loading)`, which dist/cdn/rugwijs.css uses to keep
   * its space reserved. When it does not arrive, the notices say so and offer to try again, and
   * the next connect tries again; `property` is the one whose change asks for it.
   */
  protected waitFor(work: Promise<unknown>, property?: PropertyKey): void {
    this.#pending.add(
      work,
      () => this.requestUpdate(property),
      (error: unknown) => {
        console.warn(`${this.localName}: could not load a part: ${String(error)}`);
        this.requestUpdate();
      },
      property,
    );
  }

  /**
   * Only this element's texts, asked for before the first connect picks the page's locale. Where
   * the build took the Dutch out of the code (the script-tag build), they are all it has to say.
   */
  #loadTexts(): void {
    // Wanted before the first connect picks the page's locale, so they come with it.
    wantTexts([this.localName]);
    const texts = connectLocalization(this).then(() => needTexts([this.localName]));
    // Hidden until they are here (:state(texts) in tokens.ts): no flash of empty or other-language
    // text. When they do not arrive it shows again, with the notice that says so.
    // Without them only the notice that says so shows (:state(no-texts)), not an empty skeleton.
    // Only where the build took the text out of the code: elsewhere the Dutch in it shows meanwhile,
    // and a server-rendered element stays visible while its translation loads.
    const states = textInCode ? undefined : this.internals.states;
    states?.add('texts');
    states?.delete('no-texts');
    texts.then(
      () => states?.delete('texts'),
      () => {
        this.#textsFailed = true;
        states?.delete('texts');
        states?.add('no-texts');
      },
    );
    this.waitFor(texts);
  }

  /** Whether this element's own texts did not arrive: a retry asks for them again. */
  #textsFailed = false;

  #retry = (): void => {
    retryTexts();
    if (this.#textsFailed) {
      this.#textsFailed = false;
      this.#loadTexts();
    }
    for (const property of this.#pending.takeFailed()) this.requestUpdate(property, undefined);
    if (!this.#pending.size) this.internals.states?.delete('loading');
  };

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pending.size) {
      await this.#pending.settled();
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
    this.#warnings.warn(this.localName, problems);
  }

  /**
   * Every notice of this element, once, in one block: the practice settings' problems, the
   * `problems` the element passes (all of its own), and a part that did not load. Call it once,
   * at the top of the widget, outside any alert or live region.
   */
  protected renderNotices(problems: readonly Problem[] = []): TemplateResult | typeof nothing {
    const notices = noticeBlock([...this.#settingsProblems, ...problems], (work) => this.waitFor(work));
    if (!this.#pending.failed.size) return notices;
    return html`${notices}${loadFailedBlock(this.#retry, this.loadFailedHelp())}`;
  }

  /** Shown under the notice that a part did not arrive: where to turn meanwhile (the checklist says). */
  protected loadFailedHelp(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The practice's contact details (their problems show with the other notices). */
  protected renderContact(): TemplateResult | typeof nothing {
    return contactBlock(this.settings);
  }

  /** Fires one of our events: bubbling and composed, with its typed detail. */
  protected emit<K extends keyof RugwijsEventDetails>(type: K, detail: RugwijsEventDetails[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
