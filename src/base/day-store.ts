/**
 * The "done today" ticks of a programme in localStorage, only when a practice turns `remember` on.
 * A record holds one day; another day's record reads as nothing done. Storage can be missing or
 * refuse writes (private modes, sandboxed frames, a full quota): then the ticks live in memory.
 * Loaded on demand: pages without `remember` never fetch it.
 */
export interface DayRecord {
  date: string;
  done: string[];
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The ids ticked on `date`, or none when the record is missing, old or unreadable. */
export function readDay(key: string, date: string): string[] {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return [];
    const record = JSON.parse(raw) as Partial<DayRecord>;
    if (record.date !== date || !Array.isArray(record.done)) return [];
    return record.done.filter((id): id is string => typeof id === 'string').slice(0, 100);
  } catch {
    return [];
  }
}

/** Writes today's ticks. Returns false when the browser refused. */
export function writeDay(key: string, record: DayRecord): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}
