import { msg } from '@lit/localize';
import { who2020 } from '../sources/activity.js';
import { kngf2021 } from '../sources/guidelines.js';
import type { Exercise } from '../types.js';
import { handsAndKnees } from '../poses.js';

export const birdDog: Exercise = {
  id: 'bird-dog',
  title: () => msg('Arm en been strekken', { id: 'exercise.bird-dog.title' }),
  purpose: () => msg('Je rug, buik en billen worden sterker.', { id: 'exercise.bird-dog.purpose' }),
  startPosition: () =>
    msg('Ga op handen en knieën zitten. Je handen staan onder je schouders. Je knieën staan onder je heupen.', { id: 'exercise.bird-dog.start' }),
  steps: [
    () => msg('Span je buik een beetje aan.', { id: 'exercise.bird-dog.step1' }),
    () => msg('Strek je rechterarm naar voren.', { id: 'exercise.bird-dog.step2' }),
    () => msg('Strek tegelijk je linkerbeen naar achteren. Til het niet hoger dan je heup.', { id: 'exercise.bird-dog.step3' }),
    () => msg('Houd dit vast en tel rustig tot 5. Je rug blijft stil.', { id: 'exercise.bird-dog.step4' }),
    () => msg('Zet je arm en been weer neer.', { id: 'exercise.bird-dog.step5' }),
    () => msg('Doe daarna je linkerarm en rechterbeen.', { id: 'exercise.bird-dog.step6' }),
  ],
  dose: { sets: 3, reps: 10, perSide: true, daysPerWeek: 3 },
  feel: () => msg('Je voelt je buik, billen en rug werken.', { id: 'exercise.bird-dog.feel' }),
  avoid: () => msg('Maak je rug niet hol. Draai je heup niet open.', { id: 'exercise.bird-dog.avoid' }),
  easier: () => msg('Strek alleen een arm. Of strek alleen een been.', { id: 'exercise.bird-dog.easier' }),
  harder: () => msg('Houd je arm en been langer vast, tot 10 tellen.', { id: 'exercise.bird-dog.harder' }),
  illustration: {
    start: handsAndKnees,
    end: { ...handsAndKnees, arms: [[90, 90], [-10, -10]], legs: [[179, 179, 110], [90, 177.4, 178]] },
    props: ['mat'],
    box: [0, 60, 140, 58],
    moving: ['farArm', 'nearLeg'],
    alt: () =>
      msg('Iemand zit op handen en knieën. Eén arm gaat recht naar voren. Tegelijk gaat het andere been recht naar achteren. Het been komt tot heuphoogte, niet hoger.', { id: 'exercise.bird-dog.alt' }),
  },
  sources: [kngf2021, who2020],
};
