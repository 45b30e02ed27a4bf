import type { Catalogue } from '../catalogue.js';

/** Texto en español (México) de ui; debe tener las mismas claves que ../en/ui.ts. */
export const ui: Catalogue['ui'] = {};
