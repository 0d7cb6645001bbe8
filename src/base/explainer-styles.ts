import { css } from 'lit';

/** What the explainers (myths, self-care, recovery course) share: layout, title and sources. */
export const explainerStyles = css`
  section[part='base'] {
    display: grid;
    gap: var(--_space);
  }
  .heading {
    font-size: 1.4em;
    line-height: 1.2;
  }
  .sources {
    font-size: 0.85em;
    color: var(--_muted);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  @media print {
    button {
      display: none !important;
    }
    .sources a {
      color: inherit;
    }
  }
`;
