import { RugwijsSelfCare } from './self-care.js';

RugwijsSelfCare.define('rugwijs-self-care');

declare global {
  interface HTMLElementTagNameMap {
    'rugwijs-self-care': RugwijsSelfCare;
  }
}

export { RugwijsSelfCare };
