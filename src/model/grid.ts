import { MONTH_COUNT, START_YEAR } from './history.js';

/** The integration grid every run uses: monthly Euler steps from January 2007 to December 2030. */
export const MODEL_GRID = { months: MONTH_COUNT, stepsPerMonth: 1, startYear: START_YEAR } as const;
