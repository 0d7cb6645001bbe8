// Type tests, checked by `npm run typecheck` (not run): the tags and wrappers type-check in React 19.
import { ExerciseCard, LoadBucket } from '../../src/react.js';

export const tags = (
  <>
    <rugwijs-exercise-card exercise="plank" sets={3} practice-name="Fysio" className="x" />
    <rugwijs-load-bucket step="2" compact onrugwijs-bucket-change={(e) => e.detail.overflowing} />
    <rugwijs-warning-signs region="BE" />
    {/* @ts-expect-error: region is NL, BE or INT */}
    <rugwijs-warning-signs region="FR" />
    {/* @ts-expect-error: the bucket's event detail has no `level` of type string */}
    <rugwijs-load-bucket onrugwijs-bucket-change={(e) => e.detail.level.toUpperCase()} />
  </>
);

export const wrappers = (
  <>
    <ExerciseCard exercise="bird-dog" onRugwijsExerciseComplete={(e) => e.detail.id} />
    <LoadBucket loads={['stress', { id: 'own', label: 'Own', kind: 'mind', size: 5 }]} onRugwijsBucketChange={(e) => e.detail.capacity} />
  </>
);
