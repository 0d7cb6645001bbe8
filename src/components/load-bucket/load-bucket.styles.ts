import { css } from 'lit';

export const bucketStyles = css`
  /* One colour per kind of load, told apart by people with colour blindness (Okabe-Ito hues), each
     at least 3:1 against the page. */
  :host {
    --_water: var(--rugwijs-water, #56b4e9);
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
  /* Picture and text side by side when there is room for both, else the picture above: two
     columns that always hold something, never a third, empty one. */
  .stage {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(2 * var(--_space));
    align-items: flex-start;
  }
  /* On a phone the legend stands beside the bucket, so the picture stays short and the buttons
     below it stay close; in a narrow column it goes below. */
  .picture {
    flex: 1 1 calc(16 * var(--_rem));
    max-inline-size: calc(26 * var(--_rem));
    margin: 0 auto;
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem)) var(--_rem);
    align-items: center;
  }
  .picture > svg,
  .picture > figcaption {
    flex: 1 1 calc(9 * var(--_rem));
    min-inline-size: 0;
  }
  .panel {
    flex: 999 1 calc(18 * var(--_rem));
  }
  .picture svg {
    max-inline-size: calc(16 * var(--_rem));
    max-block-size: 50vh;
    block-size: auto;
    overflow: visible;
  }
  figcaption {
    display: grid;
    gap: calc(0.25 * var(--_rem));
  }
  .status {
    font-weight: 700;
  }
  .was-note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .legend {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(0.25 * var(--_rem));
  }
  .legend li {
    display: flex;
    gap: calc(0.5 * var(--_rem));
    align-items: baseline;
  }
  .swatch {
    flex: none;
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: calc(0.375 * var(--_rem));
    border-radius: 2px;
    background: var(--_k);
    vertical-align: -0.1em;
  }
  .legend .swatch {
    margin-inline-end: 0;
  }
  .k-physical {
    --_k: var(--rugwijs-load-physical, #0072b2);
  }
  .k-life {
    --_k: var(--rugwijs-load-life, #c05200);
  }
  .k-sleep {
    --_k: var(--rugwijs-load-sleep, #7a4fa3);
  }
  .k-mind {
    --_k: var(--rugwijs-load-mind, #00806a);
  }
  .k-day {
    --_k: var(--rugwijs-load-day, #8a9bab);
  }
  .k-drop {
    --_k: var(--_water);
  }
  .panel,
  .lever,
  .overflow-note,
  .note {
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
    inline-size: 100%;
    font-weight: 700;
  }
  .overflow-note,
  .note {
    padding: calc(0.75 * var(--_rem)) var(--_rem);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_accent);
  }
  .hint {
    color: var(--_muted);
  }
  /* The protective cycle: four boxes clockwise, an arrow in each gap leading to the next. */
  .cycle {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: calc(2.25 * var(--_rem));
    inline-size: 100%;
  }
  .cycle li {
    position: relative;
    display: grid;
    place-items: center;
    text-align: center;
    min-block-size: calc(5.5 * var(--_rem));
    padding: calc(0.5 * var(--_rem));
    border: 3px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-weight: 600;
    line-height: 1.3;
  }
  .cycle li:nth-child(3) {
    grid-area: 2 / 2;
  }
  .cycle li:nth-child(4) {
    grid-area: 2 / 1;
  }
  .cycle li::after {
    position: absolute;
    inset-block-start: calc(50% - 0.5em);
    inset-inline-start: calc(50% - 0.3em);
    color: var(--_accent);
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1;
  }
  .cycle li:nth-child(1)::after {
    content: '→';
    inset-inline-start: calc(100% + 0.3em);
  }
  .cycle li:nth-child(2)::after {
    content: '↓';
    inset-block-start: calc(100% + 0.25em);
  }
  .cycle li:nth-child(3)::after {
    content: '←';
    inset-inline: auto calc(100% + 0.3em);
  }
  .cycle li:nth-child(4)::after {
    content: '↑';
    inset-block: auto calc(100% + 0.25em);
  }
  .sources {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .sources summary {
    cursor: pointer;
    min-block-size: 24px;
  }
  .sources ul {
    margin: calc(0.5 * var(--_rem)) 0 0;
    padding-inline-start: calc(1.25 * var(--_rem));
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

  /* The bucket. New layers pour in from below; the spill and crest fade in. */
  .bucket .inside {
    fill: var(--_surface-alt);
  }
  .bucket .layer {
    fill: var(--_k);
    stroke: var(--_surface);
    stroke-width: 1.5;
    transform-box: fill-box;
    transform-origin: bottom;
    animation: pour 0.5s ease-out;
  }
  .bucket .walls,
  .bucket .brim,
  .bucket .handle,
  .bucket .ear,
  .bucket .was {
    fill: none;
    stroke: currentColor;
    stroke-width: 5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .bucket .brim {
    stroke-width: 7;
  }
  .bucket .handle {
    stroke-width: 3;
  }
  .bucket .ear {
    fill: var(--_surface);
    stroke-width: 2.5;
  }
  .bucket .was {
    stroke: var(--_muted);
    stroke-width: 2;
    stroke-dasharray: 5 5;
  }
  .bucket .crest,
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
  .bucket .crest,
  .bucket .spill,
  .bucket .puddle {
    animation: spill 0.5s ease-in 0.3s both;
  }
  .bucket .drop {
    opacity: 0;
  }
  .bucket.dropped .drop {
    animation: fall 0.9s ease-in forwards;
  }
  @keyframes pour {
    from {
      transform: scaleY(0);
    }
  }
  @keyframes spill {
    from {
      opacity: 0;
    }
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
      transform: translateY(70px);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bucket .layer,
    .bucket .crest,
    .bucket .spill,
    .bucket .puddle {
      animation: none;
    }
    /* The drop is shown resting above the bucket instead of falling. */
    .bucket.dropped .drop {
      animation: none;
      opacity: 1;
    }
  }
  /* Forced colours (Windows high contrast): the browser would paint pressed text on its own
     backplate, white on white. The picture and the pressed loads use system colours themselves:
     CanvasText for the drawing, Highlight for water and pressed buttons, Canvas between layers. */
  @media (forced-colors: active) {
    .bucket,
    .swatch,
    button.toggle[aria-pressed='true'] {
      forced-color-adjust: none;
    }
    .bucket {
      color: CanvasText;
    }
    .bucket .inside,
    .bucket .ear {
      fill: Canvas;
    }
    .bucket .layer,
    .bucket .crest,
    .bucket .drop,
    .bucket .puddle,
    .swatch {
      fill: Highlight;
      background: Highlight;
      stroke: Canvas;
    }
    .bucket .spill {
      stroke: Highlight;
    }
    .swatch {
      border: 1px solid CanvasText;
    }
    button.toggle[aria-pressed='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .nav,
    .loads,
    .drop-row {
      display: none;
    }
  }
`;
