import { RugwijsWarningSigns } from './warning-signs.js';

RugwijsWarningSigns.define('rugwijs-warning-signs');

declare global {
  interface HTMLElementTagNameMap {
    'rugwijs-warning-signs': RugwijsWarningSigns;
  }
}

export { RugwijsWarningSigns };
