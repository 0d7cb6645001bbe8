/**
 * The bucket, in the stroke style of the exercise figures: a tapered pail with its handle as an
 * arc above the brim, the water standing in layers (one per chosen load, coloured by its kind),
 * and, when it overflows, water over the brim running down the sides into a puddle. Decorative:
 * the element says the same in text (the status and the legend).
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { Layer } from '../../model/bucket.js';

/** The floor of the pail; one unit of load is `unit` px of height. */
const bottom = 232;
const unit = 1.2;
/** Half the width of the floor, and how much the walls lean out per px of height. */
const centre = 120;
const floorHalf = 50;
const lean = 0.2;
const startCapacity = 100;

export interface BucketPicture {
  layers: readonly Layer[];
  capacity: number;
  overflowing: boolean;
  /** The last drop is falling in. */
  drop: boolean;
  /** Room above the pail: for the falling drop, for a pail that grows, or none. */
  room: 'drop' | 'grow' | 'none';
}

const yOf = (units: number) => bottom - units * unit;
const half = (y: number) => floorHalf + (bottom - y) * lean;
const band = (y0: number, y1: number) => {
  const [a, b] = [half(y0), half(y1)];
  return `${centre - a},${y0} ${centre + a},${y0} ${centre + b},${y1} ${centre - b},${y1}`;
};

export function bucketPicture({ layers, capacity, overflowing, drop, room }: BucketPicture): SVGTemplateResult {
  const rim = yOf(capacity);
  const w = half(rim);
  const [l, r] = [centre - w, centre + w];
  const was = yOf(startCapacity);
  // The view keeps only the room this step needs, so a phone shows no empty band above the pail.
  const top = room === 'grow' ? 10 : room === 'drop' ? 30 : 72;
  let below = 0;
  const water = layers.map((layer) => {
    // Water above the brim is drawn as the spill, not above the pail.
    const from = Math.min(below, capacity);
    below += layer.size;
    const to = Math.min(below, capacity);
    return to > from ? svg`<polygon class=${`layer k-${layer.kind}`} points=${band(yOf(from), yOf(to))}></polygon>` : '';
  });
  return svg`<svg class=${`bucket${overflowing ? ' overflowing' : ''}${drop ? ' dropped' : ''}`} viewBox=${`0 ${top} 240 ${250 - top}`} aria-hidden="true">
    <polygon class="inside" points=${band(bottom, rim)}></polygon>
    ${water}
    ${overflowing
      ? svg`<path class="crest" d=${`M${l + 3} ${rim} Q${centre} ${rim - 14} ${r - 3} ${rim}Z`}></path>
        <path class="spill" d=${`M${l} ${rim} C${l - 12} ${rim} ${l - 18} ${rim + 14} ${l - 20} ${rim + 40} M${r} ${rim} C${r + 12} ${rim} ${r + 18} ${rim + 14} ${r + 20} ${rim + 40}`}></path>
        <circle class="puddle" cx=${l - 21} cy=${rim + 58} r="3.5"></circle><circle class="puddle" cx=${r + 21} cy=${rim + 58} r="3.5"></circle>
        <circle class="puddle" cx=${l - 22} cy=${rim + 76} r="3"></circle><circle class="puddle" cx=${r + 22} cy=${rim + 76} r="3"></circle>
        <ellipse class="puddle" cx=${centre} cy=${bottom + 8} rx="108" ry="6"></ellipse>`
      : ''}
    ${capacity > startCapacity ? svg`<line class="was" x1=${centre - half(was) - 14} y1=${was} x2=${centre + half(was) + 14} y2=${was}></line>` : ''}
    <path class="walls" d=${`M${l} ${rim} L${centre - floorHalf} ${bottom} H${centre + floorHalf} L${r} ${rim}`}></path>
    <line class="brim" x1=${l - 5} y1=${rim} x2=${r + 5} y2=${rim}></line>
    <path class="handle" d=${`M${l + 3} ${rim + 12} A${w - 3} ${34} 0 0 1 ${r - 3} ${rim + 12}`}></path>
    <circle class="ear" cx=${l + 3} cy=${rim + 12} r="4"></circle><circle class="ear" cx=${r - 3} cy=${rim + 12} r="4"></circle>
    <path class="drop" d=${`M120 ${rim - 78} c6 10 8 14 8 18 a8 8 0 0 1 -16 0 c0 -4 2 -8 8 -18z`}></path>
  </svg>`;
}
