import type { Source } from '../types.js';

/** Studies only the self-care explainer cites. */
export const french2006: Source = {
  title: 'French SD et al. Superficial heat or cold for low back pain. Cochrane Database Syst Rev 2006;(1):CD004750',
  url: 'https://doi.org/10.1002/14651858.CD004750.pub2',
};

export const kovacs2003: Source = {
  title: 'Kovacs FM et al. Effect of firmness of mattress on chronic non-specific low-back pain: randomised, double-blind, controlled, multicentre trial. Lancet 2003;362(9396):1599-604',
  url: 'https://doi.org/10.1016/S0140-6736(03)14792-7',
};
