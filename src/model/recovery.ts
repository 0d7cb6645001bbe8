/** The usual course of back pain as numbers and chart geometry: pure, no DOM. */

export interface Point {
  week: number;
  pain: number;
  low: number;
  high: number;
}

/** The phase a week falls in: the last phase whose `from` is not after it. */
export function phaseOf<T extends { from: number }>(week: number, phases: readonly T[]): T {
  let found = phases[0]!;
  for (const phase of phases) if (phase.from <= week) found = phase;
  return found;
}

/** The average pain at a week, straight between the measured points (flat beyond the ends). */
export function painAt(week: number, points: readonly Point[]): number {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (week <= first.week) return first.pain;
  if (week >= last.week) return last.pain;
  const i = points.findIndex((p) => p.week >= week);
  const a = points[i - 1]!;
  const b = points[i]!;
  return a.pain + ((b.pain - a.pain) * (week - a.week)) / (b.week - a.week);
}

/** The drawing area inside an SVG viewBox, in its units. */
export interface Plot {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  maxWeek: number;
  maxPain: number;
}

export interface Chart {
  x: (week: number) => number;
  y: (pain: number) => number;
  /** The average, as an SVG path. */
  line: string;
  /** The interval around it, as a closed SVG path. */
  band: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function chart(points: readonly Point[], plot: Plot): Chart {
  const x = (week: number) => round(plot.left + ((plot.width - plot.left - plot.right) * week) / plot.maxWeek);
  const y = (pain: number) => round(plot.top + ((plot.height - plot.top - plot.bottom) * (plot.maxPain - pain)) / plot.maxPain);
  const path = (list: readonly Point[], pick: (p: Point) => number) => list.map((p, i) => `${i ? 'L' : 'M'}${x(p.week)} ${y(pick(p))}`).join(' ');
  const line = path(points, (p) => p.pain);
  const upper = path(points, (p) => p.high);
  const lower = [...points].reverse().map((p) => `L${x(p.week)} ${y(p.low)}`).join(' ');
  return { x, y, line, band: `${upper} ${lower} Z` };
}
