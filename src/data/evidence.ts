import type { Source } from './types.js';

/**
 * The studies behind the myths quiz, the self-care tips and the usual course of back pain
 * (content-brief.md sections 1, 5 and 6). Each has its full citation and a DOI or official link,
 * so a clinician can check the statement it supports.
 */
export const evidence = {
  costa2012: {
    title: 'Costa LdaCM et al. The prognosis of acute and persistent low-back pain: a meta-analysis. CMAJ 2012;184(11):E613-24',
    url: 'https://doi.org/10.1503/cmaj.111271',
  },
  pengel2003: {
    title: 'Pengel LHM et al. Acute low back pain: systematic review of its prognosis. BMJ 2003;327:323',
    url: 'https://doi.org/10.1136/bmj.327.7410.323',
  },
  osullivan2020: {
    title: "O'Sullivan PB et al. Back to basics: 10 facts every person should know about back pain. Br J Sports Med 2020;54:698-699",
    url: 'https://doi.org/10.1136/bjsports-2019-101611',
  },
  brinjikji2015: {
    title: 'Brinjikji W et al. Systematic literature review of imaging features of spinal degeneration in asymptomatic populations. AJNR Am J Neuroradiol 2015;36(4):811-6',
    url: 'https://doi.org/10.3174/ajnr.A4173',
  },
  traeger2015: {
    title: 'Traeger AC et al. Effect of primary care-based education on reassurance in patients with acute low back pain: systematic review and meta-analysis. JAMA Intern Med 2015;175(5):733-43',
    url: 'https://doi.org/10.1001/jamainternmed.2015.0217',
  },
  nhgLrs2015: {
    title: 'NHG-Standaard Lumbosacraal radiculair syndroom (2015)',
    url: 'https://richtlijnen.nhg.org/standaarden/lumbosacraal-radiculair-syndroom',
  },
} as const satisfies Record<string, Source>;
