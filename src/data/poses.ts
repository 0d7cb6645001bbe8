/**
 * Poses several exercises share. The mat's top is at y = 112: lying on the back, the hip and the
 * shoulders sit 6.2 above it (the thickness of the trunk). Angles were worked out from where the
 * body rests; test/model/figure-contact.test.ts checks every pose against the mat.
 */
import type { LegPose, Pose } from './types.js';

/** Arms along the body on the mat, hands resting. */
export const lyingArms = [[8, 3.9], [8, 3.9]] as const;
/** Knee bent about 90 degrees, foot flat on the mat. */
export const bentLeg: LegPose = [-35, 48.5, 0];
export const lyingHead = 181;

export const lyingKneesBent: Pose = {
  hip: [78, 105.8], trunk: 180, head: lyingHead,
  arms: lyingArms,
  legs: [bentLeg, bentLeg],
};

/** Knees under the hips, hands under the shoulders, looking at the floor. */
export const handsAndKnees: Pose = {
  hip: [64, 81.7], trunk: -13, head: -8,
  arms: [[90, 90], [90, 90]],
  legs: [[90, 177.4, 178], [90, 177.4, 178]],
};

export const standing: Pose = {
  hip: [72, 56.8], trunk: -90, head: -90,
  arms: [[95, 88], [86, 92]],
  legs: [[90, 90, 0], [90, 90, 0]],
};

/** Forearms and toes, one straight line from the shoulders to the heels. */
export const plankEnd: Pose = {
  hip: [78.3, 95.6], trunk: -7.7, head: -2,
  arms: [[90, -1], [90, -1]],
  legs: [[172.3, 172.3, 80], [172.3, 172.3, 80]],
};

/** On the back, arms up, hips and knees at 90 degrees. */
export const deadBugStart: Pose = {
  ...lyingKneesBent,
  arms: [[-90, -90], [-90, -90]],
  legs: [[-90, 0, -70], [-90, 0, -70]],
};
