/**
 * What you can do yourself, by situation (content-brief.md section 5, seeds 002, 003, 004): short
 * tips, some with a picture of the posture or movement, and the mistakes that belong to each
 * situation. The situation ids are public: the `situation` and `situations` attributes and the
 * `rugwijs-situation-change` event use them.
 */
import { msg } from '@lit/localize';
import type { Region } from '../base/localization.js';
import type { Illustration, Pose, Source } from './types.js';
import { handsAndKnees, lyingKneesBent, standing } from './poses.js';
import { dahm2010, who2020 } from './sources/activity.js';
import { kngf2021, nhg2017 } from './sources/guidelines.js';
import { french2006, kovacs2003 } from './sources/self-care.js';
import { nice59, osullivan2020 } from './evidence.js';

export type SituationId = 'flare-up' | 'office' | 'home' | 'sport' | 'sleep' | 'work' | 'stress';
export type MistakeId = 'all-at-once' | 'cardio-only' | 'ignore-early-signs' | 'stress-sleep' | 'no-mobility';

/** Some advice names other people per region (who to talk to at work, who to call at night). */
export type RegionalText = (region: Region) => string;

export interface Tip {
  id: string;
  text: RegionalText;
  /** A picture where a posture or a movement is meant. */
  picture?: Illustration;
  sources: readonly Source[];
}

export interface Situation {
  id: SituationId;
  /** The short name on its button. */
  label: () => string;
  /** The title of its tips, when it says more than the label. */
  title?: () => string;
  tips: readonly Tip[];
  mistakes: readonly MistakeId[];
  /** Flare-up only: when to call instead of caring for yourself. */
  whenToCall?: boolean;
}

/** A tip, written short: the same Tip object, without repeating its field names 26 times. */
const tip = (id: string, text: RegionalText, sources: readonly Source[], picture?: Illustration): Tip => ({ id, text, sources, ...(picture ? { picture } : {}) });

const sitting: Pose = { hip: [58, 85], trunk: -90, head: -90, arms: [[70, 67], [72, 66]], legs: [[0, 90, 0], [2, 90, 0]] };
const squat: Pose = { hip: [78, 82], trunk: -68, head: -55, arms: [[96, 90], [92, 88]], legs: [[22, 110, 0], [18, 108, 0]] };
const stepA: Pose = { hip: [80, 61], trunk: -88, head: -85, arms: [[110, 95], [70, 50]], legs: [[70, 95, -15], [110, 120, 60]] };
const stepB: Pose = { hip: [80, 61], trunk: -88, head: -85, arms: [[70, 50], [110, 95]], legs: [[110, 120, 60], [70, 95, -15]] };

const pictures = {
  walk: { start: stepA, end: stepB, alt: () => msg('Iemand wandelt rustig en zwaait met de armen.', { id: 'selfcare.pic.walk' }) },
  standUp: {
    start: sitting,
    end: standing,
    props: ['chair'],
    alt: () => msg('Iemand zit op een stoel en staat op.', { id: 'selfcare.pic.stand-up' }),
  },
  lift: {
    start: standing,
    end: squat,
    alt: () => msg('Iemand buigt door de knieën om iets van de grond te pakken.', { id: 'selfcare.pic.lift' }),
  },
  strength: {
    start: handsAndKnees,
    end: { ...handsAndKnees, arms: [[90, 90], [-8, -8]], legs: [[183, 183, 95], [90, 180, 180]] },
    props: ['mat'],
    alt: () => msg('Iemand zit op handen en knieën en strekt een arm en het andere been.', { id: 'selfcare.pic.strength' }),
  },
  loosen: {
    start: standing,
    end: { hip: [73, 62], trunk: -30, head: 10, arms: [[80, 85], [84, 88]], legs: [[73, 90, 0], [75, 90, 0]] },
    alt: () => msg('Iemand staat en buigt rustig voorover met hangende armen.', { id: 'selfcare.pic.loosen' }),
  },
  breathe: {
    start: { ...lyingKneesBent, arms: [[3, -45], [0, 0]] },
    end: { ...lyingKneesBent, arms: [[3, -56], [0, 0]] },
    props: ['mat'],
    alt: () => msg('Iemand ligt op de rug met een hand op de buik. De hand gaat omhoog bij het inademen.', { id: 'selfcare.pic.breathe' }),
  },
} as const satisfies Record<string, Illustration>;

export const mistakes: Readonly<Record<MistakeId, { text: () => string; sources: readonly Source[] }>> = {
  'all-at-once': {
    text: () => msg('Meteen weer alles doen als de pijn zakt. Bouw liever stap voor stap op.', { id: 'selfcare.mistake.all-at-once' }),
    sources: [kngf2021],
  },
  'cardio-only': {
    text: () => msg('Alleen wandelen of fietsen. Doe ook oefeningen voor kracht.', { id: 'selfcare.mistake.cardio-only' }),
    sources: [kngf2021],
  },
  'ignore-early-signs': {
    text: () => msg('Vroege tekens niet zien, zoals een stijve rug in de ochtend. Let erop en doe het die dag rustiger aan.', { id: 'selfcare.mistake.ignore-early-signs' }),
    sources: [kngf2021],
  },
  'stress-sleep': {
    text: () => msg('Denken dat stress en slecht slapen niet uitmaken. Ook die kunnen rugpijn erger maken.', { id: 'selfcare.mistake.stress-sleep' }),
    sources: [osullivan2020],
  },
  'no-mobility': {
    text: () => msg('Alleen sterker worden en soepel blijven vergeten. Beweeg ook rustig alle kanten op.', { id: 'selfcare.mistake.no-mobility' }),
    sources: [kngf2021],
  },
};

export const situations: readonly Situation[] = [
  {
    id: 'flare-up',
    label: () => msg('Het schiet in je rug', { id: 'selfcare.flare-up.label' }),
    title: () => msg('Het schiet in je rug: wat nu?', { id: 'selfcare.flare-up.title' }),
    whenToCall: true,
    mistakes: ['all-at-once', 'ignore-early-signs'],
    tips: [
      tip('keep-moving', () => msg('Blijf bewegen, zo veel als goed voelt. Wandel een paar keer per dag een stukje.', { id: 'selfcare.flare-up.keep-moving' }), [nhg2017, dahm2010], pictures.walk),
      tip('no-bed-rest', () => msg('Blijf niet in bed liggen. Daar wordt je rug niet beter van.', { id: 'selfcare.flare-up.no-bed-rest' }), [dahm2010, nice59]),
      tip('heat', () => msg('Warmte kan de pijn verzachten. Neem een warme douche of gebruik een kruik.', { id: 'selfcare.flare-up.heat' }), [french2006]),
      tip('change-position', () => msg('Wissel vaak van houding. Zit, sta en loop om de beurt.', { id: 'selfcare.flare-up.change-position' }), [osullivan2020], pictures.standUp),
      tip('painkillers', () => msg('Gebruik pijnstillers alleen om te kunnen blijven bewegen. Vraag eerst je huisarts of apotheker welke je mag nemen.', { id: 'selfcare.flare-up.painkillers' }), [nhg2017]),
    ],
  },
  {
    id: 'office',
    label: () => msg('Op kantoor', { id: 'selfcare.office.label' }),
    mistakes: ['no-mobility', 'ignore-early-signs'],
    tips: [
      tip('stand-up', () => msg('Sta elke 30 minuten even op. Loop een klein rondje.', { id: 'selfcare.office.stand-up' }), [who2020], pictures.standUp),
      tip('chair', () => msg('Stel je stoel goed in. Je voeten staan plat op de grond of op een voetensteun.', { id: 'selfcare.office.chair' }), []),
      tip('next-posture', () => msg('Wissel vaak van houding. De beste houding is je volgende houding.', { id: 'selfcare.office.next-posture' }), [osullivan2020]),
    ],
  },
  {
    id: 'home',
    label: () => msg('Thuis: tillen en huishouden', { id: 'selfcare.home.label' }),
    mistakes: ['all-at-once', 'no-mobility'],
    tips: [
      tip('lift', () => msg('Tillen mag gewoon. Houd wat je tilt dicht bij je lijf. Buig door je knieën als dat prettig voelt.', { id: 'selfcare.home.lift' }), [osullivan2020], pictures.lift),
      tip('spread', () => msg('Verdeel zwaar werk over de dag. Wissel het af met licht werk.', { id: 'selfcare.home.spread' }), [kngf2021]),
      tip('cushions', () => msg('Gebruik kussens die je rug steunen, op de bank en in bed.', { id: 'selfcare.home.cushions' }), []),
    ],
  },
  {
    id: 'sport',
    label: () => msg('Bij sport', { id: 'selfcare.sport.label' }),
    mistakes: ['all-at-once', 'cardio-only', 'no-mobility'],
    tips: [
      tip('warm-up', () => msg('Warm altijd eerst op. Koel na het sporten rustig af.', { id: 'selfcare.sport.warm-up' }), [kngf2021], pictures.walk),
      tip('build-up', () => msg('Bouw rustig op. Doe elke week een beetje meer.', { id: 'selfcare.sport.build-up' }), [kngf2021]),
      tip('strength', () => msg('Doe ook oefeningen voor kracht. Zo kan je rug steeds meer aan.', { id: 'selfcare.sport.strength' }), [kngf2021], pictures.strength),
      tip('supple', () => msg('Blijf ook soepel. Buig en draai elke dag rustig.', { id: 'selfcare.sport.supple' }), [kngf2021], pictures.loosen),
    ],
  },
  {
    id: 'sleep',
    label: () => msg('Slapen', { id: 'selfcare.sleep.label' }),
    mistakes: ['stress-sleep', 'ignore-early-signs'],
    tips: [
      tip('pillow', () => msg('Slaap je op je zij? Leg dan een kussen tussen je knieën.', { id: 'selfcare.sleep.pillow' }), []),
      tip('mattress', () => msg('Een matras dat je goed steunt, kan helpen.', { id: 'selfcare.sleep.mattress' }), [kovacs2003]),
      tip('morning', () => msg('Stijf als je opstaat? Beweeg dan eerst rustig. Zo kom je los.', { id: 'selfcare.sleep.morning' }), [kngf2021], pictures.loosen),
    ],
  },
  {
    id: 'work',
    label: () => msg('Werk', { id: 'selfcare.work.label' }),
    mistakes: ['all-at-once'],
    tips: [
      tip('keep-working', () => msg('Blijf werken als het kan. Dat helpt je herstel.', { id: 'selfcare.work.keep-working' }), [nhg2017, nice59]),
      tip('adapted', () => msg('Gaat je gewone werk nog niet? Vraag dan om ander of lichter werk.', { id: 'selfcare.work.adapted' }), [nhg2017, nice59]),
      tip('back-early', () => msg('Ben je thuis? Ga dan snel weer aan de slag, eerst met aangepast werk.', { id: 'selfcare.work.back-early' }), [nhg2017]),
      tip(
        'who',
        (region) =>
          region === 'NL'
            ? msg('Praat erover met je leidinggevende en de bedrijfsarts.', { id: 'selfcare.work.who-nl' })
            : region === 'BE'
              ? msg('Praat erover met je leidinggevende en de arbeidsarts. Dat is de preventieadviseur van je werk.', { id: 'selfcare.work.who-be' })
              : msg('Praat erover met je leidinggevende en de arbodienst van je werk.', { id: 'selfcare.work.who-int' }),
        [nhg2017],
      ),
    ],
  },
  {
    id: 'stress',
    label: () => msg('Stress', { id: 'selfcare.stress.label' }),
    mistakes: ['stress-sleep'],
    tips: [
      tip('belly-breathing', () => msg('Adem rustig via je buik. Leg een hand op je buik en voel hem op en neer gaan. Doe dit elke dag een paar minuten.', { id: 'selfcare.stress.belly-breathing' }), [], pictures.breathe),
      tip('walk', () => msg('Beweeg elke dag, al is het maar 15 minuten wandelen.', { id: 'selfcare.stress.walk' }), [who2020], pictures.walk),
      tip('ask', () => msg('Durf hulp te vragen. Praat erover met iemand die je vertrouwt.', { id: 'selfcare.stress.ask' }), []),
    ],
  },
];

export const situationIds: readonly SituationId[] = situations.map((s) => s.id);

/**
 * When to call instead of caring for yourself (content-brief.md section 2), per region. Sources:
 * NHG-Standaard Aspecifieke lagerugpijn 2017 and NICE NG59, which the flare-up tips cite too.
 */
export function whenToCall(region: Region): { title: string; lines: string[] } {
  // The NHS treats these signs as an emergency; the NHG (NL, BE) as urgent: the GP today.
  const urgent = `${msg('Kun je niet goed plassen of poepen? Of voel je weinig tussen je benen?', { id: 'selfcare.call.urgent-signs' })} ${
    region === 'INT' ? msg('Bel dan meteen het alarmnummer.', { id: 'selfcare.call.urgent-int' }) : msg('Bel dan meteen je huisarts.', { id: 'selfcare.call.urgent' })
  }`;
  const night =
    region === 'NL'
      ? msg("'s Avonds, 's nachts en in het weekend bel je de huisartsenpost.", { id: 'selfcare.call.night-nl' })
      : region === 'BE'
        ? msg("'s Avonds, 's nachts en in het weekend bel je 1733, de huisarts van wacht.", { id: 'selfcare.call.night-be' })
        : msg('Buiten kantoortijd bel je de dokter van dienst.', { id: 'selfcare.call.night-int' });
  return {
    title: msg('Wanneer bel je de dokter?', { id: 'selfcare.call.title' }),
    lines: [
      urgent,
      msg('Heb je koorts of voel je je erg ziek? Bel dan ook meteen je huisarts.', { id: 'selfcare.call.fever' }),
      night,
      msg('Wordt de pijn steeds erger? Of is het na zes weken niet beter? Maak dan een afspraak bij je huisarts.', { id: 'selfcare.call.soon' }),
      msg('Twijfel je? Bekijk de waarschuwingssignalen of bel je huisarts.', { id: 'selfcare.call.signs' }),
    ],
  };
}
