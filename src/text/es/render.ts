import type { Catalogue } from '../catalogue.js';

/** Texto en español (México) de render; debe tener las mismas claves que ../en/render.ts. */
export const render: Catalogue['render'] = {};
