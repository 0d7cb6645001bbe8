/**
 * The numbers behind the bucket explainer. Pure: no DOM, no text.
 * - the loads the patient tapped fill the bucket, each as its own layer of water;
 * - on the last-drop day, the day's small things top the bucket up to just below the brim, so
 *   the last drop tips it over whatever was chosen (loads that would fill it to the brim or over
 *   are shown, in proportion, just below the brim: the step is a "suppose", not a sum);
 * - what lowers the level takes water off the top, never below empty;
 * - building up week by week raises the capacity, to above where it started;
 * - the bucket overflows when the level is above the capacity.
 */
import { dayLevel, growth, lastDrop, startCapacity } from '../data/bucket.js';

export interface Sized {
  id: string;
  size: number;
  /** What kind of load it is (body, life, sleep, mind); the colour of its layer. */
  kind?: string;
}

export interface BucketInput {
  /** Every load on offer, built-in and the practice's own. */
  loads: readonly Sized[];
  /** The ids of the loads tapped on. */
  active: readonly string[];
  /** Every relief on offer. */
  reliefs?: readonly Sized[];
  /** The ids of the reliefs tapped on. */
  activeReliefs?: readonly string[];
  /** Weeks of building up, 0 to growth.weeks. */
  weeks?: number;
  /** Whether the last drop (picking up a pen) is added. */
  drop?: boolean;
  /** The last-drop day: the day's small things top the loads up to just below the brim. */
  day?: boolean;
}

/** One layer of water, bottom first. `kind` is the load's kind, or `day` or `drop`. */
export interface Layer {
  id: string;
  kind: string;
  size: number;
}

export interface BucketState {
  /** How much water is in the bucket, in units (the capacity starts at 100). */
  level: number;
  capacity: number;
  overflowing: boolean;
  /** How full, in percent of the capacity (more than 100 when overflowing). */
  percent: number;
  /** The ids of the active loads, in the order the loads are offered. */
  loads: string[];
  /** The water as it stands, bottom first: loads grouped by kind, the day, the drop. Adds up to `level`. */
  layers: Layer[];
}

const sizeOf = (items: readonly Sized[], ids: readonly string[]) =>
  items.reduce((sum, item) => (ids.includes(item.id) ? sum + item.size : sum), 0);

/** The capacity after `weeks` of building up; weeks outside 0..growth.weeks are clamped. */
export function capacityAfter(weeks: number): number {
  const w = Number.isFinite(weeks) ? Math.min(growth.weeks, Math.max(0, Math.trunc(weeks))) : 0;
  return startCapacity + w * growth.perWeek;
}

export function isOverflowing(level: number, capacity: number): boolean {
  return level > capacity;
}

export function percentFull(level: number, capacity: number): number {
  return capacity > 0 ? Math.round((level / capacity) * 100) : 0;
}

/** Kinds in this order stand together in the bucket; unknown kinds last. */
const kindOrder = ['physical', 'life', 'sleep', 'mind'];
const rank = (kind = '') => (kindOrder.indexOf(kind) + 1 || kindOrder.length + 1);

export function bucketState(input: BucketInput): BucketState {
  const chosen = input.loads.filter((l) => input.active.includes(l.id));
  let layers: Layer[] = chosen
    .map((l) => ({ id: l.id, kind: l.kind ?? '', size: l.size }))
    .sort((a, b) => rank(a.kind) - rank(b.kind));
  const filled = sizeOf(input.loads, input.active);
  if (input.day) {
    if (filled < dayLevel) layers.push({ id: 'day', kind: 'day', size: dayLevel - filled });
    else layers = layers.map((l) => ({ ...l, size: (l.size * dayLevel) / filled }));
  }
  if (input.drop) layers.push({ id: lastDrop.id, kind: 'drop', size: lastDrop.size });
  const total = (input.day ? dayLevel : filled) + (input.drop ? lastDrop.size : 0);
  const lowered = sizeOf(input.reliefs ?? [], input.activeReliefs ?? []);
  const level = Math.max(0, total - lowered);
  // Reliefs take water off the top: cut the layers at the level.
  let room = level;
  layers = layers.flatMap((l) => {
    const size = Math.min(l.size, room);
    room -= size;
    return size > 0 ? [{ ...l, size }] : [];
  });
  const capacity = capacityAfter(input.weeks ?? 0);
  return {
    level,
    capacity,
    overflowing: isOverflowing(level, capacity),
    percent: percentFull(level, capacity),
    loads: chosen.map((l) => l.id),
    layers,
  };
}
