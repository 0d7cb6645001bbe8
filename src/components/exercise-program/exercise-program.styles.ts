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
  /* One part per exercise, the first as many as are done filled: no gaps, so it reads as one bar,
     and no style to write (strict CSP), so the programme needs no style directive. */
  .bar {
    display: flex;
    block-size: calc(0.75 * var(--_rem));
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .bar > * {
    flex: 1;
  }
  .fill {
    background: var(--_accent);
    transition: background-color 0.3s ease;
  }
  ol.list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(0.75 * var(--_rem));
  }
  .item {
    display: grid;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .item.done {
    border-color: var(--_accent);
  }
  .row {
    font-size: 1em;
  }
  button.open {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 calc(0.5 * var(--_rem));
    inline-size: 100%;
    text-align: start;
    border: none;
    background: none;
    color: var(--_text);
    padding: calc(0.75 * var(--_rem)) var(--_space);
  }
  button.open::after {
    content: '+' / '';
    grid-area: 1 / 2;
    font-size: 1.5em;
    line-height: 1;
    color: var(--_accent);
  }
  button.open[aria-expanded='true']::after {
    content: '\\2212' / '';
  }
  .name {
    font-weight: 700;
    font-size: 1.1em;
  }
  .dose {
    font-weight: 400;
    color: var(--_muted);
  }
  label.tick {
    display: flex;
    align-items: center;
    gap: calc(0.75 * var(--_rem));
    min-block-size: calc(2.75 * var(--_rem));
    margin: 0 var(--_space) calc(0.75 * var(--_rem));
    padding: 0 calc(0.75 * var(--_rem));
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    justify-self: start;
    cursor: pointer;
    font-weight: 600;
  }
  label.tick input {
    inline-size: calc(1.5 * var(--_rem));
    block-size: calc(1.5 * var(--_rem));
    margin: 0;
    accent-color: var(--_accent);
  }
  .done label.tick {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .panel {
    padding: 0 calc(0.25 * var(--_rem)) calc(0.25 * var(--_rem));
  }
  /* The overview names each exercise with its dose, and the programme shows the shared safety note once. */
  .panel rugwijs-exercise-card::part(title),
  .panel rugwijs-exercise-card::part(general-safety),
  .dosed rugwijs-exercise-card::part(dose) {
    display: none;
  }
  .panel rugwijs-exercise-card::part(base) {
    border: none;
  }
  .safety {
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
    padding: calc(0.5 * var(--_rem)) calc(0.75 * var(--_rem));
    border-radius: calc(var(--_radius) * 0.5);
    display: grid;
    gap: calc(0.5 * var(--_rem));
  }
  .alarm {
    font-weight: 700;
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
  @media print {
    .progress,
    label.tick,
    button.open::after,
    .contact {
      display: none;
    }
    .panel[hidden] {
      display: block;
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
