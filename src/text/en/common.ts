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
};
