/**
 * Draws a person from two poses, in the style of physiotherapy handouts: trunk, limbs, hands and
 * feet as round-ended shapes of real thickness, a head with a face, resting on a mat or floor. The
 * outline comes from model/figure.ts, which the tests check. Every joint is a nested group rotated
 * by CSS from `--a0` to `--a1`, so the movement costs no JavaScript per frame and stops dead under
 * `prefers-reduced-motion`. Angles are set through the CSSOM (cssProps), never with an inline style
 * string, so a strict Content-Security-Policy allows them.
 */
import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { cssProps } from './css-props.js';
import { BODY, CHAIR, FLOOR, rig as buildRig, type Cap, type Joint } from '../model/figure.js';
import type { BodyPart, Box, Illustration, Prop } from '../data/types.js';

type Frame = 'move' | 'start' | 'end';

/** One bar of the outline: a disc, or two circle arcs joined by their outer tangents. */
function bar([x0, x1, r0, r1]: Cap, cls: string): SVGTemplateResult {
  if (x0 === x1) return svg`<circle class=${cls} cx=${x0} r=${r0}></circle>`;
  const s = (r0 - r1) / (x1 - x0);
  const c = Math.sqrt(1 - s * s);
  const p = (x: number, r: number, side: number) => `${x + r * s} ${side * r * c}`;
  return svg`<path class=${cls} d=${`M${p(x0, r0, -1)}L${p(x1, r1, -1)}A${r1} ${r1} 0 ${+(r1 > r0)} 1 ${p(x1, r1, 1)}L${p(x0, r0, 1)}A${r0} ${r0} 0 ${+(r0 > r1)} 1 ${p(x0, r0, -1)}`}></path>`;
}

/** Nose and eye on the front of the head, so the picture shows which way the person looks. */
const face = svg`<circle cx="9.9" cy="5.6" r="1.7"></circle><circle class="eye" cx="11.8" cy="3.1" r="0.9"></circle>`;

/** A joint and what it carries, drawing only the parts of one layer: behind the body, or in front. */
function renderJoint(j: Joint, frame: Frame, back: boolean, moving: Set<BodyPart>): SVGTemplateResult {
  const a0 = frame === 'end' ? j.to : j.from;
  const a1 = frame === 'start' ? j.from : j.to;
  const [len, ...caps] = BODY[j.part];
  // Limbs get a thin outline in the background colour, so an arm in front of the trunk stays visible.
  const cls = `${/Arm|Leg/.test(j.chain ?? '') ? 'l' : ''}${j.chain && moving.has(j.chain) ? ' m' : ''}`;
  const own = j.far === back ? [caps.map((c) => bar(c, cls)), j.part === 'head' ? face : ''] : '';
  return svg`<g class="j" style=${cssProps({ '--a0': `${a0}deg`, '--a1': `${a1}deg` })}>
    ${own}<g transform=${`translate(${len} 0)`}>${j.children.map((c) => renderJoint(c, frame, back, moving))}</g>
  </g>`;
}

/** A chair seen from the side, its back to the left (the stroke is 2.5 wide). */
const chair = (x: number) => svg`<path class="prop" d=${`M${x} ${CHAIR.top}V${FLOOR}M${x} ${CHAIR.seat + 1.25}H${x + 26}V${FLOOR}`}></path>`;
const propShapes: Record<Exclude<Prop, 'mat'>, SVGTemplateResult> = {
  wall: svg`<path class="prop" d="M152 8V${FLOOR}"></path>`,
  chair: chair(CHAIR.x),
  'chair-ahead': chair(CHAIR.x + CHAIR.ahead),
};

function renderFrame(illustration: Illustration, moving: Set<BodyPart>, frame: Frame, cls: string): TemplateResult {
  const [x, y, w, h]: Box = illustration.box ?? [0, 0, 160, 118];
  const r = buildRig(illustration.start, illustration.end);
  const [x0, y0] = frame === 'end' ? r.hipTo : r.hipFrom;
  const [x1, y1] = frame === 'start' ? r.hipFrom : r.hipTo;
  const props = illustration.props ?? [];
  const mat = props.includes('mat');
  return html`<svg class=${`figure ${cls}`} viewBox=${`${x} ${y} ${w} ${h}`} aria-hidden="true">
    <rect class="mat" x=${x + 2} y=${FLOOR} width=${w - 4} height=${mat ? 3 : 1.5} rx=${mat ? 1.5 : 0}></rect>
    ${props.map((p) => (p === 'mat' ? '' : propShapes[p]))}
    <g class="t" style=${cssProps({ '--x0': `${x0}px`, '--y0': `${y0}px`, '--x1': `${x1}px`, '--y1': `${y1}px` })}>
      ${[true, false].map((back) => r.joints.map((j) => renderJoint(j, frame, back, moving)))}
    </g>
  </svg>`;
}

/**
 * The moving picture plus the still start and end pictures. CSS shows the moving one, or the two
 * stills side by side under reduced motion and in print.
 */
export function renderIllustration(illustration: Illustration): TemplateResult {
  const moving = new Set(illustration.moving);
  return html`${renderFrame(illustration, moving, 'move', 'moving')}
    <div class="stills">
      ${renderFrame(illustration, moving, 'start', 'still')}
      ${renderFrame(illustration, moving, 'end', 'still')}
    </div>`;
}

/**
 * The one-line key to the accent colour, with a swatch of it; nothing when no part is marked.
 * Its words do not name the colour, so it stays true when a practice changes `--rugwijs-accent`.
 */
export function renderLegend(illustration: Illustration): TemplateResult | typeof nothing {
  return illustration.moving?.length
    ? html`<p class="legend"><span class="swatch"></span>${msg('Deze kleur: dit deel beweeg je.', { id: 'figure.legend' })}</p>`
    : nothing;
}

export const figureStyles = css`
  .figure {
    display: block;
    inline-size: 100%;
    block-size: auto;
    fill: currentColor;
    stroke: none;
    visibility: visible;
  }
  .figure .mat {
    fill: var(--_border);
  }
  .figure .prop {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .figure .l {
    stroke: var(--_surface);
    stroke-width: 1.2;
    paint-order: stroke;
  }
  .figure .m,
  .swatch {
    fill: var(--_accent);
    background: var(--_accent);
  }
  .figure .eye {
    fill: var(--_surface);
  }
  .figure .j {
    transform: rotate(var(--a0));
  }
  .figure .t {
    transform: translate(var(--x0), var(--y0));
  }
  .moving .j {
    animation: rugwijs-joint var(--rugwijs-pose-duration, 3.2s) ease-in-out infinite alternate;
  }
  .moving .t {
    animation: rugwijs-root var(--rugwijs-pose-duration, 3.2s) ease-in-out infinite alternate;
  }
  .paused .moving .j,
  .paused .moving .t {
    animation-play-state: paused;
  }
  .stills {
    display: none;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem));
  }
  .stills .figure {
    flex: 1 1 240px;
    min-inline-size: 0;
  }
  .legend {
    display: flex;
    align-items: center;
    gap: calc(0.5 * var(--_rem));
  }
  .swatch {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    border-radius: 50%;
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
  /* Windows high contrast: system colours, the moving part in the selection colour. */
  @media (forced-colors: active) {
    .figure,
    .swatch {
      forced-color-adjust: none;
      color: CanvasText;
      --_accent: Highlight;
      --_surface: Canvas;
      --_border: GrayText;
      --_muted: GrayText;
    }
  }
`;
