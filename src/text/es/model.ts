import type { Catalogue } from '../catalogue.js';

/** Texto en español (México) de model; debe tener las mismas claves que ../en/model.ts. */
export const model: Catalogue['model'] = {};
