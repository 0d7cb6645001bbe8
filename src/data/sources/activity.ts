import type { Source } from '../types.js';

/** The sources for moving and staying active: the exercises and the explainers cite them. */
export const who2020: Source = {
  title: 'WHO guidelines on physical activity and sedentary behaviour (2020)',
  url: 'https://www.who.int/publications/i/item/9789240015128',
};

export const dahm2010: Source = {
  title: 'Dahm KT et al. Advice to rest in bed versus advice to stay active for acute low-back pain and sciatica. Cochrane Database Syst Rev 2010;(6):CD007612',
  url: 'https://doi.org/10.1002/14651858.CD007612.pub2',
};
