/** @jsxImportSource preact */
// Type tests, checked by `npm run typecheck` (not run): the tags type-check in Preact.
import '../../src/preact.js';

export const tags = (
  <div>
    <rugwijs-exercise-program exercises="plank,walking" remember />
    <rugwijs-load-bucket loads="stress" onrugwijs-bucket-change={(e) => e.detail.loads} />
    {/* @ts-expect-error: not an attribute of the card */}
    <rugwijs-exercise-card exercize="plank" />
  </div>
);
