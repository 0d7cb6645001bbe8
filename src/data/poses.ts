/** Poses several exercises share (hip at y = 107 when lying, floor at y = 112). */
import type { LegPose, Pose } from './types.js';

export const lyingArms = [[0, 0], [0, 0]] as const;
export const bentLeg: LegPose = [-47, 54, 0];
export const lyingHead = 194;

export const handsAndKnees: Pose = {
  hip: [50, 84], trunk: -15, head: 0,
  arms: [[90, 90], [90, 90]],
  legs: [[90, 180, 180], [90, 180, 180]],
};

export const lyingKneesBent: Pose = {
  hip: [76, 107], trunk: 180, head: lyingHead,
  arms: lyingArms,
  legs: [bentLeg, bentLeg],
};

export const standing: Pose = {
  hip: [80, 61], trunk: -90, head: -90,
  arms: [[100, 94], [82, 86]],
  legs: [[90, 90, 0], [92, 90, 0]],
};


export const plankEnd: Pose = {
  hip: [74, 96], trunk: -8, head: -8,
  arms: [[90, 0], [90, 0]],
  legs: [[172, 172, 75], [172, 172, 75]],
};

export const deadBugStart: Pose = {
  ...lyingKneesBent,
  arms: [[-90, -90], [-88, -88]],
  legs: [[-90, 0, -60], [-88, 2, -58]],
};
