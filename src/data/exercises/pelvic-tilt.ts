import { msg } from '@lit/localize';
import { kngf2021 } from '../sources/guidelines.js';
import type { Exercise } from '../types.js';
import { lyingKneesBent } from '../poses.js';

export const pelvicTilt: Exercise = {
  id: 'pelvic-tilt',
  title: () => msg('Bekken kantelen', { id: 'exercise.pelvic-tilt.title' }),
  purpose: () => msg('Je onderrug wordt soepel. De spieren mogen ontspannen.', { id: 'exercise.pelvic-tilt.purpose' }),
  startPosition: () =>
    msg('Ga op je rug liggen. Buig je knieën. Je voeten staan plat op de grond.', { id: 'exercise.pelvic-tilt.start' }),
  steps: [
    () => msg('Maak je onderrug een beetje hol.', { id: 'exercise.pelvic-tilt.step1' }),
    () => msg('Druk daarna je onderrug plat tegen de grond.', { id: 'exercise.pelvic-tilt.step2' }),
    () => msg('Beweeg rustig heen en weer.', { id: 'exercise.pelvic-tilt.step3' }),
    () => msg('Adem rustig door.', { id: 'exercise.pelvic-tilt.step4' }),
  ],
  dose: { reps: 10, repsMax: 15 },
  feel: () => msg('Je voelt je onderrug en buik zacht bewegen.', { id: 'exercise.pelvic-tilt.feel' }),
  avoid: () => msg('Duw niet hard. Til je billen niet op.', { id: 'exercise.pelvic-tilt.avoid' }),
  easier: () => msg('Maak de beweging kleiner.', { id: 'exercise.pelvic-tilt.easier' }),
  harder: () => msg('Doe het ook staand, met je rug tegen een muur.', { id: 'exercise.pelvic-tilt.harder' }),
  illustration: {
    start: { ...lyingKneesBent, pelvis: 196, trunk: 170.5, arms: [[-22, 185.5], [-22, 185.5]] },
    end: { ...lyingKneesBent, arms: [[-22, 185.5], [-22, 185.5]] },
    props: ['mat'],
    box: [22, 82, 112, 36],
    moving: ['pelvis'],
    alt: () =>
      msg('Iemand ligt op de rug met gebogen knieën. Alleen het bekken kantelt. De onderrug wordt een beetje hol en daarna weer plat. Hoofd en schouders blijven liggen.', { id: 'exercise.pelvic-tilt.alt' }),
  },
  sources: [kngf2021],
};
