import type { Source } from './types.js';
import { kngf2021, nhg2017 } from './sources/guidelines.js';
import { finucane2020, kce287, nhgLrs2015, nhsBackPain, nhsCaudaEquina, verhagen2016 } from './sources/red-flags.js';
import { dahm2010, who2020 } from './sources/activity.js';
import { french2006, kovacs2003 } from './sources/self-care.js';
import { nice59 } from './evidence.js';

/**
 * The published sources our content is written from (content-brief.md section 6), each with its
 * real title and a link that resolves (a DOI, PubMed, PEDro or the publisher's page). Practice web
 * pages gave us topics and the practice voice; they are never shown to patients as a source.
 * Each source is written once, in the module of the elements that cite it (src/data/sources/,
 * evidence.ts), so a script-tag page loads only the sources it shows; this is all of them.
 */
export const sources = {
  kngf2021,
  nhg2017,
  nhgLrs2015,
  kce287,
  nice59,
  nhsBackPain,
  nhsCaudaEquina,
  verhagen2016,
  finucane2020,
  dahm2010,
  schneiders1998: {
    title: 'Schneiders AG, Zusman M, Singer KP. Exercise therapy compliance in acute low back pain patients. Man Ther 1998;3(3):147-52',
    url: 'https://search.pedro.org.au/search-results/record-detail/11882',
  },
  french2006,
  kovacs2003,
  who2020,
} as const satisfies Record<string, Source>;
