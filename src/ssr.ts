/**
 * Server rendering (`@lit-labs/ssr`): registers every element, like `define`, with the built-in
 * exercises imported eagerly. In the browser each exercise is its own module, fetched when a card
 * first shows it; a server renders in one synchronous pass and cannot wait for that, so here they
 * are all at hand before the first render.
 */
import { provideExercises } from './data/exercise-library.js';
import { exercises } from './data/exercises.js';
import { printedSigns } from './components/guide/guide.js';

provideExercises(Object.values(exercises));
// The guide's printed list of warning signs, which the browser fetches on demand.
await printedSigns.load();

export * from './define.js';
export { renderToString, type RenderOptions } from './ssr-render.js';
