import { msg } from '@lit/localize';
import { who2020 } from '../sources/activity.js';
import { nhg2017 } from '../sources/guidelines.js';
import type { Exercise } from '../types.js';

export const postureBreak: Exercise = {
  id: 'posture-break',
  title: () => msg('Opstaan en bewegen', { id: 'exercise.posture-break.title' }),
  purpose: () => msg('Lang stilzitten maakt je rug stijf. Even bewegen helpt.', { id: 'exercise.posture-break.purpose' }),
  startPosition: () => msg('Je zit al een tijdje, bijvoorbeeld aan je bureau.', { id: 'exercise.posture-break.start' }),
  steps: [
    () => msg('Sta op.', { id: 'exercise.posture-break.step1' }),
    () => msg('Loop even rond, bijvoorbeeld naar de keuken.', { id: 'exercise.posture-break.step2' }),
    () => msg('Strek je armen en rug.', { id: 'exercise.posture-break.step3' }),
    () => msg('Ga daarna weer zitten. Zit steeds anders.', { id: 'exercise.posture-break.step4' }),
  ],
  dose: { frequency: 'every-30-minutes-sitting' },
  feel: () => msg('Je rug voelt minder stijf.', { id: 'exercise.posture-break.feel' }),
  avoid: () => msg('Blijf niet uren in dezelfde houding zitten.', { id: 'exercise.posture-break.avoid' }),
  easier: () => msg('Sta alleen op en ga weer zitten.', { id: 'exercise.posture-break.easier' }),
  harder: () => msg('Pak de trap in plaats van de lift.', { id: 'exercise.posture-break.harder' }),
  illustration: {
    start: { hip: [53, 83.8], trunk: -90, head: -90, arms: [[85, 25.8], [85, 25.8]], legs: [[0, 90, 0], [0, 90, 0]] },
    end: { hip: [60, 67], trunk: -60, head: -40, arms: [[108.8, 67.1], [108.8, 67.1]], legs: [[38.5, 92.5, 0], [38.5, 92.5, 0]] },
    props: ['chair'],
    box: [2, 21, 130, 97],
    moving: ['pelvis', 'chest'],
    alt: () => msg('Iemand zit op een stoel en staat op. Het bovenlijf gaat eerst naar voren. De handen duwen op de bovenbenen.', { id: 'exercise.posture-break.alt' }),
  },
  sources: [who2020, nhg2017],
};
