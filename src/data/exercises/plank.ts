import { msg } from '@lit/localize';
import { who2020 } from '../sources/activity.js';
import { kngf2021 } from '../sources/guidelines.js';
import type { Exercise } from '../types.js';
import { plankEnd } from '../poses.js';

export const plank: Exercise = {
  id: 'plank',
  title: () => msg('Plank houden', { id: 'exercise.plank.title' }),
  purpose: () => msg('Je buik, rug en schouders worden sterker.', { id: 'exercise.plank.purpose' }),
  startPosition: () =>
    msg('Ga op je buik liggen. Steun op je onderarmen. Je ellebogen staan onder je schouders.', { id: 'exercise.plank.start' }),
  steps: [
    () => msg('Zet je tenen op de grond.', { id: 'exercise.plank.step1' }),
    () => msg('Til je lijf op. Je steunt op je onderarmen en tenen.', { id: 'exercise.plank.step2' }),
    () => msg('Maak één rechte lijn van hoofd tot hielen.', { id: 'exercise.plank.step3' }),
    () => msg('Blijf rustig doorademen.', { id: 'exercise.plank.step4' }),
    () => msg('Zak rustig terug en rust even.', { id: 'exercise.plank.step5' }),
  ],
  dose: { sets: 3, holdSeconds: 20, holdSecondsMax: 30, daysPerWeek: 3 },
  feel: () => msg('Je voelt je buik en schouders werken.', { id: 'exercise.plank.feel' }),
  avoid: () => msg('Laat je billen niet hangen. Steek ze ook niet omhoog. Houd je adem niet in.', { id: 'exercise.plank.avoid' }),
  easier: () => msg('Steun op je knieën in plaats van je tenen.', { id: 'exercise.plank.easier' }),
  harder: () => msg('Houd de plank langer vast.', { id: 'exercise.plank.harder' }),
  illustration: {
    start: { ...plankEnd, hip: [81.5, 105.8], trunk: -26.9, head: -12, legs: [[173.8, 193.5, 100], [173.8, 193.5, 100]] },
    end: plankEnd,
    props: ['mat'],
    box: [16, 77, 120, 41],
    moving: ['pelvis', 'chest'],
    alt: () =>
      msg('Iemand ligt op de buik en steunt op de onderarmen. Dan gaat het lijf omhoog. Nu steunt het lijf op de onderarmen en de tenen. Hoofd, rug en benen vormen één rechte lijn.', { id: 'exercise.plank.alt' }),
  },
  sources: [kngf2021, who2020],
};
