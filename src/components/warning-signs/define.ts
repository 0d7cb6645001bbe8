import { RugwijsWarningSigns } from './warning-signs.js';

RugwijsWarningSigns.define('rugwijs-warning-signs');

declare global {
  interface HTMLElementTagNameMap {
    'rugwijs-warning-signs': RugwijsWarningSigns;
  }
}

export { RugwijsWarningSigns };
// For the guide's printed list: it takes the signs from this chunk, which its checklist loads anyway.
export { warningSigns } from '../../data/warning-signs.js';
