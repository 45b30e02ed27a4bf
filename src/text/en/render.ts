/** English text of the render room. The Spanish catalogue (../es/render.ts) must match it key for key. */
export const render = {};
