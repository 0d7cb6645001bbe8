/**
 * Turns two poses into a rig: a tree of joints, each with the angle it has relative to its parent
 * at the start and at the end. The renderer nests one rotating group per joint, so CSS can animate
 * every joint from one angle to the other without any JavaScript per frame.
 */
import type { Pose } from '../data/types.js';

/** Lengths of the body parts in the 160 x 120 picture box. */
export const BODY = {
  trunk: 36,
  neck: 5,
  headRadius: 7,
  upperArm: 17,
  forearm: 16,
  thigh: 24,
  shin: 23,
  foot: 7,
} as const;

export type Part = 'trunk' | 'head' | 'upperArm' | 'forearm' | 'thigh' | 'shin' | 'foot';

export interface Joint {
  part: Part;
  /** Drawn behind the body, in a lighter tone. */
  far: boolean;
  /** Angle relative to the parent, in degrees, at the start and at the end. */
  from: number;
  to: number;
  children: Joint[];
}

export interface Rig {
  hipFrom: readonly [number, number];
  hipTo: readonly [number, number];
  /** In drawing order: far leg, trunk (with arms and head), near leg. */
  joints: Joint[];
}

/** The shortest signed turn from a to b, in (-180, 180]. */
export function turn(a: number, b: number): number {
  const d = (((b - a) % 360) + 540) % 360 - 180;
  return d === -180 ? 180 : d;
}

function joint(part: Part, far: boolean, parentFrom: number, parentTo: number, from: number, to: number, children: (f: number, t: number) => Joint[] = () => []): Joint {
  const relFrom = turn(parentFrom, from);
  // Animate the short way round: the end angle is the start plus the shortest turn.
  const relTo = relFrom + turn(relFrom, turn(parentTo, to));
  return { part, far, from: relFrom, to: relTo, children: children(from, to) };
}

export function rig(start: Pose, end: Pose): Rig {
  const leg = (i: 0 | 1) =>
    joint('thigh', i === 1, 0, 0, start.legs[i][0], end.legs[i][0], (f, t) => [
      joint('shin', i === 1, f, t, start.legs[i][1], end.legs[i][1], (f2, t2) => [
        joint('foot', i === 1, f2, t2, start.legs[i][2], end.legs[i][2]),
      ]),
    ]);
  const arm = (i: 0 | 1, parentFrom: number, parentTo: number) =>
    joint('upperArm', i === 1, parentFrom, parentTo, start.arms[i][0], end.arms[i][0], (f, t) => [
      joint('forearm', i === 1, f, t, start.arms[i][1], end.arms[i][1]),
    ]);
  const trunk = joint('trunk', false, 0, 0, start.trunk, end.trunk, (f, t) => [
    arm(1, f, t),
    joint('head', false, f, t, start.head, end.head),
    arm(0, f, t),
  ]);
  return { hipFrom: start.hip, hipTo: end.hip, joints: [leg(1), trunk, leg(0)] };
}

/** Where every joint ends up in a pose: used to check that feet and hands meet the floor. */
export function jointPositions(pose: Pose): Record<string, [number, number]> {
  const at = (p: [number, number], angle: number, length: number): [number, number] => [
    p[0] + length * Math.cos((angle * Math.PI) / 180),
    p[1] + length * Math.sin((angle * Math.PI) / 180),
  ];
  const hip: [number, number] = [pose.hip[0], pose.hip[1]];
  const shoulder = at(hip, pose.trunk, BODY.trunk);
  const out: Record<string, [number, number]> = { hip, shoulder, head: at(shoulder, pose.head, BODY.neck + BODY.headRadius) };
  (['near', 'far'] as const).forEach((side, i) => {
    const elbow = at(shoulder, pose.arms[i]![0], BODY.upperArm);
    out[`${side}Elbow`] = elbow;
    out[`${side}Hand`] = at(elbow, pose.arms[i]![1], BODY.forearm);
    const knee = at(hip, pose.legs[i]![0], BODY.thigh);
    const ankle = at(knee, pose.legs[i]![1], BODY.shin);
    out[`${side}Knee`] = knee;
    out[`${side}Ankle`] = ankle;
    out[`${side}Toe`] = at(ankle, pose.legs[i]![2], BODY.foot);
  });
  return out;
}
