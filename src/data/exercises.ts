/**
 * The built-in exercises of content-brief.md section 4, all at once, for code that wants the whole
 * set. Each exercise lives in its own module (src/data/exercises/<id>.ts): the elements load only
 * the ones they show, through exercise-library.ts. Text is written by us at language level B1
 * and looked up at render time; the poses were computed so that hands, knees and feet meet the
 * floor.
 */
import type { Exercise } from './types.js';
import { birdDog } from './exercises/bird-dog.js';
import { singleLegBridge } from './exercises/single-leg-bridge.js';
import { plank } from './exercises/plank.js';
import { deadBug } from './exercises/dead-bug.js';
import { pelvicTilt } from './exercises/pelvic-tilt.js';
import { morningMobility } from './exercises/morning-mobility.js';
import { walking } from './exercises/walking.js';
import { bellyBreathing } from './exercises/belly-breathing.js';
import { postureBreak } from './exercises/posture-break.js';

export { exerciseIds, generalSafety } from './exercise-library.js';
export { birdDog, singleLegBridge, plank, deadBug, pelvicTilt, morningMobility, walking, bellyBreathing, postureBreak };

/** Every built-in exercise, by id, in the order of the content brief. */
export const exercises: Readonly<Record<string, Exercise>> = Object.freeze(
  Object.fromEntries([birdDog, singleLegBridge, plank, deadBug, pelvicTilt, morningMobility, walking, bellyBreathing, postureBreak].map((e) => [e.id, e])),
);
