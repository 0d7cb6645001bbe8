import type { Source } from '../types.js';

/** The source the exercises and the self-care tips cite for moving every day. */
export const who2020: Source = {
  title: 'WHO guidelines on physical activity and sedentary behaviour (2020)',
  url: 'https://www.who.int/publications/i/item/9789240015128',
};
