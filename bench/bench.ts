/**
 * The benchmark (`npm run bench`): runs the same model four ways (generated function, hand-written
 * TypeScript, mathjs evaluator, the `simulation` package), first checking they give the same numbers, then
 * timing them, the engine's ensembles, the history-constrained pool, the explorer's recompute after a lever
 * change, the first frame and peak memory.
 * Timings come from one process, after warm-up, as medians of several repetitions; the machine may be
 * shared, so ratios matter more than absolute figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Scenario } from '../src/model/types.js';
import {
  ASSUMPTIONS,
  LEVERS,
  addKnownPools,
  clearHistoryCache,
  historyCacheStats,
  poolOf,
  runEnsemble,
  runEnsembleLean,
  runEnsembleAsync,
  runPerRun,
  statusQuo,
} from '../src/port/engine.js';
import { MODEL_SPEC } from '../src/model/equations.js';
import { clearPools } from '../src/model/pools.js';
import { defaultThreads } from '../src/port/threads.js';
import { GENERATED, runModel } from '../src/model/generated/model.gen.js';
import { createMathjsRun } from '../src/model/mathjs-evaluator.js';
import { loadScenarioFile } from '../src/scenario/scenario-files.js';
import { MAX_ENTRIES, parseScenario } from '../src/scenario/parse-scenario.js';
import { manyKeysAtLimit, manyKeysUnderLimit } from './worst-scenarios.js';
import { renderChart, type ChartSpec } from '../src/ui/chart.js';
import { computeLayout } from '../src/ui/layout.js';
import * as adapter from '../src/port/analyses.js';
import { getMetric } from '../src/analysis/metrics.js';
import { runHand } from './hand-model.js';
import {
  INPUTS,
  MONTHS,
  N_OUT,
  N_PARAMS,
  allLeversScenario,
  centralParams,
  maxRelativeDifference,
  priorParams,
  sampledParams,
  underEveryTheory,
  type Difference,
  type RunFn,
} from './params.js';
import { buildSimulationRun } from './sim-model.js';
import { inkRedrawSection } from './ink-redraw.js';
import { PAGE_OUTPUTS, chartsHtml, ensembles, pagePools, type PageData } from '../src/port/page-app.js';
import type { FragmentSettings } from '../src/scenario/fragment.js';
import { PAGE_RUNS } from '../src/cli/commands/page.js';

const EXACT_LIMIT = 1e-9;
const SIMULATION_LIMIT = 1e-6;
const SEED = 'bench';
const UI_OUTPUTS = ['cartel_revenue', 'homicides'] as const;
const ENSEMBLE_OUTPUTS = ['homicides', 'cartel_revenue'] as const;
const FRAME_TEXT = 'not a forecast';
const TERMINAL = { columns: 100, rows: 30 } as const;
/** Lever changes timed in the explorer-style redraw, and the p95 the explorer aims for. */
const LEVER_CHANGES = 40;
const LEVER_CHANGE_GOAL_MS = 50;

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

// ─────────────────────────────────────────────────────────── measurement helpers

let peakRss = 0;
/** Samples the resident set size and keeps the largest seen. */
function sampleRss(): void {
  const rss = process.memoryUsage().rss;
  if (rss > peakRss) peakRss = rss;
}
const rssTimer = setInterval(sampleRss, 10);
rssTimer.unref();

const gc = (globalThis as { gc?: () => void }).gc;
/** Collects garbage between measurements when node runs with --expose-gc. */
function collect(): void {
  sampleRss();
  gc?.();
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

/** Nearest-rank percentile. */
function percentile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

function fmt(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1000) return Math.round(x).toString();
  return Number(x.toPrecision(digits)).toString();
}

function line(text: string): void {
  process.stdout.write(`${text}\n`);
  sampleRss();
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Times `runs` calls of a run function cycling through parameter sets; returns runs per second. */
function runsPerSecond(run: RunFn, sets: readonly Float64Array[], runs: number): number {
  const p = new Float64Array(N_PARAMS);
  const out = new Float64Array(MONTHS * N_OUT);
  const t0 = performance.now();
  for (let r = 0; r < runs; r++) {
    p.set(sets[r % sets.length]!);
    run(p, INPUTS, out);
  }
  const s = (performance.now() - t0) / 1000;
  sampleRss();
  return runs / s;
}

// ─────────────────────────────────────────────────────────── equality

function outputsOf(run: RunFn, p: Float64Array): Float64Array {
  const out = new Float64Array(MONTHS * N_OUT).fill(NaN);
  run(p.slice(), INPUTS, out);
  return out;
}

function worstOf(diffs: readonly Difference[]): Difference {
  return diffs.reduce((w, d) => (d.max > w.max ? d : w));
}

let failed = false;
function report(name: string, d: Difference, sets: number, limit: number): void {
  const ok = d.max <= limit;
  if (!ok) failed = true;
  line(
    `check ${name}: max_rel_diff ${d.max.toExponential(2)} over ${sets} parameter set(s), limit ${limit.toExponential(0)}` +
      ` ${ok ? 'ok' : 'FAILED'} (worst: ${d.output} month ${d.month}, ${d.a} vs ${d.b})`,
  );
}

// ─────────────────────────────────────────────────────────── scenarios

async function loadPlatform(): Promise<Scenario> {
  const r = await loadScenarioFile(join(root, 'scenarios', 'platform-2018.yaml'), {
    levers: LEVERS,
    assumptions: ASSUMPTIONS,
  });
  if (r.ok) return r.scenario;
  line('note: scenarios/platform-2018.yaml did not load; using every lever moved instead');
  return allLeversScenario();
}

/** The scenario after one arrow-key press on lever i (the next step up, or down at the top). */
function nudged(s: Scenario, i: number): Scenario {
  const l = LEVERS[i % LEVERS.length]!;
  const v = s.levers[l.id] ?? l.default;
  const next = v + l.step <= l.max ? v + l.step : v - l.step;
  return { ...s, levers: { ...s.levers, [l.id]: next } };
}

// ─────────────────────────────────────────────────────────── first frame in tmux

function tmux(args: readonly string[]): { ok: boolean; out: string } {
  const r = spawnSync('tmux', args, { encoding: 'utf8' });
  return { ok: r.status === 0, out: r.stdout ?? '' };
}

/** Starts a command in a detached tmux session and returns ms until FRAME_TEXT shows, or NaN. */
async function timeToText(command: string, session: string): Promise<number> {
  const t0 = performance.now();
  const started = tmux([
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    String(TERMINAL.columns),
    '-y',
    String(TERMINAL.rows),
    '-c',
    root,
    command,
  ]);
  if (!started.ok) return NaN;
  let ms = NaN;
  try {
    while (performance.now() - t0 < 15_000) {
      const pane = tmux(['capture-pane', '-p', '-t', session]);
      if (pane.out.includes(FRAME_TEXT)) {
        ms = performance.now() - t0;
        break;
      }
      await sleep(10);
    }
  } finally {
    tmux(['kill-session', '-t', session]);
  }
  return ms;
}

// ─────────────────────────────────────────────────────────── main

async function main(): Promise<void> {
  line(
    `palancas benchmark: node ${process.version}, ${GENERATED.parameters.length} parameters, ${MONTHS} months, ${N_OUT} outputs`,
  );
  if (!gc) line('note: run with node --expose-gc for steadier figures');
  const platform = await loadPlatform();
  const sq = statusQuo();
  const allLevers = allLeversScenario();
  // Central runs, the all-levers central run under each theory, runs of the platform's ensemble (drawn
  // from its history-constrained pool as the engine draws them), and unconstrained draws over the
  // assumptions' full ranges cycling through the theories.
  const sets = [
    centralParams(platform),
    centralParams(sq),
    centralParams(allLevers),
    ...underEveryTheory(centralParams(allLevers)),
    ...sampledParams(platform, SEED, 15),
    ...priorParams(allLevers, SEED, 12),
  ];

  // 1. Same numbers.
  const mathjsRun = createMathjsRun(MODEL_SPEC, { months: GENERATED.months, startYear: GENERATED.startYear });
  const gen = sets.map((p) => outputsOf(runModel, p));
  report(
    'hand_vs_generated',
    worstOf(sets.map((p, i) => maxRelativeDifference(gen[i]!, outputsOf(runHand, p)))),
    sets.length,
    EXACT_LIMIT,
  );
  // Informative only: the engine's way of drawing a run from the pool is copied into params.ts, so a
  // difference means the copy is stale (the timings of section 3 would then compare different runs).
  const drawRuns = 8;
  const engineRuns: Float64Array[] = [];
  runPerRun(platform, { runs: drawRuns, seed: SEED }, (out) => {
    engineRuns.push(out.slice());
    return 0;
  });
  const ours = sampledParams(platform, SEED, drawRuns);
  const draws = worstOf(ours.map((p, r) => maxRelativeDifference(engineRuns[r]!, outputsOf(runModel, p))));
  line(
    `check bench_draws_vs_engine_draws: max_rel_diff ${draws.max.toExponential(2)} over ${drawRuns} run(s)` +
      (draws.max <= EXACT_LIMIT
        ? ' ok'
        : " (not fatal: the copy of the engine's pool draws in bench/params.ts is out of date)"),
  );
  // The first seven: the three central runs and the all-levers central run under each theory.
  const mathjsSets = sets.slice(0, 7);
  report(
    'mathjs_vs_generated',
    worstOf(mathjsSets.map((p, i) => maxRelativeDifference(gen[i]!, outputsOf(mathjsRun, p)))),
    mathjsSets.length,
    EXACT_LIMIT,
  );
  const sim = await buildSimulationRun();
  // The platform's central run, the all-levers one, and the all-levers one under persistence (index 6).
  const simIndex = [0, 2, 6];
  const simSets = simIndex.map((i) => sets[i]!);
  report(
    'simulation_vs_generated',
    worstOf(simSets.map((p, i) => maxRelativeDifference(gen[simIndex[i]!]!, outputsOf(sim.run, p)))),
    simSets.length,
    SIMULATION_LIMIT,
  );
  if (failed) {
    line('FAILED: the implementations disagree; no timings taken');
    process.exit(1);
  }
  collect();

  // 2. Runs per second, generated vs hand-written, interleaved.
  const fastRuns = 4000;
  runsPerSecond(runModel, sets, fastRuns);
  runsPerSecond(runHand, sets, fastRuns);
  const genRps: number[] = [];
  const handRps: number[] = [];
  for (let rep = 0; rep < 9; rep++) {
    genRps.push(runsPerSecond(runModel, sets, fastRuns));
    handRps.push(runsPerSecond(runHand, sets, fastRuns));
  }
  const genPerRun = median(genRps.map((x, i) => handRps[i]! / x));
  const generated = median(genRps);
  const hand = median(handRps);
  collect();

  // mathjs: a few runs per repetition.
  runsPerSecond(mathjsRun, sets, 2);
  const mathjs = median([0, 1, 2, 3].map(() => runsPerSecond(mathjsRun, sets, 5)));
  collect();

  // simulation: one warm-up, then single runs.
  runsPerSecond(sim.run, sets, 1);
  const simulation = median([0, 1, 2, 3, 4].map((i) => runsPerSecond(sim.run, [sets[i % sets.length]!], 1)));
  collect();

  line(`runs_per_s generated: ${fmt(generated)}`);
  line(`runs_per_s hand: ${fmt(hand)}`);
  line(`runs_per_s mathjs: ${fmt(mathjs)}`);
  line(`runs_per_s simulation: ${fmt(simulation)}`);
  line(`ratio generated_vs_hand_time: ${fmt(genPerRun)}`);
  line(`ratio generated_over_mathjs: ${fmt(generated / mathjs)}`);
  line(`ratio generated_over_simulation: ${fmt(generated / simulation)}`);

  // 3. A 10,000-run ensemble with bands vs 10,000 hand-written runs (the same draws, taken from the
  //    constrained pool beforehand; no bands). Drawing them builds the 10,000-run pool, which the
  //    engine's ensembles then find cached, so neither side is timed building it.
  const bigRuns = 10_000;
  const drawn = sampledParams(platform, platform.seed, bigRuns);
  const handLoop = (): number => {
    const p = new Float64Array(N_PARAMS);
    const out = new Float64Array(MONTHS * N_OUT);
    const t0 = performance.now();
    for (let r = 0; r < bigRuns; r++) {
      p.set(drawn[r]!);
      runHand(p, INPUTS, out);
    }
    return performance.now() - t0;
  };
  const ensemble = (): number => {
    const t0 = performance.now();
    const res = runEnsemble(platform, { runs: bigRuns, outputs: ENSEMBLE_OUTPUTS });
    const ms = performance.now() - t0;
    sampleRss();
    if (res.bands.homicides === undefined) throw new Error('ensemble returned no homicides band');
    return ms;
  };
  handLoop();
  ensemble();
  collect();
  const handMs: number[] = [];
  const ensMs: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    handMs.push(handLoop());
    collect();
    ensMs.push(ensemble());
    collect();
  }
  line(
    `ensemble_10000_ms: ${fmt(median(ensMs))} (engine: draws from the cached pool + runs + bands of ${ENSEMBLE_OUTPUTS.join(', ')})`,
  );
  line(`hand_loop_10000_ms: ${fmt(median(handMs))} (hand-written runs, the same parameters drawn beforehand)`);
  line(`ratio ensemble_10000_vs_hand_loop: ${fmt(median(ensMs.map((x, i) => x / handMs[i]!)))}`);
  drawn.length = 0;
  collect();

  // 4. The history-constrained pool of the status quo at 1,000 runs, cold (no pool, no history bands or
  //    checkpoints cached), and the acceptance of its candidates per theory.
  const poolRuns = 1000;
  const poolMs: number[] = [];
  let pool = poolOf(sq, { runs: poolRuns });
  for (let rep = 0; rep < 3; rep++) {
    clearPools();
    clearHistoryCache();
    collect();
    const t0 = performance.now();
    pool = poolOf(sq, { runs: poolRuns });
    poolMs.push(performance.now() - t0);
  }
  sampleRss();
  line(
    `pool_build_1000_ms: ${fmt(median(poolMs))} (status quo, cold: median of ${poolMs.map((x) => fmt(x)).join(', ')})`,
  );
  for (const t of pool.stats) {
    line(
      `pool_acceptance ${t.theory}: ${fmt(t.tried > 0 ? t.accepted / t.tried : 0)} (${t.accepted} accepted of ${t.tried} tried` +
        ` for ${t.runs} run(s), ${t.filled} filled, ess ${fmt(t.ess)})`,
    );
  }
  const tried = pool.stats.reduce((n, t) => n + t.tried, 0);
  line(
    `pool_candidates_per_s: ${fmt(tried / (median(poolMs) / 1000))} (2007–2018 runs scored against the history targets)`,
  );
  clearPools();
  clearHistoryCache();
  collect();
  const coldT0 = performance.now();
  await runEnsembleAsync(sq, { runs: poolRuns, outputs: UI_OUTPUTS });
  line(
    `ensemble_1000_cold_ms: ${fmt(performance.now() - coldT0)} (status quo, first ensemble after clearing: pool + runs + bands)`,
  );
  collect();

  // 5. The explorer's 1,000-run ensemble of the default scenario, as the UI asks for it.
  const uiOpts = { runs: 1000, outputs: UI_OUTPUTS };
  await runEnsembleAsync(platform, uiOpts);
  const uiMs: number[] = [];
  for (let rep = 0; rep < 20; rep++) {
    const t0 = performance.now();
    await runEnsembleAsync(platform, uiOpts);
    uiMs.push(performance.now() - t0);
  }
  line(`ensemble_1000_ms p50/p95: ${fmt(median(uiMs))}/${fmt(percentile(uiMs, 0.95))}`);

  // 6. Lever changes as the explorer makes them: after one warm 1,000-run ensemble of the platform, 40
  //    successive lever changes, each a new 1,000-run ensemble (pool, history bands and 2019 checkpoints reused).
  const leverChangeMs = async (variant: 'async' | 'sync'): Promise<{ ms: number[]; resumes: number }> => {
    await runEnsembleAsync(platform, uiOpts);
    const before = historyCacheStats().resumes;
    let s = platform;
    const ms: number[] = [];
    for (let i = 0; i < LEVER_CHANGES; i++) {
      s = nudged(s, i);
      const t0 = performance.now();
      const res = variant === 'async' ? await runEnsembleAsync(s, uiOpts) : runEnsemble(s, uiOpts);
      ms.push(performance.now() - t0);
      if (res.bands.homicides === undefined) throw new Error('ensemble returned no homicides band');
    }
    sampleRss();
    return { ms, resumes: historyCacheStats().resumes - before };
  };
  for (const variant of ['async', 'sync'] as const) {
    const { ms, resumes } = await leverChangeMs(variant);
    line(
      `lever_change_1000_ms ${variant === 'async' ? 'runEnsembleAsync' : 'runEnsemble'} p50/p95: ${fmt(median(ms))}/${fmt(percentile(ms, 0.95))}` +
        ` (goal p95 <= ${LEVER_CHANGE_GOAL_MS}; ${LEVER_CHANGES} successive changes, ${resumes} started from 2019 checkpoints)`,
    );
    collect();
  }

  // 7. Keypress → new chart: no bench hook in src/ui, so this times what the app does after a lever
  //    changes (the scenario's 1,000-run ensemble, the baseline being cached) plus drawing both charts.
  const layout = computeLayout(TERMINAL.columns, TERMINAL.rows);
  const plotWidth = layout.ok ? layout.plotWidth : 60;
  const plotHeight = layout.ok ? layout.plotHeight : 8;
  const baseline = await runEnsembleAsync({ ...sq, seed: platform.seed }, uiOpts);
  const chartOf = (bands: typeof baseline.bands, id: string): ChartSpec => {
    const b = bands[id]!;
    const base = baseline.bands[id]!;
    return {
      width: plotWidth,
      height: plotHeight,
      months: MONTHS,
      bands: [{ kind: 'band', low: b.p10, high: b.p90, from: 0, to: MONTHS }],
      lines: [
        { kind: 'baseline', values: base.p50, from: 0, to: MONTHS, dashed: true },
        { kind: 'median', values: b.p50, from: 0, to: MONTHS },
      ],
    };
  };
  const keyMs: number[] = [];
  for (let rep = 0; rep < 21; rep++) {
    const scenario = nudged(platform, rep);
    const t0 = performance.now();
    const res = await runEnsembleAsync(scenario, uiOpts);
    let cells = 0;
    for (const id of UI_OUTPUTS) cells += renderChart(chartOf(res.bands, id)).rows.length;
    if (cells === 0) throw new Error('chart drew nothing');
    if (rep > 0) keyMs.push(performance.now() - t0);
  }
  line(
    `keypress_chart_ms p50/p95: ${fmt(median(keyMs))}/${fmt(percentile(keyMs, 0.95))} (ensemble + renderChart of both charts, before Ink; the Ink render is 7b)`,
  );
  collect();

  // 7b. Keypress → redrawn 1,000-run chart through the real Ink render (bench/ink-redraw.ts).
  await inkRedrawSection(platform, sq, line, (x) => fmt(x));
  collect();

  // 8. Crux finder and attribution, when the analysis exposes its benchmark entry.
  const benchCrux = (adapter as Record<string, unknown>).benchCruxAndAttribution;
  if (typeof benchCrux === 'function') {
    const r = (benchCrux as typeof adapter.benchCruxAndAttribution)(platform, sq, {
      runs: 1000,
      now: () => performance.now(),
    });
    line(
      `crux_attribution_s: ${fmt(r.totalMs / 1000)} (crux ${fmt(r.cruxMs / 1000)} s, ${r.cruxRows} rows; attribution ${fmt(r.attributionMs / 1000)} s, ${r.evaluations} evaluations)`,
    );
  } else {
    line('crux_attribution_s: skipped (no benchCruxAndAttribution export)');
  }
  collect();

  // 8b. "What you would have to believe": crux sets of up to 2 changes at 200 paired runs, from cold caches
  // each time (as one command runs it). Ensembles this small run on one thread.
  {
    const metric = getMetric('homicides_total');
    const times: number[] = [];
    const cpu: number[] = [];
    let report: ReturnType<typeof adapter.analyzeCruxSets> | undefined;
    for (let rep = 0; rep < 3; rep++) {
      clearPools();
      clearHistoryCache();
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      report = adapter.analyzeCruxSets(platform, sq, metric, { maxSet: 2, runs: 200 });
      const c = process.cpuUsage(c0);
      times.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
    const s = report?.search;
    // On a shared machine the wall time includes waiting for a core; the CPU time is the one core's work.
    line(
      `crux_sets_k2_200_runs_s: ${fmt(median(times) / 1000)} wall, ${fmt(median(cpu) / 1000)} cpu, medians of ${times.length} (goal < 10 on one core; ${s?.screened} sets screened on central runs in ${s?.centralEvaluations} evaluations, ${s?.candidates} candidates, ${s?.checked} checked in ${s?.ensembleEvaluations} ensembles, ${report?.sets.length} sets)`,
    );
  }
  collect();

  // 9. First frame of the explorer in tmux, against a bare node start measured the same way.
  if (!tmux(['-V']).ok) {
    line('first_frame_ms: skipped (tmux not found)');
  } else {
    const cli = join(here, 'cli.js');
    const bare = `node -e "console.log('${FRAME_TEXT}'); setTimeout(()=>{},3000)"`;
    const appCmd = `CI=false node ${JSON.stringify(cli)}`;
    const frames: number[] = [];
    const bares: number[] = [];
    for (let rep = 0; rep < 5; rep++) {
      bares.push(await timeToText(bare, `palancas-bench-bare-${process.pid}-${rep}`));
      frames.push(await timeToText(appCmd, `palancas-bench-app-${process.pid}-${rep}`));
    }
    const f = median(frames.filter(Number.isFinite));
    const b = median(bares.filter(Number.isFinite));
    if (frames.some((x) => !Number.isFinite(x)))
      line(
        `note: "${FRAME_TEXT}" did not appear in ${frames.filter((x) => !Number.isFinite(x)).length} explorer start(s)`,
      );
    line(`first_frame_ms: ${fmt(f)}`);
    line(`bare_node_ms: ${fmt(b)}`);
    line(`ratio first_frame: ${fmt(f / b)}`);
  }

  // 10. Checking the costliest scenario files: the most entries allowed, and as many keys as fit the size limit.
  for (const [name, text] of [
    [`validate_max_entries_ms (${MAX_ENTRIES} entries)`, manyKeysAtLimit()],
    ['validate_size_limit_keys_ms (keys up to the size limit)', manyKeysUnderLimit()],
  ] as const) {
    const times: number[] = [];
    for (let rep = 0; rep < 5; rep++) {
      const t0 = performance.now();
      parseScenario(text, 'bench.yaml', { levers: LEVERS, assumptions: ASSUMPTIONS });
      times.push(performance.now() - t0);
    }
    line(`${name}: ${fmt(median(times))} (goal < 500)`);
  }
  collect();

  // 11. Large ensembles: passes over worker threads, one thread against the cores, and the peak memory of
  // the documented maximum in a child process (PALANCAS_BENCH_MAX_RUNS=0 skips it: it takes minutes).
  {
    const s = statusQuo();
    poolOf(s, { runs: 10_000, seed: SEED });
    const threads = defaultThreads();
    for (const t of [1, threads]) {
      const times: number[] = [];
      for (let rep = 0; rep < 2; rep++) {
        const t0 = performance.now();
        runEnsembleLean(s, { runs: 10_000, seed: SEED, threads: t });
        times.push(performance.now() - t0);
      }
      line(`ensemble_10000_runs_all_outputs_ms (${t} thread${t > 1 ? 's' : ''}, pool built): ${fmt(median(times))}`);
    }
    const maxRuns = Number(process.env.PALANCAS_BENCH_MAX_RUNS ?? 100_000);
    if (maxRuns > 0) {
      const t0 = performance.now();
      const child = spawnSync(
        process.execPath,
        [
          '-e',
          `process.argv.splice(1, 0, ${JSON.stringify(join(here, 'cli.js'))}); process.on('exit', () => process.stderr.write('maxrss_kb ' + process.resourceUsage().maxRSS + '\\n')); import(${JSON.stringify(join(here, 'cli.js'))});`,
          'run',
          'status-quo',
          '--runs',
          String(maxRuns),
          '--format',
          'json',
        ],
        { encoding: 'utf8', maxBuffer: 1 << 30 },
      );
      const kb = /maxrss_kb (\d+)/.exec(child.stderr ?? '')?.[1];
      line(
        `run_${maxRuns}_runs_json: exit ${child.status}, ${fmt((performance.now() - t0) / 1000)} s, peak rss ${kb !== undefined ? fmt(Number(kb) / 1024) : '?'} MB (goal < 400)`,
      );
    }
  }
  collect();

  // 13. What travels: the default brief (1,000 runs, cruxes and attribution) and the one-file page, each written
  // by the built command in a child process, as a user runs them.
  {
    const dir = mkdtempSync(join(tmpdir(), 'palancas-bench-'));
    try {
      const cli = join(here, 'cli.js');
      const t0 = performance.now();
      const brief = spawnSync(
        process.execPath,
        [cli, 'brief', 'platform-2018', 'status-quo', '-o', join(dir, 'b.html')],
        {
          encoding: 'utf8',
        },
      );
      const briefS = (performance.now() - t0) / 1000;
      line(`default_brief_html: exit ${brief.status}, ${fmt(briefS)} s (goal < 3)`);
      const page = spawnSync(process.execPath, [cli, 'page', 'platform-2018', '-o', join(dir, 'p.html')], {
        encoding: 'utf8',
      });
      const kb = page.status === 0 ? statSync(join(dir, 'p.html')).size / 1024 : Number.NaN;
      line(`page_html: exit ${page.status}, ${fmt(kb)} kB (goal < 1,024)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  collect();

  // 14. The page's camp change, computed here as the page computes it (its ensembles and charts, 200 runs):
  // once for each single camp move from the platform's camps, with the pools the page carries (rebuilt from
  // their kept candidates) and with the pools built by the rejection loop, as the page built them before.
  {
    const scenario = { ...platform, runs: PAGE_RUNS };
    const reference = { ...statusQuo(), runs: PAGE_RUNS, seed: platform.seed };
    const t0 = performance.now();
    const pools = pagePools(scenario, reference);
    const writeS = (performance.now() - t0) / 1000;
    const data: PageData = { lang: 'en', scenario, reference, yamlFile: 'p.yaml', pools };
    const moves: FragmentSettings[] = [];
    for (const a of ASSUMPTIONS)
      for (const c of a.camps ?? [])
        if (c.id !== (scenario.camps[a.id as keyof typeof scenario.camps] ?? a.defaultCamp))
          moves.push({ levers: {}, camps: { [a.id]: c.id } });
    const timeMoves = (known: boolean) =>
      moves.map((settings) => {
        clearPools();
        clearHistoryCache();
        if (known) addKnownPools(pools);
        // A different page each time, so no ensemble of an earlier move is found cached.
        const fresh = { ...data };
        const t = performance.now();
        chartsHtml(fresh, ensembles(fresh, settings, PAGE_OUTPUTS));
        return performance.now() - t;
      });
    const carried = timeMoves(true);
    const built = timeMoves(false);
    line(
      `page_camp_change_ms: carried pools median ${fmt(median(carried))}, max ${fmt(Math.max(...carried))}; ` +
        `built pools median ${fmt(median(built))}, max ${fmt(Math.max(...built))} (${moves.length} moves, goal < 100)`,
    );
    line(
      `page_pools: ${pools.length} theory pools, ${fmt(JSON.stringify(pools).length / 1024)} kB of JSON, ${fmt(writeS)} s to find`,
    );
  }

  // 12. Memory.
  sampleRss();
  line(`peak_rss_mb: ${fmt(peakRss / 1024 / 1024)}`);
  line(
    `max_rss_mb (kernel high-water mark, includes the simulation package and mathjs): ${fmt(process.resourceUsage().maxRSS / 1024)}`,
  );

  // Goals, for the reader: each figure beside the goal it is read against.
  const goals: [string, string][] = [
    ['generated vs hand-written time <= 1.2x', fmt(genPerRun)],
    ['generated over mathjs >= 100x', fmt(generated / mathjs)],
    ['generated over simulation >= 1,000x', fmt(generated / simulation)],
    ['10,000-run ensemble with bands <= 2.5x hand loop', fmt(median(ensMs.map((x, i) => x / handMs[i]!)))],
    ['peak rss < 300 MB', fmt(peakRss / 1024 / 1024)],
  ];
  for (const [g, figure] of goals) line(`goal ${g}: ${figure}`);
}

main().then(
  () => {
    clearInterval(rssTimer);
  },
  (e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
