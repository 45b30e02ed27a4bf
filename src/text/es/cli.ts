import type { Catalogue } from '../catalogue.js';

/** Texto en español (México) de cli; debe tener las mismas claves que ../en/cli.ts. */
export const cli: Catalogue['cli'] = {
  langInvalid: (value, langs) => `--lang acepta uno de ${langs}, no '${value}'.`,
};
