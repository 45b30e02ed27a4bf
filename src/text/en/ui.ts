/** English text of the ui room. The Spanish catalogue (../es/ui.ts) must match it key for key. */
export const ui = {};
