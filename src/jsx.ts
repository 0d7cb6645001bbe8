/**
 * JSX types for using the tags directly: React 19 (`<rugwijs-load-bucket step="2" />`) through
 * `rugwijs/react`, Preact through `rugwijs/preact`. One list of attributes, from the elements'
 * documented attributes (custom-elements.json); events are listed as React 19 and Preact name
 * them, `on` plus the event name.
 */
import type { ExerciseEventDetail } from './components/exercise-card/exercise-card.js';
import type { ProgramProgressDetail } from './components/exercise-program/exercise-program.js';
import type { BucketChange } from './components/load-bucket/load-bucket.js';
import type { Advice } from './model/triage.js';
import type * as React from 'react';

type Value = string | number;

interface PracticeAttributes {
  'practice-name'?: string;
  'contact-href'?: string;
  'contact-phone'?: string;
  region?: 'NL' | 'BE' | 'INT' | '';
}

/** The attributes and events of each tag, without the HTML attributes every element has. */
export interface RugwijsIntrinsicElements {
  'rugwijs-exercise-card': PracticeAttributes & {
    exercise?: string | Record<string, unknown>;
    sets?: Value;
    reps?: Value;
    'hold-seconds'?: Value;
    minutes?: Value;
    'heading-level'?: Value;
    'onrugwijs-exercise-start'?: (event: CustomEvent<ExerciseEventDetail>) => void;
    'onrugwijs-exercise-complete'?: (event: CustomEvent<ExerciseEventDetail>) => void;
  };
  'rugwijs-exercise-program': PracticeAttributes & {
    exercises?: string | Array<string | Record<string, unknown>>;
    heading?: string;
    'heading-level'?: Value;
    remember?: boolean;
    'storage-key'?: string;
    'onrugwijs-program-progress'?: (event: CustomEvent<ProgramProgressDetail>) => void;
  };
  'rugwijs-warning-signs': PracticeAttributes & {
    'emergency-number'?: string;
    'out-of-hours-phone'?: string;
    heading?: string;
    'heading-level'?: Value;
    'onrugwijs-advice-change'?: (event: CustomEvent<Advice>) => void;
  };
  'rugwijs-load-bucket': PracticeAttributes & {
    step?: Value;
    loads?: string | unknown[];
    compact?: boolean;
    heading?: string;
    'heading-level'?: Value;
    'onrugwijs-bucket-change'?: (event: CustomEvent<BucketChange>) => void;
  };
}

type ReactTags = {
  [Tag in keyof RugwijsIntrinsicElements]: RugwijsIntrinsicElements[Tag] &
    Omit<React.DetailedHTMLProps<React.HTMLAttributes<HTMLElementTagNameMap[Tag]>, HTMLElementTagNameMap[Tag]>, keyof RugwijsIntrinsicElements[Tag]>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends ReactTags {}
  }
}
