import { msg } from '@lit/localize';
import { who2020 } from '../sources/activity.js';
import { kngf2021 } from '../sources/guidelines.js';
import type { Exercise } from '../types.js';
import { lyingKneesBent } from '../poses.js';

export const singleLegBridge: Exercise = {
  id: 'single-leg-bridge',
  title: () => msg('Bruggetje maken', { id: 'exercise.single-leg-bridge.title' }),
  purpose: () => msg('Je billen en de achterkant van je benen worden sterker.', { id: 'exercise.single-leg-bridge.purpose' }),
  startPosition: () =>
    msg('Ga op je rug liggen. Buig je knieën. Zet je voeten plat op de grond, op heupbreedte.', { id: 'exercise.single-leg-bridge.start' }),
  steps: [
    () => msg('Duw je voeten in de grond.', { id: 'exercise.single-leg-bridge.step1' }),
    () => msg('Til je billen op tot je lijf recht is, van knie tot schouder.', { id: 'exercise.single-leg-bridge.step2' }),
    () => msg('Houd dit vast en tel rustig tot 5.', { id: 'exercise.single-leg-bridge.step3' }),
    () => msg('Zak langzaam terug.', { id: 'exercise.single-leg-bridge.step4' }),
    () => msg('Rust even en begin opnieuw.', { id: 'exercise.single-leg-bridge.step5' }),
  ],
  dose: { sets: 3, reps: 10, daysPerWeek: 3 },
  feel: () => msg('Je voelt je billen en de achterkant van je benen werken.', { id: 'exercise.single-leg-bridge.feel' }),
  avoid: () => msg('Maak je rug niet hol. Duw niet met je nek of schouders.', { id: 'exercise.single-leg-bridge.avoid' }),
  easier: () => msg('Til je billen maar een klein stukje op.', { id: 'exercise.single-leg-bridge.easier' }),
  harder: () => msg('Gaat het goed? Doe het dan op één been. Strek je andere been uit. Doe 10 keer per been.', { id: 'exercise.single-leg-bridge.harder' }),
  illustration: {
    start: lyingKneesBent,
    end: { ...lyingKneesBent, hip: [76.6, 96.4], trunk: 162.9, legs: [[-17.1, 55, 0], [-17.1, 55, 0]] },
    props: ['mat'],
    box: [22, 80, 112, 38],
    moving: ['pelvis'],
    alt: () =>
      msg('Iemand ligt op de rug met gebogen knieën. Beide voeten staan op de grond. De billen gaan omhoog tot het lijf recht is. Hoofd en schouders blijven liggen.', { id: 'exercise.single-leg-bridge.alt' }),
  },
  sources: [kngf2021, who2020],
};
