/**
 * The one-line sentence under each chart: the scenario's median against the baseline's median over the
 * scenario years, from the report's narration, fitted to the chart's width.
 */
import type { Band } from '../model/types.js';
import { narrateSeries } from '../render/narrate.js';
import { wrap } from './format.js';
import { msg } from '../text/i18n.js';

/** What a chart narration needs. */
export interface ChartNarrationInput {
  readonly label: string;
  readonly unit: string;
  readonly months: readonly string[];
  /** Index of the first scenario month (2019-01). */
  readonly scenarioStart: number;
  readonly band: Band | undefined;
  readonly baseline: Band | undefined;
}

/**
 * Describe a chart's scenario median against the baseline median in one sentence (no width limit), starting
 * with "It"/"They": the chart's title is just above.
 */
export function chartSentence(p: ChartNarrationInput): string {
  if (!p.band) return msg.ui.narrationPending;
  return narrateSeries({
    pronoun: true,
    label: p.label,
    unit: p.unit,
    months: p.months,
    p50: p.band.p50,
    ...(p.baseline ? { baseline: p.baseline.p50, baselineLabel: msg.ui.narrationBaseline } : {}),
    startIndex: p.scenarioStart,
  });
}

/**
 * Wrap a sentence into exactly `rows` lines of at most `width` columns (blank lines pad a short one). Only a
 * sentence longer than the rows can hold, which the layout rules out, would end with an ellipsis.
 */
export function wrapSentence(text: string, width: number, rows: number): string[] {
  const lines = wrap(text, width, rows);
  while (lines.length < rows) lines.push('');
  return lines;
}
