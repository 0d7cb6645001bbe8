import { expect } from '@open-wc/testing';
import { RugwijsExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { RugwijsElement } from '../../src/base/rugwijs-element.js';
import { captureWarnings } from '../helpers.js';

describe('registration', () => {
  it('defines once, and a second define of the same tag never throws', async () => {
    await import('../../src/define.js');
    await import('../../src/components/exercise-card/define.js');
    expect(customElements.get('rugwijs-exercise-card')).to.equal(RugwijsExerciseCard);
    expect(() => RugwijsExerciseCard.define('rugwijs-exercise-card')).to.not.throw();
    expect(customElements.get('rugwijs-exercise-program')).to.exist;
  });

  it('warns once when another copy with another version owns the tag', () => {
    class OtherCopy extends RugwijsElement {
      static override readonly version = '0.0.1-other';
    }
    customElements.define('rugwijs-version-test', OtherCopy);
    const warnings = captureWarnings();
    try {
      class ThisCopy extends RugwijsElement {}
      ThisCopy.define('rugwijs-version-test');
      ThisCopy.define('rugwijs-version-test');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('0.0.1-other').and.contain('rugwijs-version-test');
      expect(customElements.get('rugwijs-version-test')).to.equal(OtherCopy);
    } finally {
      warnings.restore();
    }
  });
});
