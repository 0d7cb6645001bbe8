import { msg } from '@lit/localize';
import { who2020 } from '../sources/activity.js';
import { kngf2021 } from '../sources/guidelines.js';
import type { Exercise } from '../types.js';
import { deadBugStart } from '../poses.js';

export const deadBug: Exercise = {
  id: 'dead-bug',
  title: () => msg('Arm en been laten zakken', { id: 'exercise.dead-bug.title' }),
  purpose: () => msg('Je buik wordt sterker. Je leert je rug rustig te houden.', { id: 'exercise.dead-bug.purpose' }),
  startPosition: () =>
    msg('Ga op je rug liggen. Steek je armen recht omhoog. Til je benen op. Je knieën zijn gebogen en staan boven je heupen.', { id: 'exercise.dead-bug.start' }),
  steps: [
    () => msg('Druk je onderrug zacht tegen de grond.', { id: 'exercise.dead-bug.step1' }),
    () => msg('Breng je rechterarm langzaam over je hoofd naar de grond.', { id: 'exercise.dead-bug.step2' }),
    () => msg('Strek tegelijk je linkerbeen. Je voet komt vlak boven de grond.', { id: 'exercise.dead-bug.step3' }),
    () => msg('Kom terug naar het begin.', { id: 'exercise.dead-bug.step4' }),
    () => msg('Doe daarna je linkerarm en rechterbeen. Er beweegt steeds maar één been.', { id: 'exercise.dead-bug.step5' }),
  ],
  dose: { sets: 3, reps: 8, perSide: true, daysPerWeek: 3 },
  feel: () => msg('Je voelt je buik werken.', { id: 'exercise.dead-bug.feel' }),
  avoid: () => msg('Je onderrug komt niet los van de grond. Ga niet te snel.', { id: 'exercise.dead-bug.avoid' }),
  easier: () => msg('Te zwaar? Laat je voeten op de grond. Schuif één hiel langzaam weg en weer terug. Wissel van been.', { id: 'exercise.dead-bug.easier' }),
  harder: () => msg('Ga nog langzamer. Houd arm en been vlak boven de grond even stil.', { id: 'exercise.dead-bug.harder' }),
  illustration: {
    start: deadBugStart,
    end: { ...deadBugStart, arms: [[-90, -90], [188, 188]], legs: [[-6, -6, -80], [-90, 0, -70]] },
    props: ['mat'],
    box: [2, 63, 139, 55],
    moving: ['farArm', 'nearLeg'],
    alt: () =>
      msg('Iemand ligt op de rug, armen omhoog, knieën boven de heupen. Eén arm gaat over het hoofd naar de grond. Tegelijk strekt het andere been zich.', { id: 'exercise.dead-bug.alt' }),
  },
  sources: [kngf2021, who2020],
};
