/**
 * The body of the exercise figure, without any drawing: its parts with their length and thickness,
 * the rig that turns two poses into joints that rotate, and the outline of a pose in the picture
 * box. The renderer draws exactly these outlines, so tests of the outline test the picture.
 */
import type { BodyPart, Box, Illustration, Pose } from '../data/types.js';

/** A round-ended bar along its part: from x0 to x1, radius r0 at x0 and r1 at x1 (x0 = x1: a disc). */
export type Cap = readonly [x0: number, x1: number, r0: number, r1: number];

/** Where bodies rest: the floor, or the top of the mat. */
export const FLOOR = 112;
/** The chair, seen from the side: its back at x, the top of its back and of its seat; `chair-ahead` stands `ahead` further right. */
export const CHAIR = { x: 45, top: 57, seat: 90, ahead: 45 } as const;

export type Part = 'pelvis' | 'chest' | 'belly' | 'head' | 'upperArm' | 'forearm' | 'thigh' | 'shin' | 'foot';

/**
 * Every part in its own frame: it starts at its joint and points along +x, its front towards +y.
 * The first number is where the next joint sits, then the part's bars. Proportions of an adult,
 * in units of the 160 x 120 box.
 */
export const BODY: Record<Part, readonly [len: number, ...caps: Cap[]]> = {
  pelvis: [12, [0, 12, 6.2, 5.6]],
  chest: [20, [0, 20, 5.6, 6.2]],
  // Hangs from the shoulders back to the lower belly and turns a little to push it forward.
  belly: [0, [25, 25, 6, 6]],
  // Neck and skull.
  head: [0, [0, 5, 2.6, 2.6], [10.3, 10.3, 6.3, 6.3]],
  upperArm: [18.5, [0, 18.5, 2.8, 2.2]],
  // Forearm and hand.
  forearm: [15, [0, 15, 2.2, 1.8], [16.5, 16.5, 2.5, 2.5]],
  thigh: [27, [0, 27, 4.6, 3.3]],
  shin: [26, [0, 26, 3.3, 2.1]],
  foot: [0, [-2, 8, 2.2, 1.5]],
};

export interface Joint {
  part: Part;
  /** The limb or trunk part it belongs to; the head belongs to none and never takes the accent. */
  chain?: BodyPart;
  /** Drawn behind the body. */
  far: boolean;
  /** Angle relative to the parent at the start and at the end. */
  from: number;
  to: number;
  children: Joint[];
}

export interface Rig {
  hipFrom: readonly [number, number];
  hipTo: readonly [number, number];
  /** In drawing order: far leg, near leg, trunk (with arms, belly and head). */
  joints: Joint[];
}

/** The shortest signed turn from a to b, in (-180, 180]. */
export function turn(a: number, b: number): number {
  const d = (((b - a) % 360) + 540) % 360 - 180;
  return d === -180 ? 180 : d;
}

export function rig(start: Pose, end: Pose): Rig {
  /** Parts each carried by the one before, from their absolute directions in both poses. */
  const chain = (parts: Part[], angles: (p: Pose) => readonly number[], name?: BodyPart, far = false, pf = start.trunk, pt = end.trunk) => {
    const [a, b] = [angles(start), angles(end)];
    const joints = parts.map((part, i): Joint => {
      const from = turn(i ? a[i - 1]! : pf, a[i]!);
      // Animate the short way round: the end angle is the start plus the shortest turn.
      return { part, chain: name, far, from, to: from + turn(from, turn(i ? b[i - 1]! : pt, b[i]!)), children: [] };
    });
    joints.reduce((parent, child) => (parent.children.push(child), child));
    return joints[0]!;
  };
  const arm = (i: 0 | 1) => chain(['upperArm', 'forearm'], (p) => p.arms[i], i ? 'farArm' : 'nearArm', !!i);
  const leg = (i: 0 | 1) => chain(['thigh', 'shin', 'foot'], (p) => p.legs[i], i ? 'farLeg' : 'nearLeg', !!i, 0, 0);
  const pelvis = chain(['pelvis'], (p) => [p.pelvis ?? p.trunk], 'pelvis', false, 0, 0);
  const chest = chain(['chest'], (p) => [p.trunk], 'chest', false, pelvis.from, pelvis.to);
  pelvis.children.push(chest);
  chest.children.push(arm(1), chain(['head'], (p) => [p.head]), arm(0));
  // The belly turns about the shoulders just enough to rise by the pose's amount where it sits.
  if ((start.belly ?? end.belly) !== undefined) chest.children.splice(1, 0, chain(['belly'], (p) => [p.trunk + 180 - (Math.asin((p.belly ?? 0) / 25) * 180) / Math.PI], 'belly'));
  return { hipFrom: start.hip, hipTo: end.hip, joints: [leg(1), leg(0), pelvis] };
}

export type Point = readonly [x: number, y: number];

/** One round-ended bar of the outline, in the picture box. */
export interface Shape {
  part: Part;
  far: boolean;
  /** Which bar of the part: the hand is bar 1 of the forearm, the skull bar 1 of the head. */
  bar: number;
  a: Point;
  b: Point;
  ra: number;
  rb: number;
}

/**
 * The outline of a pose: every part as a bar or disc in the picture box, as the renderer draws it.
 * With an end pose, the outline at fraction t of the movement, where CSS has turned every joint
 * that far (the hip moves in a straight line).
 */
export function outline(pose: Pose, end = pose, t = 0): Shape[] {
  const out: Shape[] = [];
  const visit = (j: Joint, origin: Point, parentAngle: number) => {
    const angle = parentAngle + j.from + t * (j.to - j.from);
    const rad = (angle * Math.PI) / 180;
    const at = (x: number): Point => [origin[0] + x * Math.cos(rad), origin[1] + x * Math.sin(rad)];
    const [len, ...caps] = BODY[j.part];
    caps.forEach(([x0, x1, ra, rb], bar) => out.push({ part: j.part, far: j.far, bar, a: at(x0), b: at(x1), ra, rb }));
    for (const child of j.children) visit(child, at(len), angle);
  };
  const hip: Point = [pose.hip[0] + t * (end.hip[0] - pose.hip[0]), pose.hip[1] + t * (end.hip[1] - pose.hip[1])];
  for (const j of rig(pose, end).joints) visit(j, hip, 0);
  return out;
}

/** The lowest point of a shape (the largest y). */
export const lowest = (s: Shape) => Math.max(s.a[1] + s.ra, s.b[1] + s.rb);
/** The highest point of a shape (the smallest y). */
export const highest = (s: Shape) => Math.min(s.a[1] - s.ra, s.b[1] - s.rb);

/** How far a point lies outside a shape (negative: inside), the radius taken along the bar. */
export function distance(p: Point, s: Shape): number {
  const [dx, dy] = [s.b[0] - s.a[0], s.b[1] - s.a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p[0] - s.a[0]) * dx + (p[1] - s.a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - s.a[0] - t * dx, p[1] - s.a[1] - t * dy) - (s.ra + t * (s.rb - s.ra));
}

/**
 * The part of the 160 x 120 box a picture needs: the body in both poses and its props, with a
 * margin, never narrower than 4:3, so a lying person fills the width and a standing one still fits.
 * Built-in illustrations store the result as their `box`, so pages do not compute it.
 */
export function fitBox(illustration: Illustration): Box {
  const props = illustration.props ?? [];
  const shapes = [illustration.start, illustration.end].flatMap((pose) => outline(pose));
  const xs = shapes.flatMap((s) => [s.a[0] - s.ra, s.b[0] - s.rb, s.a[0] + s.ra, s.b[0] + s.rb]);
  const ys = shapes.map(highest);
  if (props.includes('wall')) xs.push(154), ys.push(8);
  for (const p of ['chair', 'chair-ahead'] as const) {
    const x = CHAIR.x + (p === 'chair' ? 0 : CHAIR.ahead);
    if (props.includes(p)) xs.push(x - 2, x + 28), ys.push(CHAIR.top);
  }
  const [left, right] = [Math.min(...xs), Math.max(...xs)];
  const y = Math.max(0, Math.floor(Math.min(...ys) - 5));
  const height = 118 - y;
  const width = Math.min(160, Math.ceil(Math.max(right - left + 14, height * 1.34)));
  return [Math.max(0, Math.min(160 - width, Math.round((left + right - width) / 2))), y, width, height];
}
