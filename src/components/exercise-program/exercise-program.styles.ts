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
    gap: 0.375rem;
    font-weight: 600;
  }
  .bar {
    block-size: 0.75rem;
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
    gap: 0.5rem;
  }
  label.done {
    display: inline-flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    justify-self: start;
    cursor: pointer;
    font-weight: 600;
  }
  label.done input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
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
`;
