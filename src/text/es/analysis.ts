import type { Catalogue } from '../catalogue.js';

/** Texto en español (México) de analysis; debe tener las mismas claves que ../en/analysis.ts. */
export const analysis: Catalogue['analysis'] = {};
