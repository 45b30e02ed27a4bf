/** English phrases shared by every room. */
export const common = {
  appName: 'palancas',
  /** The notice every output carries. */
  notForecast: 'Illustrative model, not a forecast.',
  notForecastShort: 'illustrative model, not a forecast',
  /** Unit suffix for yearly flows: "36,000 deaths a year". */
  perYear: ' a year',
  notAvailable: 'n/a',
  yes: 'yes',
  no: 'no',
  /** Keys that answer yes and no in a prompt (lower case). */
  yesKeys: ['y'] as readonly string[],
  noKeys: ['n'] as readonly string[],
  languageName: 'English',
  /** How sure a figure is. */
  confidence: { high: 'high', medium: 'medium', low: 'low' } as Readonly<Record<string, string>>,
  /** How a run draws an assumption inside its range. */
  distribution: {
    fixed: 'fixed',
    uniform: 'uniform',
    triangular: 'triangular',
    pert: 'pert',
    loguniform: 'loguniform',
  } as Readonly<Record<string, string>>,
};
