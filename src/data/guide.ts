/**
 * The whole page about low back pain (<rugwijs-guide>): which sections there are, in what order,
 * and the short texts that lead from one to the next. The facts in `about` come from
 * content-brief.md section 1, each with its published source. Section ids are public: the
 * `sections` attribute and the in-page links use them.
 */
import { msg, str } from '@lit/localize';
import type { Region } from '../base/localization.js';
import type { Source } from './types.js';
import { sources } from './sources.js';
import { pengel2003 } from './evidence.js';

export type SectionId = 'about' | 'course' | 'bucket' | 'myths' | 'self-care' | 'exercises' | 'warning-signs';

/** The order a patient reads best: what it is, how it goes, why, what is true, what to do, when to call. */
export const sectionIds: readonly SectionId[] = ['about', 'course', 'bucket', 'myths', 'self-care', 'exercises', 'warning-signs'];

/** Three easy exercises for a first programme, when the practice names none. */
export const defaultExercises = 'pelvic-tilt,bird-dog,walking';

export interface Section {
  id: SectionId;
  /** The widget that shows this section; `about` is text only. */
  tag?: string;
  title: () => string;
  /** One or two sentences that lead into the widget. */
  bridge: () => string;
}

export const sections: readonly Section[] = [
  {
    id: 'about',
    title: () => msg('Wat is lage rugpijn?', { id: 'guide.about.title' }),
    bridge: () => msg('Lage rugpijn is pijn onder in je rug. Je bent er niet alleen in.', { id: 'guide.about.bridge' }),
  },
  {
    id: 'course',
    tag: 'rugwijs-recovery-course',
    title: () => msg('Hoe gaat rugpijn over?', { id: 'guide.course.title' }),
    bridge: () => msg('Hoe lang rugpijn duurt, verschilt per persoon. Hier zie je hoe het vaak gaat.', { id: 'guide.course.bridge' }),
  },
  {
    id: 'bucket',
    tag: 'rugwijs-load-bucket',
    title: () => msg('Waarom doet je rug pijn?', { id: 'guide.bucket.title' }),
    bridge: () => msg('Je rug kan veel hebben. Maar soms is het even te veel. Dat kun je zien als een emmer die overloopt.', { id: 'guide.bucket.bridge' }),
  },
  {
    id: 'myths',
    tag: 'rugwijs-myths',
    title: () => msg('Wat klopt er wel en niet?', { id: 'guide.myths.title' }),
    bridge: () => msg('Over rugpijn hoor je veel verhalen. Niet alles klopt. Test wat jij weet.', { id: 'guide.myths.bridge' }),
  },
  {
    id: 'self-care',
    tag: 'rugwijs-self-care',
    title: () => msg('Zelf aan de slag', { id: 'guide.self-care.title' }),
    bridge: () => msg('Je kunt zelf veel doen voor je rug. Er zijn tips voor elke situatie.', { id: 'guide.self-care.bridge' }),
  },
  {
    id: 'exercises',
    tag: 'rugwijs-exercise-program',
    title: () => msg('Bewegen en oefenen', { id: 'guide.exercises.title' }),
    bridge: () => msg('Bewegen helpt je rug. Deze oefeningen kun je thuis doen. Begin rustig.', { id: 'guide.exercises.bridge' }),
  },
  {
    id: 'warning-signs',
    tag: 'rugwijs-warning-signs',
    title: () => msg('Let op deze signalen', { id: 'guide.warning-signs.title' }),
    bridge: () =>
      msg('Een ernstige oorzaak van rugpijn is zeldzaam. Toch is het goed om de signalen te kennen. Loop deze vragen na.', {
        id: 'guide.warning-signs.bridge',
      }),
  },
];

/** One fact of the `about` section with where it comes from. */
export interface Fact {
  text: () => string;
  sources: readonly Source[];
}

export const aboutFacts: readonly Fact[] = [
  {
    text: () => msg('Bijna iedereen krijgt er een keer last van. Ongeveer 8 van de 10 volwassenen hebben ooit lage rugpijn.', { id: 'guide.fact.common' }),
    sources: [sources.verhagen2016],
  },
  {
    text: () =>
      msg('Bij bijna 9 van de 10 mensen vindt de arts geen duidelijke oorzaak. Dat heet aspecifieke lage rugpijn.', { id: 'guide.fact.non-specific' }),
    sources: [sources.verhagen2016, sources.nhg2017],
  },
  {
    text: () => msg('De meeste rugpijn komt niet door schade. Een ernstige oorzaak is zeldzaam.', { id: 'guide.fact.no-damage' }),
    sources: [sources.verhagen2016, sources.nhg2017],
  },
  {
    text: () =>
      msg('Rugpijn komt vaak terug. Ongeveer 7 van de 10 mensen krijgen binnen een jaar weer last. Ook dat is meestal geen teken van schade.', {
        id: 'guide.fact.recurrence',
      }),
    sources: [pengel2003],
  },
];

export const guideText = {
  title: () => msg('Lage rugpijn: wat je kunt doen', { id: 'guide.title' }),
  intro: () => msg('Heb je last van je onderrug? Op deze pagina lees je wat rugpijn is. En wat je er zelf aan kunt doen.', { id: 'guide.intro' }),
  toc: () => msg('Op deze pagina', { id: 'guide.toc' }),
  practice: () => msg('Zo werken wij', { id: 'guide.practice' }),
};

/**
 * For the printed handout: what to do for each level of warning sign, whom to call (content-brief
 * section 2). On screen the checklist asks the questions; on paper the patient keeps this list.
 */
export const printedAdvice = {
  title: () => msg('Bij deze signalen bel je een arts', { id: 'guide.print.title' }),
  emergency: () => msg('Bel meteen 112 als je dit hebt:', { id: 'guide.print.emergency' }),
  urgent: () => msg('Bel vandaag nog je huisarts als je dit hebt:', { id: 'guide.print.urgent' }),
  closed: (region: Region, phone?: string) =>
    region === 'BE'
      ? msg('Is je huisarts gesloten? Bel dan de huisarts van wacht: 1733.', { id: 'guide.print.closed-be' })
      : region === 'NL'
        ? phone
          ? msg(str`Is je huisarts gesloten? Bel dan de huisartsenpost: ${phone}.`, { id: 'guide.print.closed-nl-phone' })
          : msg('Is je huisarts gesloten? Bel dan de huisartsenpost.', { id: 'guide.print.closed-nl' })
        : msg('Is je huisarts gesloten? Bel dan de dienst voor avond en weekend.', { id: 'guide.print.closed-int' }),
  soon: () => msg('Maak binnen een paar dagen een afspraak bij je huisarts als je dit hebt:', { id: 'guide.print.soon' }),
};
