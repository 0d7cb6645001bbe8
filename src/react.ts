/**
 * React wrappers, `import { ExerciseCard } from 'rugwijs/react'`: properties are set as
 * properties (so objects and lists pass as they are) and our events become `onRugwijs…` props.
 * Importing this module registers every element; `import { ExerciseCard } from
 * 'rugwijs/react/exercise-card'` registers only that one. React 19 can also use the tags
 * directly; the JSX types for that come with this module (and with `rugwijs/preact` for Preact).
 * The wrappers are generated from src/registry.json.
 */
export * from './generated/react/index.js';
export type { RugwijsIntrinsicElements } from './jsx.js';
import './jsx.js';
