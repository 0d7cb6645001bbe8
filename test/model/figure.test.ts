import { expect } from '@open-wc/testing';
import { distance, fitBox, highest, lowest, outline, rig, turn, BODY } from '../../src/model/figure.js';
import { named } from './figure-names.js';
import { exercises } from '../../src/data/exercises.js';
import type { Pose } from '../../src/data/types.js';

const birdDog = exercises['bird-dog']!.illustration!;

describe('model/figure', () => {
  it('turns the short way round', () => {
    const table: [number, number, number][] = [
      [0, 90, 90],
      [90, 0, -90],
      [170, -170, 20],
      [-170, 170, -20],
      [0, 180, 180],
      [0, 360, 0],
    ];
    for (const [a, b, expected] of table) expect(turn(a, b), `${a} → ${b}`).to.equal(expected);
  });

  it('rigs joints relative to their parent', () => {
    const pose = birdDog.start;
    const r = rig(pose, pose);
    expect(r.joints.map((j) => j.part)).to.deep.equal(['thigh', 'thigh', 'pelvis']);
    expect(r.joints.map((j) => j.chain)).to.deep.equal(['farLeg', 'nearLeg', 'pelvis']);
    const pelvis = r.joints[2]!;
    expect(pelvis.from, 'a straight back: the pelvis takes the trunk angle').to.equal(pose.trunk);
    const chest = pelvis.children[0]!;
    expect(chest.part).to.equal('chest');
    expect(chest.from, 'the chest continues the pelvis').to.equal(0);
    const nearArm = chest.children.find((j) => j.part === 'upperArm' && !j.far)!;
    expect(nearArm.from).to.equal(turn(pose.trunk, pose.arms[0][0]));
  });

  it('lays out the outline the way the rig carries it', () => {
    const pose: Pose = { hip: [50, 50], trunk: -90, head: -90, arms: [[90, 90], [90, 90]], legs: [[90, 90, 0], [90, 90, 0]] };
    const at = (name: string) => named(outline(pose)).get(name)!;
    const shoulderY = 50 - BODY.pelvis[0] - BODY.chest[0];
    expect(at('chest').b[1]).to.be.closeTo(shoulderY, 1e-9);
    expect(at('head').a[1], 'the head sits above the shoulders').to.be.closeTo(shoulderY - 10.3, 1e-9);
    expect(at('nearShin').b[1], 'ankle').to.be.closeTo(50 + BODY.thigh[0] + BODY.shin[0], 1e-9);
    expect(at('farHand').a[1], 'hand').to.be.closeTo(shoulderY + BODY.upperArm[0] + 16.5, 1e-9);
    expect(lowest(at('nearFoot'))).to.be.closeTo(50 + BODY.thigh[0] + BODY.shin[0] + 2.2, 1e-9);
    expect(highest(at('head'))).to.be.closeTo(shoulderY - 10.3 - 6.3, 1e-9);
  });

  it('measures how far a point lies outside a round-ended bar', () => {
    const bar = { part: 'shin' as const, far: false, bar: 0, a: [0, 0] as const, b: [10, 0] as const, ra: 2, rb: 1 };
    expect(distance([5, 4], bar)).to.be.closeTo(2.5, 1e-9);
    expect(distance([-3, 0], bar)).to.be.closeTo(1, 1e-9);
    expect(distance([12, 0], bar)).to.be.closeTo(1, 1e-9);
    expect(distance([5, 0], bar)).to.be.below(0);
  });

  it('fits the picture around the body in both poses and its props, never narrower than 4:3', () => {
    const lying = exercises['pelvic-tilt']!.illustration!;
    const [x, y, w, h] = fitBox(lying);
    expect(y + h, 'down to the mat').to.equal(118);
    expect(w / h).to.be.at.least(1.34 - 0.01);
    expect(w, 'a lying person fills the width').to.be.below(130);
    for (const pose of [lying.start, lying.end])
      for (const s of outline(pose)) {
        expect(highest(s)).to.be.at.least(y);
        expect(Math.min(s.a[0] - s.ra, s.b[0] - s.rb)).to.be.at.least(x);
        expect(Math.max(s.a[0] + s.ra, s.b[0] + s.rb)).to.be.at.most(x + w);
      }
    const [, top] = fitBox({ ...lying, props: ['chair'] });
    expect(top, 'room for the chair').to.be.below(57);
  });

  for (const exercise of Object.values(exercises)) {
    it(`stores the fitted box of the ${exercise.id} picture, and marks what moves`, () => {
      const illustration = exercise.illustration!;
      expect(illustration.box).to.deep.equal(fitBox(illustration));
      expect(illustration.moving).to.have.length.above(0);
    });
  }
});
