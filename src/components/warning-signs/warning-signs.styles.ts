import { css } from 'lit';

export const checklistStyles = css`
  .checklist {
    display: grid;
    /* Never wider than the host: a question's floated legend once made it 323 px on a 320 px phone. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .heading {
    font-size: 1.4em;
    line-height: 1.2;
  }
  /* A practice's long word never makes the widget wider than its column. */
  .checklist,
  legend {
    overflow-wrap: anywhere;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: none;
    min-inline-size: 0;
  }
  .group {
    display: grid;
    gap: calc(0.75 * var(--_rem));
  }
  .group > legend {
    font-weight: 700;
    font-size: 1.15em;
    margin-block-end: calc(0.5 * var(--_rem));
    padding: 0;
  }
  .sign {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: calc(0.75 * var(--_rem));
    background: var(--_surface);
  }
  .sign > legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin-block-end: calc(0.5 * var(--_rem));
    font-weight: 600;
  }
  .sign.positive {
    border-color: var(--_warning);
    background: var(--_warning-surface);
  }
  .sign:focus {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .points {
    clear: both;
    margin: 0 0 calc(0.5 * var(--_rem));
    padding-inline-start: calc(1.25 * var(--_rem));
  }
  .match {
    clear: both;
    margin: 0;
    font-size: 0.9em;
  }
  .open-hint {
    margin: 0 0 calc(0.5 * var(--_rem));
    font-weight: 700;
    color: var(--_danger);
  }
  /* Three answers on one row down to a 320 px screen: the whole pill is the choice. */
  .options {
    clear: both;
    display: grid;
    grid-template-columns: auto auto auto;
    justify-content: start;
    gap: calc(0.375 * var(--_rem));
  }
  .options label {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: calc(2.75 * var(--_rem));
    min-inline-size: calc(3 * var(--_rem));
    padding: calc(0.25 * var(--_rem)) calc(0.75 * var(--_rem));
    border: 2px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
    white-space: nowrap;
  }
  .options label:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
  }
  .options label:has(input:focus-visible) {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .options input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
    visibility: visible;
  }
  .calm {
    font-weight: 600;
  }
  .group.early {
    margin-block-start: var(--_space);
  }
  .skip {
    margin: 0;
    color: var(--_muted);
  }
  .inline-alert .advice {
    margin-block: calc(0.25 * var(--_rem)) calc(0.5 * var(--_rem));
  }
  .sources summary {
    cursor: pointer;
    min-block-size: calc(1.5 * var(--_rem));
  }
  .sources ul {
    padding-inline-start: calc(1.25 * var(--_rem));
    font-size: 0.9em;
  }
  /* Where to turn while the questions did not load (notices.ts helpWhileMissing). */
  .notices .help {
    margin-block: calc(0.75 * var(--_rem)) var(--_space);
  }
  .why {
    margin-block-start: calc(0.5 * var(--_rem));
    font-size: 0.9em;
    color: var(--_muted);
  }
  .advice {
    display: grid;
    gap: calc(0.5 * var(--_rem));
    padding: var(--_space);
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .advice.emergency,
  .advice.urgent {
    border: 3px solid var(--_danger);
    background: var(--_danger-surface);
  }
  .advice.soon,
  .advice.review {
    border-color: var(--_warning);
    background: var(--_warning-surface);
  }
  .advice-title {
    font-size: 1.3em;
    line-height: 1.25;
  }
  a.call {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    min-block-size: calc(3 * var(--_rem));
    padding: calc(0.5 * var(--_rem)) calc(1.25 * var(--_rem));
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_danger);
    color: var(--_surface);
    font-weight: 700;
    font-size: 1.15em;
    text-decoration: none;
  }
  a.call.fallback {
    background: var(--_surface);
    color: var(--_danger);
    border: 2px solid var(--_danger);
    font-size: 1em;
  }
  .because ul {
    padding-inline-start: calc(1.25 * var(--_rem));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem));
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    a.call {
      border: 2px solid LinkText;
    }
  }
  @media print {
    .questions,
    .actions,
    .alert,
    .summary,
    .sources,
    .notice {
      display: none;
    }
    .print-only {
      display: grid;
      gap: calc(0.75 * var(--_rem));
    }
    a.call {
      background: none;
      color: inherit;
      padding: 0;
    }
  }
  @media (forced-colors: active) {
    /* The chosen answer in the selection colours; the radio itself keeps the system's look. */
    .options label:has(input:checked) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .options label:has(input:checked) input {
      forced-color-adjust: auto;
    }
    /* A question answered yes or not sure: a thicker frame, as the warning colour is gone. */
    .sign.positive {
      border: 3px solid Highlight;
    }
  }
`;
