import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Source } from '../data/types.js';

/** The sources of one statement, small, under it: a clinician can check each one. */
export function renderSources(list: readonly Source[]): TemplateResult | typeof nothing {
  if (!list.length) return nothing;
  return html`<p class="sources">
    ${msg('Bron:', { id: 'explainer.source' })}
    ${list.map((s, i) => html`${i ? '; ' : ''}${s.url ? html`<a href=${s.url} rel="noopener">${s.title}</a>` : s.title}`)}
  </p>`;
}
