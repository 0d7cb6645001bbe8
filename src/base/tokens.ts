import { css } from 'lit';

/**
 * Design tokens: every colour, size and font a practice may change, as CSS custom properties
 * with defaults. Set them on the element or any ancestor, e.g. `rugwijs-exercise-card { --rugwijs-accent: #0a6 }`.
 *
 * The host also resets the typography it would otherwise inherit (font, line height, letter
 * spacing, text transform) so a theme's odd body styles cannot wreck the layout.
 */
export const hostStyles = css`
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
    --_radius: var(--rugwijs-radius, 0.75rem);
    --_space: var(--rugwijs-space, 1rem);
    --_font: var(--rugwijs-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--rugwijs-font-size, 1.0625rem);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    color: var(--_text);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Spacing comes from each element's grid gaps, not from default margins. */
  :where(h2, h3, h4, h5, h6, p, ol, ul, dl, dd) {
    margin: 0;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--rugwijs-accent, #5fd3c4);
      --_accent-contrast: var(--rugwijs-accent-contrast, #07201d);
      --_text: var(--rugwijs-text, #e8edf2);
      --_muted: var(--rugwijs-muted, #b6c0cb);
      --_surface: var(--rugwijs-surface, #151b23);
      --_surface-alt: var(--rugwijs-surface-alt, #1f2731);
      --_border: var(--rugwijs-border, #4b5866);
      --_warning: var(--rugwijs-warning, #ffc46b);
      --_warning-surface: var(--rugwijs-warning-surface, #3a2a10);
      --_danger: var(--rugwijs-danger, #ff9b9b);
      --_danger-surface: var(--rugwijs-danger-surface, #3d1616);
    }
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1rem;
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
    margin: 0 0 var(--_space);
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
    color: var(--_text);
    border-radius: calc(var(--_radius) * 0.5);
  }
  /* The practice's contact details (RugwijsElement.renderContact). */
  .contact {
    display: grid;
    gap: 0.25rem;
  }
  .contact p {
    margin: 0;
  }
  .contact-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .contact-links a {
    display: inline-block;
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
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
  }
`;
