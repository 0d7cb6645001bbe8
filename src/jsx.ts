/**
 * JSX types for using the tags directly: React 19 (`<rugwijs-load-bucket step="2" />`) through
 * `rugwijs/react`, Preact through `rugwijs/preact`. Derived from the element classes and the
 * registry (src/registry.json), so a new element needs no edit here: every public writable
 * property, under its own name and in kebab-case as its attribute, and every event as React 19
 * and Preact name it, `on` plus the event name.
 */
import type { LitElement } from 'lit';
import type { Tag } from './generated/registry.js';
import type { RugwijsEventDetails, RugwijsEventsOf } from './generated/events.js';
import type * as React from 'react';

/** `headingLevel` → `heading-level`. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

type IfEquals<X, Y, Then, Else> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? Then : Else;
/** Keys a page can set: not readonly (getters without setters), not methods. */
type SettableKeys<T> = {
  [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? never : IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never>;
}[keyof T];

type ElementProps<El> = {
  [K in Exclude<SettableKeys<El>, keyof LitElement> & string as K | Kebab<K>]?: El[K];
};

type ElementEvents<T extends Tag> = {
  [E in RugwijsEventsOf[T] as `on${E}`]?: (event: CustomEvent<RugwijsEventDetails[E]>) => void;
};

/** The attributes, properties and events of each tag, without the HTML attributes every element has. */
export type RugwijsIntrinsicElements = {
  [T in Tag]: ElementProps<HTMLElementTagNameMap[T]> & ElementEvents<T>;
};

type ReactTags = {
  [T in Tag]: RugwijsIntrinsicElements[T] &
    Omit<React.DetailedHTMLProps<React.HTMLAttributes<HTMLElementTagNameMap[T]>, HTMLElementTagNameMap[T]>, keyof RugwijsIntrinsicElements[T]>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends ReactTags {}
  }
}
