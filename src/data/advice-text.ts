/**
 * What the checklist says for each level, per region. The words for therapists differ by region
 * (fysiotherapeut or oefentherapeut in NL, kinesitherapeut in BE), not by language, so the region
 * picks the message.
 */
import { msg, str } from '@lit/localize';
import type { Contact } from '../model/triage.js';
import type { Level } from './warning-signs.js';

export interface AdviceText {
  title: string;
  /** What to do, in short sentences. */
  lines: string[];
  /** Label of the call link, when there is a number to call. */
  call?: string;
  /** What to do when the GP is closed (urgent only). */
  outOfHours?: string;
  outOfHoursCall?: string;
}

function therapist(contact: Contact): string {
  if (contact.region === 'BE') return msg('Een kinesitherapeut kan je helpen.', { id: 'advice.therapist.BE' });
  if (contact.region === 'INT') return msg('Een fysiotherapeut kan je helpen.', { id: 'advice.therapist.INT' });
  return msg('Een fysiotherapeut of oefentherapeut kan je helpen. Je hebt daar geen verwijzing voor nodig.', { id: 'advice.therapist.NL' });
}

export function adviceText(level: Level, contact: Contact, earlySigns: boolean): AdviceText {
  switch (level) {
    case 'emergency':
      return {
        title: msg(str`Bel nu ${contact.phone}`, { id: 'advice.emergency.title' }),
        lines: [msg('Wacht niet. Bel nu het alarmnummer.', { id: 'advice.emergency.text' })],
        call: msg(str`Bel ${contact.phone}`, { id: 'advice.call' }),
      };
    case 'urgent': {
      const ooh = contact.outOfHours!;
      return {
        title: msg('Bel vandaag nog je huisarts', { id: 'advice.urgent.title' }),
        lines: [msg('Wacht niet tot morgen. Bel nu je huisarts.', { id: 'advice.urgent.text' })],
        outOfHours:
          ooh.who === 'huisarts-van-wacht'
            ? msg('Is je huisarts niet bereikbaar? Bel dan 1733. Dan krijg je de huisarts van wacht.', { id: 'advice.urgent.BE' })
            : ooh.who === 'huisartsenpost'
              ? msg("Is de praktijk dicht, 's avonds, 's nachts of in het weekend? Bel dan de huisartsenpost.", { id: 'advice.urgent.NL' })
              : msg('Is je huisarts dicht? Bel dan de dokterdienst voor buiten kantoortijd.', { id: 'advice.urgent.INT' }),
        ...(ooh.phone ? { outOfHoursCall: msg(str`Bel ${ooh.phone}`, { id: 'advice.call' }) } : {}),
      };
    }
    case 'soon':
      return {
        title: msg('Maak een afspraak bij je huisarts', { id: 'advice.soon.title' }),
        lines: [msg('Doe dit binnen een paar dagen. Het hoeft niet vandaag.', { id: 'advice.soon.text' })],
      };
    case 'review':
      return {
        title: contact.region === 'BE'
          ? msg('Laat je huisarts of kinesitherapeut opnieuw kijken', { id: 'advice.review.title.BE' })
          : contact.region === 'INT'
            ? msg('Laat je huisarts of fysiotherapeut opnieuw kijken', { id: 'advice.review.title.INT' })
            : msg('Laat je huisarts of fysiotherapeut opnieuw kijken', { id: 'advice.review.title.NL' }),
        lines: [msg('Maak een afspraak als het je uitkomt. Samen kijk je wat er nodig is.', { id: 'advice.review.text' })],
      };
    case 'none':
      return earlySigns
        ? {
            title: msg('Je rug geeft vroege signalen', { id: 'advice.early.title' }),
            lines: [
              msg('Blijf bewegen en bouw rustig op. Let op stress en slaap.', { id: 'advice.early.text' }),
              therapist(contact),
            ],
          }
        : {
            title: msg('Je hebt geen van deze signalen', { id: 'advice.none.title' }),
            lines: [
              msg('Dat is een goed teken.', { id: 'advice.none.text' }),
              msg('Blijf bewegen. Dat helpt je rug.', { id: 'advice.none.move' }),
              msg('Krijg je later een van deze signalen? Doe de vragen dan opnieuw.', { id: 'advice.none.watch' }),
              therapist(contact),
            ],
          };
  }
}

export const notADiagnosis = (): string =>
  msg('Dit is geen diagnose. Twijfel je? Neem dan contact op met je huisarts.', { id: 'advice.not-a-diagnosis' });
