/**
 * Draws a person from a rig as thick rounded strokes on a floor line, in the style of
 * physiotherapy handouts. Every joint is a nested group rotated by CSS from `--a0` to `--a1`, so
 * the movement costs no JavaScript per frame and stops dead under `prefers-reduced-motion`.
 * Angles are set through the CSSOM (cssProps), never with an inline style string, so a strict
 * Content-Security-Policy allows them.
 */
import { css, html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { cssProps } from './css-props.js';
import { BODY, jointPositions, rig as buildRig, type Joint, type Rig } from '../model/figure.js';
import type { Illustration, Prop } from '../data/types.js';

type Frame = 'move' | 'start' | 'end';

const lengthOf: Record<Joint['part'], number> = {
  trunk: BODY.trunk,
  head: BODY.neck + BODY.headRadius,
  upperArm: BODY.upperArm,
  forearm: BODY.forearm,
  thigh: BODY.thigh,
  shin: BODY.shin,
  foot: BODY.foot,
};

/** A joint counts as moving when it turns more than a few degrees; moving parts get the accent. */
const moves = (j: Joint) => Math.abs(j.to - j.from) > 3;

function renderJoint(j: Joint, frame: Frame, parentMoves: boolean): SVGTemplateResult {
  const a0 = frame === 'end' ? j.to : j.from;
  const a1 = frame === 'start' ? j.from : j.to;
  const active = parentMoves || moves(j);
  const cls = `j ${j.part}${j.far ? ' far' : ''}${active ? ' active' : ''}`;
  const shape =
    j.part === 'head'
      ? svg`<line x2=${BODY.neck} y2="0"></line><circle class="skull" cx=${BODY.neck + BODY.headRadius} cy="0" r=${BODY.headRadius}></circle>`
      : svg`<line x2=${lengthOf[j.part]} y2="0"></line>`;
  const end = `translate(${lengthOf[j.part]} 0)`;
  // Far limbs of the trunk go behind it; everything else is drawn over its parent.
  const behind = j.part === 'trunk' ? j.children.filter((c) => c.far) : [];
  const front = j.part === 'trunk' ? j.children.filter((c) => !c.far) : j.children;
  return svg`<g class=${cls} style=${cssProps({ '--a0': `${a0}deg`, '--a1': `${a1}deg` })}>
    ${behind.length ? svg`<g transform=${end}>${behind.map((c) => renderJoint(c, frame, active))}</g>` : ''}
    ${shape}
    <g transform=${end}>${front.map((c) => renderJoint(c, frame, active))}</g>
  </g>`;
}

const propShapes: Record<Prop, SVGTemplateResult> = {
  mat: svg`<rect class="mat" x="6" y="111.5" width="148" height="3.5" rx="1.75"></rect>`,
  wall: svg`<line class="prop" x1="152" y1="8" x2="152" y2="113"></line>`,
  chair: svg`<path class="prop" d="M45 58 V113 M45 91 H73 V113"></path>`,
};

/** The top of the picture: lying exercises need less height than standing ones. */
function topOf(illustration: Illustration): number {
  const ys = [illustration.start, illustration.end].flatMap((pose) => Object.values(jointPositions(pose)).map(([, y]) => y));
  const reach = (illustration.props ?? []).includes('chair') ? 58 : Infinity;
  return Math.max(0, Math.floor(Math.min(reach, ...ys) - BODY.headRadius - 6));
}

function renderFrame(illustration: Illustration, r: Rig, frame: Frame, cls: string, top: number): TemplateResult {
  const [x0, y0] = frame === 'end' ? r.hipTo : r.hipFrom;
  const [x1, y1] = frame === 'start' ? r.hipFrom : r.hipTo;
  return html`<svg class=${`figure ${cls}`} viewBox=${`0 ${top} 160 ${120 - top}`} aria-hidden="true" focusable="false">
    <line class="floor" x1="2" y1="113.5" x2="158" y2="113.5"></line>
    ${(illustration.props ?? []).map((p) => propShapes[p])}
    <g class="root" style=${cssProps({ '--x0': `${x0}px`, '--y0': `${y0}px`, '--x1': `${x1}px`, '--y1': `${y1}px` })}>
      ${r.joints.map((j) => renderJoint(j, frame, false))}
    </g>
  </svg>`;
}

/**
 * The moving picture plus the still start and end pictures. CSS shows the moving one, or the two
 * stills side by side under reduced motion and in print.
 */
export function renderIllustration(illustration: Illustration): TemplateResult {
  const r = buildRig(illustration.start, illustration.end);
  const top = topOf(illustration);
  return html`${renderFrame(illustration, r, 'move', 'moving', top)}
    <div class="stills">
      ${renderFrame(illustration, r, 'start', 'still', top)}
      ${renderFrame(illustration, r, 'end', 'still', top)}
    </div>`;
}

export const figureStyles = css`
  .figure {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
    fill: none;
    stroke: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
    visibility: visible;
  }
  .figure .floor {
    stroke: var(--_border);
    stroke-width: 1.5;
  }
  .figure .mat {
    fill: color-mix(in srgb, var(--_accent) 35%, transparent);
    stroke: none;
  }
  .figure .prop {
    stroke: var(--_muted);
    stroke-width: 3.5;
  }
  .figure .j {
    stroke-width: 7;
    transform: rotate(var(--a0));
  }
  .figure .j.trunk > line {
    stroke-width: 10;
  }
  .figure .j.head > line {
    stroke-width: 6;
  }
  .figure .skull {
    fill: currentColor;
    stroke-width: 2;
  }
  .figure .j.active > line {
    stroke: var(--_accent);
  }
  .figure .j.far > line {
    stroke: color-mix(in srgb, currentColor 45%, var(--_surface));
  }
  .figure .j.far.active > line {
    stroke: color-mix(in srgb, var(--_accent) 50%, var(--_surface));
  }
  .figure .root {
    transform: translate(var(--x0), var(--y0));
  }
  .moving .j {
    animation: rugwijs-joint var(--rugwijs-pose-duration, 3.2s) ease-in-out infinite alternate;
  }
  .moving .root {
    animation: rugwijs-root var(--rugwijs-pose-duration, 3.2s) ease-in-out infinite alternate;
  }
  .paused .moving .j,
  .paused .moving .root {
    animation-play-state: paused;
  }
  .stills {
    display: none;
    gap: calc(0.5 * var(--_rem));
  }
  .stills .figure {
    flex: 1 1 0;
    min-inline-size: 0;
  }
  @keyframes rugwijs-joint {
    0%,
    15% {
      transform: rotate(var(--a0));
    }
    85%,
    100% {
      transform: rotate(var(--a1));
    }
  }
  @keyframes rugwijs-root {
    0%,
    15% {
      transform: translate(var(--x0), var(--y0));
    }
    85%,
    100% {
      transform: translate(var(--x1), var(--y1));
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .moving {
      display: none;
    }
    .stills {
      display: flex;
    }
  }
  @media print {
    .moving {
      display: none;
    }
    .stills {
      display: flex;
    }
  }
  @media (forced-colors: active) {
    .figure .j > line,
    .figure .j.active > line,
    .figure .j.far > line {
      stroke: CanvasText;
    }
    .figure .skull {
      fill: CanvasText;
    }
  }
`;
