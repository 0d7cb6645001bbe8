/**
 * Code or content an element loads on first use (an exercise, the notice texts): while any is on
 * its way the element is in the custom state `loading` (`:state(loading)`, which rugwijs.css uses
 * to keep the space reserved), and `settled()` waits until all of it has arrived. When a part does
 * not arrive, the state stays, so the space stays reserved, and `failed` holds what to retry.
 */
export class PendingWork {
  #pending = new Set<Promise<unknown>>();
  /** The properties whose parts did not arrive; the element asks for them again on retry. */
  readonly failed = new Set<PropertyKey | undefined>();

  constructor(private readonly states: CustomStateSet | undefined) {}

  add(work: Promise<unknown>, onArrived: () => void, onFailed: (error: unknown) => void, property?: PropertyKey): void {
    const tracked: Promise<unknown> = work
      .then(onArrived, (error: unknown) => {
        this.failed.add(property);
        onFailed(error);
      })
      .finally(() => {
        this.#pending.delete(tracked);
        if (!this.#pending.size && !this.failed.size) this.states?.delete('loading');
      });
    this.#pending.add(tracked);
    this.states?.add('loading');
  }

  get size(): number {
    return this.#pending.size;
  }

  /** Resolves once nothing is on its way (a failure counts as settled). */
  async settled(): Promise<void> {
    while (this.#pending.size) await Promise.all(this.#pending);
  }

  /** Forgets the failures and returns the properties to ask for again. */
  takeFailed(): (PropertyKey | undefined)[] {
    const list = [...this.failed];
    this.failed.clear();
    return list;
  }
}
