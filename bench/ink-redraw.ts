/**
 * Benchmark section: keypress to redrawn 1,000-run chart through the real Ink render. The explorer (App,
 * real engine) is rendered by Ink into an in-memory 100×30 terminal (src/ui/redraw-probe.tsx); → is
 * pressed on the National Guard size, each press from idle, and timed to the first frame written and to
 * the frame that shows the recomputed 1,000-run chart. The app's debounce counts in both figures.
 */
import type { Scenario } from '../src/model/types.js';
import { engine } from '../src/port/index.js';
import { probeLeverRedraw } from '../src/ui/redraw-probe.js';
import { MAX_INTERACTIVE_RUNS } from '../src/ui/app.js';

/** The p95 goal of keypress to redrawn 1,000-run chart (issue 9). */
export const INK_REDRAW_GOAL_MS = 33;
/** Timed presses. */
export const INK_REDRAW_PRESSES = 30;
const LEVER = 'guard_size';

function sorted(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}
/** Nearest-rank percentile (as the rest of the benchmark). */
function percentile(xs: readonly number[], q: number): number {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}

/** Time lever presses in the rendered explorer and print the figures with `line`. */
export async function inkRedrawSection(
  scenario: Scenario,
  baseline: Scenario,
  line: (text: string) => void,
  fmt: (x: number) => string,
): Promise<void> {
  const r = await probeLeverRedraw({
    engine,
    scenario: { ...scenario, runs: Math.min(scenario.runs, MAX_INTERACTIVE_RUNS) },
    baseline,
    leverId: LEVER,
    presses: INK_REDRAW_PRESSES,
    warmup: 5,
    columns: 100,
    rows: 30,
    color: true,
  });
  const first = r.samples.map((s) => s.firstFrameMs);
  const final = r.samples.map((s) => s.finalFrameMs);
  const frames = r.samples.map((s) => s.frames);
  const runs = new Set(r.samples.map((s) => s.runs));
  const where = `real App and engine, Ink ${r.mode === 'debug' ? 'debug rendering (CI is set)' : 'render with its frame throttle'}, 100×30, ${r.samples.length} presses of → on ${LEVER}`;
  line(
    `keypress_ink_first_frame_ms p50/p95: ${fmt(percentile(first, 0.5))}/${fmt(percentile(first, 0.95))} (keypress to the first frame written; ${where})`,
  );
  line(
    `keypress_ink_chart_1000_ms p50/p95: ${fmt(percentile(final, 0.5))}/${fmt(percentile(final, 0.95))}` +
      ` (goal p95 <= ${INK_REDRAW_GOAL_MS}; keypress to the frame with the recomputed ${[...runs].join('/')}-run chart, debounce included;` +
      ` ${fmt(percentile(frames, 0.5))} frames per press at p50, max ${fmt(Math.max(...frames))})`,
  );
}
