import { RugwijsMyths } from './myths.js';

RugwijsMyths.define('rugwijs-myths');

declare global {
  interface HTMLElementTagNameMap {
    'rugwijs-myths': RugwijsMyths;
  }
}

export { RugwijsMyths };
