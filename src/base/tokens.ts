import { css } from 'lit';

/**
 * Design tokens: every colour, size and font a practice may change, as CSS custom properties
 * with defaults. Set them on the element or any ancestor, e.g. `rugwijs-exercise-card { --rugwijs-accent: #0a6 }`.
 *
 * The host also resets the typography it would otherwise inherit (font, line height, letter
 * spacing, text transform) so a theme's odd body styles cannot wreck the layout, and sizes follow
 * --_rem, so a page's small root font size cannot shrink it.
 */
export const hostStyles = css`
  :host {
    /* Every size is a multiple of this, not of rem: it grows with the reader's font setting, but a
       page that sets html { font-size: 62.5% } (10px) does not shrink the widget. */
    --_rem: max(1rem, 16px);
    /* light-dark(): light unless the host's color-scheme, inherited from the page or set by the
       theme attribute (theme.ts), is dark. The phone's own setting counts only where the page
       (or theme="auto") says "light dark". */
    --_accent: var(--rugwijs-accent, light-dark(#0b6e63, #5fd3c4));
    --_accent-contrast: var(--rugwijs-accent-contrast, light-dark(#ffffff, #07201d));
    --_text: var(--rugwijs-text, light-dark(#1d2433, #e8edf2));
    --_muted: var(--rugwijs-muted, light-dark(#4a5568, #b6c0cb));
    --_surface: var(--rugwijs-surface, light-dark(#ffffff, #151b23));
    --_surface-alt: var(--rugwijs-surface-alt, light-dark(#f2f5f7, #1f2731));
    --_border: var(--rugwijs-border, light-dark(#c3ccd5, #4b5866));
    --_warning: var(--rugwijs-warning, light-dark(#8a4b00, #ffc46b));
    --_warning-surface: var(--rugwijs-warning-surface, light-dark(#fff4e0, #3a2a10));
    --_danger: var(--rugwijs-danger, light-dark(#a61b1b, #ff9b9b));
    --_danger-surface: var(--rugwijs-danger-surface, light-dark(#fdecec, #3d1616));
    --_radius: var(--rugwijs-radius, calc(0.75 * var(--_rem)));
    --_space: var(--rugwijs-space, var(--_rem));
    --_font: var(--rugwijs-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--rugwijs-font-size, calc(1.0625 * var(--_rem)));

    display: block;
    /* !important: a page rule like * { font-family: … } reaches the host and beats :host, unless
       the :host declaration is important. Practices theme through the --rugwijs-* tokens. */
    box-sizing: border-box !important;
    /* The shorthand also resets font-variant, font-stretch and font-kerning, which inherit too. */
    font: 400 var(--_font-size) / 1.5 var(--_font) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    /* Inherited too, and as able to wreck the layout or the contrast (test/hostile/host-pages.test.ts). */
    white-space: normal !important;
    word-break: normal !important;
    text-shadow: none !important;
    color: var(--_text) !important;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  /* While the element's own texts load (rugwijs-element.ts); a rule of its own, so a browser
     without :state() still reads the others. */
  :host(:state(texts)) {
    visibility: hidden;
  }
  /* When they did not arrive: only the notice that says so and offers to try again. */
  :host(:state(no-texts)) :not(.notices, .notices *, :has(.notices)) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Spacing comes from each element's grid gaps, not from default margins. */
  :where(h2, h3, h4, h5, h6, p, ol, ul, dl, dd) {
    margin: 0;
  }
  /* Browsers without light-dark() (before Safari 17.5, Chrome 123, Firefox 120) get the light colours. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--rugwijs-accent, #0b6e63);
      --_accent-contrast: var(--rugwijs-accent-contrast, #ffffff);
      --_text: var(--rugwijs-text, #1d2433);
      --_muted: var(--rugwijs-muted, #4a5568);
      --_surface: var(--rugwijs-surface, #ffffff);
      --_surface-alt: var(--rugwijs-surface-alt, #f2f5f7);
      --_border: var(--rugwijs-border, #c3ccd5);
      --_warning: var(--rugwijs-warning, #8a4b00);
      --_warning-surface: var(--rugwijs-warning-surface, #fff4e0);
      --_danger: var(--rugwijs-danger, #a61b1b);
      --_danger-surface: var(--rugwijs-danger-surface, #fdecec);
    }
  }
  /* The theme attribute (theme.ts); the i flag accepts the letter cases parseTheme accepts. A bad
     value matches none of these, so the widget keeps following the page. */
  :host([theme=light i]) {
    color-scheme: light;
  }
  :host([theme=dark i]) {
    color-scheme: dark;
  }
  :host([theme=auto i]) {
    color-scheme: light dark;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    min-block-size: calc(2.75 * var(--_rem));
    min-inline-size: calc(2.75 * var(--_rem));
    padding: calc(0.5 * var(--_rem)) var(--_rem);
    border-radius: calc(var(--_radius) * 0.75);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    visibility: visible;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .notice {
    margin-block: 0 var(--_space);
    margin-inline: 0;
    padding: calc(0.75 * var(--_rem)) var(--_rem);
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
    color: var(--_text);
    border-radius: calc(var(--_radius) * 0.5);
  }
  /* The practice's contact details (RugwijsElement.renderContact). */
  .contact {
    display: grid;
    gap: calc(0.25 * var(--_rem));
  }
  .contact p {
    margin: 0;
  }
  .contact-links {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem)) var(--_rem);
  }
  .contact-links a {
    display: inline-block;
    min-block-size: calc(1.5 * var(--_rem));
    padding-block: calc(0.125 * var(--_rem));
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    .notice {
      border: 2px solid CanvasText;
    }
    /* A pressed toggle in the selection colours. forced-color-adjust: none, or the browser draws
       its Canvas backplate behind the text and HighlightText (often white) vanishes on it. */
    button[aria-pressed=true] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
