import { msg } from '@lit/localize';
import { sources } from '../sources.js';
import type { Exercise } from '../types.js';
import { standing } from '../poses.js';

export const morningMobility: Exercise = {
  id: 'morning-mobility',
  title: () => msg('Soepel worden in de ochtend', { id: 'exercise.morning-mobility.title' }),
  purpose: () => msg('Je heupen, benen en rug worden soepel voor de dag.', { id: 'exercise.morning-mobility.purpose' }),
  startPosition: () => msg('Ga rechtop staan. Je voeten staan op heupbreedte.', { id: 'exercise.morning-mobility.start' }),
  steps: [
    () => msg('Buig je knieën een beetje.', { id: 'exercise.morning-mobility.step1' }),
    () => msg('Buig rustig voorover. Laat je armen hangen.', { id: 'exercise.morning-mobility.step2' }),
    () => msg('Kom langzaam weer omhoog.', { id: 'exercise.morning-mobility.step3' }),
    () => msg('Draai je heupen een paar keer rond.', { id: 'exercise.morning-mobility.step4' }),
    () => msg('Zet een voet op een traptree. Buig voorover tot je de achterkant van je been voelt.', { id: 'exercise.morning-mobility.step5' }),
  ],
  dose: { minutes: 10, frequency: 'daily' },
  feel: () => msg('Je voelt een zachte rek. Het wordt steeds soepeler.', { id: 'exercise.morning-mobility.feel' }),
  avoid: () => msg('Ga niet veren. Forceer niets.', { id: 'exercise.morning-mobility.avoid' }),
  easier: () => msg('Buig minder ver. Houd je vast aan een stoel.', { id: 'exercise.morning-mobility.easier' }),
  harder: () => msg('Neem er wat meer tijd voor.', { id: 'exercise.morning-mobility.harder' }),
  illustration: {
    start: standing,
    end: { hip: [73, 62], trunk: -30, head: 10, arms: [[80, 85], [84, 88]], legs: [[73, 90, 0], [75, 90, 0]] },
    alt: () => msg('Iemand staat rechtop en buigt rustig voorover met de armen hangend.', { id: 'exercise.morning-mobility.alt' }),
  },
  sources: [sources.practiceRecurring, sources.kngf2021],
};
