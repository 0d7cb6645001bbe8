/**
 * React wrappers, `import { ExerciseCard } from 'rugwijs/react'`: properties are set as
 * properties (so objects and lists pass as they are) and our events become `onRugwijs…` props.
 * Importing this module registers the elements. React 19 can also use the tags directly; the
 * JSX types for that come with this module (and with `rugwijs/preact` for Preact).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { RugwijsExerciseCard } from './components/exercise-card/define.js';
import type { ExerciseEventDetail } from './components/exercise-card/exercise-card.js';
import { RugwijsExerciseProgram } from './components/exercise-program/define.js';
import { RugwijsWarningSigns } from './components/warning-signs/define.js';
import { RugwijsLoadBucket } from './components/load-bucket/define.js';
import type { ProgramProgressDetail } from './components/exercise-program/exercise-program.js';
import type { BucketChange } from './components/load-bucket/load-bucket.js';
import type { Advice } from './model/triage.js';
export type { RugwijsIntrinsicElements } from './jsx.js';
import './jsx.js';

const event = <T>(name: string) => name as EventName<CustomEvent<T>>;

export const ExerciseCard = createComponent({
  tagName: 'rugwijs-exercise-card',
  elementClass: RugwijsExerciseCard,
  react: React,
  events: {
    onRugwijsExerciseStart: event<ExerciseEventDetail>('rugwijs-exercise-start'),
    onRugwijsExerciseComplete: event<ExerciseEventDetail>('rugwijs-exercise-complete'),
  },
  displayName: 'ExerciseCard',
});

export const ExerciseProgram = createComponent({
  tagName: 'rugwijs-exercise-program',
  elementClass: RugwijsExerciseProgram,
  react: React,
  events: { onRugwijsProgramProgress: event<ProgramProgressDetail>('rugwijs-program-progress') },
  displayName: 'ExerciseProgram',
});

export const WarningSigns = createComponent({
  tagName: 'rugwijs-warning-signs',
  elementClass: RugwijsWarningSigns,
  react: React,
  events: { onRugwijsAdviceChange: event<Advice>('rugwijs-advice-change') },
  displayName: 'WarningSigns',
});

export const LoadBucket = createComponent({
  tagName: 'rugwijs-load-bucket',
  elementClass: RugwijsLoadBucket,
  react: React,
  events: { onRugwijsBucketChange: event<BucketChange>('rugwijs-bucket-change') },
  displayName: 'LoadBucket',
});
