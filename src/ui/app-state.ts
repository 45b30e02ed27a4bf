/**
 * The explorer's state and its pure reducer. Everything the screen shows derives from AppState; file access
 * and quitting are effects the app performs for the actions marked as effects.
 */
import { campOf } from '../model/camps.js';
import { assumptionOverride, withFixedValue, withoutOverride } from '../model/overrides.js';
import { leverValue } from '../model/scenario-defaults.js';
import type { Assumption, CampId, Lever, Scenario } from '../model/types.js';
import { slugify } from './brief-request.js';
import { DEBATE_METRIC_IDS, DEBATE_TABS, wrapIndex } from './debate.js';
import type { Lang } from '../text/i18n.js';
import { currentLang, msg } from '../text/i18n.js';
import { formatNumber, formatSig } from './format.js';

/** The assumption browser's lists: all, contested (with camps), modeller's guesses, or changed in this scenario. */
export type AssumptionShow = 'all' | 'contested' | 'guess' | 'changed';
/** The order f cycles through them. */
export const ASSUMPTION_SHOWS: readonly AssumptionShow[] = ['all', 'contested', 'guess', 'changed'];

/** What happens after a save succeeds: nothing more, quit, or open another file (the unsaved prompt's choices). */
export type AfterSave = 'stay' | 'quit' | 'open';

/** Which panel the arrow keys drive. */
export type Focus = 'levers' | 'chart';

/** A window drawn over the main screen. */
export type Overlay =
  | { readonly kind: 'help' }
  | {
      readonly kind: 'assumptions';
      readonly selected: number;
      readonly filter: string;
      readonly filtering: boolean;
      readonly showSource: boolean;
      /** Which assumptions to list besides the text filter (f cycles it); all when absent. */
      readonly show?: AssumptionShow;
    }
  | { readonly kind: 'explain' }
  /** The debate tools: `tab` indexes DEBATE_TABS, `metric` indexes DEBATE_METRIC_IDS. */
  | { readonly kind: 'debate'; readonly tab: number; readonly metric: number }
  | {
      readonly kind: 'compare';
      readonly files: readonly string[];
      readonly selected: number;
      readonly loaded?: string;
      readonly other?: Scenario;
      /** Why the last file could not be loaded, as the file layer said it (worded when drawn). */
      readonly error?: string;
    }
  | { readonly kind: 'save'; readonly text: string; readonly after: AfterSave; readonly error?: string }
  | { readonly kind: 'overwrite'; readonly path: string; readonly after: AfterSave }
  /** The path prompt of the brief export (x). */
  | { readonly kind: 'brief'; readonly text: string; readonly error?: string }
  | { readonly kind: 'brief-overwrite'; readonly path: string }
  | {
      readonly kind: 'open';
      readonly text: string;
      readonly files: readonly string[];
      readonly selected: number;
      readonly error?: string;
    }
  /** Unsaved changes would be lost: ask first. `next` is what the user asked for (quit, or open another file). */
  | { readonly kind: 'unsaved'; readonly next: 'quit' | 'open' };

/** A one-line note in the status line. */
export interface StatusMessage {
  readonly text: string;
  readonly error: boolean;
}

/** Everything the explorer shows. */
export interface AppState {
  /** Lever definitions in display order (grouped by family). */
  readonly levers: readonly Lever[];
  readonly assumptions: readonly Assumption[];
  readonly outputIds: readonly string[];
  readonly months: number;
  readonly scenarioStart: number;
  readonly scenario: Scenario;
  /** The scenario as last opened or saved, to tell whether there are unsaved changes. */
  readonly saved: Scenario;
  readonly baseline: Scenario;
  readonly path: string | undefined;
  readonly focus: Focus;
  /** Index into `levers` of the selected lever. */
  readonly selected: number;
  /** Output ids drawn in the upper and lower chart. */
  readonly slots: readonly [string, string];
  /** Which chart is selected (explain and the assumptions strip follow it when the chart has focus). */
  readonly slot: 0 | 1;
  /** Month index of the chart cursor. */
  readonly cursor: number;
  readonly overlay: Overlay | undefined;
  readonly message: StatusMessage | undefined;
  /** Set when the app should unmount and exit. */
  readonly exiting: boolean;
  /** Earlier settings of the scenario, newest last, for undo (u); emptied when another file is opened. */
  readonly history: readonly Scenario[];
  /** The language the explorer speaks (L switches it); the scenario does not depend on it. */
  readonly lang: Lang;
}

/** Changes kept for undo. */
export const MAX_UNDO = 200;

/** Every state change. The `*-file` and `open-picker` actions are effects the app performs first. */
export type Action =
  | { readonly type: 'select-lever'; readonly delta: number }
  | { readonly type: 'select-family'; readonly delta: number }
  | { readonly type: 'adjust-lever'; readonly delta: number }
  | { readonly type: 'toggle-lever' }
  | { readonly type: 'reset-lever' }
  /** R: back to the scenario as it was opened (or last saved), levers, assumptions and camps. */
  | { readonly type: 'reset-all' }
  /** u: undo the last change to the scenario. */
  | { readonly type: 'undo' }
  | { readonly type: 'toggle-focus' }
  | { readonly type: 'cycle-output'; readonly delta: number }
  | { readonly type: 'select-slot'; readonly slot: 0 | 1 }
  | { readonly type: 'move-cursor'; readonly delta: number }
  | { readonly type: 'cursor-to'; readonly month: number }
  | { readonly type: 'open-overlay'; readonly overlay: Overlay }
  | { readonly type: 'close-overlay' }
  | { readonly type: 'assumption-move'; readonly delta: number }
  | { readonly type: 'assumption-adjust'; readonly delta: number }
  | { readonly type: 'assumption-camp' }
  | { readonly type: 'assumption-reset' }
  | { readonly type: 'assumption-source' }
  /** f in the browser: the next list (all, contested, guesses, changed). */
  | { readonly type: 'assumption-show' }
  | { readonly type: 'filter-start' }
  | { readonly type: 'filter-end' }
  | { readonly type: 'text-input'; readonly text: string }
  | { readonly type: 'text-backspace' }
  | { readonly type: 'picker-move'; readonly delta: number }
  | { readonly type: 'debate-tab'; readonly tab: number }
  | { readonly type: 'debate-metric'; readonly delta: number }
  | { readonly type: 'request-quit' }
  | { readonly type: 'quit-now' }
  | { readonly type: 'unsaved-save' }
  /** L: speak the next language (an effect: the language is global), then `language-set`. */
  | { readonly type: 'switch-language' }
  | { readonly type: 'language-set'; readonly lang: Lang }
  | { readonly type: 'message'; readonly text: string; readonly error: boolean }
  | { readonly type: 'save-file'; readonly path: string; readonly overwrite: boolean; readonly after: AfterSave }
  | { readonly type: 'open-file'; readonly path: string }
  | { readonly type: 'compare-file'; readonly path: string }
  | { readonly type: 'open-picker'; readonly picker: 'open' | 'compare' }
  | { readonly type: 'saved'; readonly path: string; readonly after: AfterSave }
  | {
      readonly type: 'save-failed';
      readonly path: string;
      readonly exists: boolean;
      readonly message: string;
      readonly after: AfterSave;
    }
  | { readonly type: 'opened'; readonly path: string; readonly scenario: Scenario }
  | { readonly type: 'open-failed'; readonly message: string }
  | { readonly type: 'picker-files'; readonly picker: 'open' | 'compare'; readonly files: readonly string[] }
  | { readonly type: 'compare-loaded'; readonly path: string; readonly scenario: Scenario }
  | { readonly type: 'compare-failed'; readonly message: string }
  /** Write the current scenario's brief (an effect): the app checks the path, shows progress, then writes. */
  | { readonly type: 'export-brief'; readonly path: string; readonly overwrite: boolean }
  /** The brief is about to be assembled: close the prompt and say so in the status line. */
  | { readonly type: 'brief-writing'; readonly path: string; readonly runs: number }
  | { readonly type: 'brief-written'; readonly path: string; readonly runs: number }
  /** Writing failed: `exists` asks before overwriting, `inPrompt` keeps the prompt open with the error. */
  | {
      readonly type: 'brief-failed';
      readonly path: string;
      readonly exists: boolean;
      readonly inPrompt: boolean;
      readonly message: string;
    };

/** Actions that need the outside world (files) before the reducer sees their result. */
export type EffectAction = Extract<
  Action,
  { type: 'save-file' | 'open-file' | 'compare-file' | 'open-picker' | 'export-brief' | 'switch-language' }
>;

/** Tell whether an action is an effect the app must perform. */
export function isEffect(a: Action): a is EffectAction {
  return (
    a.type === 'save-file' ||
    a.type === 'open-file' ||
    a.type === 'compare-file' ||
    a.type === 'open-picker' ||
    a.type === 'export-brief' ||
    a.type === 'switch-language'
  );
}

/** Inputs to build the first state. */
export interface InitOptions {
  readonly levers: readonly Lever[];
  readonly assumptions: readonly Assumption[];
  readonly outputIds: readonly string[];
  readonly months: number;
  readonly scenarioStart: number;
  readonly scenario: Scenario;
  readonly baseline: Scenario;
  readonly path?: string;
}

/** Order levers for display: grouped by family in order of first appearance, the article's five first. */
export function orderLevers(levers: readonly Lever[]): Lever[] {
  const families: string[] = [];
  for (const l of levers) if (!families.includes(l.family)) families.push(l.family);
  const rank = (f: string): number => (levers.find((l) => l.family === f)?.group === 'article' ? 0 : 1);
  families.sort((a, b) => rank(a) - rank(b));
  return families.flatMap((f) => levers.filter((l) => l.family === f));
}

/** Build the first state: levers focused, revenue above and homicides below, cursor at 2024-06. */
export function initState(o: InitOptions): AppState {
  const pick = (want: string, fallback: number): string =>
    o.outputIds.includes(want) ? want : (o.outputIds[fallback] ?? want);
  const cursor = Math.min(o.months - 1, o.scenarioStart + 5 * 12 + 5);
  return {
    levers: orderLevers(o.levers),
    assumptions: o.assumptions,
    outputIds: o.outputIds,
    months: o.months,
    scenarioStart: o.scenarioStart,
    scenario: o.scenario,
    saved: o.scenario,
    baseline: o.baseline,
    path: o.path,
    focus: 'levers',
    selected: 0,
    slots: [pick('cartel_revenue', 0), pick('homicides', 1)],
    slot: 0,
    cursor: Math.max(0, cursor),
    overlay: undefined,
    message: undefined,
    exiting: false,
    history: [],
    lang: currentLang(),
  };
}

// A lever's value in a scenario: the model's one rule (its status-quo default when the scenario does not set it).
export { leverValue };

/** Clamp and snap a lever value to its range and step. */
export function snapLever(lever: Lever, v: number): number {
  if (lever.control === 'toggle') return v >= 0.5 ? 1 : 0;
  const clamped = Math.min(lever.max, Math.max(lever.min, v));
  const step = lever.step > 0 ? lever.step : 1;
  const snapped = lever.min + Math.round((clamped - lever.min) / step) * step;
  const within = Math.min(lever.max, Math.max(lever.min, snapped));
  return Math.round(within * 1e9) / 1e9;
}

/** The range and central value of an assumption under a camp (or its own when there is no camp). */
export function assumptionRange(
  a: Assumption,
  campId: CampId | undefined,
): { value: number; low: number; high: number } {
  const camp = campOf(a, campId);
  return camp ? { value: camp.value, low: camp.low, high: camp.high } : { value: a.value, low: a.low, high: a.high };
}

/** The camp an assumption is under in a scenario (its default camp when not set). */
export function assumptionCamp(s: Scenario, a: Assumption): CampId | undefined {
  return s.camps[a.id] ?? a.defaultCamp;
}

/** The central value of an assumption in a scenario (override, else camp, else its own). */
export function assumptionValue(s: Scenario, a: Assumption): number {
  return s.assumptions[a.id] ?? assumptionRange(a, assumptionCamp(s, a)).value;
}

/** How a scenario overrides an assumption: a fixed value, a value drawn over the scenario's range, or not at all. */
export function assumptionOverrideKind(s: Scenario, a: Assumption): 'fixed' | 'range' | undefined {
  return assumptionOverride(s, a.id)?.kind;
}

/** Tell whether a scenario changes an assumption (an override, or a camp other than the default). */
export function isAssumptionChanged(s: Scenario, a: Assumption): boolean {
  return s.assumptions[a.id] !== undefined || (s.camps[a.id] !== undefined && s.camps[a.id] !== a.defaultCamp);
}

/** A step for editing an assumption: about a twentieth of its range, rounded to 1, 2 or 5 × 10^k. */
export function assumptionStep(low: number, high: number): number {
  const raw = (high - low) / 20;
  if (!(raw > 0)) return 0;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
}

/**
 * Filter assumptions by a case-insensitive text in id, label or source, and by which list is shown:
 * contested ones (with camps), modeller's guesses, or the ones `scenario` changes (value or camp).
 */
export function filterAssumptions(
  list: readonly Assumption[],
  filter: string,
  show: AssumptionShow = 'all',
  scenario?: Scenario,
): Assumption[] {
  const f = filter.trim().toLowerCase();
  const listed = (a: Assumption): boolean => {
    if (show === 'contested') return (a.camps?.length ?? 0) > 0;
    if (show === 'guess') return a.kind === 'guess';
    if (show === 'changed') return scenario !== undefined && isAssumptionChanged(scenario, a);
    return true;
  };
  return list.filter((a) => listed(a) && (!f || `${a.id} ${a.label} ${a.source} ${a.kind}`.toLowerCase().includes(f)));
}

/** The assumptions the browser lists now (its text filter and its list). */
export function browsedAssumptions(st: AppState): Assumption[] {
  const o = st.overlay;
  if (o?.kind !== 'assumptions') return [];
  return filterAssumptions(st.assumptions, o.filter, o.show ?? 'all', st.scenario);
}

/** A key that is equal for two scenarios with the same settings (levers, assumptions and their ranges, camps, seed, runs). */
export function scenarioKey(s: Scenario): string {
  const sorted = (r: Readonly<Record<string, unknown>>): [string, unknown][] =>
    Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    s.seed,
    s.runs,
    sorted(s.levers),
    sorted(s.assumptions),
    sorted(s.assumptionRanges ?? {}),
    sorted(s.camps),
  ]);
}

/** Tell whether the scenario has changes not yet saved (lever values compared with defaults filled in). */
export function isDirty(st: AppState): boolean {
  const fill = (s: Scenario): Scenario => ({
    ...s,
    levers: Object.fromEntries(st.levers.map((l) => [l.id, leverValue(s, l)])),
  });
  return scenarioKey(fill(st.scenario)) !== scenarioKey(fill(st.saved));
}

function withLever(st: AppState, lever: Lever, v: number): AppState {
  const value = snapLever(lever, v);
  if (value === leverValue(st.scenario, lever)) return st;
  return {
    ...st,
    scenario: { ...st.scenario, levers: { ...st.scenario.levers, [lever.id]: value } },
    message: undefined,
  };
}

function familyStarts(levers: readonly Lever[]): number[] {
  const starts: number[] = [];
  levers.forEach((l, i) => {
    if (i === 0 || levers[i - 1]?.family !== l.family) starts.push(i);
  });
  return starts;
}

function omit<T>(r: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(r)) if (k !== key) out[k] = v;
  return out;
}

function selectedAssumption(st: AppState): Assumption | undefined {
  const o = st.overlay;
  if (o?.kind !== 'assumptions') return undefined;
  return browsedAssumptions(st)[o.selected];
}

function clampIndex(i: number, n: number): number {
  return n <= 0 ? 0 : Math.max(0, Math.min(n - 1, i));
}

/**
 * Apply one action to the state (pure). A change to the scenario is remembered for undo, except opening
 * another file, which starts a new history.
 */
export function appReducer(st: AppState, a: Action): AppState {
  if (a.type === 'undo') {
    const previous = st.history[st.history.length - 1];
    if (previous === undefined) return { ...st, message: { text: msg.ui.nothingToUndo, error: false } };
    return {
      ...st,
      scenario: previous,
      history: st.history.slice(0, -1),
      message: { text: msg.ui.undone, error: false },
    };
  }
  const next = reduce(st, a);
  if (a.type === 'opened') return { ...next, history: [] };
  if (next.scenario === st.scenario || scenarioKey(next.scenario) === scenarioKey(st.scenario)) return next;
  return { ...next, history: [...st.history, st.scenario].slice(-MAX_UNDO) };
}

function reduce(st: AppState, a: Exclude<Action, { type: 'undo' }>): AppState {
  const lever = st.levers[st.selected];
  switch (a.type) {
    case 'select-lever':
      return { ...st, selected: clampIndex(st.selected + a.delta, st.levers.length) };
    case 'select-family': {
      const starts = familyStarts(st.levers);
      let cur = 0;
      starts.forEach((s, i) => {
        if (s <= st.selected) cur = i;
      });
      const next = starts[clampIndex(cur + a.delta, starts.length)] ?? 0;
      return { ...st, selected: next };
    }
    case 'adjust-lever':
      if (!lever) return st;
      if (lever.control === 'toggle') return withLever(st, lever, a.delta > 0 ? 1 : 0);
      return withLever(st, lever, leverValue(st.scenario, lever) + a.delta * lever.step);
    case 'toggle-lever':
      if (lever?.control !== 'toggle') return st;
      return withLever(st, lever, leverValue(st.scenario, lever) >= 0.5 ? 0 : 1);
    case 'reset-lever':
      if (!lever) return st;
      return withLever(st, lever, leverValue(st.baseline, lever));
    case 'reset-all':
      return { ...st, scenario: st.saved, message: { text: msg.ui.resetAll(st.path), error: false } };
    case 'toggle-focus':
      return { ...st, focus: st.focus === 'levers' ? 'chart' : 'levers' };
    case 'cycle-output': {
      const ids = st.outputIds;
      if (ids.length === 0) return st;
      const other = st.slots[st.slot === 0 ? 1 : 0];
      let i = ids.indexOf(st.slots[st.slot]);
      for (let n = 0; n < ids.length; n++) {
        i = (((i + a.delta) % ids.length) + ids.length) % ids.length;
        if (ids[i] !== other || ids.length === 1) break;
      }
      const id = ids[i] ?? st.slots[st.slot];
      const slots: [string, string] = st.slot === 0 ? [id, st.slots[1]] : [st.slots[0], id];
      return { ...st, slots };
    }
    case 'select-slot':
      return { ...st, slot: a.slot };
    case 'move-cursor':
      return { ...st, cursor: clampIndex(st.cursor + a.delta, st.months) };
    case 'cursor-to':
      return { ...st, cursor: clampIndex(a.month, st.months) };
    case 'open-overlay':
      return { ...st, overlay: a.overlay, message: undefined };
    case 'close-overlay':
      return { ...st, overlay: undefined };
    case 'assumption-move': {
      const o = st.overlay;
      if (o?.kind !== 'assumptions') return st;
      const n = browsedAssumptions(st).length;
      return { ...st, overlay: { ...o, selected: clampIndex(o.selected + a.delta, n), showSource: false } };
    }
    case 'assumption-adjust': {
      const as = selectedAssumption(st);
      if (!as) return st;
      const r = assumptionRange(as, assumptionCamp(st.scenario, as));
      const step = assumptionStep(r.low, r.high);
      if (step === 0) return st;
      const cur = assumptionValue(st.scenario, as);
      const next = Math.round(Math.min(r.high, Math.max(r.low, cur + a.delta * step)) * 1e9) / 1e9;
      if (next === cur && assumptionOverrideKind(st.scenario, as) === 'fixed') return st;
      return {
        ...st,
        scenario: withFixedValue(st.scenario, as.id, next),
        message: { text: msg.ui.assumptionFixed(as.id, formatSig(next), as.unit), error: false },
      };
    }
    case 'assumption-camp': {
      const as = selectedAssumption(st);
      if (!as?.camps || as.camps.length === 0) return st;
      const cur = assumptionCamp(st.scenario, as);
      const i = as.camps.findIndex((c) => c.id === cur);
      const next = as.camps[(i + 1) % as.camps.length]?.id;
      if (next === undefined) return st;
      const camps = next === as.defaultCamp ? omit(st.scenario.camps, as.id) : { ...st.scenario.camps, [as.id]: next };
      return { ...st, scenario: { ...withoutOverride(st.scenario, as.id), camps } };
    }
    case 'assumption-reset': {
      const as = selectedAssumption(st);
      if (!as) return st;
      return {
        ...st,
        scenario: { ...withoutOverride(st.scenario, as.id), camps: omit(st.scenario.camps, as.id) },
      };
    }
    case 'assumption-show': {
      const o = st.overlay;
      if (o?.kind !== 'assumptions') return st;
      const next = ASSUMPTION_SHOWS[(ASSUMPTION_SHOWS.indexOf(o.show ?? 'all') + 1) % ASSUMPTION_SHOWS.length] ?? 'all';
      return { ...st, overlay: { ...o, show: next, selected: 0, showSource: false } };
    }
    case 'assumption-source': {
      const o = st.overlay;
      if (o?.kind !== 'assumptions') return st;
      return { ...st, overlay: { ...o, showSource: !o.showSource } };
    }
    case 'filter-start': {
      const o = st.overlay;
      if (o?.kind !== 'assumptions') return st;
      return { ...st, overlay: { ...o, filtering: true } };
    }
    case 'filter-end': {
      const o = st.overlay;
      if (o?.kind !== 'assumptions') return st;
      return { ...st, overlay: { ...o, filtering: false } };
    }
    case 'text-input':
    case 'text-backspace': {
      const o = st.overlay;
      const edit = (t: string): string => (a.type === 'text-input' ? t + a.text : Array.from(t).slice(0, -1).join(''));
      if (o?.kind === 'assumptions' && o.filtering)
        return { ...st, overlay: { ...o, filter: edit(o.filter), selected: 0 } };
      if (o?.kind === 'save') return { ...st, overlay: { ...o, text: edit(o.text), error: undefined } };
      if (o?.kind === 'open') return { ...st, overlay: { ...o, text: edit(o.text), error: undefined } };
      if (o?.kind === 'brief') return { ...st, overlay: { kind: 'brief', text: edit(o.text) } };
      return st;
    }
    case 'picker-move': {
      const o = st.overlay;
      if (o?.kind === 'open') {
        const selected = clampIndex(o.selected + a.delta, o.files.length);
        return { ...st, overlay: { ...o, selected, text: o.files[selected] ?? o.text, error: undefined } };
      }
      if (o?.kind === 'compare')
        return { ...st, overlay: { ...o, selected: clampIndex(o.selected + a.delta, o.files.length) } };
      return st;
    }
    case 'debate-tab': {
      const o = st.overlay;
      if (o?.kind !== 'debate') return st;
      return { ...st, overlay: { ...o, tab: wrapIndex(a.tab, DEBATE_TABS.length) } };
    }
    case 'debate-metric': {
      const o = st.overlay;
      if (o?.kind !== 'debate') return st;
      return { ...st, overlay: { ...o, metric: wrapIndex(o.metric + a.delta, DEBATE_METRIC_IDS.length) } };
    }
    case 'request-quit':
      if (isDirty(st)) return { ...st, overlay: { kind: 'unsaved', next: 'quit' } };
      return { ...st, exiting: true };

    case 'quit-now':
      return { ...st, exiting: true };
    case 'unsaved-save': {
      const after: AfterSave = st.overlay?.kind === 'unsaved' ? st.overlay.next : 'quit';
      return { ...st, overlay: { kind: 'save', text: st.path ?? defaultSavePath(st.scenario), after } };
    }
    case 'language-set':
      return {
        ...st,
        lang: a.lang,
        message: { text: msg.ui.languageSwitched(msg.common.languageName), error: false },
      };
    case 'message':
      return { ...st, message: a.text ? { text: a.text, error: a.error } : undefined };
    case 'saved':
      return {
        ...st,
        saved: st.scenario,
        path: a.path,
        overlay: undefined,
        message: { text: msg.ui.saved(a.path), error: false },
        exiting: a.after === 'quit',
      };
    case 'save-failed':
      if (a.exists) return { ...st, overlay: { kind: 'overwrite', path: a.path, after: a.after } };
      return { ...st, overlay: { kind: 'save', text: a.path, after: a.after, error: msg.ui.saveFailed(a.message) } };
    case 'opened':
      return {
        ...st,
        scenario: a.scenario,
        saved: a.scenario,
        path: a.path,
        overlay: undefined,
        message: { text: msg.ui.opened(a.path), error: false },
      };
    case 'open-failed': {
      const o = st.overlay;
      const error = msg.ui.openFailed(a.message);
      if (o?.kind === 'open') return { ...st, overlay: { ...o, error } };
      return { ...st, message: { text: error, error: true } };
    }
    case 'picker-files':
      if (a.picker === 'open') {
        {
          const selected = Math.max(0, a.files.indexOf(st.path ?? ''));
          const text = a.files[selected] ?? st.path ?? 'scenarios/';
          return { ...st, overlay: { kind: 'open', text, files: a.files, selected }, message: undefined };
        }
      }
      return { ...st, overlay: { kind: 'compare', files: a.files, selected: 0 }, message: undefined };
    case 'compare-loaded': {
      const o = st.overlay;
      if (o?.kind !== 'compare') return st;
      return { ...st, overlay: { ...o, loaded: a.path, other: a.scenario, error: undefined } };
    }
    case 'compare-failed': {
      const o = st.overlay;
      if (o?.kind !== 'compare') return st;
      return { ...st, overlay: { ...o, error: a.message } };
    }
    case 'brief-writing':
      return { ...st, overlay: undefined, message: { text: msg.ui.briefWriting(formatNumber(a.runs)), error: false } };
    case 'brief-written':
      return {
        ...st,
        overlay: undefined,
        message: { text: msg.ui.briefWritten(a.path, formatNumber(a.runs)), error: false },
      };
    case 'brief-failed':
      if (a.exists) return { ...st, overlay: { kind: 'brief-overwrite', path: a.path } };
      if (a.inPrompt) return { ...st, overlay: { kind: 'brief', text: a.path, error: a.message } };
      return { ...st, overlay: undefined, message: { text: msg.ui.briefFailed(a.message), error: true } };
    case 'save-file':
    case 'open-file':
    case 'compare-file':
    case 'open-picker':
    case 'export-brief':
    case 'switch-language':
      return st;
  }
}

/** Suggest a file name for saving a scenario (from its name, in scenarios/). */
export function defaultSavePath(s: Scenario): string {
  return `scenarios/${slugify(s.name, 'my-scenario')}-edited.yaml`;
}
