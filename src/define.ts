/**
 * Registers every rugwijs element. Safe to import more than once, or next to another copy.
 * Exports only the element classes and setLocale; content and logic come from the package root.
 */
export { RugwijsExerciseCard } from './components/exercise-card/define.js';
export { RugwijsExerciseProgram } from './components/exercise-program/define.js';
export { RugwijsWarningSigns } from './components/warning-signs/define.js';
export { RugwijsLoadBucket } from './components/load-bucket/define.js';
export { RugwijsMyths } from './components/myths/define.js';
export { RugwijsRecoveryCourse } from './components/recovery-course/define.js';
export { RugwijsSelfCare } from './components/self-care/define.js';
export { setLocale } from './base/localization.js';
