/** English text of the model room. The Spanish catalogue (../es/model.ts) must match it key for key. */
export const model = {};
