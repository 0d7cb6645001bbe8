import { expect } from '@open-wc/testing';
import { jointPositions, rig, turn } from '../../src/model/figure.js';
import { exercises } from '../../src/data/exercises.js';

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
    const pose = exercises['bird-dog']!.illustration!.start;
    const r = rig(pose, pose);
    const trunk = r.joints[1]!;
    expect(trunk.part).to.equal('trunk');
    expect(trunk.from).to.equal(pose.trunk);
    const nearArm = trunk.children.find((j) => j.part === 'upperArm' && !j.far)!;
    expect(nearArm.from).to.equal(turn(pose.trunk, pose.arms[0][0]));
    expect(r.joints.map((j) => j.part)).to.deep.equal(['thigh', 'trunk', 'thigh']);
  });

  for (const exercise of Object.values(exercises)) {
    it(`keeps the ${exercise.id} figure inside its picture and on the floor`, () => {
      for (const pose of [exercise.illustration!.start, exercise.illustration!.end]) {
        const points = Object.values(jointPositions(pose));
        for (const [x, y] of points) {
          expect(x).to.be.within(0, 160);
          expect(y).to.be.within(0, 112);
        }
        // Someone lying, standing or kneeling touches the floor: the lowest point is near it.
        const lowest = Math.max(...points.map(([, y]) => y));
        expect(lowest, 'lowest point').to.be.within(104, 112);
      }
    });
  }
});
