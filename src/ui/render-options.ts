/**
 * The options the explorer is rendered with by Ink, shared by the product (main.tsx) and the redraw probe
 * (redraw-probe.tsx), so the benchmark times the same rendering the user gets.
 */

/**
 * Most frames Ink draws per second. Ink draws a change at once when no frame was drawn in the last
 * 1000 / fps ms; a change inside that window waits until 1000 / fps ms after the latest change, so the frame
 * with a recomputed chart can follow the keypress frame by that long. 60 (Ink's default is 30) keeps that
 * wait within about 17 ms; the explorer changes its screen a few times per key, so frames stay few.
 */
export const RENDER_MAX_FPS = 60;

/** Ink render options of the explorer (patchConsole is set by the caller). */
export const RENDER_OPTIONS = { exitOnCtrlC: false, maxFps: RENDER_MAX_FPS } as const;
