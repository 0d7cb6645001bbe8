/**
 * The numbers behind the bucket explainer. Pure: no DOM, no text.
 * - the loads the patient tapped fill the bucket; the last drop adds a little;
 * - what lowers the level takes water out, never below empty (and never all at once: each
 *   relief is a part, as the bucket does not empty overnight);
 * - building up week by week raises the capacity, to above where it started;
 * - the bucket overflows when the level is above the capacity.
 */
import { growth, lastDrop, startCapacity } from '../data/bucket.js';

export interface Sized {
  id: string;
  size: number;
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

export function bucketState(input: BucketInput): BucketState {
  const filled = sizeOf(input.loads, input.active) + (input.drop ? lastDrop.size : 0);
  const lowered = sizeOf(input.reliefs ?? [], input.activeReliefs ?? []);
  const level = Math.max(0, filled - lowered);
  const capacity = capacityAfter(input.weeks ?? 0);
  return {
    level,
    capacity,
    overflowing: isOverflowing(level, capacity),
    percent: percentFull(level, capacity),
    loads: input.loads.filter((l) => input.active.includes(l.id)).map((l) => l.id),
  };
}
