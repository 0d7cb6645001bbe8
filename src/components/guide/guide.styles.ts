import { css, unsafeCSS } from 'lit';
import { breakpoints, reserves } from '../../generated/reserve.js';
import { sections } from '../../data/guide.js';

/**
 * Each section's space until its widget has drawn itself: the widget's reserved heights from
 * src/registry.json, so the page below does not move when a section loads.
 */
const reserveRules = (index: number) =>
  sections
    .filter((s) => s.tag)
    .map((s) => `rugwijs-guide .rw-slot[data-section='${s.id}']:not(.rw-ready){min-block-size:${reserves[s.tag!]![index]}px}`)
    .join('');
const reserveCss = unsafeCSS(reserveRules(0) + breakpoints.map((px, i) => `@media (min-width:${px}px){${reserveRules(i + 1)}}`).join(''));

/**
 * The guide draws into its own light DOM (so the script-tag loader sees the widgets and in-page
 * links reach the sections), so these rules go into the document (or the shadow root the guide
 * sits in), scoped to `rugwijs-guide`. Text follows the page's font and colours unless the
 * practice sets the --rugwijs-* tokens; the widgets inherit the same tokens.
 */
export const guideStyles = css`
  rugwijs-guide {
    display: block;
    font-family: var(--rugwijs-font, inherit);
    color: var(--rugwijs-text, inherit);
    line-height: 1.5;
  }
  /* The light-DOM twin of the texts states in tokens.ts: hidden while its texts load; without
     them, only the notice that says so. */
  rugwijs-guide:state(texts) {
    visibility: hidden;
  }
  rugwijs-guide:state(no-texts) :not(.notices, .notices *, :has(.notices)) {
    display: none;
  }
  rugwijs-guide .rw-guide,
  rugwijs-guide .rw-section {
    display: grid;
    gap: 1rem;
  }
  rugwijs-guide .rw-guide {
    gap: 2.5rem;
  }
  rugwijs-guide :is(h1, h2, h3, h4, p, ol, ul) {
    margin: 0;
  }
  rugwijs-guide .rw-title {
    font-size: 1.75em;
    line-height: 1.2;
  }
  rugwijs-guide .rw-section-title {
    font-size: 1.5em;
    line-height: 1.25;
  }
  rugwijs-guide .rw-intro {
    font-size: 1.15em;
  }
  rugwijs-guide .rw-head {
    display: grid;
    gap: 1rem;
  }
  rugwijs-guide .rw-toc {
    padding: 1rem 1.25rem;
    border-radius: var(--rugwijs-radius, 0.75rem);
    background: var(--rugwijs-surface-alt, light-dark(#f2f5f7, #1f2731));
  }
  rugwijs-guide .rw-toc-title {
    font-weight: 700;
  }
  rugwijs-guide .rw-toc ol {
    padding-inline-start: 1.5rem;
  }
  rugwijs-guide .rw-toc li {
    padding-block: 0.15rem;
  }
  rugwijs-guide .rw-toc a {
    display: inline-block;
    min-block-size: 24px;
    color: var(--rugwijs-accent, light-dark(#0b6e63, #5fd3c4));
  }
  rugwijs-guide .rw-section {
    scroll-margin-block-start: 1rem;
  }
  /* The practice's own paragraphs keep a space between them (the reset above takes margins). */
  rugwijs-guide .rw-practice > * {
    display: grid;
    gap: 0.75rem;
  }
  rugwijs-guide .rw-facts {
    display: grid;
    gap: 0.75rem;
    padding-inline-start: 1.5rem;
  }
  rugwijs-guide .sources {
    font-size: 0.85em;
    color: var(--rugwijs-muted, inherit);
  }
  rugwijs-guide .sources a,
  rugwijs-guide .contact a {
    color: inherit;
  }
  rugwijs-guide .notice {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--rugwijs-warning, #8a4b00);
    background: var(--rugwijs-warning-surface, #fff4e0);
    color: #1d2433;
  }
  rugwijs-guide .contact {
    display: grid;
    gap: 0.5rem;
    padding: 1rem 1.25rem;
    border-inline-start: 4px solid var(--rugwijs-accent, light-dark(#0b6e63, #5fd3c4));
  }
  rugwijs-guide .contact-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  rugwijs-guide .contact-links a {
    display: inline-block;
    min-block-size: 44px;
    padding-block: 0.5rem;
  }
  /* A widget's title sits one level below its section's, so it looks one step smaller. */
  rugwijs-guide .rw-slot > *::part(heading) {
    font-size: 1.2em;
  }
  /* The practice's contact shows once, at the end of the guide, not under every widget. */
  rugwijs-guide .rw-slot > *::part(contact) {
    display: none;
  }
  rugwijs-guide .rw-print-only {
    display: none;
  }
  @media print {
    rugwijs-guide .rw-print-only {
      display: grid;
      gap: 0.5rem;
    }
    rugwijs-guide .rw-toc {
      display: none;
    }
    rugwijs-guide .rw-section {
      break-before: auto;
    }
    rugwijs-guide .rw-section-title {
      break-after: avoid;
    }
    rugwijs-guide button {
      display: none !important;
    }
    rugwijs-guide .rw-slot:not(.rw-ready) {
      min-block-size: 0;
    }
  }
  ${reserveCss}
`;
