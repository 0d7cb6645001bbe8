import { msg } from '@lit/localize';
import { kngf2021 } from '../sources/guidelines.js';
import type { Exercise } from '../types.js';
import { standing } from '../poses.js';

export const morningMobility: Exercise = {
  id: 'morning-mobility',
  title: () => msg('Soepel bewegen in de ochtend', { id: 'exercise.morning-mobility.title' }),
  purpose: () => msg('Je heupen, benen en rug worden soepel voor de dag.', { id: 'exercise.morning-mobility.purpose' }),
  startPosition: () => msg('Ga rechtop staan bij de trap of een stevige stoel. Houd je vast aan de leuning. Je voeten staan op heupbreedte.', { id: 'exercise.morning-mobility.start' }),
  steps: [
    () => msg('Buig je knieën een beetje.', { id: 'exercise.morning-mobility.step1' }),
    () => msg('Buig vanuit je heupen voorover. Je rug blijft lang. Houd je vast.', { id: 'exercise.morning-mobility.step2' }),
    () => msg('Blijf zo en tel tot 5. Kom dan langzaam omhoog. Doe dit 5 keer.', { id: 'exercise.morning-mobility.step3' }),
    () => msg('Draai je heupen rustig rond: 5 keer naar links en 5 keer naar rechts.', { id: 'exercise.morning-mobility.step4' }),
    () => msg('Zet een voet op de onderste traptree. Buig voorover tot je de achterkant van je been voelt. Tel tot 20. Wissel dan van been.', { id: 'exercise.morning-mobility.step5' }),
  ],
  dose: { minutes: 10, frequency: 'daily' },
  feel: () => msg('Je voelt een zachte rek. Het wordt steeds soepeler.', { id: 'exercise.morning-mobility.feel' }),
  avoid: () => msg('Ga niet veren. Forceer niets.', { id: 'exercise.morning-mobility.avoid' }),
  easier: () => msg('Buig minder ver. Houd je met twee handen vast.', { id: 'exercise.morning-mobility.easier' }),
  harder: () => msg('Neem er wat meer tijd voor.', { id: 'exercise.morning-mobility.harder' }),
  safety: () =>
    msg('Heb je botontkalking (osteoporose)? Buig dan niet ver voorover met een bolle rug. Vraag je therapeut welke oefening bij je past.', { id: 'exercise.morning-mobility.safety' }),
  illustration: {
    start: { ...standing, hip: [70, 56.8], arms: [[55.6, 55.6], [55.6, 55.6]] },
    end: { hip: [58, 58.3], trunk: -60, head: -55, arms: [[89.2, 17.3], [89.2, 17.3]], legs: [[73.1, 80.8, 0], [73.1, 80.8, 0]] },
    props: ['chair-ahead'],
    box: [5, 3, 155, 115],
    moving: ['pelvis', 'chest'],
    alt: () => msg('Iemand houdt een stoel vast en buigt rustig voorover vanuit de heupen. De rug blijft recht.', { id: 'exercise.morning-mobility.alt' }),
  },
  sources: [kngf2021],
};
