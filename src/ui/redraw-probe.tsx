/**
 * The benchmark's hook into the explorer: renders the real `App` through Ink (not the test renderer) into
 * an in-memory terminal, presses → (or ← at the lever's top) on one lever, and times each press until
 * (a) the first frame written after it and (b) the frame that shows the recomputed full ensemble.
 *
 * The full-ensemble frame is found through the app's `onBandsShown`: it is told during the commit that puts
 * the new scenario's complete bands on screen, before Ink draws that commit, so the first frame written after
 * it is the one. Times include everything the app does on the way: the key's dispatch, the debounce, any
 * preview ensemble, the full ensemble, React's render, Ink's layout, its frame throttle and the write.
 *
 * text-exempt-file: the benchmark's harness; its messages go to whoever runs the benchmark, never to a user of
 * the explorer.
 */
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { render } from 'ink';
import type { Scenario } from '../model/types.js';
import type { BandsShown } from './app.js';
import { App } from './app.js';
import { leverValue, orderLevers, snapLever } from './app-state.js';
import type { UiEngine, UiFiles } from './engine-port.js';
import { formatLeverValue } from './format.js';
import { RENDER_OPTIONS } from './render-options.js';

/**
 * A terminal's output stream in memory: fixed size, every write kept with the time it was made. Writes made
 * in one go (no await between them, as Ink writes a frame with its cursor and synchronized-update codes) form
 * one frame.
 */
export class MemoryStdout extends EventEmitter {
  readonly isTTY = true;
  readonly writes: { readonly at: number; readonly text: string; readonly frame: number }[] = [];
  /** Frames as the terminal shows them: the text of their writes and the time of the last one. */
  readonly frames: { at: number; text: string }[] = [];
  private open = false;
  /** True while a frame's writes are still coming (until the current turn of the event loop ends). */
  get writing(): boolean {
    return this.open;
  }
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
  write = (text: string): boolean => {
    const at = performance.now();
    if (this.open) {
      const f = this.frames[this.frames.length - 1]!;
      f.at = at;
      f.text += text;
    } else {
      this.open = true;
      this.frames.push({ at, text });
      queueMicrotask(() => {
        this.open = false;
        this.emit('frame');
      });
    }
    this.writes.push({ at, text, frame: this.frames.length - 1 });
    return true;
  };
}

/** A terminal's input stream in memory that keys can be written to (a TTY, so the app reads keys). */
export class MemoryStdin extends EventEmitter {
  readonly isTTY = true;
  private pending: string | null = null;
  /** Deliver one key (or escape sequence) as the terminal would. */
  press(key: string): void {
    this.pending = key;
    this.emit('readable');
    this.emit('data', key);
  }
  read(): string | null {
    const k = this.pending;
    this.pending = null;
    return k;
  }
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

/** Options of `probeLeverRedraw`. */
export interface RedrawProbeOptions {
  readonly engine: UiEngine;
  readonly scenario: Scenario;
  readonly baseline: Scenario;
  /** Files the app may ask for (none are used by lever presses). @default an empty store */
  readonly files?: UiFiles;
  /** Lever to press; its value goes up a step per press, and down once at its top. */
  readonly leverId: string;
  /** Timed presses. @default 30 */
  readonly presses?: number;
  /** Untimed presses first (warm-up). @default 3 */
  readonly warmup?: number;
  /** Terminal size. @default 100×30 */
  readonly columns?: number;
  readonly rows?: number;
  /** @default true */
  readonly color?: boolean;
  /** Passed to the app; its own default when undefined. */
  readonly debounceMs?: number;
  /** Passed to the app (false: no ensembles computed ahead of the keys); its own default when undefined. */
  readonly reuseEnsembles?: boolean;
  /** Quiet time after each press's full-ensemble frame before the next press. @default 80 */
  readonly gapMs?: number;
  /** Give up on one press (or on the first full frame) after this long. @default 20000 */
  readonly timeoutMs?: number;
}

/** One timed press. */
export interface RedrawSample {
  /** The lever value after the press, as the lever panel shows it. */
  readonly value: string;
  /** Keypress to the first frame written after it. */
  readonly firstFrameMs: number;
  /** Keypress to the frame that shows the scenario's recomputed full ensemble. */
  readonly finalFrameMs: number;
  /** Frames written from the keypress to the full-ensemble frame, both included. */
  readonly frames: number;
  /** Runs of the ensemble drawn in the final frame. */
  readonly runs: number;
  /** The full-ensemble frame as text (escape sequences removed). */
  readonly finalFrame: string;
  /**
   * Wall time of the full ensemble of the new setting (asked for until it resolved, chunks and the other
   * work between them included); undefined when it was taken from an ensemble kept from before.
   */
  readonly engineMs?: number;
  /**
   * Where the chart's ensemble came from: computed after the key ('waited'), computed ahead of it since the
   * previous press ('ahead'), or kept from an earlier visit to the same setting ('kept').
   */
  readonly source: 'waited' | 'ahead' | 'kept';
}

/** What `probeLeverRedraw` measured. */
export interface RedrawProbeResult {
  readonly samples: readonly RedrawSample[];
  /**
   * 'throttled': Ink's ordinary frame throttle, as in a terminal. 'debug': every change written at once,
   * used where a CI variable is set, because Ink then writes no frames until the app exits.
   */
  readonly mode: 'throttled' | 'debug';
  /** Ink's own time to turn the laid-out tree into the frame's text, for every frame of the timed presses. */
  readonly renderMs: readonly number[];
}

/** Longest wait for the explorer's hindcast before the presses (ms). */
const HINDCAST_TIMEOUT_MS = 180_000;

const RIGHT = '\u001B[C';
const LEFT = '\u001B[D';
const DOWN = '\u001B[B';

/** Text of a frame without escape sequences (colours, cursor moves, line erases). */
export function plainFrame(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u001B[@-Z\\-_]/g, '');
}

/** True where Ink treats the process as running in CI (same test as Ink's). */
function inCi(env: NodeJS.ProcessEnv): boolean {
  const set = (k: string): boolean => k in env && env[k] !== '0' && env[k] !== 'false';
  return set('CI') || set('CONTINUOUS_INTEGRATION');
}

const noFiles: UiFiles = {
  load: async () => ({ ok: false, message: 'no files' }),
  save: async () => ({ ok: false, exists: false, message: 'no files' }),
  list: async () => [],
  exists: async () => false,
  exportBrief: async () => ({ ok: false, exists: false, message: 'no files' }),
};

/** Render the explorer through Ink into memory and time lever presses until the chart is redrawn. */
export async function probeLeverRedraw(o: RedrawProbeOptions): Promise<RedrawProbeResult> {
  const levers = orderLevers(o.engine.levers);
  const index = levers.findIndex((l) => l.id === o.leverId);
  const lever = levers[index];
  if (!lever) throw new Error(`no lever ${o.leverId}`);
  if (lever.control === 'toggle') throw new Error(`lever ${o.leverId} is a toggle; pick one with steps`);
  const timeoutMs = o.timeoutMs ?? 20_000;
  const gapMs = o.gapMs ?? 80;
  const mode = inCi(process.env) ? 'debug' : 'throttled';

  // The explorer's hindcast (one per set of assumptions, computed once the curves are drawn) is background
  // work of its own: presses are timed once it is done, from an idle explorer.
  /** Full-runs ensembles of the lever's settings: the value, when asked for and when done. */
  const ensembles: { value: number; start: number; end?: number }[] = [];
  const renderMs: number[] = [];
  let timing = false;
  let hindcasts = 0;
  let hindcastsDone = 0;
  const engine: UiEngine = {
    ...o.engine,
    runEnsembleAsync: async (s, opts) => {
      if ((opts.runs ?? s.runs) !== o.scenario.runs) return o.engine.runEnsembleAsync(s, opts);
      const e: { value: number; start: number; end?: number } = {
        value: leverValue(s, lever),
        start: performance.now(),
      };
      ensembles.push(e);
      const r = await o.engine.runEnsembleAsync(s, opts);
      e.end = performance.now();
      return r;
    },
    hindcast: async (...args) => {
      hindcasts++;
      try {
        const r = await o.engine.hindcast(...args);
        hindcastsDone++;
        return r;
      } finally {
        hindcasts--;
      }
    },
  };
  // The explorer hindcasts the homicide chart (on screen at start) when the engine has its history.
  const hindcastExpected = (o.engine.history.homicides?.length ?? 0) > 0;
  const stdout = new MemoryStdout(o.columns ?? 100, o.rows ?? 30);
  const stdin = new MemoryStdin();
  let shown: (BandsShown & { readonly write: number }) | undefined;
  const onBandsShown = (b: BandsShown): void => {
    shown = { ...b, write: stdout.writes.length };
  };
  const instance = render(
    <App
      engine={engine}
      files={o.files ?? noFiles}
      scenario={o.scenario}
      baseline={o.baseline}
      color={o.color ?? true}
      onBandsShown={onBandsShown}
      {...(o.debounceMs !== undefined ? { debounceMs: o.debounceMs } : {})}
      {...(o.reuseEnsembles !== undefined ? { reuseEnsembles: o.reuseEnsembles } : {})}
    />,
    {
      ...RENDER_OPTIONS,
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: new MemoryStdout(o.columns ?? 100, o.rows ?? 30) as unknown as NodeJS.WriteStream,
      debug: mode === 'debug',
      onRender: ({ renderTime }: { renderTime: number }) => {
        if (timing) renderMs.push(renderTime);
      },
      patchConsole: false,
    },
  );

  /** Resolve once `ready()` holds, checked after every frame and every few ms; reject after the timeout. */
  const until = (ready: () => boolean, what: string, limitMs = timeoutMs): Promise<void> =>
    new Promise((resolve, reject) => {
      const t0 = performance.now();
      const check = (): void => {
        if (ready()) {
          done();
          resolve();
        } else if (performance.now() - t0 > limitMs) {
          done();
          reject(new Error(`redraw probe: timed out waiting for ${what}`));
        }
      };
      const timer = setInterval(check, 5);
      const done = (): void => {
        clearInterval(timer);
        stdout.off('frame', check);
      };
      stdout.on('frame', check);
      check();
    });
  const quiet = async (ms: number): Promise<void> => {
    for (;;) {
      const last = stdout.frames[stdout.frames.length - 1]?.at ?? 0;
      const wait = last + ms - performance.now();
      if (wait <= 0) return;
      await new Promise((r) => setTimeout(r, wait));
    }
  };
  /**
   * The frame that shows the first full ensemble whose key differs from `before`: the one holding the first
   * write after that ensemble was committed; undefined until that frame is complete.
   */
  const finalFrame = (before: string | undefined): number | undefined => {
    const s = shown;
    if (!s?.final || s.key === before || s.key === undefined) return undefined;
    const w = stdout.writes[s.write];
    return w && w.frame < stdout.frames.length - (stdout.writing ? 1 : 0) ? w.frame : undefined;
  };

  try {
    await until(() => finalFrame(undefined) !== undefined, 'the first full ensemble');
    await quiet(Math.max(gapMs, 300));
    // The pooled hindcast builds a few dozen constrained pools: seconds, more on a busy machine.
    await until(
      () => hindcasts === 0 && (!hindcastExpected || hindcastsDone > 0),
      'the hindcast',
      Math.max(timeoutMs, HINDCAST_TIMEOUT_MS),
    );
    await quiet(gapMs);
    for (let i = 0; i < index; i++) stdin.press(DOWN);
    await quiet(gapMs);

    let scenario = o.scenario;
    const samples: RedrawSample[] = [];
    const total = (o.warmup ?? 3) + (o.presses ?? 30);
    timing = (o.warmup ?? 3) === 0;
    /** Times of the previous press and of the one before it. */
    let last0 = 0;
    let previous = 0;
    for (let n = 0; n < total; n++) {
      const v = leverValue(scenario, lever);
      const up = snapLever(lever, v + lever.step) !== v;
      const next = snapLever(lever, v + (up ? 1 : -1) * lever.step);
      scenario = { ...scenario, levers: { ...scenario.levers, [lever.id]: next } };
      const before = shown?.key;
      const from = stdout.frames.length;
      previous = last0;
      const t0 = performance.now();
      last0 = t0;
      stdin.press(up ? RIGHT : LEFT);
      await until(() => finalFrame(before) !== undefined, `the full ensemble after press ${n + 1}`);
      const last = finalFrame(before)!;
      const first = stdout.frames[from]!;
      const final = stdout.frames[last]!;
      if (n >= total - (o.presses ?? 30)) {
        // The last full ensemble of the new setting that finished: computed ahead of the key or after it.
        const own = ensembles.filter((e) => e.value === next && e.end !== undefined && e.end <= final.at).at(-1);
        const source = own === undefined || own.start < previous ? 'kept' : own.start < t0 ? 'ahead' : 'waited';
        samples.push({
          ...(own?.end !== undefined ? { engineMs: own.end - own.start } : {}),
          source,
          value: formatLeverValue(lever, next),
          firstFrameMs: first.at - t0,
          finalFrameMs: final.at - t0,
          frames: last - from + 1,
          runs: shown?.runs ?? 0,
          finalFrame: plainFrame(final.text),
        });
      }
      await quiet(gapMs);
      timing = n + 1 >= total - (o.presses ?? 30);
    }
    return { samples, mode, renderMs };
  } finally {
    instance.unmount();
    instance.cleanup();
  }
}
