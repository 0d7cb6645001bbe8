import { css } from 'lit';

export const courseStyles = css`
  :host {
    --_band: var(--rugwijs-band, color-mix(in srgb, var(--_accent) 22%, transparent));
  }
  .chart {
    margin: 0;
    display: grid;
    gap: calc(0.5 * var(--_rem));
  }
  .chart svg {
    display: block;
    inline-size: 100%;
    max-inline-size: calc(30 * var(--_rem));
    block-size: auto;
    overflow: visible;
    font-family: inherit;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .tick,
  .axis {
    fill: var(--_muted);
    font-size: 15px;
  }
  .axis {
    font-weight: 700;
  }
  .band {
    fill: var(--_band);
    stroke: none;
  }
  .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3.5;
    stroke-linejoin: round;
  }
  .point {
    fill: var(--_accent);
  }
  .marker line {
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .marker circle {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 3;
  }
  .marker text {
    fill: var(--_text);
    font-size: 16px;
    font-weight: 700;
  }
  figcaption {
    display: grid;
    gap: calc(0.25 * var(--_rem));
  }
  .legend {
    color: var(--_muted);
    font-size: 0.95em;
  }
  /* The figures: for screen readers on screen (.visually-hidden, in the host styles); printed in full. */
  .figures th,
  .figures td {
    padding: calc(0.25 * var(--_rem)) calc(0.75 * var(--_rem));
    border: 1px solid var(--_border);
    text-align: start;
  }
  .figures caption {
    text-align: start;
    font-weight: 700;
  }
  .control {
    display: grid;
    gap: calc(0.5 * var(--_rem));
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .control label {
    font-weight: 700;
    font-size: 1.15em;
  }
  .week-value {
    font-size: 1.2em;
    font-weight: 700;
    color: var(--_accent);
  }
  input[type='range'] {
    inline-size: 100%;
    block-size: calc(2.75 * var(--_rem));
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .steppers {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem));
  }
  .steppers button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
  .phases {
    display: grid;
    gap: calc(0.75 * var(--_rem));
  }
  .phase-now {
    font-weight: 700;
  }
  .phase {
    display: none;
    gap: calc(0.5 * var(--_rem));
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-alt);
  }
  .phase.current {
    display: grid;
  }
  .phase-title,
  .facts-title {
    font-size: 1.15em;
    line-height: 1.25;
  }
  .phase ul,
  .facts ul {
    display: grid;
    gap: calc(0.375 * var(--_rem));
    padding-inline-start: calc(1.25 * var(--_rem));
  }
  .facts {
    display: grid;
    gap: calc(0.5 * var(--_rem));
  }
  @media (forced-colors: active) {
    .line,
    .marker line,
    .marker circle {
      stroke: CanvasText;
    }
    .band {
      fill: GrayText;
      opacity: 0.3;
    }
    .point {
      fill: CanvasText;
    }
    .tick,
    .axis,
    .marker text {
      fill: CanvasText;
    }
  }
  @media print {
    /* The question and the patient's answer stay; the slider and buttons go. */
    .control input,
    .steppers,
    .phase-now {
      display: none;
    }
    .phase {
      display: grid;
      break-inside: avoid;
    }
    .figures {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
      border-collapse: collapse;
    }
  }
`;
