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
import { sources } from './sources.js';
import { evidence } from './evidence.js';

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
  title: () => string;
  tips: readonly Tip[];
  mistakes: readonly MistakeId[];
  /** Flare-up only: when to call instead of caring for yourself. */
  whenToCall?: boolean;
}

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
    sources: [sources.practiceRecurring],
  },
  'cardio-only': {
    text: () => msg('Alleen wandelen of fietsen. Doe ook oefeningen voor kracht.', { id: 'selfcare.mistake.cardio-only' }),
    sources: [sources.practiceRecurring],
  },
  'ignore-early-signs': {
    text: () => msg('Vroege tekens niet zien, zoals een stijve rug in de ochtend. Let erop en doe het die dag rustiger aan.', { id: 'selfcare.mistake.ignore-early-signs' }),
    sources: [sources.practiceRecurring],
  },
  'stress-sleep': {
    text: () => msg('Denken dat stress en slecht slapen niet uitmaken. Ook die kunnen rugpijn erger maken.', { id: 'selfcare.mistake.stress-sleep' }),
    sources: [sources.practiceRecurring, evidence.osullivan2020],
  },
  'no-mobility': {
    text: () => msg('Alleen sterker worden en soepel blijven vergeten. Beweeg ook rustig alle kanten op.', { id: 'selfcare.mistake.no-mobility' }),
    sources: [sources.practiceRecurring],
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
      { id: 'keep-moving', picture: pictures.walk, sources: [sources.nhg2017, sources.dahm2010], text: () => msg('Blijf bewegen, zo veel als goed voelt. Wandel een paar keer per dag een stukje.', { id: 'selfcare.flare-up.keep-moving' }) },
      { id: 'no-bed-rest', sources: [sources.dahm2010, sources.nice59], text: () => msg('Blijf niet in bed liggen. Daar wordt je rug niet beter van.', { id: 'selfcare.flare-up.no-bed-rest' }) },
      { id: 'heat', sources: [sources.practiceMovement], text: () => msg('Warmte kan de pijn verzachten. Neem een warme douche of gebruik een kruik.', { id: 'selfcare.flare-up.heat' }) },
      { id: 'change-position', picture: pictures.standUp, sources: [sources.practiceMovement], text: () => msg('Wissel vaak van houding. Zit, sta en loop om de beurt.', { id: 'selfcare.flare-up.change-position' }) },
      { id: 'painkillers', sources: [sources.nhg2017], text: () => msg('Gebruik pijnstillers alleen om te kunnen blijven bewegen. Vraag eerst je huisarts of apotheker welke je mag nemen.', { id: 'selfcare.flare-up.painkillers' }) },
    ],
  },
  {
    id: 'office',
    label: () => msg('Op kantoor', { id: 'selfcare.office.label' }),
    title: () => msg('Op kantoor', { id: 'selfcare.office.title' }),
    mistakes: ['no-mobility', 'ignore-early-signs'],
    tips: [
      { id: 'stand-up', picture: pictures.standUp, sources: [sources.practiceRecurring, sources.practiceManual], text: () => msg('Sta elke 30 minuten even op. Loop een klein rondje.', { id: 'selfcare.office.stand-up' }) },
      { id: 'chair', sources: [sources.practiceRecurring], text: () => msg('Stel je stoel goed in. Je voeten staan plat op de grond of op een voetensteun.', { id: 'selfcare.office.chair' }) },
      { id: 'next-posture', sources: [evidence.osullivan2020], text: () => msg('Wissel vaak van houding. De beste houding is je volgende houding.', { id: 'selfcare.office.next-posture' }) },
      { id: 'breaks', sources: [sources.practiceRecurring], text: () => msg('Neem vaak een korte pauze. Strek je even uit.', { id: 'selfcare.office.breaks' }) },
    ],
  },
  {
    id: 'home',
    label: () => msg('Thuis: tillen en huishouden', { id: 'selfcare.home.label' }),
    title: () => msg('Thuis: tillen en huishouden', { id: 'selfcare.home.title' }),
    mistakes: ['all-at-once', 'no-mobility'],
    tips: [
      { id: 'lift', picture: pictures.lift, sources: [sources.practiceRecurring, evidence.osullivan2020], text: () => msg('Tillen mag gewoon. Houd wat je tilt dicht bij je lijf. Buig door je knieën als dat prettig voelt.', { id: 'selfcare.home.lift' }) },
      { id: 'spread', sources: [sources.practiceRecurring], text: () => msg('Verdeel zwaar werk over de dag. Wissel het af met licht werk.', { id: 'selfcare.home.spread' }) },
      { id: 'less-at-once', sources: [sources.kngf2021], text: () => msg('Doet tillen nu pijn? Til dan minder tegelijk en loop een keer extra.', { id: 'selfcare.home.less-at-once' }) },
      { id: 'cushions', sources: [sources.practiceRecurring], text: () => msg('Gebruik kussens die je rug steunen, op de bank en in bed.', { id: 'selfcare.home.cushions' }) },
    ],
  },
  {
    id: 'sport',
    label: () => msg('Bij sport', { id: 'selfcare.sport.label' }),
    title: () => msg('Bij sport', { id: 'selfcare.sport.title' }),
    mistakes: ['all-at-once', 'cardio-only', 'no-mobility'],
    tips: [
      { id: 'warm-up', picture: pictures.walk, sources: [sources.practiceRecurring], text: () => msg('Warm altijd eerst op. Koel na het sporten rustig af.', { id: 'selfcare.sport.warm-up' }) },
      { id: 'build-up', sources: [sources.practiceRecurring, sources.kngf2021], text: () => msg('Bouw rustig op. Doe elke week een beetje meer.', { id: 'selfcare.sport.build-up' }) },
      { id: 'strength', picture: pictures.strength, sources: [sources.kngf2021, sources.practiceManual], text: () => msg('Doe ook oefeningen voor kracht. Zo kan je rug steeds meer aan.', { id: 'selfcare.sport.strength' }) },
      { id: 'supple', picture: pictures.loosen, sources: [sources.practiceRecurring], text: () => msg('Blijf ook soepel. Buig en draai elke dag rustig.', { id: 'selfcare.sport.supple' }) },
    ],
  },
  {
    id: 'sleep',
    label: () => msg('Slapen', { id: 'selfcare.sleep.label' }),
    title: () => msg('Slapen', { id: 'selfcare.sleep.title' }),
    mistakes: ['stress-sleep', 'ignore-early-signs'],
    tips: [
      { id: 'pillow', sources: [sources.practiceRecurring], text: () => msg('Slaap je op je zij? Leg dan een kussen tussen je knieën.', { id: 'selfcare.sleep.pillow' }) },
      { id: 'mattress', sources: [sources.practiceRecurring], text: () => msg('Een matras dat je goed steunt, kan helpen.', { id: 'selfcare.sleep.mattress' }) },
      { id: 'rhythm', sources: [sources.practiceMovement], text: () => msg('Ga op vaste tijden naar bed. Goed slapen helpt je rug herstellen.', { id: 'selfcare.sleep.rhythm' }) },
      { id: 'morning', picture: pictures.loosen, sources: [sources.practiceRecurring], text: () => msg('Stijf als je opstaat? Beweeg dan eerst rustig. Zo kom je los.', { id: 'selfcare.sleep.morning' }) },
    ],
  },
  {
    id: 'work',
    label: () => msg('Werk', { id: 'selfcare.work.label' }),
    title: () => msg('Werken met rugpijn', { id: 'selfcare.work.title' }),
    mistakes: ['all-at-once'],
    tips: [
      { id: 'keep-working', sources: [sources.nhg2017, sources.nice59], text: () => msg('Blijf werken als het kan. Dat helpt je herstel.', { id: 'selfcare.work.keep-working' }) },
      { id: 'adapted', sources: [sources.nhg2017, sources.nice59], text: () => msg('Gaat je gewone werk nog niet? Vraag dan om ander of lichter werk.', { id: 'selfcare.work.adapted' }) },
      { id: 'back-early', sources: [sources.nhg2017], text: () => msg('Ben je thuis? Ga dan snel weer aan de slag, eerst met aangepast werk.', { id: 'selfcare.work.back-early' }) },
      { id: 'change', picture: pictures.standUp, sources: [sources.practiceRecurring], text: () => msg('Wissel zitten, staan en lopen af.', { id: 'selfcare.work.change' }) },
      {
        id: 'who',
        sources: [sources.nhg2017],
        text: (region) =>
          region === 'NL'
            ? msg('Praat erover met je leidinggevende en de bedrijfsarts.', { id: 'selfcare.work.who-nl' })
            : region === 'BE'
              ? msg('Praat erover met je leidinggevende en de arbeidsarts. Dat is de preventieadviseur van je werk.', { id: 'selfcare.work.who-be' })
              : msg('Praat erover met je leidinggevende en de arbodienst van je werk.', { id: 'selfcare.work.who-int' }),
      },
    ],
  },
  {
    id: 'stress',
    label: () => msg('Stress', { id: 'selfcare.stress.label' }),
    title: () => msg('Stress en spanning', { id: 'selfcare.stress.title' }),
    mistakes: ['stress-sleep'],
    tips: [
      { id: 'belly-breathing', picture: pictures.breathe, sources: [sources.practiceExercise], text: () => msg('Adem rustig via je buik. Leg een hand op je buik en voel hem op en neer gaan.', { id: 'selfcare.stress.belly-breathing' }) },
      { id: 'few-minutes', sources: [sources.practiceExercise], text: () => msg('Doe dit een paar minuten per dag. Zo zakt de spanning in je spieren.', { id: 'selfcare.stress.few-minutes' }) },
      { id: 'walk', picture: pictures.walk, sources: [sources.practiceExercise], text: () => msg('Beweeg elke dag, al is het maar 15 minuten wandelen.', { id: 'selfcare.stress.walk' }) },
      { id: 'enjoy', sources: [evidence.osullivan2020], text: () => msg('Plan ook rust en iets leuks in je week.', { id: 'selfcare.stress.enjoy' }) },
      { id: 'ask', sources: [sources.practiceExercise], text: () => msg('Durf hulp te vragen. Praat erover met iemand die je vertrouwt.', { id: 'selfcare.stress.ask' }) },
    ],
  },
];

export const situationIds: readonly SituationId[] = situations.map((s) => s.id);

/** When to call instead of caring for yourself (content-brief.md section 2), per region. */
export function whenToCall(region: Region): { title: string; lines: string[]; sources: readonly Source[] } {
  const urgent =
    region === 'INT'
      ? msg('Kun je niet goed plassen of poepen? Of voel je weinig tussen je benen? Bel dan meteen het alarmnummer.', { id: 'selfcare.call.urgent-int' })
      : msg('Kun je niet goed plassen of poepen? Of voel je weinig tussen je benen? Bel dan meteen je huisarts.', { id: 'selfcare.call.urgent' });
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
    sources: [sources.nhg2017, sources.nice59],
  };
}
