// Every built-in exercise at hand before the first render, as on the server (src/ssr.ts): a card
// that fetched its exercise later would first draw something else than the server did.
import { provideExercises } from '../../src/data/exercise-library.js';
import { exercises } from '../../src/data/exercises.js';

provideExercises(Object.values(exercises));
