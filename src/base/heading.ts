import { html, nothing, type TemplateResult } from 'lit';

/**
 * A real <h2> to <h6>, so a practice can fit our headings into its page outline. Lit cannot bind
 * a tag name, and five small templates cost less than lit/static-html.
 */
export function heading(level: number, content: unknown, cls: string, part?: string, focusable = false): TemplateResult {
  // The part name doubles as the id that aria-labelledby points to.
  const p = part ?? nothing;
  // Focusable from script only: steps move focus to their new title.
  const t = focusable ? '-1' : nothing;
  switch (level) {
    case 2:
      return html`<h2 class=${cls} id=${p} part=${p} tabindex=${t}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls} id=${p} part=${p} tabindex=${t}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} id=${p} part=${p} tabindex=${t}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} id=${p} part=${p} tabindex=${t}>${content}</h5>`;
    default:
      return html`<h6 class=${cls} id=${p} part=${p} tabindex=${t}>${content}</h6>`;
  }
}
