/**
 * The warning signs of content-brief.md section 2, with the brief's ids and levels, written at B1.
 * The ids are public: data, API, events and tests use them. The levels are checked against the
 * brief in test/data/warning-signs.test.ts; a practice can add signs but never lower one of these.
 */
import { msg } from '@lit/localize';
import type { Source, Text } from './types.js';
import { groups, levels } from './vocabulary.js';

export type Level = 'emergency' | 'urgent' | 'soon' | 'review' | 'none';

/** From highest to lowest; with the groups in vocabulary.ts, which the validator shares. */
export { groups, levels };

/** Whose numbers and services the advice names. */
export type Region = 'NL' | 'BE' | 'INT';

/**
 * The body area a sign is about. The checklist asks by level (emergency first), not by group;
 * `early` marks the optional part about the early signs of a new episode.
 */
export type SignGroup = 'bladder' | 'legs' | 'general' | 'pain' | 'accident' | 'early';


/**
 * A practice's extra sign, as the checklist's `signs` takes it: plain data, its text in the page's
 * language. Read as untrusted all the same: a bad one is left out with a notice.
 */
export interface OwnSign {
  /** Lowercase letters, digits and dashes. */
  id: string;
  level: Level;
  /** Asked so that "yes" is the worrying answer; at most 300 characters. */
  question: string;
  /** A short "why we ask"; at most 300 characters. */
  why?: string;
  /** Default `general`. */
  group?: SignGroup;
  sources?: readonly { title: string; url?: string }[];
}

export interface WarningSign {
  id: string;
  level: Level;
  group: SignGroup;
  /** The question, answered yes / no / not sure; "yes" is always the worrying answer. */
  question: Text;
  /** Short points under the question, where a sign needs several conditions. */
  points?: readonly Text[];
  /** Whether "yes" means all points apply or any one of them (default: any). */
  pointsMatch?: 'all' | 'any';
  /** A higher level in one region (the NHS treats cauda equina signs as an emergency). */
  levelIn?: Partial<Record<Region, Level>>;
  /** A short "why we ask". */
  why?: Text;
  sources: readonly Source[];
}

import { kngf2021, nhg2017 } from './sources/guidelines.js';
import { finucane2020, kce287, nhgLrs2015, nhsBackPain, nhsCaudaEquina, verhagen2016 } from './sources/red-flags.js';

const cauda = { INT: 'emergency' } as const;
const earlyWhy = () => msg('Dit kan een eerste teken zijn dat je rug weer opspeelt.', { id: 'sign.early.why' });

/**
 * In the order the checklist asks them: emergency first, then urgent, soon and review, then the
 * optional early signs. Numbers (ages, 38 °C, 3 weeks) come from NHG 2017, NHG LRS 2015 and NHS;
 * 3 months of prednisone is the usual threshold for steroid-induced bone loss.
 */
export const warningSigns: readonly WarningSign[] = [
  // Emergency
  {
    id: 'aneurysm-pain', level: 'emergency', group: 'pain', sources: [nhg2017, verhagen2016], pointsMatch: 'all',
    question: () => msg('Heb je ineens heel erge pijn in je rug of buik, die steeds even erg blijft?', { id: 'sign.aneurysm-pain.q' }),
    points: [
      () => msg('De pijn kwam ineens en is heel erg.', { id: 'sign.aneurysm-pain.p1' }),
      () => msg('De pijn blijft even erg, hoe je ook ligt of beweegt. Of je voelt je ook flauw, zweterig of klam.', { id: 'sign.aneurysm-pain.p2' }),
    ],
    why: () => msg('Zeker als je je ook flauw, zweterig of klam voelt. Of als je weet dat je grote slagader in je buik wijder is (aneurysma).', { id: 'sign.aneurysm-pain.why' }),
  },
  {
    id: 'chest-pain', level: 'emergency', group: 'general', sources: [nhsBackPain],
    question: () => msg('Heb je naast je rugpijn ook een van deze klachten?', { id: 'sign.chest-pain.q' }),
    points: [
      () => msg('Pijn op je borst.', { id: 'sign.chest-pain.p1' }),
      () => msg('Je bent benauwd of ademt moeilijk.', { id: 'sign.chest-pain.p2' }),
    ],
    why: () => msg('Pijn op de borst of benauwdheid moet een arts meteen bekijken.', { id: 'sign.chest-pain.why' }),
  },
  {
    id: 'major-trauma', level: 'emergency', group: 'accident', sources: [nhsBackPain, finucane2020],
    question: () => msg('Begon de pijn na een zwaar ongeluk of een val van hoogte?', { id: 'sign.major-trauma.q' }),
    points: [() => msg('Bijvoorbeeld een auto-ongeluk, of een val van een trap of ladder.', { id: 'sign.major-trauma.p1' })],
    why: () => msg('Na een zware klap moet een arts meteen kijken.', { id: 'sign.major-trauma.why' }),
  },
  // Urgent (in region INT the three cauda equina signs are an emergency, as the NHS says)
  {
    id: 'bladder-bowel', level: 'urgent', levelIn: cauda, group: 'bladder', sources: [nhg2017, nhsCaudaEquina, kce287],
    question: () => msg('Heb je sinds kort een van deze problemen met plassen of poepen?', { id: 'sign.bladder-bowel.q' }),
    points: [
      () => msg('Plassen lukt moeilijk of niet.', { id: 'sign.bladder-bowel.p1' }),
      () => msg('Je verliest plas zonder dat je het wilt, ook als het maar een beetje is.', { id: 'sign.bladder-bowel.p2' }),
      () => msg('Je verliest poep (ontlasting) zonder dat je het wilt.', { id: 'sign.bladder-bowel.p3' }),
      () => msg('Je voelt minder goed dat je moet plassen of poepen. Of je voelt het plassen of poepen minder.', { id: 'sign.bladder-bowel.p4' }),
    ],
    why: () => msg('Zenuwen onder in je rug regelen je blaas en darm. Een arts moet dit meteen bekijken.', { id: 'sign.bladder-bowel.why' }),
  },
  {
    id: 'saddle-numbness', level: 'urgent', levelIn: cauda, group: 'bladder', sources: [nhg2017, nhsCaudaEquina, kce287],
    question: () => msg('Voelt je huid rond je anus of je geslachtsdelen doof of tintelig?', { id: 'sign.saddle-numbness.q' }),
    points: [
      () => msg('Ook de binnenkant van je dijen telt mee.', { id: 'sign.saddle-numbness.p1' }),
      () => msg('Bijvoorbeeld: je voelt het wc-papier minder goed.', { id: 'sign.saddle-numbness.p2' }),
    ],
    why: () => msg('Dit is de huid waarop je op een fietszadel zit. Een doof gevoel daar moet een arts meteen bekijken.', { id: 'sign.saddle-numbness.why' }),
  },
  {
    id: 'both-legs-weakness', level: 'urgent', levelIn: cauda, group: 'legs', sources: [nhg2017, nhgLrs2015, nhsCaudaEquina, kce287],
    question: () => msg('Heb je een van deze klachten in je benen?', { id: 'sign.both-legs-weakness.q' }),
    points: [
      () => msg('Allebei je benen zijn zwak of doof.', { id: 'sign.both-legs-weakness.p1' }),
      () => msg('Je hebt pijn in allebei je benen.', { id: 'sign.both-legs-weakness.p2' }),
      () => msg('Een been wordt steeds zwakker.', { id: 'sign.both-legs-weakness.p3' }),
    ],
    why: () => msg('Minder kracht in je benen moet een arts meteen bekijken.', { id: 'sign.both-legs-weakness.why' }),
  },
  {
    id: 'foot-drop', level: 'urgent', group: 'legs', sources: [nhgLrs2015],
    question: () => msg('Kun je sinds kort je voet of tenen van één been slecht optillen?', { id: 'sign.foot-drop.q' }),
    points: [
      () => msg('Je voet sleept of klapt neer als je loopt.', { id: 'sign.foot-drop.p1' }),
      () => msg('Op je hakken lopen lukt niet.', { id: 'sign.foot-drop.p2' }),
    ],
    why: () => msg('Misschien werkt een zenuw naar je been minder goed. Een arts moet dit vandaag nog zien.', { id: 'sign.foot-drop.why' }),
  },
  {
    id: 'sexual-function', level: 'urgent', group: 'bladder', sources: [nhsCaudaEquina],
    question: () => msg('Merk je sinds kort een van deze dingen bij seks?', { id: 'sign.sexual-function.q' }),
    points: [
      () => msg('Je voelt minder in je geslachtsdelen.', { id: 'sign.sexual-function.p1' }),
      () => msg('Een erectie lukt niet meer.', { id: 'sign.sexual-function.p2' }),
    ],
    why: () => msg('Ook dit regelen zenuwen onder in je rug.', { id: 'sign.sexual-function.why' }),
  },
  {
    id: 'fever-infection', level: 'urgent', group: 'general', sources: [nhsBackPain, finucane2020, kce287],
    question: () => msg('Heb je naast je rugpijn een van deze dingen?', { id: 'sign.fever-infection.q' }),
    points: [
      () => msg('Koorts: 38 °C of hoger. Of je hebt het heet en je rilt.', { id: 'sign.fever-infection.p1' }),
      () => msg('Je voelt je erg ziek.', { id: 'sign.fever-infection.p2' }),
      () => msg('Je afweer is zwak. Bijvoorbeeld door chemo, prednison of andere medicijnen die je afweer remmen.', { id: 'sign.fever-infection.p3' }),
      () => msg('Je had kort geleden een operatie of prik in je rug.', { id: 'sign.fever-infection.p4' }),
    ],
    why: () => msg('Dan kan er een ontsteking zijn. Een arts moet dit vandaag nog bekijken.', { id: 'sign.fever-infection.why' }),
  },
  {
    id: 'fracture-risk', level: 'urgent', group: 'accident', sources: [verhagen2016, nhg2017, kce287],
    question: () => msg('Past een van deze dingen bij jou?', { id: 'sign.fracture-risk.q' }),
    points: [
      () => msg('Je bent 65 of ouder en de pijn begon na een kleine val of na tillen.', { id: 'sign.fracture-risk.p1' }),
      () => msg('Je hebt botontkalking (osteoporose) en de pijn kwam plotseling, ook als je niet viel.', { id: 'sign.fracture-risk.p2' }),
      () => msg('Je slikt al 3 maanden of langer prednison of een ander middel met cortison.', { id: 'sign.fracture-risk.p3' }),
    ],
    why: () => msg('Dan is er een kleine kans op een breukje in een wervel. Een arts moet dit vandaag nog bekijken.', { id: 'sign.fracture-risk.why' }),
  },
  // Soon
  {
    id: 'one-leg-nerve', level: 'soon', group: 'legs', sources: [nhgLrs2015],
    question: () => msg('Voelt één been doof, tintelig of zwak?', { id: 'sign.one-leg-nerve.q' }),
    why: () => msg('Dan kan een zenuw geprikkeld zijn. De huisarts kijkt dat graag na.', { id: 'sign.one-leg-nerve.why' }),
  },
  {
    id: 'worsening', level: 'soon', group: 'pain', sources: [nhg2017],
    question: () => msg('Wordt de pijn al dagen of weken steeds erger?', { id: 'sign.worsening.q' }),
    why: () => msg('Wordt de pijn steeds erger? Dan wil de huisarts je graag zien.', { id: 'sign.worsening.why' }),
  },
  {
    id: 'night-pain', level: 'soon', group: 'pain', sources: [nhsBackPain],
    question: () => msg('Heb je ook veel pijn als je rust of slaapt?', { id: 'sign.night-pain.q' }),
    points: [
      () => msg('De pijn blijft even erg als je stil ligt.', { id: 'sign.night-pain.p1' }),
      () => msg('De pijn is in de nacht erger.', { id: 'sign.night-pain.p2' }),
      () => msg('Je wordt wakker van de pijn.', { id: 'sign.night-pain.p3' }),
    ],
    why: () => msg('Heb je ook pijn als je rust? Dat wil de huisarts graag weten.', { id: 'sign.night-pain.why' }),
  },
  {
    id: 'weight-loss', level: 'soon', group: 'general', sources: [nhsBackPain, verhagen2016],
    question: () => msg('Ben je de laatste maanden afgevallen zonder dat je dat wilde?', { id: 'sign.weight-loss.q' }),
    why: () => msg('Val je af zonder reden? Dat wil de huisarts graag weten.', { id: 'sign.weight-loss.why' }),
  },
  {
    id: 'cancer-history', level: 'soon', group: 'general', sources: [nhg2017, verhagen2016, kce287],
    question: () => msg('Heb je kanker, of heb je ooit kanker gehad?', { id: 'sign.cancer-history.q' }),
    why: () => msg('Dan kijkt de huisarts graag een keer extra.', { id: 'sign.cancer-history.why' }),
  },
  {
    id: 'age-onset', level: 'soon', group: 'general', sources: [nhg2017], pointsMatch: 'all',
    question: () => msg('Heb je voor het eerst rugpijn, en ben je jonger dan 20 of ouder dan 50?', { id: 'sign.age-onset.q' }),
    points: [
      () => msg('Je hebt nooit eerder rugpijn gehad.', { id: 'sign.age-onset.p1' }),
      () => msg('Je bent jonger dan 20 of ouder dan 50.', { id: 'sign.age-onset.p2' }),
    ],
    why: () => msg('Bij die leeftijden kijkt de huisarts graag een keer mee.', { id: 'sign.age-onset.why' }),
  },
  {
    id: 'inflammatory-stiffness', level: 'soon', group: 'pain', sources: [nhg2017], pointsMatch: 'all',
    question: () => msg('Is je rug elke ochtend minstens een uur stijf?', { id: 'sign.inflammatory-stiffness.q' }),
    points: [
      () => msg('Dat begon voordat je 45 jaar was.', { id: 'sign.inflammatory-stiffness.p1' }),
      () => msg('Bewegen maakt de stijfheid minder.', { id: 'sign.inflammatory-stiffness.p2' }),
    ],
    why: () => msg('Soms zit er een ontsteking achter. De huisarts kan dat nakijken.', { id: 'sign.inflammatory-stiffness.why' }),
  },
  {
    id: 'lump-deformity', level: 'soon', group: 'pain', sources: [nhsBackPain],
    question: () => msg('Zie of voel je een bult of zwelling op je rug?', { id: 'sign.lump-deformity.q' }),
    points: [() => msg('Of de vorm van je rug verandert.', { id: 'sign.lump-deformity.p1' })],
    why: () => msg('Zie je een bult, of verandert de vorm van je rug? Dan wil de huisarts dat graag zien.', { id: 'sign.lump-deformity.why' }),
  },
  // Review
  {
    id: 'no-improvement', level: 'review', group: 'pain', pointsMatch: 'all', sources: [nhg2017, kngf2021],
    question: () => msg('Heb je al 3 weken of langer rugpijn?', { id: 'sign.no-improvement.q' }),
    points: [() => msg('En de pijn is nog niet duidelijk minder geworden.', { id: 'sign.no-improvement.p1' })],
    why: () => msg('Bij de meeste mensen wordt de pijn in een paar weken veel minder. Zo niet, dan is het goed om opnieuw te kijken.', { id: 'sign.no-improvement.why' }),
  },
  {
    id: 'recurring-pain', level: 'review', group: 'pain', sources: [kngf2021],
    question: () => msg('Komt de pijn steeds terug?', { id: 'sign.recurring-pain.q' }),
    why: () => msg('Dat komt vaak voor. Een plan met oefeningen kan helpen.', { id: 'sign.recurring-pain.why' }),
  },
  // Early signs of a new episode: an optional part after the questions above. They come from
  // practice experience (seed 003); no guideline lists them, so they cite no source.
  { id: 'morning-stiffness', level: 'none', group: 'early', sources: [], why: earlyWhy, question: () => msg('Is je rug in de ochtend langer dan een half uur stijf?', { id: 'sign.morning-stiffness.q' }) },
  { id: 'quick-fatigue', level: 'none', group: 'early', sources: [], why: earlyWhy, question: () => msg('Wordt je rug sneller moe van gewone dingen?', { id: 'sign.quick-fatigue.q' }) },
  { id: 'intermittent-pain', level: 'none', group: 'early', sources: [], why: earlyWhy, question: () => msg('Heb je lichte pijn die komt en gaat?', { id: 'sign.intermittent-pain.q' }) },
  { id: 'sleep-position', level: 'none', group: 'early', sources: [], why: earlyWhy, question: () => msg('Is het moeilijk om fijn te liggen in bed?', { id: 'sign.sleep-position.q' }) },
  { id: 'pelvis-hip-tension', level: 'none', group: 'early', sources: [], why: earlyWhy, question: () => msg('Voel je spanning in je bekken of heupen?', { id: 'sign.pelvis-hip-tension.q' }) },
  { id: 'gait-posture-change', level: 'none', group: 'early', sources: [], why: earlyWhy, question: () => msg('Loop of sta je anders dan normaal?', { id: 'sign.gait-posture-change.q' }) },
  { id: 'compensating', level: 'none', group: 'early', sources: [], why: earlyWhy, question: () => msg('Zit, til of beweeg je anders om pijn te voorkomen?', { id: 'sign.compensating.q' }) },
];

/** The level of a sign in a region: a region can raise a sign, never lower it. */
export function levelIn(sign: WarningSign, region: Region): Level {
  const raised = sign.levelIn?.[region];
  return raised && levels.indexOf(raised) < levels.indexOf(sign.level) ? raised : sign.level;
}
