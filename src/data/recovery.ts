/**
 * The usual course of new low back pain (content-brief.md section 1) and what helps in each
 * phase. The ids are public: the `phase` property and the `rugwijs-week-change` event use them.
 */
import { msg } from '@lit/localize';
import type { Source, Text } from './types.js';
import { dahm2010 } from './sources/activity.js';
import { kngf2021, nhg2017 } from './sources/guidelines.js';
import { nice59, pengel2003 } from './evidence.js';

/** The pooled course of acute and persistent low back pain: the chart's figures. */
export const costa2012: Source = {
  title: 'Costa LdaCM et al. The prognosis of acute and persistent low-back pain: a meta-analysis. CMAJ 2012;184(11):E613-24',
  url: 'https://doi.org/10.1503/cmaj.111271',
};

/** Leg pain (sciatica) settles in 3 of 4 people within three months. */
export const nhgLrs2015: Source = {
  title: 'NHG-Standaard Lumbosacraal radiculair syndroom (2015)',
  url: 'https://richtlijnen.nhg.org/standaarden/lumbosacraal-radiculair-syndroom',
};

/** One measured point: weeks after the pain began, the average pain on a 0 to 100 scale. */
export interface CoursePoint {
  week: number;
  pain: number;
  /** The 95% confidence interval of that average, as Costa 2012 reports it. */
  low: number;
  high: number;
}

/**
 * The pooled mean pain of the cohorts with acute pain in Costa et al. 2012 (33 cohorts, 11 166
 * people), with the 95% confidence interval of each mean. The interval says how sure the study
 * is of the average; it is NOT the spread between people, and the element says so. The line is
 * drawn straight between these points: nothing between them is invented.
 */
export const course: readonly CoursePoint[] = [
  { week: 0, pain: 52, low: 48, high: 57 },
  { week: 6, pain: 23, low: 21, high: 25 },
  { week: 26, pain: 12, low: 9, high: 15 },
  { week: 52, pain: 6, low: 3, high: 10 },
];

export const courseSources: readonly Source[] = [costa2012, pengel2003];

export type PhaseId = 'first-days' | 'weeks' | 'six-weeks' | 'long-lasting';

export interface Phase {
  id: PhaseId;
  /** The first week (0 to 52) this phase covers; it runs until the next phase starts. */
  from: number;
  title: Text;
  /** What helps now, one short idea each. */
  advice: readonly Text[];
  sources: readonly Source[];
}

export const phases: readonly Phase[] = [
  {
    id: 'first-days',
    from: 0,
    title: () => msg('De eerste dagen', { id: 'course.phase.first-days' }),
    advice: [
      () => msg('Blijf bewegen, zo veel als goed voelt. Rustig wandelen is goed.', { id: 'course.first-days.move' }),
      () => msg('Doe een paar dagen lichter werk. Zwaar werk kan even wachten.', { id: 'course.first-days.lighter' }),
      () => msg('In bed blijven helpt niet. Warmte kan de pijn wat verzachten.', { id: 'course.first-days.bed' }),
    ],
    sources: [nhg2017, dahm2010],
  },
  {
    id: 'weeks',
    from: 1,
    title: () => msg('De eerste weken', { id: 'course.phase.weeks' }),
    advice: [
      () => msg('Bouw stap voor stap op. Doe elke dag iets meer.', { id: 'course.weeks.build' }),
      () => msg('Bij de meeste mensen wordt de pijn in deze weken veel minder.', { id: 'course.weeks.most' }),
      () => msg('Blijf werken als het kan. Of ga snel weer aan de slag.', { id: 'course.weeks.work' }),
    ],
    sources: [costa2012, nhg2017, kngf2021],
  },
  {
    id: 'six-weeks',
    from: 6,
    title: () => msg('Na zes weken', { id: 'course.phase.six-weeks' }),
    advice: [
      () => msg('Gaat het na zes weken niet beter? Ga dan naar je huisarts of fysiotherapeut.', { id: 'course.six-weeks.see' }),
      () => msg('Samen kijk je wat jou helpt.', { id: 'course.six-weeks.together' }),
      () => msg('Blijf in de tussentijd bewegen.', { id: 'course.six-weeks.keep' }),
    ],
    sources: [nhg2017, kngf2021],
  },
  {
    id: 'long-lasting',
    from: 12,
    title: () => msg('Na twaalf weken', { id: 'course.phase.long-lasting' }),
    advice: [
      () => msg('Heb je al langer dan twaalf weken pijn? Dan helpt actief oefenen.', { id: 'course.long-lasting.active' }),
      () => msg('Bouw het oefenen stap voor stap op.', { id: 'course.long-lasting.build' }),
      () => msg('Ben je bang om te bewegen? Praat erover met je therapeut.', { id: 'course.long-lasting.fear' }),
      () => msg('Let ook op je slaap en op stress.', { id: 'course.long-lasting.sleep' }),
    ],
    sources: [kngf2021, nice59],
  },
];

export const phaseIds: readonly PhaseId[] = phases.map((p) => p.id);

/** Two facts every patient should hear, whatever the week. */
export const courseFacts: readonly { id: string; text: Text; sources: readonly Source[] }[] = [
  {
    id: 'recurrence',
    text: () => msg('Rugpijn komt vaak terug. Ongeveer 7 van de 10 mensen krijgen binnen een jaar weer rugpijn. Dat is geen teken van schade.', { id: 'course.fact.recurrence' }),
    sources: [pengel2003],
  },
  {
    id: 'leg-pain',
    text: () => msg('Heb je ook pijn in je been? Bij 3 van de 4 mensen gaat die binnen drie maanden over.', { id: 'course.fact.leg-pain' }),
    sources: [nhgLrs2015],
  },
];
