// Type tests, checked by `npm run typecheck` (not run): the React wrappers, one module each.
import { WarningSigns } from '../../src/react.js';
import { LoadBucket } from '../../src/generated/react/load-bucket.js';

export const wrappers = (
  <>
    <WarningSigns region="NL" onRugwijsAdviceChange={(e) => e.detail.level} />
    {/* @ts-expect-error: region is NL, BE or INT */}
    <WarningSigns region="XX" />
    <LoadBucket compact onRugwijsBucketChange={(e) => e.detail.overflowing} />
  </>
);
