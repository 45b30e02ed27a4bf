import type { Catalogue } from '../catalogue.js';

/** Texto en español (México) de los supuestos; debe tener las mismas claves que ../en/assumptions.ts. */
export const assumptions: Catalogue['assumptions'] = {};
