import { css } from 'lit';

export const bucketStyles = css`
  :host {
    --_water: var(--rugwijs-water, #2f74b5);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_water: var(--rugwijs-water, #6aa9e4);
    }
  }
  .explainer {
    display: grid;
    gap: var(--_space);
  }
  .heading {
    font-size: 1.4em;
    line-height: 1.2;
  }
  .step-title {
    font-size: 1.15em;
    line-height: 1.25;
  }
  .step-title:focus {
    outline: none;
  }
  .step-title:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .steps ol {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_rem)) var(--_rem);
    padding: 0;
    list-style: none;
    counter-reset: step;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .steps li {
    counter-increment: step;
  }
  .steps li::before {
    content: counter(step) '. ';
  }
  .steps li[aria-current] {
    color: var(--_text);
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.25em;
  }
  .steps p {
    font-weight: 600;
  }
  .stage {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, calc(14 * var(--_rem))), 1fr));
    align-items: start;
  }
  .picture {
    margin: 0;
    display: grid;
    gap: calc(0.5 * var(--_rem));
    justify-items: center;
  }
  .picture svg {
    inline-size: 100%;
    max-inline-size: calc(16 * var(--_rem));
    block-size: auto;
    overflow: visible;
  }
  .status {
    font-weight: 700;
  }
  .legend {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .panel,
  .lever,
  .overflow-note,
  .safe {
    display: grid;
    gap: calc(0.75 * var(--_rem));
    align-content: start;
  }
  .loads {
    display: grid;
    gap: calc(0.75 * var(--_rem));
  }
  .kind,
  .reliefs,
  .weeks,
  .drop-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem));
    align-items: center;
  }
  .kind-label,
  .lever-title {
    inline-size: 100%;
    font-weight: 700;
  }
  button.toggle {
    border-color: var(--_border);
    color: var(--_text);
    padding-inline: calc(0.875 * var(--_rem));
  }
  /* Pressed shows in three ways: the fill, a check mark and the bold border, not by colour alone. */
  button.toggle[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  button.toggle[aria-pressed='true']::before {
    content: '✓ ';
  }
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .week {
    font-weight: 600;
    min-inline-size: 7ch;
    text-align: center;
  }
  .overflow-note,
  .safe {
    padding: calc(0.75 * var(--_rem)) var(--_rem);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_accent);
  }
  .hint {
    color: var(--_muted);
  }
  .cycle-steps {
    padding-inline-start: calc(1.5 * var(--_rem));
    display: grid;
    gap: calc(0.25 * var(--_rem));
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem));
    justify-content: space-between;
  }
  .nav .next {
    margin-inline-start: auto;
  }

  /* The bucket. Only transform and opacity change, so the water moves on the compositor. */
  .bucket .walls,
  .bucket .handle,
  .bucket .capacity,
  .bucket .was,
  .cycle .loop,
  .cycle .arrows {
    fill: none;
    stroke: currentColor;
    stroke-width: 5;
    stroke-linecap: round;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .bucket .handle {
    stroke-width: 3;
    color: var(--_muted);
  }
  .bucket .capacity {
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-dasharray: 2 8;
  }
  .bucket .was {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 6;
  }
  .bucket .water,
  .bucket .drop,
  .bucket .puddle {
    fill: var(--_water);
  }
  .bucket .spill {
    fill: none;
    stroke: var(--_water);
    stroke-width: 6;
    stroke-linecap: round;
  }
  .bucket .water,
  .bucket .walls {
    transform-box: view-box;
    transform-origin: 0 210px;
  }
  .bucket .water {
    transform: scaleY(var(--fill));
    transition: transform 0.6s ease-in-out;
  }
  .bucket .walls {
    transform: scaleY(var(--walls));
    transition: transform 0.6s ease-in-out;
  }
  .bucket .rim {
    transform: translateY(var(--rim));
    transition: transform 0.6s ease-in-out;
  }
  .bucket .spill,
  .bucket .puddle {
    opacity: 0;
    transition: opacity 0.4s ease-in 0.3s;
  }
  .bucket.overflowing .spill,
  .bucket.overflowing .puddle {
    opacity: 1;
  }
  .bucket .drop {
    opacity: 0;
  }
  .bucket.dropped .drop {
    animation: fall 0.9s ease-in forwards;
  }
  @keyframes fall {
    from {
      opacity: 1;
      transform: translateY(0);
    }
    80% {
      opacity: 1;
    }
    to {
      opacity: 0;
      transform: translateY(80px);
    }
  }
  .cycle circle {
    fill: var(--_surface-alt);
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .cycle text {
    fill: currentColor;
    font: 700 18px var(--_font);
    text-anchor: middle;
    dominant-baseline: central;
  }

  @media (prefers-reduced-motion: reduce) {
    .bucket .water,
    .bucket .walls,
    .bucket .rim,
    .bucket .spill,
    .bucket .puddle {
      transition: none;
    }
    /* The drop is shown resting above the bucket instead of falling. */
    .bucket.dropped .drop {
      animation: none;
      opacity: 1;
    }
  }
  @media (forced-colors: active) {
    .bucket .water,
    .bucket .drop,
    .bucket .puddle {
      fill: Highlight;
    }
    .bucket .spill {
      stroke: Highlight;
    }
    button.toggle[aria-pressed='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .nav,
    .drop-row {
      display: none;
    }
  }
`;
