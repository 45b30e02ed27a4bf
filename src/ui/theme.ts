/**
 * Semantic colours of the explorer. With colour off every entry is undefined, so components fall back to
 * glyphs and plain text (the chart legend names each glyph).
 */

/** Colour names (Ink/chalk names) for each role, or undefined when colour is off. */
export interface Theme {
  readonly color: boolean;
  readonly median: string | undefined;
  readonly band: string | undefined;
  readonly baseline: string | undefined;
  readonly history: string | undefined;
  readonly observed: string | undefined;
  readonly compare: string | undefined;
  readonly compareBand: string | undefined;
  readonly hindcast: string | undefined;
  readonly cursor: string | undefined;
  readonly accent: string | undefined;
  readonly muted: string | undefined;
  readonly changed: string | undefined;
  readonly better: string | undefined;
  readonly worse: string | undefined;
  readonly warn: string | undefined;
  readonly error: string | undefined;
}

const COLOURS: Omit<Theme, 'color'> = {
  median: 'cyanBright',
  band: 'blue',
  baseline: 'yellow',
  history: 'gray',
  observed: 'whiteBright',
  compare: 'magentaBright',
  compareBand: 'magenta',
  hindcast: 'green',
  cursor: 'redBright',
  accent: 'cyan',
  muted: 'gray',
  changed: 'yellow',
  better: 'green',
  worse: 'red',
  warn: 'yellow',
  error: 'red',
};

/** Create the theme; `color` false (NO_COLOR, or not a terminal) gives a theme with no colours at all. */
export function createTheme(color: boolean): Theme {
  if (color) return { color: true, ...COLOURS };
  const none = Object.fromEntries(Object.keys(COLOURS).map((k) => [k, undefined])) as unknown as Omit<Theme, 'color'>;
  return { color: false, ...none };
}

/** Decide whether to use colour from the environment: NO_COLOR (any value) turns it off. */
export function colorFromEnv(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.NO_COLOR === undefined;
}

/**
 * Treats CI=false (or 0) as no CI at all: the colour library turns colour off whenever a CI variable is set,
 * whatever its value. Must run before the explorer (and with it the colour library) is loaded.
 */
export function clearFalseCi(env: Record<string, string | undefined>): void {
  for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) {
    const v = env[name];
    if (v !== undefined && /^(0|false)$/i.test(v.trim())) delete env[name];
  }
}
