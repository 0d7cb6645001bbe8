/**
 * What the checklist says for each level, per region. The words for therapists differ by region
 * (fysiotherapeut or oefentherapeut in NL, kinesitherapeut in BE), not by language, so the region
 * picks the message.
 *
 * An emergency or urgent box holds medical help only: 112, the GP and the out-of-hours service.
 * The calmer levels always end with the same safety net: worse, or a sign appears, call the GP.
 */
import { msg, str } from '@lit/localize';
import type { Contact } from '../model/triage.js';
import type { Level } from './warning-signs.js';

export interface Call {
  label: string;
  phone: string;
  /** A fallback (112 when no doctor can be reached): shown less loud than the main call. */
  fallback?: boolean;
}

export interface AdviceText {
  title: string;
  /** Tap-to-call links, most urgent first. Alarm boxes show them right under the title. */
  calls: Call[];
  /** What to do, in short sentences. */
  lines: string[];
}

/** "Bel 112", "Bel 1733": the label of a tap-to-call link. */
const callLabel = (phone: string): string => msg(str`Bel ${phone}`, { id: 'advice.call' });

function therapist(contact: Contact): string {
  if (contact.region === 'BE') return msg('Een kinesitherapeut kan je helpen.', { id: 'advice.therapist.BE' });
  if (contact.region === 'INT') return msg('Een fysiotherapeut kan je helpen.', { id: 'advice.therapist.INT' });
  return msg('Een fysiotherapeut of oefentherapeut kan je helpen. Je hebt daar geen verwijzing voor nodig.', { id: 'advice.therapist.NL' });
}

/**
 * The safety net under every calmer level: it never tells a patient to wait when it gets worse,
 * and says whom to call when the GP's practice is closed.
 */
export function safetyNet(contact: Contact): string {
  const closed =
    contact.region === 'BE'
      ? msg('Is je huisarts niet bereikbaar? Bel 1733.', { id: 'advice.safety-net.BE' })
      : contact.region === 'NL'
        ? msg('Is de praktijk dicht? Bel de huisartsenpost.', { id: 'advice.safety-net.NL' })
        : msg('Is je huisarts dicht? Bel de dokterdienst voor buiten kantoortijd.', { id: 'advice.safety-net.INT' });
  return `${msg('Wordt het erger, of krijg je een van deze signalen? Bel dan meteen je huisarts.', { id: 'advice.safety-net' })} ${closed}`;
}

/**
 * @param emergencyNumber the number to call when no doctor can be reached (112; in region INT the
 * practice's setting).
 */
export function adviceText(level: Level, contact: Contact, earlySigns: boolean, emergencyNumber = '112'): AdviceText {
  switch (level) {
    case 'emergency':
      return {
        title: msg(str`Bel nu ${contact.phone}`, { id: 'advice.emergency.title' }),
        calls: [{ label: callLabel(contact.phone!), phone: contact.phone! }],
        lines: [
          contact.region === 'INT'
            ? msg(str`Wacht niet. Bel nu ${contact.phone}, of ga nu naar de spoedeisende hulp.`, { id: 'advice.emergency.text.INT' })
            : msg(str`Wacht niet. Bel nu ${contact.phone}.`, { id: 'advice.emergency.text' }),
          msg('Twijfel je? Bel toch.', { id: 'advice.in-doubt-call' }),
        ],
      };
    case 'urgent': {
      const ooh = contact.outOfHours!;
      const closed =
        ooh.who === 'huisarts-van-wacht'
          ? msg('Is je huisarts niet bereikbaar? Bel dan 1733. Dan krijg je de huisarts van wacht.', { id: 'advice.urgent.BE' })
          : ooh.who === 'huisartsenpost'
            ? msg("Is de praktijk dicht, 's avonds, 's nachts of in het weekend? Bel dan de huisartsenpost.", { id: 'advice.urgent.NL' })
            : msg('Is je huisarts dicht? Bel dan de dokterdienst voor buiten kantoortijd.', { id: 'advice.urgent.INT' });
      const findNumber = ooh.phone
        ? []
        : [msg('Het nummer hoor je als je je huisarts belt. Of je vindt het op de website van je huisarts.', { id: 'advice.urgent.find-number' })];
      // Each call link says whom it calls: the GP has no number here, so no link may look like "call your GP".
      const outOfHoursCall =
        ooh.who === 'huisarts-van-wacht'
          ? msg(str`Huisarts van wacht: bel ${ooh.phone}`, { id: 'advice.urgent.call.BE' })
          : ooh.who === 'huisartsenpost'
            ? msg(str`Huisartsenpost: bel ${ooh.phone}`, { id: 'advice.urgent.call.NL' })
            : msg(str`Buiten kantoortijd: bel ${ooh.phone}`, { id: 'advice.urgent.call.INT' });
      return {
        title: msg('Bel nu je huisarts', { id: 'advice.urgent.title' }),
        calls: [
          ...(ooh.phone ? [{ label: outOfHoursCall, phone: ooh.phone }] : []),
          { label: msg(str`Geen arts te bereiken? Bel ${emergencyNumber}.`, { id: 'advice.urgent.no-doctor' }), phone: emergencyNumber, fallback: true },
        ],
        lines: [
          msg('Wacht niet. Bel meteen. Een arts moet je vandaag nog zien.', { id: 'advice.urgent.text' }),
          closed,
          ...findNumber,
          msg('Twijfel je? Bel toch.', { id: 'advice.in-doubt-call' }),
        ],
      };
    }
    case 'soon':
      return {
        title: msg('Maak een afspraak bij je huisarts', { id: 'advice.soon.title' }),
        calls: [],
        lines: [msg('Bel de praktijk van je huisarts in de komende dagen.', { id: 'advice.soon.text' }), safetyNet(contact)],
      };
    case 'review':
      return {
        title:
          contact.region === 'BE'
            ? msg('Laat je huisarts of kinesitherapeut opnieuw kijken', { id: 'advice.review.title.BE' })
            : contact.region === 'INT'
              ? msg('Laat je huisarts of fysiotherapeut opnieuw kijken', { id: 'advice.review.title.INT' })
              : msg('Laat je huisarts of fysiotherapeut opnieuw kijken', { id: 'advice.review.title.NL' }),
        calls: [],
        lines: [msg('Maak een afspraak. Samen kijk je wat er nodig is.', { id: 'advice.review.text' }), safetyNet(contact)],
      };
    case 'none':
      return earlySigns
        ? {
            title: msg('Je rug geeft vroege signalen', { id: 'advice.early.title' }),
            calls: [],
            lines: [msg('Blijf bewegen en bouw rustig op. Let op stress en slaap.', { id: 'advice.early.text' }), therapist(contact), safetyNet(contact)],
          }
        : {
            title: msg('Je zei nee op de vragen over alarmsignalen', { id: 'advice.none.title' }),
            calls: [],
            lines: [
              msg('Bij de meeste mensen wordt rugpijn in een paar weken veel minder.', { id: 'advice.none.course' }),
              msg('Blijf bewegen. Dat helpt je rug.', { id: 'advice.none.move' }),
              therapist(contact),
              safetyNet(contact),
            ],
          };
  }
}

/** While emergency, urgent or soon questions are open, the checklist says how many, never "none". */
export function openQuestionsText(count: number, plural: (n: number) => Intl.LDMLPluralRule): { title: string; text: string } {
  return {
    title:
      plural(count) === 'one'
        ? msg('Nog 1 vraag zonder antwoord', { id: 'signs.open.title.one' })
        : msg(str`Nog ${count} vragen zonder antwoord`, { id: 'signs.open.title.other' }),
    text: msg('Beantwoord eerst alle vragen. Dan pas kunnen we iets zeggen over je klachten.', { id: 'signs.open.text' }),
  };
}

/**
 * "This is not a diagnosis", with what to do: in an alarm box only the call it already asks for
 * (never "contact your GP", which a patient with chest pain could read as "instead of 112").
 */
export function notADiagnosis(level: Level = 'none', contact?: Contact): string {
  if (level === 'emergency') return msg(str`Dit is geen diagnose. Maar bel wel nu ${contact?.phone ?? '112'}.`, { id: 'advice.not-a-diagnosis.emergency' });
  if (level === 'urgent') return msg('Dit is geen diagnose. Maar bel wel nu een arts.', { id: 'advice.not-a-diagnosis.urgent' });
  return msg('Dit is geen diagnose. Twijfel je? Neem dan contact op met je huisarts.', { id: 'advice.not-a-diagnosis' });
}
