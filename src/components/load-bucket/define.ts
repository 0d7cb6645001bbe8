import { RugwijsLoadBucket } from './load-bucket.js';

RugwijsLoadBucket.define('rugwijs-load-bucket');

declare global {
  interface HTMLElementTagNameMap {
    'rugwijs-load-bucket': RugwijsLoadBucket;
  }
}

export { RugwijsLoadBucket };
