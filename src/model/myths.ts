/** The score of "Waar of niet waar?": pure, so the element and a practice's own page agree. */

/** What the patient said per statement id: `true` for "Waar", `false` for "Niet waar". */
export type MythAnswers = Readonly<Record<string, boolean>>;

export interface MythScore {
  /** Statements answered as they really are. */
  right: number;
  answered: number;
  /** Statements in the quiz. */
  total: number;
}

/** Whether an answer matches the statement; undefined when it was not answered. */
export function isRight(truth: boolean, answer: boolean | undefined): boolean | undefined {
  return answer === undefined ? undefined : answer === truth;
}

/** Counts only the statements in the quiz; answers to others do not count. */
export function mythScore(quiz: readonly { id: string; true: boolean }[], answers: MythAnswers): MythScore {
  let right = 0;
  let answered = 0;
  for (const s of quiz) {
    const answer = Object.hasOwn(answers, s.id) ? answers[s.id] : undefined;
    if (typeof answer !== 'boolean') continue;
    answered++;
    if (answer === s.true) right++;
  }
  return { right, answered, total: quiz.length };
}

/** Where the quiz goes on: the first statement not answered yet, or the end (`quiz.length`). */
export function firstOpen(quiz: readonly { id: string }[], answers: MythAnswers): number {
  const i = quiz.findIndex((s) => typeof answers[s.id] !== 'boolean' || !Object.hasOwn(answers, s.id));
  return i === -1 ? quiz.length : i;
}
