/** English text of the assumptions (labels, notes, camps). The Spanish catalogue (../es/assumptions.ts) must match it key for key. */
export const assumptions = {};
