import { RugwijsExerciseProgram } from './exercise-program.js';

RugwijsExerciseProgram.define('rugwijs-exercise-program');

declare global {
  interface HTMLElementTagNameMap {
    'rugwijs-exercise-program': RugwijsExerciseProgram;
  }
}

export { RugwijsExerciseProgram };
