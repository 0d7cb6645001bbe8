import { RugwijsRecoveryCourse } from './recovery-course.js';

RugwijsRecoveryCourse.define('rugwijs-recovery-course');

declare global {
  interface HTMLElementTagNameMap {
    'rugwijs-recovery-course': RugwijsRecoveryCourse;
  }
}

export { RugwijsRecoveryCourse };
