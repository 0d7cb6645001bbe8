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

export function ownContent(checklist: RugwijsWarningSigns, bucket: RugwijsLoadBucket): void {
  // `loads`: ids as a string, or a list of ids and a practice's own loads.
  bucket.loads = 'stress,worry';
  bucket.loads = ['stress', { id: 'gardening', label: 'Tuinieren', kind: 'physical', size: 35 }];
  // @ts-expect-error: `kind` is one of the four kinds
  bucket.loads = [{ id: 'gardening', label: 'Tuinieren', kind: 'garden', size: 35 }];
  // @ts-expect-error: not a list or a string
  bucket.loads = 5;
  // `signs`: a practice's extra signs.
  checklist.signs = [{ id: 'own', level: 'soon', question: 'Eigen vraag?', sources: [{ title: 'Eigen bron' }] }];
  // @ts-expect-error: a sign needs its level
  checklist.signs = [{ id: 'own', question: 'Eigen vraag?' }];
}
