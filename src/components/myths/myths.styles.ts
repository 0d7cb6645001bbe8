import { css } from 'lit';

export const mythStyles = css`
    .card,
    .end {
      display: grid;
      gap: calc(0.75 * var(--_rem));
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .progress {
      color: var(--_muted);
      font-size: 0.9em;
      font-weight: 600;
    }
    .statement,
    .score {
      font-size: 1.3em;
      font-weight: 700;
      line-height: 1.3;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: calc(0.75 * var(--_rem));
    }
    .choices button {
      flex: 1 1 calc(8 * var(--_rem));
      min-block-size: calc(3 * var(--_rem));
      font-weight: 700;
    }
    .result {
      display: grid;
      gap: calc(0.5 * var(--_rem));
      padding: calc(0.75 * var(--_rem));
      border-inline-start: 4px solid var(--_border);
      background: var(--_surface);
      border-radius: calc(var(--_radius) * 0.5);
    }
    /* A right answer gets the accent and a check; another answer a calm grey, never red. */
    .result.right {
      border-inline-start-color: var(--_accent);
    }
    .result.right .verdict strong::before {
      content: '✓ ';
      color: var(--_accent);
    }
    .you-said {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .next,
    .again {
      justify-self: start;
    }
    .review {
      display: none;
      gap: calc(0.75 * var(--_rem));
    }
    .review.shown {
      display: grid;
    }
    .review-title {
      font-size: 1.15em;
    }
    .review ol {
      display: grid;
      gap: var(--_space);
      padding-inline-start: calc(1.5 * var(--_rem));
    }
    .review li {
      display: grid;
      gap: calc(0.25 * var(--_rem));
    }
    .statement-text {
      font-weight: 700;
    }
    @media print {
      .card {
        display: none;
      }
      .review {
        display: grid;
      }
    }
`;
