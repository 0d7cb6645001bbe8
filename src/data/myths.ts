/**
 * The statements of "Waar of niet waar?" (content-brief.md section 5): eight common beliefs that
 * keep people from moving, and three true statements, so that the answer is not always "niet
 * waar". The ids are public: the `statements` attribute, the `answers` property and the
 * `rugwijs-myth-answer` event use them.
 */
import { msg } from '@lit/localize';
import type { Source, Text } from './types.js';
import { dahm2010 } from './sources/activity.js';
import { kngf2021, nhg2017 } from './sources/guidelines.js';
import { nice59, osullivan2020, pengel2003 } from './evidence.js';

/** Why wear on a scan says little: it is common in people without pain. */
export const brinjikji2015: Source = {
  title: 'Brinjikji W et al. Systematic literature review of imaging features of spinal degeneration in asymptomatic populations. AJNR Am J Neuroradiol 2015;36(4):811-6',
  url: 'https://doi.org/10.3174/ajnr.A4173',
};

export interface Statement {
  id: string;
  /** What many people believe, as one short sentence. */
  statement: Text;
  /** Whether the statement is true. */
  true: boolean;
  /** What is true, in two or three short sentences. */
  fact: Text;
  sources: readonly Source[];
}

export const statements: readonly Statement[] = [
  {
    id: 'rest-is-best',
    true: false,
    statement: () => msg('Bij rugpijn kun je het beste rusten.', { id: 'myths.rest-is-best' }),
    fact: () => msg('In bed blijven maakt rugpijn niet beter. Blijf bewegen, zo veel als goed voelt. Dan gaat herstel vaak sneller.', { id: 'myths.rest-is-best.fact' }),
    sources: [dahm2010, nhg2017, nice59],
  },
  {
    id: 'scan-needed',
    true: false,
    statement: () => msg('Bij rugpijn heb je een scan nodig.', { id: 'myths.scan-needed' }),
    fact: () => msg('Een foto of scan is bij rugpijn zelden nodig. Vaak laat hij niet zien waar de pijn vandaan komt. Je arts kijkt of er een reden voor is.', { id: 'myths.scan-needed.fact' }),
    sources: [nhg2017, nice59, osullivan2020],
  },
  {
    id: 'bending-lifting-dangerous',
    true: false,
    statement: () => msg('Bukken en tillen zijn gevaarlijk voor je rug.', { id: 'myths.bending-lifting-dangerous' }),
    fact: () => msg('Je rug is sterk en gemaakt om te bewegen. Door je rug te gebruiken, wordt hij sterker. Doet het nu pijn? Bouw het dan rustig op.', { id: 'myths.bending-lifting-dangerous.fact' }),
    sources: [osullivan2020, kngf2021],
  },
  {
    id: 'pain-means-damage',
    true: false,
    statement: () => msg('Pijn betekent dat er iets kapot is.', { id: 'myths.pain-means-damage' }),
    fact: () => msg('Pijn is een alarm van je lichaam. Het alarm zegt niet dat er schade is. De meeste rugpijn komt niet door schade.', { id: 'myths.pain-means-damage.fact' }),
    sources: [osullivan2020, nhg2017],
  },
  {
    id: 'all-at-once',
    true: false,
    statement: () => msg('Is de pijn weg? Dan kun je meteen weer alles doen.', { id: 'myths.all-at-once' }),
    fact: () => msg('Bouw rustig op, ook als de pijn weg is. Doe elke week iets meer. Zo kan je rug weer wennen.', { id: 'myths.all-at-once.fact' }),
    sources: [kngf2021],
  },
  {
    id: 'wear-and-tear',
    true: false,
    statement: () => msg('Slijtage op een scan is de oorzaak van je pijn.', { id: 'myths.wear-and-tear' }),
    fact: () => msg('Veel mensen zonder pijn hebben ook slijtage op een scan. Dat hoort bij ouder worden, net als grijs haar. Slijtage zegt dus weinig over je pijn.', { id: 'myths.wear-and-tear.fact' }),
    sources: [brinjikji2015, osullivan2020],
  },
  {
    id: 'posture-perfect',
    true: false,
    statement: () => msg('Er is één goede manier om te zitten.', { id: 'myths.posture-perfect' }),
    fact: () => msg('Er is geen perfecte houding. De beste houding is je volgende houding. Wissel dus vaak.', { id: 'myths.posture-perfect.fact' }),
    sources: [osullivan2020],
  },
  {
    id: 'cardio-only',
    true: false,
    statement: () => msg('Alleen wandelen of fietsen is genoeg voor je rug.', { id: 'myths.cardio-only' }),
    fact: () => msg('Wandelen en fietsen zijn goed. Maar je rug heeft ook kracht nodig. En hij moet soepel blijven. Doe dus een mix.', { id: 'myths.cardio-only.fact' }),
    sources: [kngf2021],
  },
  {
    id: 'movement-helps',
    true: true,
    statement: () => msg('Bewegen helpt, ook als het een beetje pijn doet.', { id: 'myths.movement-helps' }),
    fact: () => msg('Rustig bewegen helpt je rug herstellen. Een beetje pijn erbij is niet erg. Het betekent niet dat je iets kapot maakt.', { id: 'myths.movement-helps.fact' }),
    sources: [nhg2017, kngf2021, osullivan2020],
  },
  {
    id: 'stress-matters',
    true: true,
    statement: () => msg('Stress en slecht slapen kunnen rugpijn erger maken.', { id: 'myths.stress-matters' }),
    fact: () => msg('Je hoofd en je lichaam werken samen. Bij stress en weinig slaap voel je pijn vaak sterker. Ontspannen en goed slapen kunnen helpen.', { id: 'myths.stress-matters.fact' }),
    sources: [osullivan2020, kngf2021],
  },
  {
    id: 'recurrence-common',
    true: true,
    statement: () => msg('Rugpijn komt vaak terug.', { id: 'myths.recurrence-common' }),
    fact: () => msg('Ongeveer 7 van de 10 mensen krijgen binnen een jaar weer rugpijn. Dat is geen teken van schade. En je weet nu wat je zelf kunt doen.', { id: 'myths.recurrence-common.fact' }),
    sources: [pengel2003],
  },
];

export const statementIds: readonly string[] = statements.map((s) => s.id);
