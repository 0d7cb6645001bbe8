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
    margin-block-end: 0.25rem;
  }
  .picture-area {
    display: grid;
    gap: 0.5rem;
    justify-items: center;
  }
  .picture {
    inline-size: 100%;
    max-inline-size: 22rem;
    color: var(--_text);
  }
  .dose {
    font-weight: 600;
    padding: 0.5rem 0.75rem;
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) * 0.5);
  }
  ol.steps {
    padding-inline-start: 1.5rem;
    display: grid;
    gap: 0.25rem;
  }
  .pair {
    display: grid;
    gap: 0.75rem;
  }
  @container (min-width: 36rem) {
    .pair {
      grid-template-columns: 1fr 1fr;
    }
  }
  .safety {
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--_radius) * 0.5);
  }
  .guided {
    display: grid;
    gap: 0.5rem;
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }
  .session {
    display: grid;
    gap: 0.5rem;
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
    gap: 0.5rem;
    justify-content: center;
  }
  .sources {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .sources summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  .sources ul {
    padding-inline-start: 1.25rem;
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
`;
