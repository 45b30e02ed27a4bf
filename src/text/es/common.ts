import type { Catalogue } from '../catalogue.js';

/** Frases en español compartidas por todo el programa. */
export const common: Catalogue['common'] = {
  appName: 'palancas',
  notForecast: 'Modelo ilustrativo, no un pronóstico.',
  notForecastShort: 'modelo ilustrativo, no un pronóstico',
  perYear: ' al año',
  notAvailable: 's/d',
  yes: 'sí',
  no: 'no',
  yesKeys: ['s', 'y'],
  noKeys: ['n'],
  languageName: 'Español',
  confidence: { high: 'alta', medium: 'media', low: 'baja' },
  distribution: {
    fixed: 'fija',
    uniform: 'uniforme',
    triangular: 'triangular',
    pert: 'PERT',
    loguniform: 'log-uniforme',
  },
};
