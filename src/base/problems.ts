import { msg, str } from '@lit/localize';
import type { Problem } from '../data/validate.js';
import { preview } from './preview.js';

/**
 * The short, localized sentence a patient sees in place of the broken part. Loaded only when a
 * page has bad input, which most pages never have.
 */
export function problemText(problem: Problem): string {
  const value = preview(problem.value);
  switch (problem.code) {
    case 'unknown-exercise':
      return msg(str`We kennen de oefening "${value}" niet.`, { id: 'problem.unknown-exercise' });
    case 'empty-list':
      return msg('Er staan geen oefeningen in dit programma.', { id: 'problem.empty-list' });
    case 'bad-json':
      return msg('De gegevens van deze oefening kloppen niet.', { id: 'problem.bad-json' });
    case 'bad-exercise':
      return msg('Deze oefening kunnen we niet tonen. De gegevens kloppen niet.', { id: 'problem.bad-exercise' });
    case 'bad-dose':
      return msg('Het aantal keer kunnen we niet tonen.', { id: 'problem.bad-dose' });
    case 'bad-link':
      return msg('De link naar de praktijk werkt niet.', { id: 'problem.bad-link' });
    case 'bad-phone':
      return msg('Het telefoonnummer van de praktijk klopt niet.', { id: 'problem.bad-phone' });
    case 'bad-region':
      return msg(str`Regio "${value}" kennen we niet.`, { id: 'problem.bad-region' });
    case 'incomplete':
      return msg('Een deel van deze oefening kunnen we niet tonen.', { id: 'problem.incomplete' });
    case 'bad-sign':
      return msg('Een extra vraag van de praktijk klopt niet. Die laten we weg.', { id: 'problem.bad-sign' });
    case 'unknown-load':
      return msg(str`We kennen "${value}" niet als iets dat je emmer vult.`, { id: 'problem.unknown-load' });
    case 'bad-load':
      return msg('Iets dat de praktijk aan de emmer toevoegt, klopt niet. Dat laten we weg.', { id: 'problem.bad-load' });
    case 'too-long':
      return msg('Deze tekst is te lang. We tonen alleen het begin.', { id: 'problem.too-long' });
    case 'unknown-statement':
      return msg('Een van de stellingen kennen we niet. Die laten we weg.', { id: 'problem.unknown-statement' });
    case 'unknown-situation':
      return msg('Een van de situaties kennen we niet. Die laten we weg.', { id: 'problem.unknown-situation' });
    case 'bad-value':
      return msg(str`De waarde "${value}" klopt niet.`, { id: 'problem.bad-value' });
  }
}
