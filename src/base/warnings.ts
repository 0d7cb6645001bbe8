import type { Problem } from '../data/validate.js';
import { preview } from './preview.js';

/**
 * The developer's side of bad input: one console warning per bad attribute value, naming the
 * element, the attribute, the value and what is wrong, however often the element re-renders.
 * Patients never see this text; they see the notice (notices.ts).
 */
export class Warnings {
  #warned = new Set<string>();

  warn(element: string, problems: readonly Problem[]): void {
    for (const problem of problems) {
      const key = `${problem.attribute}\u0000${preview(problem.value, 200)}`;
      if (this.#warned.has(key)) continue;
      this.#warned.add(key);
      const detail = problem.details?.length ? ` (${problem.details.join('; ')})` : '';
      console.warn(
        `${element}: ${problem.attribute} has a bad value ${JSON.stringify(preview(problem.value, 200))}: ${problem.code}${detail}.`,
      );
    }
  }
}
