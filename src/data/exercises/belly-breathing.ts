import { msg } from '@lit/localize';
import { kngf2021 } from '../sources/guidelines.js';
import type { Exercise } from '../types.js';
import { lyingKneesBent } from '../poses.js';

export const bellyBreathing: Exercise = {
  id: 'belly-breathing',
  title: () => msg('Ademen met je buik', { id: 'exercise.belly-breathing.title' }),
  purpose: () => msg('Je wordt rustiger. Je spieren kunnen ontspannen.', { id: 'exercise.belly-breathing.purpose' }),
  startPosition: () =>
    msg('Ga op je rug liggen met gebogen knieën. Of ga rustig zitten. Leg een hand op je buik.', { id: 'exercise.belly-breathing.start' }),
  steps: [
    () => msg('Adem langzaam in door je neus.', { id: 'exercise.belly-breathing.step1' }),
    () => msg('Je buik gaat omhoog onder je hand.', { id: 'exercise.belly-breathing.step2' }),
    () => msg('Adem rustig uit. Doe het uitademen langer dan het inademen.', { id: 'exercise.belly-breathing.step3' }),
    () => msg('Je buik zakt weer.', { id: 'exercise.belly-breathing.step4' }),
  ],
  dose: { minutes: 5 },
  feel: () => msg('Je hand gaat rustig op en neer. Je wordt rustiger.', { id: 'exercise.belly-breathing.feel' }),
  avoid: () => msg('Adem niet te diep of te snel. Word je duizelig? Adem dan weer gewoon.', { id: 'exercise.belly-breathing.avoid' }),
  easier: () => msg('Begin met een paar ademhalingen.', { id: 'exercise.belly-breathing.easier' }),
  harder: () => msg('Doe het ook als je gespannen bent, bijvoorbeeld op je werk.', { id: 'exercise.belly-breathing.harder' }),
  illustration: {
    start: { ...lyingKneesBent, belly: 1, arms: [[12.5, -50.3], lyingKneesBent.arms[1]] },
    end: { ...lyingKneesBent, belly: 4, arms: [[4.1, -52.1], lyingKneesBent.arms[1]] },
    props: ['mat'],
    box: [22, 82, 112, 36],
    moving: ['belly'],
    alt: () =>
      msg('Iemand ligt op de rug met gebogen knieën. Een hand ligt op de buik. Bij het inademen gaat de buik omhoog. De hand gaat mee omhoog.', { id: 'exercise.belly-breathing.alt' }),
  },
  sources: [kngf2021],
};
