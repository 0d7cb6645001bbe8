import { css } from 'lit';

export const programStyles = css`
  .program {
    display: grid;
    gap: var(--_space);
  }
  .heading {
    font-size: 1.5em;
    line-height: 1.2;
  }
  .progress {
    display: grid;
    gap: calc(0.375 * var(--_rem));
    font-weight: 600;
  }
  .bar {
    block-size: calc(0.75 * var(--_rem));
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    background: var(--_accent);
    transition: inline-size 0.3s ease;
  }
  ol.list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .item {
    display: grid;
    gap: calc(0.5 * var(--_rem));
  }
  label.done {
    display: inline-flex;
    align-items: center;
    gap: calc(0.75 * var(--_rem));
    min-block-size: calc(2.75 * var(--_rem));
    padding: calc(0.25 * var(--_rem)) calc(0.75 * var(--_rem));
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    justify-self: start;
    cursor: pointer;
    font-weight: 600;
  }
  label.done input {
    inline-size: calc(1.5 * var(--_rem));
    block-size: calc(1.5 * var(--_rem));
    margin: 0;
    accent-color: var(--_accent);
    visibility: visible;
  }
  label.done:has(input:checked) {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
  @media print {
    .progress,
    label.done,
    .contact {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .bar {
      border-color: CanvasText;
    }
    /* Without this the fill is forced to the bar's own Canvas and progress is invisible. */
    .fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    label.done:has(input:checked) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    label.done:has(input:checked) input {
      forced-color-adjust: auto;
    }
  }
`;
