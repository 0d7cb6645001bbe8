import { css } from 'lit';

export const selfCareStyles = css`
  .picker {
    display: grid;
    gap: calc(0.5 * var(--_rem));
  }
  .pick {
    font-weight: 700;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem));
  }
  button.situation {
    border-color: var(--_border);
    color: var(--_text);
  }
  /* The open situation shows in three ways: the fill, a check mark and the border. */
  button.situation[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  button.situation[aria-pressed='true']::before {
    content: '✓ ';
  }
  .motion-toggle {
    justify-self: start;
  }
  .panel {
    display: none;
    gap: var(--_space);
  }
  .panel.open {
    display: grid;
  }
  .panel-title {
    font-size: 1.2em;
    line-height: 1.25;
  }
  .tips {
    container-type: inline-size;
    display: grid;
    gap: calc(0.75 * var(--_rem));
    padding: 0;
    list-style: none;
  }
  .tip {
    display: grid;
    gap: calc(0.5 * var(--_rem)) var(--_space);
    align-items: center;
    padding: calc(0.75 * var(--_rem));
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .tip.with-picture {
    grid-template-columns: calc(12 * var(--_rem)) 1fr;
  }
  /* Narrow: the picture above its tip, big enough to recognise the movement. */
  @container (max-width: 30em) {
    .tip.with-picture {
      grid-template-columns: 1fr;
    }
    .picture {
      inline-size: 100%;
      max-inline-size: calc(16 * var(--_rem));
    }
  }
  .call {
    display: grid;
    gap: calc(0.5 * var(--_rem));
    padding: var(--_space);
    border-inline-start: 4px solid var(--_warning);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_warning-surface);
  }
  .call-title,
  .mistakes-title {
    font-size: 1.1em;
  }
  .mistakes {
    display: grid;
    gap: calc(0.5 * var(--_rem));
  }
  .mistakes ul {
    display: grid;
    gap: calc(0.5 * var(--_rem));
    padding-inline-start: calc(1.25 * var(--_rem));
  }
  /* Paused: the start and the end side by side, as under reduced motion, not a frozen frame. */
  .paused .moving {
    display: none;
  }
  .paused .stills {
    display: flex;
  }
  /* Nothing moves under reduced motion, so there is nothing to stop. */
  @media (prefers-reduced-motion: reduce) {
    .motion-toggle {
      display: none;
    }
  }
  @media print {
    .picker {
      display: none;
    }
    .panel {
      display: grid;
      break-inside: avoid-page;
    }
    .tip {
      break-inside: avoid;
    }
  }
`;
