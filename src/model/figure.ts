/**
 * The body of the exercise figure, without any drawing: its parts with their length and thickness,
 * the rig that turns two poses into joints that rotate, and the outline of a pose in the picture
 * box. The renderer draws exactly these outlines, so tests of the outline test the picture.
 */
import type { BodyPart, Illustration, Pose } from '../data/types.js';

/**
 * A round-ended bar along its part: from x0 to x1, radius r0 at x0 and r1 at x1 (x0 = x1: a disc),
 * with its name in the outline.
 */
export type Cap = readonly [name: string, x0: number, x1: number, r0: number, r1: number];

/** Where bodies rest: the floor, or the top of the mat. */
export const FLOOR = 112;
/** The chair, seen from the side: its back at x, the top of its back and of its seat; `chair-ahead` stands `ahead` further right. */
export const CHAIR = { x: 45, top: 57, seat: 90, ahead: 45 } as const;

export type Part = 'pelvis' | 'chest' | 'belly' | 'head' | 'upperArm' | 'forearm' | 'thigh' | 'shin' | 'foot';

/**
 * Every part in its own frame: it starts at its joint and points along +x, its front towards +y.
 * `len` is where the next joint sits. Proportions of an adult, in units of the 160 x 120 box.
 */
export const BODY: Record<Part, { len: number; caps: readonly Cap[] }> = {
  pelvis: { len: 12, caps: [['pelvis', 0, 12, 6.2, 5.6]] },
  chest: { len: 20, caps: [['chest', 0, 20, 5.6, 6.2]] },
  // Carried by the chest, so measured back from the shoulders; pushed forward by the pose's belly.
  belly: { len: 0, caps: [['belly', -25, -25, 6, 6]] },
  head: { len: 0, caps: [['neck', 0, 5, 2.6, 2.6], ['head', 10.3, 10.3, 6.3, 6.3]] },
  upperArm: { len: 18.5, caps: [['UpperArm', 0, 18.5, 2.8, 2.2]] },
  forearm: { len: 15, caps: [['Forearm', 0, 15, 2.2, 1.8], ['Hand', 16.5, 16.5, 2.5, 2.5]] },
  thigh: { len: 27, caps: [['Thigh', 0, 27, 4.6, 3.3]] },
  shin: { len: 26, caps: [['Shin', 0, 26, 3.3, 2.1]] },
  foot: { len: 0, caps: [['Foot', -2, 8, 2.2, 1.5]] },
};

export interface Joint {
  part: Part;
  /** The limb or trunk part it belongs to; the head belongs to none and never takes the accent. */
  chain?: BodyPart;
  /** Drawn behind the body. */
  far: boolean;
  /** Angle relative to the parent at the start and at the end; for the belly, how far forward it sits. */
  from: number;
  to: number;
  children: Joint[];
}

export interface Rig {
  hipFrom: readonly [number, number];
  hipTo: readonly [number, number];
  /** In drawing order: far leg, near leg, trunk (with belly, arms and head). */
  joints: Joint[];
}

/** The shortest signed turn from a to b, in (-180, 180]. */
export function turn(a: number, b: number): number {
  const d = (((b - a) % 360) + 540) % 360 - 180;
  return d === -180 ? 180 : d;
}

const pelvisOf = (p: Pose) => p.pelvis ?? p.trunk;

function joint(part: Part, chain: BodyPart | undefined, far: boolean, pf: number, pt: number, from: number, to: number, children: (f: number, t: number) => Joint[] = () => []): Joint {
  const relFrom = turn(pf, from);
  // Animate the short way round: the end angle is the start plus the shortest turn.
  const relTo = relFrom + turn(relFrom, turn(pt, to));
  return { part, chain, far, from: relFrom, to: relTo, children: children(from, to) };
}

export function rig(start: Pose, end: Pose): Rig {
  const leg = (i: 0 | 1) => {
    const chain = i ? 'farLeg' : 'nearLeg';
    return joint('thigh', chain, !!i, 0, 0, start.legs[i][0], end.legs[i][0], (f, t) => [
      joint('shin', chain, !!i, f, t, start.legs[i][1], end.legs[i][1], (f2, t2) => [joint('foot', chain, !!i, f2, t2, start.legs[i][2], end.legs[i][2])]),
    ]);
  };
  const arm = (i: 0 | 1, f: number, t: number) => {
    const chain = i ? 'farArm' : 'nearArm';
    return joint('upperArm', chain, !!i, f, t, start.arms[i][0], end.arms[i][0], (f2, t2) => [joint('forearm', chain, !!i, f2, t2, start.arms[i][1], end.arms[i][1])]);
  };
  const belly = start.belly ?? end.belly;
  const trunk = joint('pelvis', 'pelvis', false, 0, 0, pelvisOf(start), pelvisOf(end), (f, t) => [
    joint('chest', 'chest', false, f, t, start.trunk, end.trunk, (f2, t2) => [
      arm(1, f2, t2),
      ...(belly === undefined ? [] : [{ part: 'belly', chain: 'belly', far: false, from: start.belly ?? 0, to: end.belly ?? 0, children: [] } as Joint]),
      joint('head', undefined, false, f2, t2, start.head, end.head),
      arm(0, f2, t2),
    ]),
  ]);
  return { hipFrom: start.hip, hipTo: end.hip, joints: [leg(1), leg(0), trunk] };
}

/**
 * The parts drawn in the accent colour: the illustration's own list, or else every part whose
 * direction changes by more than a few degrees.
 */
export function movingParts(illustration: Illustration): Set<BodyPart> {
  if (illustration.moving) return new Set(illustration.moving);
  const found = new Set<BodyPart>();
  const visit = (j: Joint) => {
    if (j.chain && Math.abs(j.to - j.from) > (j.part === 'belly' ? 0 : 3)) found.add(j.chain);
    j.children.forEach(visit);
  };
  rig(illustration.start, illustration.end).joints.forEach(visit);
  return found;
}

export type Point = readonly [x: number, y: number];

/** One round-ended bar of the outline, in the picture box. */
export interface Shape {
  /** `pelvis`, `chest`, `belly`, `neck`, `head`, or a limb part with its side: `nearHand`, `farShin`. */
  name: string;
  a: Point;
  b: Point;
  ra: number;
  rb: number;
}

/** The outline of a pose: every part as a bar or disc in the picture box, as the renderer draws it. */
export function outline(pose: Pose): Shape[] {
  const out: Shape[] = [];
  const visit = (j: Joint, origin: Point, parentAngle: number) => {
    const belly = j.part === 'belly';
    const angle = belly ? parentAngle : parentAngle + j.from;
    const rad = (angle * Math.PI) / 180;
    const [c, s] = [Math.cos(rad), Math.sin(rad)];
    const at = (x: number, y = 0): Point => [origin[0] + x * c - y * s, origin[1] + x * s + y * c];
    for (const [name, x0, x1, r0, r1] of BODY[j.part].caps) {
      const y = belly ? j.from : 0;
      out.push({ name: name < 'a' ? (j.far ? 'far' : 'near') + name : name, a: at(x0, y), b: at(x1, y), ra: r0, rb: r1 });
    }
    const next = at(BODY[j.part].len);
    for (const child of j.children) visit(child, next, angle);
  };
  for (const j of rig(pose, pose).joints) visit(j, pose.hip, 0);
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
