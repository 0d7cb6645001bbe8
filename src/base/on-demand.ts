/**
 * Code fetched the first time it is needed, for parts most pages never use (the guided mode,
 * validators of a practice's own data, the texts of bad-input notices). `value` is undefined until
 * `load()` has resolved once; `load()` starts the import at most once at a time. A failed import
 * (a 404, a dropped connection) is forgotten, so the next `load()` tries again.
 */
export interface OnDemand<T> {
  readonly value: T | undefined;
  load(): Promise<T>;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get value() {
      return value;
    },
    load: () =>
      (pending ??= importer().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}
