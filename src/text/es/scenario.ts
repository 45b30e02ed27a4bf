import type { Catalogue } from '../catalogue.js';

/** Texto en español (México) de scenario; debe tener las mismas claves que ../en/scenario.ts. */
export const scenario: Catalogue['scenario'] = {};
