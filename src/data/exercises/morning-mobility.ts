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
    start: { ...standing, hip: [70, 56.8], arms: [[55.6, 55.6], [55.6, 55.6]] },
    end: { hip: [58, 58.3], trunk: -60, head: -55, arms: [[89.2, 17.3], [89.2, 17.3]], legs: [[73.1, 80.8, 0], [73.1, 80.8, 0]] },
    props: ['chair-ahead'],
    box: [5, 3, 155, 115],
    moving: ['pelvis', 'chest'],
    alt: () => msg('Iemand houdt een stoel vast en buigt rustig voorover vanuit de heupen. De rug blijft recht.', { id: 'exercise.morning-mobility.alt' }),
  },
  sources: [sources.practiceRecurring, sources.kngf2021],
};
