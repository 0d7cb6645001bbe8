/**
 * The built-in exercises of content-brief.md section 4. Text is written by us at language level
 * B1 and looked up at render time; the poses were computed so that hands, knees and feet meet the
 * floor (hip at y = 107 when lying, floor at y = 112).
 */
import { msg } from '@lit/localize';
import { sources } from './sources.js';
import type { Exercise, LegPose, Pose } from './types.js';

const lyingArms = [[0, 0], [0, 0]] as const;
const bentLeg: LegPose = [-47, 54, 0];
const lyingHead = 194;

const handsAndKnees: Pose = {
  hip: [50, 84], trunk: -15, head: 0,
  arms: [[90, 90], [90, 90]],
  legs: [[90, 180, 180], [90, 180, 180]],
};

const lyingKneesBent: Pose = {
  hip: [76, 107], trunk: 180, head: lyingHead,
  arms: lyingArms,
  legs: [bentLeg, bentLeg],
};

const standing: Pose = {
  hip: [80, 61], trunk: -90, head: -90,
  arms: [[100, 94], [82, 86]],
  legs: [[90, 90, 0], [92, 90, 0]],
};

export const birdDog: Exercise = {
  id: 'bird-dog',
  title: () => msg('Arm en been strekken (bird dog)', { id: 'exercise.bird-dog.title' }),
  purpose: () => msg('Je rug en buik worden sterker en stabieler.', { id: 'exercise.bird-dog.purpose' }),
  startPosition: () =>
    msg('Ga op handen en knieën zitten. Je handen staan onder je schouders. Je knieën staan onder je heupen.', { id: 'exercise.bird-dog.start' }),
  steps: [
    () => msg('Span je buik een beetje aan.', { id: 'exercise.bird-dog.step1' }),
    () => msg('Strek je rechterarm naar voren.', { id: 'exercise.bird-dog.step2' }),
    () => msg('Strek tegelijk je linkerbeen naar achteren.', { id: 'exercise.bird-dog.step3' }),
    () => msg('Houd dit even vast. Je rug blijft stil.', { id: 'exercise.bird-dog.step4' }),
    () => msg('Zet je arm en been weer neer.', { id: 'exercise.bird-dog.step5' }),
    () => msg('Doe daarna je linkerarm en rechterbeen.', { id: 'exercise.bird-dog.step6' }),
  ],
  dose: { sets: 3, reps: 10, perSide: true },
  feel: () => msg('Je voelt je buik, billen en rug werken.', { id: 'exercise.bird-dog.feel' }),
  avoid: () => msg('Maak je rug niet hol. Draai je heup niet open.', { id: 'exercise.bird-dog.avoid' }),
  easier: () => msg('Strek alleen een arm. Of strek alleen een been.', { id: 'exercise.bird-dog.easier' }),
  harder: () => msg('Houd je arm en been langer vast.', { id: 'exercise.bird-dog.harder' }),
  illustration: {
    start: handsAndKnees,
    end: { ...handsAndKnees, arms: [[90, 90], [-8, -8]], legs: [[183, 183, 95], [90, 180, 180]] },
    props: ['mat'],
    alt: () =>
      msg('Iemand zit op handen en knieën. Hij strekt een arm naar voren en het andere been naar achteren.', { id: 'exercise.bird-dog.alt' }),
  },
  sources: [sources.practiceManual, sources.practiceRecurring, sources.kngf2021],
};

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
    start: { ...lyingKneesBent, legs: [bentLeg, [-40, -40, -130]] },
    end: { hip: [71, 88], trunk: 148, head: lyingHead, arms: lyingArms, legs: [[0, 60, 0], [-12, -12, -102]] },
    props: ['mat'],
    alt: () =>
      msg('Iemand ligt op de rug met één voet op de grond. Het andere been is omhoog. De billen gaan omhoog tot het lijf recht is.', { id: 'exercise.single-leg-bridge.alt' }),
  },
  sources: [sources.practiceManual, sources.kngf2021],
};

const plankEnd: Pose = {
  hip: [74, 96], trunk: -8, head: -8,
  arms: [[90, 0], [90, 0]],
  legs: [[172, 172, 75], [172, 172, 75]],
};

export const plank: Exercise = {
  id: 'plank',
  title: () => msg('Plank', { id: 'exercise.plank.title' }),
  purpose: () => msg('Je buik en rug worden sterker. Zo krijgt je rug meer steun.', { id: 'exercise.plank.purpose' }),
  startPosition: () =>
    msg('Ga op je buik liggen. Steun op je onderarmen. Je ellebogen staan onder je schouders.', { id: 'exercise.plank.start' }),
  steps: [
    () => msg('Zet je tenen op de grond.', { id: 'exercise.plank.step1' }),
    () => msg('Til je lijf op. Je steunt op je onderarmen en tenen.', { id: 'exercise.plank.step2' }),
    () => msg('Maak één rechte lijn van hoofd tot hielen.', { id: 'exercise.plank.step3' }),
    () => msg('Blijf rustig doorademen.', { id: 'exercise.plank.step4' }),
    () => msg('Zak rustig terug en rust even.', { id: 'exercise.plank.step5' }),
  ],
  dose: { sets: 3, holdSeconds: 20, holdSecondsMax: 30 },
  feel: () => msg('Je voelt je buik en schouders werken.', { id: 'exercise.plank.feel' }),
  avoid: () => msg('Laat je billen niet hangen. Steek ze ook niet omhoog. Houd je adem niet in.', { id: 'exercise.plank.avoid' }),
  easier: () => msg('Steun op je knieën in plaats van je tenen.', { id: 'exercise.plank.easier' }),
  harder: () => msg('Houd de plank langer vast.', { id: 'exercise.plank.harder' }),
  illustration: {
    start: { ...plankEnd, hip: [77, 105], trunk: -23, head: -15, legs: [[180, 180, 100], [180, 180, 100]] },
    end: plankEnd,
    props: ['mat'],
    alt: () =>
      msg('Iemand ligt op de buik en steunt op de onderarmen. Dan tilt hij het lijf op, in één rechte lijn.', { id: 'exercise.plank.alt' }),
  },
  sources: [sources.practiceRecurring, sources.kngf2021],
};

const deadBugStart: Pose = {
  ...lyingKneesBent,
  arms: [[-90, -90], [-88, -88]],
  legs: [[-90, 0, -60], [-88, 2, -58]],
};

export const deadBug: Exercise = {
  id: 'dead-bug',
  title: () => msg('Dead bug (arm en been laten zakken)', { id: 'exercise.dead-bug.title' }),
  purpose: () => msg('Je buik wordt sterker. Je leert je rug stil te houden.', { id: 'exercise.dead-bug.purpose' }),
  startPosition: () =>
    msg('Ga op je rug liggen. Steek je armen recht omhoog. Til je benen op. Je heupen en knieën maken een hoek van 90 graden.', { id: 'exercise.dead-bug.start' }),
  steps: [
    () => msg('Druk je onderrug zacht tegen de grond.', { id: 'exercise.dead-bug.step1' }),
    () => msg('Laat je rechterarm langzaam naar achteren zakken.', { id: 'exercise.dead-bug.step2' }),
    () => msg('Strek tegelijk je linkerbeen naar voren.', { id: 'exercise.dead-bug.step3' }),
    () => msg('Kom terug naar het begin.', { id: 'exercise.dead-bug.step4' }),
    () => msg('Doe daarna je linkerarm en rechterbeen.', { id: 'exercise.dead-bug.step5' }),
  ],
  dose: { sets: 3, reps: 8, perSide: true },
  feel: () => msg('Je voelt je buik werken.', { id: 'exercise.dead-bug.feel' }),
  avoid: () => msg('Je onderrug komt niet los van de grond. Ga niet te snel.', { id: 'exercise.dead-bug.avoid' }),
  easier: () => msg('Beweeg alleen een been. Je armen blijven omhoog.', { id: 'exercise.dead-bug.easier' }),
  harder: () => msg('Ga nog langzamer. Houd arm en been vlak boven de grond even stil.', { id: 'exercise.dead-bug.harder' }),
  illustration: {
    start: deadBugStart,
    end: { ...deadBugStart, arms: [[186, 186], [-88, -88]], legs: [[-90, 0, -60], [-8, -8, -98]] },
    props: ['mat'],
    alt: () =>
      msg('Iemand ligt op de rug met armen en benen omhoog. Eén arm zakt naar achteren en het andere been strekt naar voren.', { id: 'exercise.dead-bug.alt' }),
  },
  sources: [sources.practiceRecurring, sources.kngf2021],
};

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
    start: { ...lyingKneesBent, hip: [76, 105], trunk: 183, legs: [[-43, 57, 0], [-43, 57, 0]] },
    end: lyingKneesBent,
    props: ['mat'],
    alt: () =>
      msg('Iemand ligt op de rug met gebogen knieën. De onderrug gaat een beetje hol en daarna weer plat.', { id: 'exercise.pelvic-tilt.alt' }),
  },
  sources: [sources.practiceMovement, sources.kngf2021],
};

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
    start: standing,
    end: { hip: [73, 62], trunk: -30, head: 10, arms: [[80, 85], [84, 88]], legs: [[73, 90, 0], [75, 90, 0]] },
    alt: () => msg('Iemand staat rechtop en buigt rustig voorover met de armen hangend.', { id: 'exercise.morning-mobility.alt' }),
  },
  sources: [sources.practiceRecurring, sources.kngf2021],
};

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
    start: { hip: [80, 61], trunk: -88, head: -85, arms: [[110, 95], [70, 50]], legs: [[70, 95, -15], [110, 120, 60]] },
    end: { hip: [80, 61], trunk: -88, head: -85, arms: [[70, 50], [110, 95]], legs: [[110, 120, 60], [70, 95, -15]] },
    alt: () => msg('Iemand wandelt en zwaait met de armen.', { id: 'exercise.walking.alt' }),
  },
  sources: [sources.practiceExercise, sources.dahm2010, sources.nhg2017],
};

export const bellyBreathing: Exercise = {
  id: 'belly-breathing',
  title: () => msg('Buikademhaling', { id: 'exercise.belly-breathing.title' }),
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
    start: { ...lyingKneesBent, arms: [[3, -45], [0, 0]] },
    end: { ...lyingKneesBent, arms: [[3, -56], [0, 0]] },
    props: ['mat'],
    alt: () =>
      msg('Iemand ligt op de rug met een hand op de buik. De hand gaat omhoog bij het inademen.', { id: 'exercise.belly-breathing.alt' }),
  },
  sources: [sources.practiceExercise],
};

export const postureBreak: Exercise = {
  id: 'posture-break',
  title: () => msg('Beweegpauze', { id: 'exercise.posture-break.title' }),
  purpose: () => msg('Lang stil zitten belast je rug. Even bewegen geeft je rug rust.', { id: 'exercise.posture-break.purpose' }),
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
    start: { hip: [58, 85], trunk: -90, head: -90, arms: [[70, 67], [72, 66]], legs: [[0, 90, 0], [2, 90, 0]] },
    end: standing,
    props: ['chair'],
    alt: () => msg('Iemand zit op een stoel en staat op.', { id: 'exercise.posture-break.alt' }),
  },
  sources: [sources.practiceManual, sources.practiceRecurring, sources.nice59],
};

/** Every built-in exercise, by id, in the order of the content brief. */
export const exercises: Readonly<Record<string, Exercise>> = Object.freeze(
  Object.fromEntries(
    [birdDog, singleLegBridge, plank, deadBug, pelvicTilt, morningMobility, walking, bellyBreathing, postureBreak].map((e) => [e.id, e]),
  ),
);

export const exerciseIds: readonly string[] = Object.keys(exercises);

/** The safety note every exercise card shows. */
export const generalSafety = (): string =>
  msg('Een beetje ongemak mag. Wordt de pijn duidelijk erger? Stop dan. Stop ook als de pijn naar je been trekt. Of als je been doof voelt of tintelt. Vraag dan je therapeut om raad. Bouw rustig op.', {
    id: 'exercise.safety',
  });
