/** English text of the analysis room. The Spanish catalogue (../es/analysis.ts) must match it key for key. */
export const analysis = {};
