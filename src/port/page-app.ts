/**
 * The script of the one-file page (`palancas page`): bundled for the browser by scripts/build.mjs into
 * dist/page-app.js and inlined in the page. It reads the page's data (the scenario, its reference, the
 * language), puts the levers and camps on sliders and menus, and on each change reruns the same seeded ensemble
 * as `palancas run` (same pool, same draws, same bands) and redraws the charts and their sentences. The
 * settings live in the URL fragment (fragment.ts), so a link reopens a case; the scenario can be downloaded as
 * YAML that `palancas validate` accepts. Without a document (under Node) only the computations are used.
 */
import type { EnsembleResult, Scenario } from '../model/types.js';
import {
  ASSUMPTIONS,
  HISTORY,
  LEVERS,
  MONTHS,
  OUTPUTS,
  SCENARIO_START,
  addKnownPools,
  keptPoolsOf,
  poolReadyFor,
  runEnsemble,
  type KeptPool,
} from './engine.js';
import { type FragmentSettings, fragmentOf, settingsOfFragment } from '../scenario/fragment.js';
import { scenarioToYaml } from '../scenario/serialize-scenario.js';
import { seriesObject } from '../render/text/series-output.js';
import { bandChartSvg } from '../render/svg/band-chart.js';
import { PAGE_SCRIPT_ID } from '../render/page/page-html.js';
import { narrateSeries } from '../render/narrate.js';
import { unitLabel } from '../model/units.js';
import { leverValueText } from '../render/brief/brief-text.js';
import type { Lever } from '../model/types.js';
import { type Lang, msg, setLang } from '../text/i18n.js';
import { escapeXml as esc } from '../text/format.js';
import { LruMap } from '../model/lru.js';

/** What the page carries: written by `palancas page`, read here. */
export interface PageData {
  readonly lang: Lang;
  /** Scenario A with the page's runs and seed. */
  readonly scenario: Scenario;
  /** What A is drawn against: scenario B, or the status quo; same runs and seed. */
  readonly reference: Scenario;
  /** The file name the downloaded YAML gets. */
  readonly yamlFile: string;
  /** True when the reference is a scenario B given with --vs, false for the status quo. */
  readonly versus?: boolean;
  /** Pools the page rebuilds from their kept candidates instead of the rejection loop (see pagePools). */
  readonly pools?: readonly KeptPool[];
}

/** Outputs drawn, in order. */
export const PAGE_OUTPUTS = ['homicides', 'cartel_revenue', 'workforce', 'fiscal_cost'] as const;

const registry = { levers: LEVERS, assumptions: ASSUMPTIONS };

/** Reads a fragment against the model's levers and assumptions. */
export function settingsOf(fragment: string): FragmentSettings {
  return settingsOfFragment(fragment, registry);
}

/** The fragment of the settings (only those differing from the scenario's own). */
export function fragmentFor(data: PageData, settings: FragmentSettings): string {
  const levers = Object.fromEntries(
    Object.entries(settings.levers).filter(([id, v]) => v !== leverOf(data.scenario, id)),
  );
  const camps = Object.fromEntries(Object.entries(settings.camps).filter(([id, c]) => c !== campOf(data.scenario, id)));
  return fragmentOf({ levers, camps });
}

function leverOf(s: Scenario, id: string): number {
  const set = (s.levers as Record<string, number | undefined>)[id];
  return set ?? LEVERS.find((l) => l.id === id)?.default ?? 0;
}

function campOf(s: Scenario, id: string): string | undefined {
  return (s.camps as Record<string, string | undefined>)[id] ?? ASSUMPTIONS.find((a) => a.id === id)?.defaultCamp;
}

/**
 * The kept candidates of the pools the page needs at its own camps and after any one camp is moved: the page
 * rebuilds those pools from them instead of rerunning the 2007–2018 rejection loop in the browser (the same
 * runs), so such a change redraws about as fast as a lever's. Other camp combinations are built in the page.
 */
export function pagePools(scenario: Scenario, reference: Scenario): KeptPool[] {
  const moves: Readonly<Record<string, string>>[] = [{}];
  for (const a of ASSUMPTIONS)
    for (const c of a.camps ?? []) if (c.id !== campOf(scenario, a.id)) moves.push({ [a.id]: c.id });
  // A pool asked for again (the reference often draws what A draws) is rebuilt from the same record.
  const seen = new Set<KeptPool>();
  for (const camps of moves)
    for (const s of [scenario, reference])
      for (const k of keptPoolsOf({ ...s, camps: { ...s.camps, ...camps } })) seen.add(k);
  return [...seen];
}

/** True when both pools of the settings are at hand, so the redraw needs no rejection loop. */
export function poolsReady(data: PageData, settings: FragmentSettings): boolean {
  return poolReadyFor(scenarioOf(data, settings)) && poolReadyFor(referenceOf(data, settings));
}

/** Scenario A under the settings. */
export function scenarioOf(data: PageData, settings: FragmentSettings): Scenario {
  const s = data.scenario;
  return { ...s, levers: { ...s.levers, ...settings.levers }, camps: { ...s.camps, ...settings.camps } };
}

/** The reference under the settings: camps apply to both, as `palancas run --camp` does. */
export function referenceOf(data: PageData, settings: FragmentSettings): Scenario {
  const r = data.reference;
  return { ...r, camps: { ...r.camps, ...settings.camps } };
}

/** Recent ensembles of the reference, by its camps: moving a lever changes A only; moving a camp back finds it. */
const REFERENCE_RESULTS = 8;
const referenceResults = new LruMap<string, EnsembleResult>(REFERENCE_RESULTS);
let referenceData: PageData | undefined;

/**
 * Both ensembles under the settings, with bands of the given outputs (all by default; the page draws
 * PAGE_OUTPUTS only, which saves the other outputs' quantiles and changes no band).
 */
export function ensembles(
  data: PageData,
  settings: FragmentSettings,
  outputs?: readonly string[],
): { a: EnsembleResult; ref: EnsembleResult } {
  const opts = outputs ? { outputs } : {};
  const key = `${fragmentOf({ levers: {}, camps: settings.camps })}\u0000${outputs?.join(',') ?? ''}`;
  if (referenceData !== data) {
    referenceResults.clear();
    referenceData = data;
  }
  const ref = referenceResults.get(key) ?? referenceResults.set(key, runEnsemble(referenceOf(data, settings), opts));
  return { a: runEnsemble(scenarioOf(data, settings), opts), ref };
}

/** The bands `palancas run --format json` prints as `series` and `baseline.series`, for the settings. */
export function runSeries(data: PageData, settings: FragmentSettings) {
  const { a, ref } = ensembles(data, settings);
  return { series: seriesObject(a), baseline: seriesObject(ref) };
}

/** Scenario A under the settings as a scenario file. */
export function scenarioYaml(data: PageData, settings: FragmentSettings): string {
  return scenarioToYaml(scenarioOf(data, settings), registry);
}

const CHART_W = 720;
const CHART_H = 300;

/** The charts and their sentences, as HTML, for computed ensembles. */
export function chartsHtml(data: PageData, e: { a: EnsembleResult; ref: EnsembleResult }): string {
  const T = msg.render.page;
  const parts: string[] = [];
  for (const id of PAGE_OUTPUTS) {
    const meta = OUTPUTS.find((o) => o.id === id);
    const band = e.a.bands[id];
    const ref = e.ref.bands[id];
    if (!meta || !band || !ref) continue;
    const narration = narrateSeries({
      label: meta.label,
      unit: meta.unit,
      months: MONTHS,
      p50: band.p50,
      startIndex: SCENARIO_START,
      baseline: ref.p50,
      // The status quo is named the way the other charts name it; a scenario B by its name.
      ...(data.versus ? { baselineLabel: data.reference.name } : {}),
    });
    const svg = bandChartSvg({
      id: `page-${id}`,
      title: `${meta.label} (${unitLabel(meta.unit)})`,
      unit: meta.unit,
      months: MONTHS,
      band: { p10: band.p10, p50: band.p50, p90: band.p90 },
      baseline: ref.p50,
      baselineLabel: T.medianOf(data.reference.name),
      scenarioLabel: T.medianOf(data.scenario.name),
      startIndex: SCENARIO_START,
      width: CHART_W,
      height: CHART_H,
      narration,
      ...(id === 'homicides'
        ? {
            history: {
              months: HISTORY.homicides.map((h) => String(h.year)),
              values: HISTORY.homicides.map((h) => h.value),
            },
          }
        : {}),
      fitBand: { p10: band.p10, p90: band.p90 },
    });
    parts.push(`<figure data-output="${id}">${svg}<figcaption>${esc(narration)}</figcaption></figure>`);
  }
  return parts.join('');
}

/** The little of the DOM the page uses. */
interface El {
  innerHTML: string;
  textContent: string | null;
  value: string;
  href: string;
  download: string;
  readonly dataset: Record<string, string | undefined>;
  addEventListener(type: string, fn: () => void): void;
  querySelectorAll(selector: string): ArrayLike<El>;
  click(): void;
}
interface Doc {
  getElementById(id: string): El | null;
  createElement(tag: string): El;
}
interface Win {
  readonly location: { hash: string };
  readonly history: { replaceState(state: unknown, title: string, url: string): void };
  addEventListener(type: string, fn: () => void): void;
  readonly performance: { now(): number };
  requestAnimationFrame(fn: () => void): unknown;
  setTimeout(fn: () => void, ms: number): unknown;
  readonly URL: { createObjectURL(blob: unknown): string; revokeObjectURL(url: string): void };
  readonly Blob: new (parts: string[], options: { type: string }) => unknown;
  readonly Worker?: new (url: string) => PageWorker;
}

/** The little of a Web Worker the page uses, from either side. */
interface PageWorker {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: (() => void) | null;
}

/** What the page sends its worker: the page's data once, then settings to compute (numbered). */
type WorkerRequest = { readonly data: PageData } | { readonly id: number; readonly settings: FragmentSettings };

/** What the worker answers: the ensembles of the settings of request `id`. */
interface WorkerReply {
  readonly id: number;
  readonly e: { a: EnsembleResult; ref: EnsembleResult };
}

/**
 * The worker's side (in a worker started from the page script): computes the page's ensembles, with the same
 * code and so the same numbers, while the page's thread stays free.
 */
export function serve(): void {
  const scope = globalThis as unknown as PageWorker & { setTimeout(fn: () => void, ms: number): unknown };
  let data: PageData | undefined;
  // Only the latest request is computed: requests that arrive while one is computed (a slider dragged) wait
  // in the queue, and the next turn takes the last of them.
  let latest: Extract<WorkerRequest, { id: number }> | undefined;
  const compute = () => {
    const m = latest;
    latest = undefined;
    if (m === undefined || data === undefined) return;
    const reply: WorkerReply = { id: m.id, e: ensembles(data, m.settings, PAGE_OUTPUTS) };
    scope.postMessage(reply);
  };
  scope.onmessage = (event) => {
    const m = event.data as WorkerRequest;
    if ('data' in m) {
      data = m.data;
      addKnownPools(data.pools ?? []);
      return;
    }
    if (latest === undefined) scope.setTimeout(compute, 0);
    latest = m;
  };
}

/** A worker running the page script itself (from a Blob, so it works offline from file://), or undefined. */
function startWorker(g: Win, doc: Doc): PageWorker | undefined {
  const code = doc.getElementById(PAGE_SCRIPT_ID)?.textContent;
  if (!code || g.Worker === undefined) return undefined;
  try {
    // text-exempt: script source, not prose.
    const url = g.URL.createObjectURL(new g.Blob([code, '\nPalancasPage.serve();\n'], { type: 'text/javascript' }));
    return new g.Worker(url);
  } catch {
    return undefined;
  }
}

/** A lever's value as the page shows it: on/off, a year, or a number with its unit. */
function leverText(l: Lever, v: number): string {
  const text = leverValueText({ value: v, unit: l.unit, control: l.control });
  return l.control === 'number' && l.unit !== '' && !l.unit.includes('–') ? `${text} ${unitLabel(l.unit)}` : text;
}

/** The lever and camp controls, as HTML, set to the settings. */
export function controlsHtml(data: PageData, settings: FragmentSettings): string {
  const T = msg.render.page;
  const a = scenarioOf(data, settings);
  const rows: string[] = [];
  for (const l of LEVERS) {
    const v = leverOf(a, l.id);
    const input =
      l.control === 'toggle'
        ? `<input type="checkbox" data-lever="${l.id}"${v >= 0.5 ? ' checked' : ''}>`
        : `<input type="range" data-lever="${l.id}" min="${l.min}" max="${l.max}" step="${l.step}" value="${v}">`;
    rows.push(
      `<label class="lever"><span class="name">${esc(l.label)}</span>${input}<output data-for="${l.id}">${esc(leverText(l, v))}</output></label>`,
    );
  }
  const camps: string[] = [];
  for (const x of ASSUMPTIONS) {
    if (!x.camps?.length) continue;
    const chosen = campOf(a, x.id);
    const options = x.camps
      .map((c) => `<option value="${esc(c.id)}"${c.id === chosen ? ' selected' : ''}>${esc(c.label)}</option>`)
      .join('');
    camps.push(
      `<label class="camp"><span class="name">${esc(x.label)}</span><select data-camp="${x.id}">${options}</select></label>`,
    );
  }
  return `<h2>${esc(T.levers)}</h2>${rows.join('')}${camps.length ? `<h2>${esc(T.camps)}</h2>${camps.join('')}` : ''}`;
}

/** Starts the page: controls, charts, the fragment and the download. */
export function start(data: PageData): void {
  const g = globalThis as unknown as { document: Doc } & Win;
  const doc = g.document;
  setLang(data.lang);
  const T = msg.render.page;
  const controls = doc.getElementById('controls');
  const charts = doc.getElementById('charts');
  const status = doc.getElementById('status');
  const download = doc.getElementById('download');
  if (!controls || !charts || !status) return;
  addKnownPools(data.pools ?? []);
  let settings = settingsOf(g.location.hash);
  let draws = 0;
  // Requests asked of the worker, numbered; only the answer to the latest one is drawn.
  let asked = 0;
  let pending = false;

  // Each redraw leaves its end time (performance.now()) in data-rendered-at, and its count in data-draws.
  const paint = (e: { a: EnsembleResult; ref: EnsembleResult }, t0: number) => {
    charts.innerHTML = chartsHtml(data, e);
    const t1 = g.performance.now();
    const ms = Math.round(t1 - t0);
    status.textContent = T.status(data.scenario.runs, data.scenario.seed, ms);
    status.dataset.ms = String(ms);
    status.dataset.renderedAt = String(t1);
    status.dataset.computing = '';
    status.dataset.draws = String(++draws);
    const hash = fragmentFor(data, settings);
    g.history.replaceState(null, '', hash === '' ? g.location.hash.replace(/#.*$/, '') || '#' : `#${hash}`);
  };
  const redraw = () => {
    pending = false;
    asked++;
    const t0 = g.performance.now();
    paint(ensembles(data, settings, PAGE_OUTPUTS), t0);
  };
  // Settings whose pools are not at hand need the rejection loop first (a second or more): the page says so
  // at once, and the worker computes them; without a worker, this thread does, after the next frame.
  let worker: PageWorker | undefined | null = null;
  let sentAt = 0;
  const offThread = (): PageWorker | undefined => {
    if (worker !== null) return worker;
    worker = startWorker(g, doc);
    if (worker === undefined) return undefined;
    worker.onmessage = (event) => {
      const reply = event.data as WorkerReply;
      if (reply.id === asked) paint(reply.e, sentAt);
    };
    worker.onerror = () => {
      worker = undefined;
      schedule();
    };
    worker.postMessage({ data } satisfies WorkerRequest);
    return worker;
  };
  const schedule = () => {
    if (poolsReady(data, settings)) {
      redraw();
      return;
    }
    status.textContent = T.computing;
    status.dataset.computing = '1';
    const w = offThread();
    if (w !== undefined) {
      sentAt = g.performance.now();
      w.postMessage({ id: ++asked, settings } satisfies WorkerRequest);
      return;
    }
    if (pending) return;
    pending = true;
    g.requestAnimationFrame(() => g.setTimeout(() => pending && redraw(), 0));
  };
  const build = () => {
    controls.innerHTML = controlsHtml(data, settings);
    const inputs = controls.querySelectorAll('[data-lever]');
    for (let i = 0; i < inputs.length; i++) {
      const el = inputs[i] as El & { type?: string; checked?: boolean };
      const id = el.dataset.lever as string;
      el.addEventListener('input', () => {
        const v = el.type === 'checkbox' ? (el.checked ? 1 : 0) : Number(el.value);
        settings = { ...settings, levers: { ...settings.levers, [id]: v } };
        const lever = LEVERS.find((l) => l.id === id);
        const out = controls.querySelectorAll(`output[data-for="${id}"]`)[0];
        if (out && lever) out.textContent = leverText(lever, v);
        schedule();
      });
    }
    const selects = controls.querySelectorAll('[data-camp]');
    for (let i = 0; i < selects.length; i++) {
      const el = selects[i] as El;
      const id = el.dataset.camp as string;
      el.addEventListener('change', () => {
        settings = { ...settings, camps: { ...settings.camps, [id]: el.value } };
        schedule();
      });
    }
  };
  g.addEventListener('hashchange', () => {
    const next = settingsOf(g.location.hash);
    if (fragmentFor(data, next) === fragmentFor(data, settings)) return;
    settings = next;
    build();
    schedule();
  });
  download?.addEventListener('click', () => {
    const blob = new g.Blob([scenarioYaml(data, settings)], { type: 'text/yaml' });
    const a = doc.createElement('a');
    a.href = g.URL.createObjectURL(blob);
    a.download = data.yamlFile;
    a.click();
    g.URL.revokeObjectURL(a.href);
  });
  build();
  schedule();
}
