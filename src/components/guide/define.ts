import { RugwijsGuide } from './guide.js';

RugwijsGuide.define('rugwijs-guide');

declare global {
  interface HTMLElementTagNameMap {
    'rugwijs-guide': RugwijsGuide;
  }
}

export { RugwijsGuide };
