/**
 * Benchmark section: keypress to redrawn 1,000-run chart through the real Ink render. The explorer (App,
 * real engine) is rendered by Ink into an in-memory 100×30 terminal (src/ui/redraw-probe.tsx); → is
 * pressed on the National Guard size, each press from idle, and timed to the first frame written and to
 * the frame that shows the recomputed 1,000-run chart. The app's debounce counts in both figures.
 *
 * Twice: as the explorer runs (the selected lever's next steps computed ahead in idle time), and with
 * nothing computed ahead (every press waits for its ensemble), with the parts each press is made of: the
 * 1,000-run ensemble's wall time and Ink's own time per frame.
 */
import type { Scenario } from '../src/model/types.js';
import { engine } from '../src/port/index.js';
import { probeLeverRedraw } from '../src/ui/redraw-probe.js';
import { MAX_INTERACTIVE_RUNS } from '../src/ui/app.js';

/** The p95 goal of keypress to redrawn 1,000-run chart. */
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
  const pq = (xs: readonly number[]): string =>
    xs.length === 0 ? 'none' : `${fmt(percentile(xs, 0.5))}/${fmt(percentile(xs, 0.95))}`;
  for (const reuseEnsembles of [true, false]) {
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
      reuseEnsembles,
    });
    const first = r.samples.map((s) => s.firstFrameMs);
    const final = r.samples.map((s) => s.finalFrameMs);
    const frames = r.samples.map((s) => s.frames);
    const runs = new Set(r.samples.map((s) => s.runs));
    const from = (source: string) => r.samples.filter((s) => s.source === source);
    const [ahead, kept, waited] = [from('ahead'), from('kept'), from('waited')];
    const engineMs = r.samples.flatMap((s) => (s.engineMs === undefined ? [] : [s.engineMs]));
    const suffix = reuseEnsembles ? '' : '_cold';
    const where = `real App and engine, Ink ${r.mode === 'debug' ? 'debug rendering (CI is set)' : 'render with its frame throttle'}, 100×30, ${r.samples.length} presses of → on ${LEVER}`;
    const how = reuseEnsembles
      ? `the next steps computed ahead in idle time: ${ahead.length} presses drawn from one computed ahead (started before the key), ${kept.length} from one kept from an earlier visit (the sweep turns at the lever's top), ${waited.length} waited for theirs`
      : `nothing computed ahead or kept: ${waited.length} of ${r.samples.length} presses waited for their ensemble`;
    line(`keypress_ink_first_frame${suffix}_ms p50/p95: ${pq(first)} (keypress to the first frame written; ${where})`);
    line(
      `keypress_ink_chart_1000${suffix}_ms p50/p95: ${pq(final)}` +
        ` (goal p95 <= ${INK_REDRAW_GOAL_MS}; keypress to the frame with the recomputed ${[...runs].join('/')}-run chart, debounce included;` +
        ` ${how}; ${fmt(percentile(frames, 0.5))} frames per press at p50, max ${fmt(Math.max(...frames))})`,
    );
    if (reuseEnsembles) {
      line(
        `keypress_ink_chart_1000_ahead_ms p50/p95: ${pq(ahead.map((s) => s.finalFrameMs))}` +
          ` (render only: the ${ahead.length} presses drawn from an ensemble computed ahead, key to frame through React, layout, Ink and the write)`,
      );
      line(
        `keypress_ink_chart_1000_kept_ms p50/p95: ${pq(kept.map((s) => s.finalFrameMs))} (render only: the ${kept.length} presses onto a setting seen before)`,
      );
    }
    line(
      `ink_engine_1000${suffix}_ms p50/p95: ${pq(engineMs)} (engine only: wall time of each pressed setting's 1,000-run ensemble, chunked, resumed from 2019)`,
    );
    line(
      `ink_output${suffix}_ms p50/p95: ${pq(r.renderMs)} (Ink's own output step per frame, ${r.renderMs.length} frames: the tree to the frame's text)`,
    );
  }
}
