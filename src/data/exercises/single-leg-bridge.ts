import { msg } from '@lit/localize';
import { sources } from '../sources.js';
import type { Exercise } from '../types.js';
import { lyingKneesBent } from '../poses.js';

export const singleLegBridge: Exercise = {
  id: 'single-leg-bridge',
  title: () => msg('Bruggetje op één been', { id: 'exercise.single-leg-bridge.title' }),
  purpose: () => msg('Je billen en je onderrug worden sterker.', { id: 'exercise.single-leg-bridge.purpose' }),
  startPosition: () =>
    msg('Ga op je rug liggen. Buig één knie en zet die voet op de grond. Til je andere been op.', { id: 'exercise.single-leg-bridge.start' }),
  steps: [
    () => msg('Duw met je voet op de grond.', { id: 'exercise.single-leg-bridge.step1' }),
    () => msg('Til je billen op tot je lijf recht is.', { id: 'exercise.single-leg-bridge.step2' }),
    () => msg('Houd dit even vast.', { id: 'exercise.single-leg-bridge.step3' }),
    () => msg('Zak langzaam terug.', { id: 'exercise.single-leg-bridge.step4' }),
    () => msg('Wissel daarna van been.', { id: 'exercise.single-leg-bridge.step5' }),
  ],
  dose: { sets: 3, reps: 10, perSide: true },
  feel: () => msg('Je voelt je bil en de achterkant van je been werken.', { id: 'exercise.single-leg-bridge.feel' }),
  avoid: () => msg('Maak je rug niet hol. Laat je heup niet zakken.', { id: 'exercise.single-leg-bridge.avoid' }),
  easier: () => msg('Houd beide voeten op de grond.', { id: 'exercise.single-leg-bridge.easier' }),
  harder: () => msg('Houd je billen langer omhoog.', { id: 'exercise.single-leg-bridge.harder' }),
  illustration: {
    start: lyingKneesBent,
    end: { ...lyingKneesBent, hip: [76.6, 96.4], trunk: 162.9, legs: [[-17.1, 55, 0], [-17.1, 55, 0]] },
    props: ['mat'],
    box: [22, 80, 112, 38],
    moving: ['pelvis'],
    alt: () =>
      msg('Iemand ligt op de rug met gebogen knieën. Beide voeten staan op de grond. De billen gaan omhoog tot het lijf recht is. Hoofd en schouders blijven liggen.', { id: 'exercise.single-leg-bridge.alt' }),
  },
  sources: [sources.practiceManual, sources.kngf2021],
};
