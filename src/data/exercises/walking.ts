import { msg } from '@lit/localize';
import { dahm2010, who2020 } from '../sources/activity.js';
import { nhg2017 } from '../sources/guidelines.js';
import type { Exercise } from '../types.js';

export const walking: Exercise = {
  id: 'walking',
  title: () => msg('Wandelen', { id: 'exercise.walking.title' }),
  purpose: () => msg('Bewegen helpt je rug. Wandelen is een makkelijke manier.', { id: 'exercise.walking.purpose' }),
  startPosition: () => msg('Trek schoenen aan die lekker zitten.', { id: 'exercise.walking.start' }),
  steps: [
    () => msg('Wandel in je eigen tempo.', { id: 'exercise.walking.step1' }),
    () => msg('Laat je armen mee zwaaien.', { id: 'exercise.walking.step2' }),
    () => msg('Bouw de tijd rustig op.', { id: 'exercise.walking.step3' }),
  ],
  dose: { minutes: 15, atLeast: true, frequency: 'daily' },
  feel: () => msg('Je wordt warm. Je rug voelt vaak soepeler.', { id: 'exercise.walking.feel' }),
  avoid: () => msg('Begin niet meteen met een heel lange wandeling.', { id: 'exercise.walking.avoid' }),
  easier: () => msg('Wandel twee of drie keer kort op een dag.', { id: 'exercise.walking.easier' }),
  harder: () => msg('Wandel langer of iets sneller.', { id: 'exercise.walking.harder' }),
  illustration: {
    start: { hip: [80, 57.3], trunk: -88, head: -88, arms: [[110, 100], [70, 50]], legs: [[70, 86, -20], [110, 110, 25]] },
    end: { hip: [80, 57.3], trunk: -88, head: -88, arms: [[70, 50], [110, 100]], legs: [[110, 110, 25], [70, 86, -20]] },
    box: [2, 3, 155, 115],
    moving: ['nearLeg', 'farLeg'],
    alt: () => msg('Iemand wandelt. De armen zwaaien mee.', { id: 'exercise.walking.alt' }),
  },
  sources: [dahm2010, nhg2017, who2020],
};
