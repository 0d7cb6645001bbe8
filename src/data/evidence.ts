import type { Source } from './types.js';

/**
 * Studies and guidelines that more than one explainer cites (content-brief.md section 6), each with its full citation and a DOI, so a clinician can
 * check the statement it supports. A source only one element cites lives with that element's
 * data, so a page loads only its own sources.
 */
export const pengel2003: Source = {
  title: 'Pengel LHM et al. Acute low back pain: systematic review of its prognosis. BMJ 2003;327:323',
  url: 'https://doi.org/10.1136/bmj.327.7410.323',
};

export const osullivan2020: Source = {
  title: "O'Sullivan PB et al. Back to basics: 10 facts every person should know about back pain. Br J Sports Med 2020;54:698-699",
  url: 'https://doi.org/10.1136/bjsports-2019-101611',
};

export const nice59: Source = { title: 'NICE NG59: Low back pain and sciatica in over 16s (2016, updated 2020)', url: 'https://www.nice.org.uk/guidance/ng59' };
