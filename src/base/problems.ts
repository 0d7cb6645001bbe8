import { msg } from '@lit/localize';
import type { Problem } from '../data/validate.js';

/**
 * The short, localized sentence a patient sees in place of the broken part: something a patient
 * can act on, never an id, a value or a technical reason (those go to the console warning,
 * warnings.ts). Loaded only when a page has bad input, which most pages never have.
 */
export function problemText(problem: Problem): string {
  switch (problem.code) {
    case 'unknown-exercise':
    case 'bad-exercise':
      return msg('Deze oefening kunnen we nu niet laten zien. Vraag je therapeut ernaar.', { id: 'problem.unknown-exercise' });
    case 'empty-list':
      return msg('In dit programma staan nog geen oefeningen. Vraag je therapeut ernaar.', { id: 'problem.empty-list' });
    case 'bad-json':
      return msg('Een deel hiervan kunnen we nu niet laten zien. Vraag je therapeut ernaar.', { id: 'problem.bad-json' });
    case 'bad-dose':
      return msg('Hoe vaak je dit doet, kunnen we niet laten zien. Vraag het je therapeut.', { id: 'problem.bad-dose' });
    case 'bad-link':
      return msg('De link naar de praktijk werkt nu niet.', { id: 'problem.bad-link' });
    case 'bad-phone':
      return msg('Een telefoonnummer van de praktijk klopt niet. Dat laten we weg.', { id: 'problem.bad-phone' });
    case 'incomplete':
      return msg('Een deel van deze oefening kunnen we niet laten zien.', { id: 'problem.incomplete' });
    case 'bad-sign':
      return msg('Een extra vraag van de praktijk klopt niet. Die laten we weg.', { id: 'problem.bad-sign' });
    case 'unknown-load':
    case 'bad-load':
      return msg('Iets van de praktijk voor de emmer klopt niet. Dat laten we weg.', { id: 'problem.bad-load' });
    case 'too-long':
      return msg('Deze tekst is te lang. We tonen alleen het begin.', { id: 'problem.too-long' });
    case 'unknown-statement':
      return msg('Een van de stellingen kennen we niet. Die laten we weg.', { id: 'problem.unknown-statement' });
    case 'unknown-situation':
      return msg('Een van de situaties kennen we niet. Die laten we weg.', { id: 'problem.unknown-situation' });
    case 'unknown-section':
      return msg('Een van de onderdelen kennen we niet. Dat laten we weg.', { id: 'problem.unknown-section' });
    case 'bad-region':
    case 'bad-value':
      return msg('Een instelling hiervan klopt niet. De rest werkt gewoon.', { id: 'problem.bad-value' });
  }
}
