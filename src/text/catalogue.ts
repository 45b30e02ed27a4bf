import type { en } from './en/index.js';

/** The shape every language's catalogue has: English defines it, Spanish must match key for key. */
export type Catalogue = typeof en;
