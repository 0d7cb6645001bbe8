/**
 * JSX types for Preact: `import 'rugwijs/preact'` once, then `<rugwijs-exercise-card exercise="plank" />`
 * type-checks. Importing it registers the elements too.
 */
import type { HTMLAttributes } from 'preact';
import type { RugwijsIntrinsicElements } from './jsx.js';
import './define.js';

type PreactTags = {
  [Tag in keyof RugwijsIntrinsicElements]: Omit<HTMLAttributes<HTMLElementTagNameMap[Tag]>, keyof RugwijsIntrinsicElements[Tag]> & RugwijsIntrinsicElements[Tag];
};

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends PreactTags {}
  }
}

export type { RugwijsIntrinsicElements };
