/** English text of the scenario room. The Spanish catalogue (../es/scenario.ts) must match it key for key. */
export const scenario = {};
