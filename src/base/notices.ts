import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Problem } from '../data/validate.js';
import { onDemand } from './on-demand.js';
import { preview } from './preview.js';
import { currentLocale, needTexts } from './localization.js';

/** The notice texts: most pages have no bad input and never load them. */
const problemTexts = onDemand(() => Promise.all([import('./problems.js'), needTexts(['problem'])]).then(([m]) => m.problemText));

/** The same problem reported twice (say, by a setting and a re-render) shows once. */
function unique(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.attribute}\u0000${p.code}\u0000${preview(p.value, 200)}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/**
 * The patient's side of bad input: one short notice per problem, in one block. `wait` is called
 * with the import of the texts the first time they are needed (the element re-renders when they
 * arrive). Rendered at the top of the widget, never inside an alert or a live region, so a screen
 * reader does not read them out with the advice.
 */
export function noticeBlock(problems: readonly Problem[], wait: (work: Promise<unknown>) => void): TemplateResult | typeof nothing {
  const list = unique(problems);
  if (!list.length) return nothing;
  const text = problemTexts.value;
  if (!text) {
    wait(problemTexts.load());
    return nothing;
  }
  return html`<div class="notices" part="notices">${list.map((p) => html`<p class="notice" part="notice">${text(p)}</p>`)}</div>`;
}

/**
 * What a patient sees when a part of the widget did not arrive over the network, with a button
 * that tries again. The text is here, not in problems.ts, because that file may be what failed.
 */
export function loadFailedBlock(retry: () => void, help: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="notices" part="notices">
    <p class="notice" part="notice">${inPageLanguage('Dit onderdeel laadt nu niet. Probeer het later opnieuw.', msg('Dit onderdeel laadt nu niet. Probeer het later opnieuw.', { id: 'problem.load-failed' }), 'This part is not loading right now. Please try again later.')}</p>
    <button type="button" class="retry" part="retry" @click=${retry}>${inPageLanguage('Opnieuw proberen', msg('Opnieuw proberen', { id: 'problem.retry' }), 'Try again')}</button>
    ${help}
  </div>`;
}

/**
 * The message, or English on a page that is not Dutch when its translation did not arrive either
 * (it may be in the file that failed): the same choice src/loader.ts makes.
 */
export function inPageLanguage(dutch: string, message: string, english: string): string {
  return message === dutch && !currentLocale().startsWith('nl') ? english : message;
}
