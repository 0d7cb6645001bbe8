import type { Shape } from '../../src/model/figure.js';

const names: Record<Shape['part'], readonly string[]> = {
  pelvis: ['pelvis'],
  chest: ['chest'],
  belly: ['belly'],
  head: ['neck', 'head'],
  upperArm: ['UpperArm'],
  forearm: ['Forearm', 'Hand'],
  thigh: ['Thigh'],
  shin: ['Shin'],
  foot: ['Foot'],
};

/** The outline by name: `pelvis`, `chest`, `belly`, `neck`, `head`, or a limb part with its side, `nearHand`, `farShin`. */
export function named(shapes: Shape[]): Map<string, Shape> {
  return new Map(
    shapes.map((s) => {
      const name = names[s.part][s.bar]!;
      return [name < 'a' ? (s.far ? 'far' : 'near') + name : name, s];
    }),
  );
}
