import { css } from 'lit';

export const cardStyles = css`
  :host {
    container-type: inline-size;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .title {
    font-size: 1.3em;
    line-height: 1.25;
  }
  .purpose {
    color: var(--_muted);
  }
  .sub {
    font-size: 1em;
    margin-block-end: calc(0.25 * var(--_rem));
  }
  .picture-area {
    display: grid;
    gap: calc(0.5 * var(--_rem));
    justify-items: center;
  }
  /* The full content width on a phone, at least 480 px on a desktop card; 40 rem keeps a wide
     card's picture from growing past what fits on a screen with the steps below it. */
  .picture {
    inline-size: 100%;
    max-inline-size: calc(40 * var(--_rem));
    color: var(--_text);
  }
  .legend {
    color: var(--_muted);
  }
  .dose {
    font-weight: 600;
    padding: calc(0.5 * var(--_rem)) calc(0.75 * var(--_rem));
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) * 0.5);
  }
  ol.steps {
    padding-inline-start: calc(1.5 * var(--_rem));
    display: grid;
    gap: calc(0.25 * var(--_rem));
  }
  .pair {
    display: grid;
    gap: calc(0.75 * var(--_rem));
  }
  @container (min-width: 34em) {
    .pair {
      grid-template-columns: 1fr 1fr;
    }
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
  /* While guided, a patient on the floor sees the picture, the count and the buttons together. */
  .guiding > :not(.title, .picture-area, .guided) {
    display: none;
  }
  .guiding .guided {
    border: none;
    padding: 0;
  }
  .guiding .count {
    font-size: 2.5em;
    line-height: 1.1;
  }
  /* The main button gets a row of its own: the easiest target for a hand reaching from the floor. */
  .session .primary {
    flex-basis: 100%;
  }
  /* On a short screen the picture gives way, so the count and the buttons stay in view. */
  @media (max-height: 800px) {
    .guiding .picture {
      max-inline-size: min(100%, 42vh);
    }
  }
  .guided {
    display: grid;
    gap: calc(0.5 * var(--_rem));
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }
  .session {
    display: grid;
    gap: calc(0.5 * var(--_rem));
    text-align: center;
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) * 0.5);
    padding: var(--_space);
  }
  .count {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .clock {
    font-size: 2.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem));
    justify-content: center;
  }
  .sources {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .sources summary {
    cursor: pointer;
    min-block-size: calc(1.5 * var(--_rem));
  }
  .sources ul {
    padding-inline-start: calc(1.25 * var(--_rem));
  }
  @media (prefers-reduced-motion: reduce) {
    .motion-toggle {
      display: none;
    }
  }
  @media print {
    .card {
      border: none;
      padding: 0;
    }
    button,
    .guided,
    .sources,
    .contact {
      display: none;
    }
    .picture {
      max-inline-size: 14cm;
    }
  }
  @media (forced-colors: active) {
    /* Backgrounds are gone in forced colours: frames keep the dose and the guided area apart. */
    .dose,
    .session {
      border: 1px solid CanvasText;
    }
  }
`;
