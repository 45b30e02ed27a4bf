/**
 * Pure layout arithmetic: from terminal columns and rows to panel sizes. The frame uses rows − 1 lines so
 * the terminal never scrolls.
 */

/** Smallest terminal the explorer draws in. */
export const MIN_COLUMNS = 80;
/** Smallest terminal height the explorer draws in. */
export const MIN_ROWS = 24;

/** Plot rows each chart must keep for both charts to get a narration. */
const MIN_PLOT_WITH_TWO = 6;

/**
 * Longest chart sentence, in characters (the narration under a chart, which starts with "It"/"They" since
 * the chart's title is just above it). A test checks every curve and shape against it; the layout gives each
 * sentence enough lines for this many characters, so a sentence is wrapped and never cut.
 */
export const NARRATION_MAX_CHARS = 125;

/** Sizes of every panel for one terminal size. */
export interface Layout {
  readonly ok: true;
  readonly columns: number;
  readonly rows: number;
  /** Lines the frame uses (rows − 1). */
  readonly height: number;
  readonly leftWidth: number;
  readonly rightWidth: number;
  /** Lines of the middle area (levers on the left, charts on the right). */
  readonly mainHeight: number;
  /** Lines of the levers list inside the left panel. */
  readonly leverRows: number;
  /** Lines for the article's words under the levers. */
  readonly articleLines: number;
  /** Columns of the value-axis labels left of each plot. */
  readonly axisWidth: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
  /**
   * Narrated charts: 2 (a sentence under each chart) when there is room, else 1 (under the selected chart
   * only, as at 80×24).
   */
  readonly narrationLines: 1 | 2;
  /** Lines each sentence is wrapped into (enough for NARRATION_MAX_CHARS at the charts' width). */
  readonly narrationRows: number;
  /** Lines of the assumptions strip, title included. */
  readonly stripHeight: number;
  /** Lines available to a full-screen overlay (between header and status line). */
  readonly overlayHeight: number;
}

/** What to draw when the terminal is too small. */
export interface TooSmall {
  readonly ok: false;
  readonly columns: number;
  readonly rows: number;
}

/** Compute the layout for a terminal of `columns` × `rows`. */
export function computeLayout(columns: number, rows: number): Layout | TooSmall {
  const c = Math.floor(Number.isFinite(columns) ? columns : 0);
  const r = Math.floor(Number.isFinite(rows) ? rows : 0);
  if (c < MIN_COLUMNS || r < MIN_ROWS) return { ok: false, columns: c, rows: r };
  const height = r - 1;
  const stripHeight = r >= 30 ? 5 : 4;
  const mainHeight = height - 2 - stripHeight; // header + status line
  const leftWidth = Math.max(30, Math.min(40, Math.round(c * 0.34)));
  const rightWidth = c - leftWidth - 1; // one column separator
  const articleLines = mainHeight >= 20 ? 5 : 3;
  const leverRows = mainHeight - 1 - 1 - articleLines; // title, blank line before the article's words
  const axisWidth = 7;
  const plotWidth = rightWidth - axisWidth;
  // Two charts (title + plot + year axis each), their sentences, a legend line and a cursor readout line.
  // A sentence under each chart when the plots keep at least MIN_PLOT_WITH_TWO rows, else one sentence.
  const narrationRows = Math.ceil(NARRATION_MAX_CHARS / rightWidth);
  const narrationLines: 1 | 2 = Math.floor((mainHeight - 6 - 2 * narrationRows) / 2) >= MIN_PLOT_WITH_TWO ? 2 : 1;
  const plotHeight = Math.max(3, Math.floor((mainHeight - 6 - narrationLines * narrationRows) / 2));
  return {
    ok: true,
    columns: c,
    rows: r,
    height,
    leftWidth,
    rightWidth,
    mainHeight,
    leverRows,
    articleLines,
    axisWidth,
    plotWidth,
    plotHeight,
    narrationLines,
    narrationRows,
    stripHeight,
    overlayHeight: height - 2,
  };
}

/** Pick the first row to show so `selected` stays visible in a window of `size` rows out of `total`. */
export function scrollWindow(selected: number, total: number, size: number): number {
  if (total <= size || size <= 0) return 0;
  const half = Math.floor(size / 2);
  return Math.max(0, Math.min(total - size, selected - half));
}
