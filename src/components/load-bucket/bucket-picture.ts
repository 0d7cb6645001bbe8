/**
 * The pictures of the bucket explainer, in the stroke style of the exercise figures: a bucket
 * whose water, rim and spill move only by CSS transform and opacity (set through custom
 * properties through the CSSOM, so a strict Content-Security-Policy allows them), and the
 * protective cycle as a loop of four steps. Both are decorative: the element says the same in text.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { cssProps } from '../../base/css-props.js';
import { startCapacity } from '../../data/bucket.js';

/** The bottom of the bucket; one unit of load is one unit of height. */
const bottom = 210;
/** The water rectangle is this tall before it is scaled down to the level. */
const waterHeight = 200;

export interface BucketPicture {
  level: number;
  capacity: number;
  overflowing: boolean;
  /** The last drop is falling in. */
  drop: boolean;
}

export function bucketPicture({ level, capacity, overflowing, drop }: BucketPicture): SVGTemplateResult {
  const grown = capacity - startCapacity;
  const shown = Math.min(level, capacity);
  const style = cssProps({
    '--fill': String(shown / waterHeight),
    '--walls': String(capacity / startCapacity),
    '--rim': `${-grown}px`,
  });
  const rim = bottom - startCapacity;
  return svg`<svg class=${`bucket${overflowing ? ' overflowing' : ''}${drop ? ' dropped' : ''}`} viewBox="0 0 240 230" aria-hidden="true" focusable="false" style=${style}>
    <rect class="water" x="62" y=${bottom - waterHeight} width="116" height=${waterHeight}></rect>
    ${grown > 0 ? svg`<line class="was" x1="46" y1=${rim} x2="194" y2=${rim}></line>` : ''}
    <path class="walls" d=${`M60 ${rim} V${bottom} H180 V${rim}`}></path>
    <g class="rim">
      <path class="handle" d=${`M60 ${rim} C60 ${rim - 46} 180 ${rim - 46} 180 ${rim}`}></path>
      <line class="capacity" x1="40" y1=${rim} x2="200" y2=${rim}></line>
      <path class="spill" d=${`M60 ${rim} C44 ${rim + 4} 40 ${rim + 40} 38 ${bottom + 6} M180 ${rim} C196 ${rim + 4} 200 ${rim + 40} 202 ${bottom + 6}`}></path>
    </g>
    <ellipse class="puddle" cx="120" cy=${bottom + 9} rx="106" ry="5"></ellipse>
    <path class="drop" d="M120 8 C126 18 128 22 128 26 A8 8 0 0 1 112 26 C112 22 114 18 120 8Z"></path>
  </svg>`;
}

/** Four steps on a circle with arrows between them; the last leads back to the first. */
export function cyclePicture(): SVGTemplateResult {
  const points = [
    [100, 22],
    [178, 100],
    [100, 178],
    [22, 100],
  ] as const;
  return svg`<svg class="cycle" viewBox="0 0 200 200" aria-hidden="true" focusable="false">
    <path class="loop" d="M130 30 A80 80 0 0 1 170 70 M170 130 A80 80 0 0 1 130 170 M70 170 A80 80 0 0 1 30 130 M30 70 A80 80 0 0 1 70 30"></path>
    <path class="arrows" d="M162 64 L170 70 L172 60 M136 162 L130 170 L140 172 M38 136 L30 130 L28 140 M64 38 L70 30 L60 28"></path>
    ${points.map(([x, y], i) => svg`<circle cx=${x} cy=${y} r="18"></circle><text x=${x} y=${y}>${i + 1}</text>`)}
  </svg>`;
}
