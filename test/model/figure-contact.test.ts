/**
 * Every pose of every built-in exercise, checked on the outline the renderer draws: what should
 * rest on the mat touches it, nothing sinks into it, no limb is drawn across the head or in and
 * out of the trunk, and the pictures show what issue 11 asks of each exercise.
 */
import { expect } from '@open-wc/testing';
import { CHAIR, FLOOR, distance, lowest, outline, type Point, type Shape } from '../../src/model/figure.js';
import { named } from './figure-names.js';
import { exercises } from '../../src/data/exercises.js';
import type { Pose } from '../../src/data/types.js';

/** How close counts as touching: a quarter of a millimetre at 480 px wide. */
const TOUCH = 0.6;

const hands = ['nearHand', 'farHand'];
const feet = ['nearFoot', 'farFoot'];
const back = ['head', 'chest', 'pelvis'];

/** What rests on the mat (or floor) and what must be clear of it, per exercise and pose. */
const expected: Record<string, Record<'start' | 'end', { rest: string[]; clear?: string[] }>> = {
  'bird-dog': {
    start: { rest: [...hands, 'nearShin', 'farShin', ...feet] },
    end: { rest: ['nearHand', 'farShin', 'farFoot'], clear: ['farHand', 'nearShin', 'nearFoot'] },
  },
  'single-leg-bridge': {
    start: { rest: [...back, ...hands, ...feet] },
    end: { rest: ['head', 'chest', ...hands, ...feet], clear: ['pelvis'] },
  },
  plank: {
    start: { rest: ['pelvis', 'nearForearm', 'farForearm', ...hands, 'nearShin', 'farShin', ...feet] },
    end: { rest: ['nearForearm', 'farForearm', ...hands, ...feet], clear: ['pelvis', 'chest', 'nearShin', 'farShin'] },
  },
  'dead-bug': {
    start: { rest: back, clear: [...hands, ...feet] },
    end: { rest: back, clear: [...hands, ...feet, 'nearShin'] },
  },
  'pelvic-tilt': {
    start: { rest: [...back, ...feet] },
    end: { rest: [...back, ...feet] },
  },
  'morning-mobility': {
    start: { rest: feet, clear: hands },
    end: { rest: feet, clear: hands },
  },
  walking: {
    start: { rest: feet },
    end: { rest: feet },
  },
  'belly-breathing': {
    start: { rest: [...back, ...feet] },
    end: { rest: [...back, ...feet] },
  },
  'posture-break': {
    start: { rest: feet },
    end: { rest: feet },
  },
};

const shapesOf = (pose: Pose) => named(outline(pose));
const limbs = ['near', 'far'].flatMap((side) => [
  ['UpperArm', 'Forearm', 'Hand'].map((p) => side + p),
  ['Thigh', 'Shin', 'Foot'].map((p) => side + p),
]);

/** Points every half unit along the bone of a limb: shoulder, elbow, wrist, hand; or hip, knee, ankle, toes. */
function bone(shapes: Map<string, Shape>, chain: string[]): Point[] {
  const [first, second, end] = chain.map((name) => shapes.get(name)!) as [Shape, Shape, Shape];
  // The hand is a disc: the bone runs to its centre. The foot runs from the heel to the toes.
  const corners = [first.a, first.b, second.b, end.part === 'forearm' ? end.a : end.b];
  const points: Point[] = [];
  for (let c = 1; c < corners.length; c++) {
    const [from, to] = [corners[c - 1]!, corners[c]!];
    const steps = Math.max(1, Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1]) * 2));
    for (let i = 0; i <= steps; i++) points.push([from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps]);
  }
  return points;
}

/** Where a limb's bone goes into the trunk again after it has left it: a limb drawn through the body. */
function reentry(shapes: Map<string, Shape>, chain: string[]): Point | undefined {
  const trunk = ['pelvis', 'chest'].map((n) => shapes.get(n)!);
  let left = false;
  for (const p of bone(shapes, chain)) {
    const inside = trunk.some((s) => distance(p, s) < -0.5);
    if (!inside) left = true;
    else if (left) return p;
  }
  return undefined;
}

describe('exercise pictures', () => {
  it('covers every built-in exercise', () => {
    expect(Object.keys(expected).sort()).to.deep.equal(Object.keys(exercises).sort());
  });

  for (const exercise of Object.values(exercises)) {
    const illustration = exercise.illustration!;

    it(`${exercise.id}: nothing passes through the mat during the movement`, () => {
      for (let t = 0.1; t < 1; t += 0.1) {
        for (const [name, s] of named(outline(illustration.start, illustration.end, t))) {
          expect(lowest(s), `${name} at ${Math.round(t * 100)}%`).to.be.at.most(FLOOR + TOUCH);
        }
      }
    });

    for (const frame of ['start', 'end'] as const) {
      const pose = illustration[frame];
      const shapes = shapesOf(pose);
      const { rest, clear = [] } = expected[exercise.id]![frame];

      it(`${exercise.id} ${frame}: rests on the mat where the body rests, and nowhere sinks into it`, () => {
        for (const name of rest) expect(lowest(shapes.get(name)!), `${name} touches the mat`).to.be.closeTo(FLOOR, TOUCH);
        for (const name of clear) expect(lowest(shapes.get(name)!), `${name} is off the mat`).to.be.below(FLOOR - 2);
        for (const [name, s] of shapes) expect(lowest(s), `${name} stays above the mat`).to.be.at.most(FLOOR + TOUCH);
      });

      it(`${exercise.id} ${frame}: no limb is drawn across the head or through the trunk`, () => {
        const head = shapes.get('head')!;
        // Limbs on the near side are drawn over the head; a far arm passes behind it, as an arm
        // beside the head does, so only near limbs must keep clear of it.
        for (const name of limbs.flat().filter((n) => n.startsWith('near'))) {
          expect(distance(head.a, shapes.get(name)!), `${name} keeps clear of the head`).to.be.at.least(head.ra);
        }
        for (const chain of limbs) expect(reentry(shapes, chain), `${chain[0]} does not go back into the trunk`).to.equal(undefined);
      });
    }
  }
});

describe('what each picture shows (issue 11)', () => {
  const poses = (id: string) => {
    const { start, end } = exercises[id]!.illustration!;
    return [shapesOf(start), shapesOf(end)] as const;
  };
  const gap = (a: Shape, b: Point) => Math.hypot(a.a[0] - b[0], a.a[1] - b[1]);
  const angleAt = (s1: Shape, s2: Shape) => {
    const d = (s: Shape) => Math.atan2(s.b[1] - s.a[1], s.b[0] - s.a[0]);
    return Math.abs(((((d(s2) - d(s1)) * 180) / Math.PI + 540) % 360) - 180);
  };

  it('dead bug: knees above the hips at 90 degrees; one arm goes over the head toward the floor, the other leg stretches', () => {
    const [start, end] = poses('dead-bug');
    for (const side of ['near', 'far']) {
      const thigh = start.get(`${side}Thigh`)!;
      expect(Math.abs(thigh.b[0] - thigh.a[0]), `${side} knee straight above the hip`).to.be.below(1);
      expect(thigh.b[1]).to.be.below(thigh.a[1]);
      expect(angleAt(thigh, start.get(`${side}Shin`)!), `${side} knee at 90 degrees`).to.be.closeTo(90, 5);
      expect(angleAt(start.get('chest')!, thigh), `${side} hip at 90 degrees`).to.be.closeTo(90, 5);
    }
    const head = end.get('head')!;
    const hand = end.get('farHand')!;
    expect(hand.a[0], 'the hand ends beyond the head').to.be.below(head.a[0] - head.ra);
    expect(FLOOR - lowest(hand), 'just above the floor').to.be.within(2, 10);
    expect(end.get('nearHand')!.a, 'the other arm stays up').to.deep.equal(start.get('nearHand')!.a);
    expect(end.get('farShin')!.b, 'one leg at a time').to.deep.equal(start.get('farShin')!.b);
    expect(angleAt(end.get('nearThigh')!, end.get('nearShin')!), 'the moving leg is straight').to.be.below(5);
  });

  it('bridge: the picture is a bridge on both feet; head and shoulders stay down', () => {
    const [start, end] = poses('single-leg-bridge');
    for (const foot of feet) expect(gap(end.get(foot)!, start.get(foot)!.a), `${foot} stays`).to.be.below(0.1);
    expect(lowest(end.get('pelvis')!), 'hips up').to.be.below(FLOOR - 5);
    // In the end pose shoulders, hips and knees are one straight line.
    expect(angleAt(end.get('chest')!, end.get('nearThigh')!)).to.be.closeTo(180, 3);
  });

  it('bird dog: arm and opposite leg; the leg goes no higher than the hip', () => {
    const [, end] = poses('bird-dog');
    const hip = end.get('pelvis')!.a;
    const ankle = end.get('nearShin')!.b;
    expect(ankle[1], 'ankle not above the hip').to.be.at.least(hip[1] - 1);
    expect(Math.abs(ankle[1] - hip[1]), 'but up to hip height').to.be.below(3);
    const shoulder = end.get('chest')!.b;
    expect(Math.abs(end.get('farHand')!.a[1] - shoulder[1]), 'the arm reaches forward at shoulder height').to.be.below(8);
    expect(exercises['bird-dog']!.illustration!.moving).to.have.members(['farArm', 'nearLeg']);
  });

  it('plank: starts resting on forearms and knees, ends in one straight line on forearms and toes', () => {
    const [start, end] = poses('plank');
    expect(lowest(start.get('pelvis')!)).to.be.closeTo(FLOOR, TOUCH);
    const shoulder = end.get('chest')!.b;
    const hip = end.get('pelvis')!.a;
    const ankle = end.get('nearShin')!.b;
    const [dx, dy] = [ankle[0] - shoulder[0], ankle[1] - shoulder[1]];
    const offLine = Math.abs(dx * (hip[1] - shoulder[1]) - dy * (hip[0] - shoulder[0])) / Math.hypot(dx, dy);
    expect(offLine, 'hip on the line from shoulder to ankle').to.be.below(1);
    expect(angleAt(end.get('nearThigh')!, end.get('nearShin')!), 'straight knees').to.be.below(3);
  });

  it('morning mobility: standing, holding a chair back, bending from the hips', () => {
    const [start, end] = poses('morning-mobility');
    const top: Point = [CHAIR.x + CHAIR.ahead, CHAIR.top];
    for (const pose of [start, end]) for (const hand of hands) expect(gap(pose.get(hand)!, top), `${hand} holds the chair`).to.be.closeTo(2.5 + 1.25, 1);
    const lean = (pose: typeof start) => angleAt(pose.get('pelvis')!, { ...pose.get('pelvis')!, a: [0, 0], b: [0, -1] });
    expect(lean(start), 'upright').to.be.below(3);
    expect(lean(end), 'a gentle hinge').to.be.within(20, 45);
    expect(angleAt(end.get('pelvis')!, end.get('chest')!), 'a straight back').to.be.below(3);
    expect(angleAt(end.get('nearThigh')!, end.get('nearShin')!), 'soft knees').to.be.below(40);
  });

  it('pelvic tilt: only the pelvis rolls; head, shoulders and back stay on the mat', () => {
    const [start, end] = poses('pelvic-tilt');
    for (const name of ['head', 'nearHand', 'farHand']) expect(gap(start.get(name)!, end.get(name)!.a), `${name} stays`).to.be.below(1);
    expect(gap(start.get('chest')!, end.get('chest')!.a), 'the lower back rises').to.be.above(2);
    // The waist: where the lower back meets the upper back.
    const hollow = (pose: typeof start) => FLOOR - pose.get('chest')!.a[1] - pose.get('chest')!.ra;
    expect(hollow(start), 'a hollow under the lower back').to.be.above(2);
    expect(hollow(end), 'then flat').to.be.below(1);
    expect(exercises['pelvic-tilt']!.illustration!.moving).to.deep.equal(['pelvis']);
  });

  it('belly breathing: a hand rests on the belly, and the belly rises', () => {
    const [start, end] = poses('belly-breathing');
    for (const pose of [start, end]) {
      const belly = pose.get('belly')!;
      expect(gap(pose.get('nearHand')!, belly.a) - belly.ra - 2.5, 'the hand rests on the belly').to.be.closeTo(0, TOUCH);
    }
    expect(start.get('belly')!.a[1] - end.get('belly')!.a[1], 'the belly rises').to.be.at.least(2);
  });

  it('posture break: sits on the chair, then gets up: leaning forward, hands on the thighs, the bottom off the seat, feet in place', () => {
    const [start, end] = poses('posture-break');
    expect(lowest(start.get('pelvis')!), 'on the seat').to.be.closeTo(CHAIR.seat, TOUCH);
    expect(lowest(end.get('pelvis')!), 'off the seat').to.be.below(CHAIR.seat - 4);
    for (const foot of feet) expect(gap(end.get(foot)!, start.get(foot)!.a), `${foot} stays`).to.be.below(0.5);
    for (const hand of hands) expect(distance(end.get(hand)!.a, end.get(hand.replace('Hand', 'Thigh'))!), `${hand} pushes on the thigh`).to.be.closeTo(2.5, TOUCH);
  });
});
