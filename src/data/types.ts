/**
 * The content schema. Built-in content holds its text as functions that call `msg()`, so the text
 * is looked up in the active locale at render time; a practice's own content holds plain strings.
 */
export type Text = string | (() => string);

/** Where a medical statement comes from. */
export interface Source {
  /** Short citation, e.g. "KNGF-richtlijn Lage rugpijn en LRS, 2021". */
  title: string;
  url?: string;
}

/** How often an exercise is done. */
export type Frequency = 'daily' | 'twice-daily' | 'every-30-minutes-sitting';

/** How much of an exercise to do. Every field is optional; at least one is set. */
export interface Dose {
  sets?: number;
  reps?: number;
  /** Upper end of a range: reps 10, repsMax 15 reads "10 to 15 repetitions". */
  repsMax?: number;
  holdSeconds?: number;
  holdSecondsMax?: number;
  /** The reps or holds are done on each side (each leg, each arm and leg pair). */
  perSide?: boolean;
  minutes?: number;
  /** The minutes are a minimum ("at least 15 minutes"). */
  atLeast?: boolean;
  frequency?: Frequency;
  /** Days a week, for strength exercises. */
  daysPerWeek?: number;
}

/** Absolute directions in degrees of an arm: [upper arm, forearm]. 0 points right, 90 down. */
export type ArmPose = readonly [upper: number, lower: number];
/** Absolute directions of a leg: [thigh, shin, foot]. */
export type LegPose = readonly [thigh: number, shin: number, foot: number];

/**
 * A body position as a skeleton: the hip point in a 160 x 120 box (the floor, or the top of the
 * mat, at y = 112) and the direction of every body part. The figure renderer draws and animates it.
 * Every part's front is 90 degrees clockwise from its direction: a person whose trunk points up
 * (-90) faces right; lying on the back with the head on the left (trunk 180), the face is up.
 */
export interface Pose {
  hip: readonly [x: number, y: number];
  /** Direction of the lower back, hip to waist; the same as `trunk` when left out. */
  pelvis?: number;
  /** Direction of the upper body, waist to shoulders. */
  trunk: number;
  head: number;
  /** How far the belly rises above a flat belly (0 to 4); drawn only when set. */
  belly?: number;
  /** [near arm, far arm]; the far one is drawn behind the body. */
  arms: readonly [ArmPose, ArmPose];
  /** [near leg, far leg]. */
  legs: readonly [LegPose, LegPose];
}

/** Things drawn with the person: `chair` to sit on, `chair-ahead` a chair back to hold in front. */
export type Prop = 'mat' | 'wall' | 'chair' | 'chair-ahead';

/** The parts of the body a picture can mark as the part that moves. */
export type BodyPart = 'pelvis' | 'chest' | 'belly' | 'nearArm' | 'farArm' | 'nearLeg' | 'farLeg';

/** A part of the 160 x 120 picture box: x, y, width, height. */
export type Box = readonly [x: number, y: number, width: number, height: number];

export interface Illustration {
  start: Pose;
  end: Pose;
  /**
   * The part of the box the picture shows, fitted around the body in both poses and its props
   * (`fitBox` in model/figure.ts computes it; a test keeps the built-in ones in step). Left out:
   * the whole box.
   */
  box?: Box;
  props?: readonly Prop[];
  /**
   * The parts drawn in the accent colour and named in the legend: what the patient moves on
   * purpose. Left out: no part is marked (a guess from the angles would mark the whole body).
   */
  moving?: readonly BodyPart[];
  /** What the body does, for people who cannot see the picture. */
  alt: Text;
}

export interface Exercise {
  /** Stable public id, e.g. `bird-dog`. */
  id: string;
  title: Text;
  /** One line: what the exercise is for. */
  purpose: Text;
  startPosition: Text;
  steps: readonly Text[];
  dose: Dose;
  /** What the patient should feel. */
  feel?: Text;
  /** What to avoid. */
  avoid?: Text;
  /** Extra safety note; the general one is always shown. */
  safety?: Text;
  easier?: Text;
  harder?: Text;
  illustration?: Illustration;
  sources: readonly Source[];
}

/** An exercise as a practice may pass it: the same shape, with plain strings. */
export type ExerciseInput = {
  [K in keyof Exercise]?: unknown;
};
