/**
 * The warning signs of content-brief.md section 2, with the brief's ids and levels, written at B1.
 * The ids are public: data, API, events and tests use them. The levels are checked against the
 * brief in test/data/warning-signs.test.ts; a practice can add signs but never lower one of these.
 */
import { msg } from '@lit/localize';
import type { Source, Text } from './types.js';

export type Level = 'emergency' | 'urgent' | 'soon' | 'review' | 'none';

/** From highest to lowest. */
export const levels: readonly Level[] = ['emergency', 'urgent', 'soon', 'review', 'none'];

export type SignGroup = 'bladder' | 'legs' | 'general' | 'pain' | 'accident' | 'early';

/** The order in which the checklist asks: the way a patient thinks about it. */
export const groups: readonly SignGroup[] = ['bladder', 'legs', 'general', 'pain', 'accident', 'early'];

export interface WarningSign {
  id: string;
  level: Level;
  group: SignGroup;
  /** The question, answered yes / no / not sure. */
  question: Text;
  /** A short "why we ask". */
  why?: Text;
  sources: readonly Source[];
}

const nhg2017: Source = { title: 'NHG-Standaard Aspecifieke lagerugpijn (2017)', url: 'https://richtlijnen.nhg.org/standaarden/aspecifieke-lagerugpijn' };
const nhs: Source = { title: 'NHS: Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' };
const ifompt: Source = { title: 'Finucane LM et al. International framework for red flags for potential serious spinal pathologies (IFOMPT). JOSPT 2020' };
const verhagen: Source = { title: 'Verhagen AP et al. Red flags presented in current low back pain guidelines. Eur Spine J 2016' };
const nhgLrs: Source = { title: 'NHG-Standaard Lumbosacraal radiculair syndroom (2015)' };
const kngf: Source = { title: 'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)' };
const niTrust: Source = { title: 'Northern Ireland HSC Trust: red flags for back pain' };
const seedRecurring: Source = { title: 'Praktijkvoorlichting terugkerende rugklachten (bron 003)' };
const seedMovement: Source = { title: 'Praktijkvoorlichting bewegen bij rugpijn (bron 004)' };

const earlyWhy = () => msg('Dit kan een eerste teken zijn dat je rug weer opspeelt.', { id: 'sign.early.why' });

export const warningSigns: readonly WarningSign[] = [
  // Bladder, bowel and saddle area
  {
    id: 'bladder-bowel', level: 'urgent', group: 'bladder', sources: [nhg2017, nhs],
    question: () => msg('Heb je sinds kort moeite met plassen? Of kun je je plas of ontlasting niet ophouden?', { id: 'sign.bladder-bowel.q' }),
    why: () => msg('Zenuwen onder in je rug regelen je blaas en darm. Een arts moet dit snel bekijken.', { id: 'sign.bladder-bowel.why' }),
  },
  {
    id: 'saddle-numbness', level: 'urgent', group: 'bladder', sources: [nhg2017, nhs],
    question: () => msg('Voelt het rond je anus, je geslachtsdelen of de binnenkant van je dijen doof of tintelig?', { id: 'sign.saddle-numbness.q' }),
    why: () => msg('Een doof gevoel in dit gebied moet een arts vandaag bekijken.', { id: 'sign.saddle-numbness.why' }),
  },
  {
    id: 'sexual-function', level: 'urgent', group: 'bladder', sources: [nhs],
    question: () => msg('Voel je sinds kort minder bij seks? Of lukt een erectie niet meer?', { id: 'sign.sexual-function.q' }),
    why: () => msg('Ook dit regelen zenuwen onder in je rug.', { id: 'sign.sexual-function.why' }),
  },
  // Legs
  {
    id: 'both-legs-weakness', level: 'urgent', group: 'legs', sources: [nhg2017, nhs],
    question: () => msg('Zijn allebei je benen zwak of doof? Heb je pijn in allebei je benen? Of wordt een been steeds zwakker?', { id: 'sign.both-legs-weakness.q' }),
    why: () => msg('Minder kracht in je benen moet een arts vandaag bekijken.', { id: 'sign.both-legs-weakness.why' }),
  },
  {
    id: 'one-leg-nerve', level: 'soon', group: 'legs', sources: [seedMovement, nhgLrs],
    question: () => msg('Is één been doof, tintelig of zwak?', { id: 'sign.one-leg-nerve.q' }),
    why: () => msg('Dan kan een zenuw geprikkeld zijn. De huisarts kijkt dat graag na.', { id: 'sign.one-leg-nerve.why' }),
  },
  // How you feel in general
  {
    id: 'chest-pain', level: 'emergency', group: 'general', sources: [nhs],
    question: () => msg('Heb je naast rugpijn ook pijn op je borst? Of ben je kortademig?', { id: 'sign.chest-pain.q' }),
    why: () => msg('Pijn op de borst of benauwdheid moet meteen bekeken worden.', { id: 'sign.chest-pain.why' }),
  },
  {
    id: 'fever-infection', level: 'urgent', group: 'general', sources: [nhs, ifompt],
    question: () => msg('Heb je koorts of voel je je ziek? Of werkt je afweer minder goed, bijvoorbeeld door medicijnen?', { id: 'sign.fever-infection.q' }),
    why: () => msg('Rugpijn met koorts moet een arts vandaag bekijken.', { id: 'sign.fever-infection.why' }),
  },
  {
    id: 'weight-loss', level: 'soon', group: 'general', sources: [nhs, verhagen],
    question: () => msg('Val je af zonder dat je dat wilt?', { id: 'sign.weight-loss.q' }),
    why: () => msg('Afvallen zonder reden wil de huisarts graag weten.', { id: 'sign.weight-loss.why' }),
  },
  {
    id: 'cancer-history', level: 'soon', group: 'general', sources: [nhg2017, verhagen],
    question: () => msg('Heb je ooit kanker gehad?', { id: 'sign.cancer-history.q' }),
    why: () => msg('Dan kijkt de huisarts graag een keer extra.', { id: 'sign.cancer-history.why' }),
  },
  {
    id: 'age-onset', level: 'soon', group: 'general', sources: [nhg2017],
    question: () => msg('Heb je voor het eerst rugpijn? En ben je ouder dan 50 of jonger dan 20?', { id: 'sign.age-onset.q' }),
    why: () => msg('Op die leeftijd kijkt de huisarts graag een keer mee.', { id: 'sign.age-onset.why' }),
  },
  // The pain itself
  {
    id: 'aneurysm-pain', level: 'emergency', group: 'pain', sources: [nhg2017],
    question: () => msg('Heb je ineens heel erge pijn in je rug of buik? En verandert die pijn niet als je beweegt of anders ligt?', { id: 'sign.aneurysm-pain.q' }),
    why: () => msg('Zeker als je je ook flauw, zweterig of klam voelt. Of als je een verwijde grote slagader hebt.', { id: 'sign.aneurysm-pain.why' }),
  },
  {
    id: 'night-pain', level: 'soon', group: 'pain', sources: [nhs],
    question: () => msg('Gaat de pijn niet weg als je rust? Is hij erger in de nacht, of lig je er wakker van?', { id: 'sign.night-pain.q' }),
    why: () => msg('Pijn die bij rust blijft, wil de huisarts graag weten.', { id: 'sign.night-pain.why' }),
  },
  {
    id: 'inflammatory-stiffness', level: 'soon', group: 'pain', sources: [nhg2017],
    question: () => msg('Is je rug in de ochtend een uur of langer stijf? Begon dat voor je 45e? En helpt bewegen?', { id: 'sign.inflammatory-stiffness.q' }),
    why: () => msg('Soms zit er een ontsteking achter. De huisarts kan dat nakijken.', { id: 'sign.inflammatory-stiffness.why' }),
  },
  {
    id: 'lump-deformity', level: 'soon', group: 'pain', sources: [nhs],
    question: () => msg('Zie of voel je een bult of zwelling op je rug? Of verandert de vorm van je rug?', { id: 'sign.lump-deformity.q' }),
    why: () => msg('Een bult of een andere vorm wil de huisarts graag zien.', { id: 'sign.lump-deformity.why' }),
  },
  {
    id: 'no-improvement', level: 'review', group: 'pain', sources: [nhg2017, kngf],
    question: () => msg('Is de pijn na 3 tot 6 weken niet beter? Of wordt hij juist erger?', { id: 'sign.no-improvement.q' }),
    why: () => msg('Meestal gaat de pijn in een paar weken flink omlaag. Zo niet, dan is het goed om opnieuw te kijken.', { id: 'sign.no-improvement.why' }),
  },
  {
    id: 'recurring-pain', level: 'review', group: 'pain', sources: [seedRecurring],
    question: () => msg('Komt de pijn steeds terug?', { id: 'sign.recurring-pain.q' }),
    why: () => msg('Dan helpt een plan om je rug sterker te maken.', { id: 'sign.recurring-pain.why' }),
  },
  // After a fall or accident
  {
    id: 'major-trauma', level: 'emergency', group: 'accident', sources: [nhs, ifompt],
    question: () => msg('Begon de pijn na een ernstig ongeluk of een val van hoogte?', { id: 'sign.major-trauma.q' }),
    why: () => msg('Na een zware klap moet een arts meteen kijken.', { id: 'sign.major-trauma.why' }),
  },
  {
    id: 'fracture-risk', level: 'urgent', group: 'accident', sources: [verhagen, niTrust],
    question: () => msg('Begon de pijn na een kleine val of na tillen? En ben je op leeftijd, heb je botontkalking, of gebruik je al lang prednison?', { id: 'sign.fracture-risk.q' }),
    why: () => msg('Dan kan een bot sneller breken. Een arts moet dit vandaag bekijken.', { id: 'sign.fracture-risk.why' }),
  },
  // Early signs of a new episode
  { id: 'morning-stiffness', level: 'none', group: 'early', sources: [seedRecurring], why: earlyWhy, question: () => msg('Is je rug in de ochtend langer dan een half uur stijf?', { id: 'sign.morning-stiffness.q' }) },
  { id: 'quick-fatigue', level: 'none', group: 'early', sources: [seedRecurring], why: earlyWhy, question: () => msg('Wordt je rug sneller moe van gewone dingen?', { id: 'sign.quick-fatigue.q' }) },
  { id: 'intermittent-pain', level: 'none', group: 'early', sources: [seedRecurring], why: earlyWhy, question: () => msg('Heb je lichte pijn die komt en gaat?', { id: 'sign.intermittent-pain.q' }) },
  { id: 'sleep-position', level: 'none', group: 'early', sources: [seedRecurring], why: earlyWhy, question: () => msg('Is het moeilijk om fijn te liggen in bed?', { id: 'sign.sleep-position.q' }) },
  { id: 'pelvis-hip-tension', level: 'none', group: 'early', sources: [seedRecurring], why: earlyWhy, question: () => msg('Voel je spanning in je bekken of heupen?', { id: 'sign.pelvis-hip-tension.q' }) },
  { id: 'gait-posture-change', level: 'none', group: 'early', sources: [seedRecurring], why: earlyWhy, question: () => msg('Loop of sta je anders dan normaal?', { id: 'sign.gait-posture-change.q' }) },
  { id: 'compensating', level: 'none', group: 'early', sources: [seedRecurring], why: earlyWhy, question: () => msg('Zit, til of beweeg je anders om pijn te voorkomen?', { id: 'sign.compensating.q' }) },
];

export const groupTitle = (group: SignGroup): string => {
  switch (group) {
    case 'bladder':
      return msg('Plassen, ontlasting en het zadelgebied', { id: 'group.bladder' });
    case 'legs':
      return msg('Je benen', { id: 'group.legs' });
    case 'general':
      return msg('Hoe je je voelt', { id: 'group.general' });
    case 'pain':
      return msg('De pijn zelf', { id: 'group.pain' });
    case 'accident':
      return msg('Na een val of ongeluk', { id: 'group.accident' });
    case 'early':
      return msg('Vroege signalen dat je rug weer opspeelt', { id: 'group.early' });
  }
};
