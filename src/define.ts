/** Registers every rugwijs element. Safe to import more than once, or next to another copy. */
import './components/exercise-card/define.js';
import './components/exercise-program/define.js';

export * from './index.js';
