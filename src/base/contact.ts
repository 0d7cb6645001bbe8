import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { telHref, type PracticeSettings } from '../data/validate.js';

/** The practice's contact details, or nothing when the practice gave none. */
export function contactBlock({ practiceName, contactHref, contactPhone }: PracticeSettings): TemplateResult | typeof nothing {
  if (!practiceName && !contactHref && !contactPhone) return nothing;
  const who = practiceName ?? msg('je therapeut', { id: 'contact.your-therapist' });
  return html`<div class="contact" part="contact">
    <p>${msg(str`Vragen? Neem contact op met ${who}.`, { id: 'contact.questions' })}</p>
    <p class="contact-links">
      ${contactHref ? html`<a href=${contactHref} rel="noopener">${msg('Maak een afspraak', { id: 'contact.book' })}</a>` : nothing}
      ${contactPhone ? html`<a href=${telHref(contactPhone)}>${msg(str`Bel ${contactPhone}`, { id: 'contact.call' })}</a>` : nothing}
    </p>
  </div>`;
}
