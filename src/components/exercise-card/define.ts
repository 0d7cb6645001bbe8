import { RugwijsExerciseCard } from './exercise-card.js';

RugwijsExerciseCard.define('rugwijs-exercise-card');

declare global {
  interface HTMLElementTagNameMap {
    'rugwijs-exercise-card': RugwijsExerciseCard;
  }
}

export { RugwijsExerciseCard };
