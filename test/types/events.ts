// Type tests, checked by `npm run typecheck` (not run): the events, `region` and the element
// classes type-check under strict TypeScript from the package's own entries.
import type { RugwijsLoadBucket, RugwijsWarningSigns, Tag } from '../../src/index.js';
import '../../src/define.js';

export function listen(checklist: RugwijsWarningSigns, bucket: RugwijsLoadBucket): void {
  // Every event is in HTMLElementEventMap with its detail.
  checklist.addEventListener('rugwijs-advice-change', (e) => e.detail.level.toUpperCase());
  bucket.addEventListener('rugwijs-bucket-change', (e) => e.detail.capacity.toFixed());
  document.addEventListener('rugwijs-exercise-complete', (e) => e.detail.id.trim());
  document.addEventListener('rugwijs-program-progress', (e) => e.detail.done);
  // @ts-expect-error: the advice has no `score`
  checklist.addEventListener('rugwijs-advice-change', (e) => e.detail.score);

  // `region` is the union, not any string.
  checklist.region = 'BE';
  checklist.region = '';
  // @ts-expect-error: not a region
  checklist.region = 'XX';

  const tag: Tag = 'rugwijs-load-bucket';
  document.createElement(tag).compact = true;
  // @ts-expect-error: not one of our tags
  const other: Tag = 'rugwijs-nope';
  void other;
}
