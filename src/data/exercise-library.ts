/**
 * Where the built-in exercises live, for the elements: each exercise is a module of its own,
 * fetched the first time a card shows it, so a page with one card does not download all nine.
 */
import { msg } from '@lit/localize';
import type { Exercise } from './types.js';
import { onDemand } from '../base/on-demand.js';
import { needTexts } from '../base/localization.js';

const importers: Readonly<Record<string, () => Promise<Exercise>>> = {
  'bird-dog': () => import('./exercises/bird-dog.js').then((m) => m.birdDog),
  'single-leg-bridge': () => import('./exercises/single-leg-bridge.js').then((m) => m.singleLegBridge),
  'plank': () => import('./exercises/plank.js').then((m) => m.plank),
  'dead-bug': () => import('./exercises/dead-bug.js').then((m) => m.deadBug),
  'pelvic-tilt': () => import('./exercises/pelvic-tilt.js').then((m) => m.pelvicTilt),
  'morning-mobility': () => import('./exercises/morning-mobility.js').then((m) => m.morningMobility),
  'walking': () => import('./exercises/walking.js').then((m) => m.walking),
  'belly-breathing': () => import('./exercises/belly-breathing.js').then((m) => m.bellyBreathing),
  'posture-break': () => import('./exercises/posture-break.js').then((m) => m.postureBreak),
};

/** The ids of the built-in exercises, in the order of the content brief. */
export const exerciseIds: readonly string[] = Object.keys(importers);

export const isExerciseId = (id: string): boolean => Object.hasOwn(importers, id);

/** One on-demand module per exercise: fetched once, then at hand. */
const modules = new Map(Object.entries(importers).map(([id, importer]) => [id, onDemand(importer)]));

/**
 * Puts exercises at hand synchronously, for server rendering (src/ssr.ts): a server renders once,
 * with no second render after an import() resolves. The browser never calls this and stays lazy.
 */
export function provideExercises(list: readonly Exercise[]): void {
  for (const exercise of list) modules.set(exercise.id, { value: exercise, load: () => Promise.resolve(exercise) });
}

/** A built-in exercise if its module is already here; undefined until `loadExercise` resolved. */
export function loadedExercise(id: string): Exercise | undefined {
  return modules.get(id)?.value;
}

/** Fetches a built-in exercise's module once; later calls share the same promise. */
export function loadExercise(id: string): Promise<Exercise> {
  const module = modules.get(id);
  if (!module) return Promise.reject(new Error(`unknown exercise ${id}`));
  // The exercise's translations come with it, so it never shows in Dutch on an English page.
  return Promise.all([module.load(), needTexts([`exercise.${id}`])]).then(([exercise]) => exercise);
}

/** The safety note every exercise card shows. */
export const generalSafety = (): string =>
  msg('Een beetje ongemak mag. Is het de volgende ochtend weer zoals altijd? Dan was het goed. Wordt de pijn duidelijk erger? Stop dan. Stop ook als de pijn naar je been trekt. Of als je been doof voelt of tintelt. Vraag dan je therapeut om raad. Bouw rustig op.', {
    id: 'exercise.safety',
  });

/** The one red-flag line under the safety note: signs of nerve trouble need a doctor today. */
export const safetyAlarm = (): string =>
  msg('Kun je opeens moeilijk plassen? Of voelt het doof rond je billen of anus? Bel dan meteen je huisarts.', { id: 'exercise.safety-alarm' });
