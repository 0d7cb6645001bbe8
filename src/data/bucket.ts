/**
 * The bucket of content-brief.md section 3: what fills it, what lowers the level and how it grows.
 * The numbers are units of one bucket (the capacity starts at 100); they are a picture, not a
 * measurement, and the text never says otherwise. The ids are public: the `loads` attribute,
 * the `rugwijs-bucket-change` event and tests use them. The sentences the element shows are in
 * bucket-text.ts.
 */
import { msg } from '@lit/localize';
import type { Source, Text } from './types.js';
import { kngf2021, nhg2017 } from './sources/guidelines.js';

export type LoadKind = 'physical' | 'life' | 'sleep' | 'mind';

export { loadKinds } from './vocabulary.js';

/** One thing that fills the bucket. */
export interface Load {
  id: string;
  label: Text;
  kind: LoadKind;
  /** How much it fills, in units of a bucket that holds 100 (1 to 100). */
  size: number;
}

/**
 * A practice's own load, as the bucket's `loads` takes it: plain data, its label in the page's
 * language. Read as untrusted all the same: a bad one is left out with a notice.
 */
export interface OwnLoad {
  /** Lowercase letters, digits and dashes; a built-in id replaces that load. */
  id: string;
  /** At most 80 characters. */
  label: string;
  kind: LoadKind;
  /** How much it fills a bucket that holds 100: a whole number from 1 to 100. */
  size: number;
}

/** One thing that lowers the level. */
export interface Relief {
  id: string;
  label: Text;
  size: number;
}

export const loads: readonly Load[] = [
  { id: 'moving-house', kind: 'physical', size: 30, label: () => msg('Helpen met verhuizen', { id: 'bucket.load.moving-house' }) },
  { id: 'long-sitting', kind: 'physical', size: 20, label: () => msg('Lang zitten', { id: 'bucket.load.long-sitting' }) },
  { id: 'heavy-lifting', kind: 'physical', size: 25, label: () => msg('Meer tillen dan je gewend bent', { id: 'bucket.load.lifting-more' }) },
  { id: 'hectic-period', kind: 'life', size: 20, label: () => msg('Een drukke tijd', { id: 'bucket.load.hectic-period' }) },
  { id: 'new-job', kind: 'life', size: 15, label: () => msg('Een nieuwe baan', { id: 'bucket.load.new-job' }) },
  { id: 'bad-night', kind: 'sleep', size: 15, label: () => msg('Slecht geslapen', { id: 'bucket.load.bad-night' }) },
  { id: 'worry', kind: 'mind', size: 15, label: () => msg('Zorgen', { id: 'bucket.load.worry' }) },
  { id: 'stress', kind: 'mind', size: 20, label: () => msg('Stress', { id: 'bucket.load.stress' }) },
];

export const reliefs: readonly Relief[] = [
  { id: 'rest', size: 10, label: () => msg('Even rust, dan weer bewegen', { id: 'bucket.relief.rest-move' }) },
  { id: 'sleep', size: 15, label: () => msg('Goed slapen', { id: 'bucket.relief.sleep' }) },
  { id: 'relax', size: 10, label: () => msg('Ontspannen', { id: 'bucket.relief.relax' }) },
  { id: 'enjoy', size: 10, label: () => msg('Iets leuks doen', { id: 'bucket.relief.enjoy' }) },
  { id: 'posture', size: 10, label: () => msg('Vaak van houding wisselen', { id: 'bucket.relief.posture' }) },
];

/** The last drop: a small, everyday movement. */
export const lastDrop = { id: 'pen', size: 5 } as const;

export const startCapacity = 100;

/**
 * In the last-drop step the day's small things top the bucket up to here, just below the brim,
 * so that the pen (5) always tips it over, whatever the patient chose in step 1.
 */
export const dayLevel = 97;

/** Building up week by week: each week adds a little, up to above where it was before. */
export const growth = { perWeek: 8, weeks: 6 } as const;

export function kindLabel(kind: LoadKind): string {
  switch (kind) {
    case 'physical':
      return msg('Lichaam', { id: 'bucket.kind.physical' });
    case 'life':
      return msg('Leven', { id: 'bucket.kind.life' });
    case 'sleep':
      return msg('Slaap', { id: 'bucket.kind.sleep' });
    case 'mind':
      return msg('Hoofd', { id: 'bucket.kind.mind' });
  }
}

export type BucketStep = 'fill' | 'overflow' | 'protect' | 'help';

export const steps: readonly BucketStep[] = ['fill', 'overflow', 'protect', 'help'];

export function stepTitle(step: BucketStep): string {
  switch (step) {
    case 'fill':
      return msg('Wat vult je emmer?', { id: 'bucket.step.fill' });
    case 'overflow':
      return msg('De laatste druppel', { id: 'bucket.step.overflow' });
    case 'protect':
      return msg('Je lichaam beschermt zich', { id: 'bucket.step.protect' });
    case 'help':
      return msg('Wat helpt', { id: 'bucket.step.help' });
  }
}

/** The protective cycle, in order; the last leads back to the first. */
export const protectionCycle: readonly (() => string)[] = [
  () => msg('Je spieren spannen zich aan.', { id: 'bucket.cycle.tense' }),
  () => msg('Je rug wordt stijf en pijnlijk.', { id: 'bucket.cycle.stiff' }),
  () => msg('Je gaat minder bewegen.', { id: 'bucket.cycle.move-less' }),
  () => msg('Je rug blijft stijf en pijnlijk.', { id: 'bucket.cycle.stays' }),
];

/**
 * Where the bucket's statements come from; each can be checked by a patient or a clinician.
 * The two guidelines are the shared ones (sources/guidelines.ts), which every page already has.
 * - Moseley & Butler: pain as a protector that rises with evidence of danger and settles with
 *   evidence of safety (the alarm, the protective cycle, "moving tells the brain it is safe").
 * - NHG 2017: stay active, pain is usually not a sign of damage, recovery differs per person.
 * - KNGF 2021: graded activity, building load step by step (the bigger bucket).
 */
export const bucketSources: readonly Source[] = [
  { title: 'Moseley GL, Butler DS. Explain Pain Supercharged. Adelaide: Noigroup Publications; 2017.' },
  nhg2017,
  kngf2021,
];
