/**
 * The explorer's root component: state (pure reducer), the one keymap, ensembles for the scenario, the
 * baseline and a compared file, the layout, and the single exit call.
 */
import type { ReactElement } from 'react';
import { useCallback, useEffect, useInsertionEffect, useMemo, useRef, useState } from 'react';
import { Box, Text, useApp, useInput, useStdin } from 'ink';
import type { AssumptionId, Scenario } from '../model/types.js';
import { totalMetricOf } from '../analysis/metrics.js';
import type { Action, AppState, EffectAction } from './app-state.js';
import { appReducer, defaultSavePath, initState, isDirty, isEffect } from './app-state.js';
import { briefFormat, briefReproduce, briefRuns, briefScenarioFile } from './brief-request.js';
import type { DebateTab } from './debate.js';
import { CLAIM_RUNS, DEBATE_METRIC_IDS, DEBATE_TABS, claimArgv, debateBaseline } from './debate.js';
import type { OutputMeta, UiEngine, UiFiles } from './engine-port.js';
import { type ExplainEffect, explainCurve } from './explain.js';
import { clipWords, fit, formatNumber, hintLine, textWidth } from './format.js';
import type { DebateRequest, DebateState } from './hooks/use-debate.js';
import { useDebate } from './hooks/use-debate.js';
import { DEFAULT_DEBOUNCE_MS, useEnsemble } from './hooks/use-ensemble.js';
import { HINDCAST_UNTIL, useHindcast } from './hooks/use-hindcast.js';
import type { HindcastState } from './hooks/use-hindcast.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { LANGUAGE_KEY, keymap } from './keymap.js';
import type { Layout } from './layout.js';
import { computeLayout } from './layout.js';
import type { KeyHints } from '../text/en/ui.js';
import { catalogueOf, currentLang, msg, nextLang, setLang } from '../text/i18n.js';
import { chartSentence, wrapSentence } from './narration.js';
import { assumptionsForLever, assumptionsForOutput } from './relations.js';
import type { Theme } from './theme.js';
import { createTheme } from './theme.js';
import { hindcastNoteVariants, hindcastSeries, hindcastYearAt, pickFit, theoryVariants } from './theory-text.js';
import { AssumptionStrip } from './components/assumption-strip.js';
import { AssumptionsOverlay } from './components/assumptions-overlay.js';
import { BandChart, Legend, cursorReadout } from './components/band-chart.js';
import { CompareOverlay } from './components/compare-overlay.js';
import { DebateOverlay } from './components/debate-overlay.js';
import { ExplainOverlay } from './components/explain-overlay.js';
import { HelpOverlay } from './components/help-overlay.js';
import { LeverPanel } from './components/lever-panel.js';
import { OpenOverlay } from './components/open-overlay.js';
import { TooSmall } from './components/too-small.js';
import { unitLabel } from '../model/units.js';

/** Runs used by the explorer at most, so curves follow the levers at once. */
export const MAX_INTERACTIVE_RUNS = 1000;

/** Milliseconds between showing "writing the brief…" and the blocking assembly, so Ink draws that frame first. */
export const BRIEF_DEFER_MS = 80;

/** Props of the explorer. */
export interface AppProps {
  readonly engine: UiEngine;
  readonly files: UiFiles;
  readonly scenario: Scenario;
  readonly baseline: Scenario;
  /** Where the scenario was opened from (offered when saving). */
  readonly path?: string;
  readonly color: boolean;
  /** @default 1000 */
  readonly maxRuns?: number;
  /** Wait this long after a change before recomputing the bands. @default DEFAULT_DEBOUNCE_MS (none) */
  readonly debounceMs?: number;
  /**
   * Told each time the scenario's bands to be drawn change, during the commit and before Ink writes the frame
   * (so the next frame written shows them): for the benchmark and tests. @default no-op
   */
  readonly onBandsShown?: (shown: BandsShown) => void;
  /**
   * Compute the selected lever's next steps ahead of the keys and keep the last complete ensembles; false:
   * every change computed when it is made, as a measure of that path. @default true
   */
  readonly reuseEnsembles?: boolean;
}

/** The scenario's bands a frame is about to show. */
export interface BandsShown {
  /** Ensemble key of the bands (scenario key, runs and outputs), or undefined for a preview. */
  readonly key: string | undefined;
  /** Runs behind the bands. */
  readonly runs: number;
  /** True once the ensemble is complete (not a preview, nothing newer being computed). */
  readonly final: boolean;
}

/**
 * The scenarios one arrow key on the selected lever leads to while the lever panel has the keys: → first, or
 * ← first when ← was the last change; none while an overlay or prompt is open or the chart has the keys.
 */
export function likelyNext(st: AppState, lastDelta: number): Scenario[] {
  if (st.focus !== 'levers' || st.overlay !== undefined) return [];
  const first = lastDelta < 0 ? -1 : 1;
  const out: Scenario[] = [];
  for (const delta of [first, -first]) {
    const next = appReducer(st, { type: 'adjust-lever', delta }).scenario;
    if (next !== st.scenario && !out.includes(next)) out.push(next);
  }
  return out;
}

function outputMeta(engine: UiEngine, id: string): OutputMeta {
  return (
    engine.outputs.find((o) => o.id === id) ?? { id: id as OutputMeta['id'], label: id, unit: '', group: 'revenue' }
  );
}

/** The explorer. */
export function App(p: AppProps) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const size = useTerminalSize();
  const theme = useMemo(() => createTheme(p.color), [p.color]);
  const maxRuns = p.maxRuns ?? MAX_INTERACTIVE_RUNS;
  const [state, setState] = useState<AppState>(() =>
    initState({
      levers: p.engine.levers,
      assumptions: p.engine.assumptions,
      outputIds: p.engine.outputs.map((o) => o.id),
      months: p.engine.months.length,
      scenarioStart: p.engine.scenarioStart,
      scenario: p.scenario,
      baseline: p.baseline,
      ...(p.path !== undefined ? { path: p.path } : {}),
    }),
  );
  // Keys can arrive faster than React renders; the ref always holds the latest state for the keymap.
  const ref = useRef(state);
  /** The last lever step's direction (+1 or −1), for the scenarios computed ahead. */
  const lastDelta = useRef(1);
  const dispatch = useCallback((a: Action) => {
    if (a.type === 'adjust-lever') lastDelta.current = Math.sign(a.delta) || 1;
    ref.current = appReducer(ref.current, a);
    setState(ref.current);
  }, []);

  // One brief at a time: keys typed while one is being written are not queued as a second one.
  const exporting = useRef(false);
  const exportBrief = useCallback(
    async (path: string, overwrite: boolean): Promise<void> => {
      if (exporting.current) return;
      if (briefFormat(path) === undefined) {
        dispatch({ type: 'brief-failed', path, exists: false, inPrompt: true, message: msg.ui.briefBadExtension });
        return;
      }
      if (!overwrite && (await p.files.exists(path))) {
        dispatch({ type: 'brief-failed', path, exists: true, inPrompt: false, message: '' });
        return;
      }
      exporting.current = true;
      try {
        const st = ref.current;
        const runs = briefRuns(st.scenario);
        const scenario: Scenario = { ...st.scenario, runs };
        const saveAs = defaultSavePath(st.scenario);
        const reproduce = briefReproduce({
          path: st.path,
          dirty: isDirty(st),
          saveAs,
          output: path,
          runs,
          seed: scenario.seed,
        });
        dispatch({ type: 'brief-writing', path, runs });
        // The assembly holds the event loop for a few seconds: let Ink draw the progress line first.
        await new Promise((resolve) => setTimeout(resolve, BRIEF_DEFER_MS));
        const file = briefScenarioFile({ path: st.path, saveAs });
        const r = await p.files.exportBrief({ path, scenario, file, reproduce, overwrite });
        dispatch(
          r.ok
            ? { type: 'brief-written', path, runs }
            : { type: 'brief-failed', path, exists: r.exists, inPrompt: false, message: r.message },
        );
      } finally {
        exporting.current = false;
      }
    },
    [dispatch, p.files],
  );

  const perform = useCallback(
    async (a: EffectAction): Promise<void> => {
      try {
        switch (a.type) {
          case 'open-picker':
            dispatch({ type: 'picker-files', picker: a.picker, files: await p.files.list() });
            return;
          case 'open-file': {
            const r = await p.files.load(a.path);
            dispatch(
              r.ok
                ? { type: 'opened', path: a.path, scenario: r.scenario }
                : { type: 'open-failed', message: r.message },
            );
            return;
          }
          case 'compare-file': {
            const r = await p.files.load(a.path);
            dispatch(
              r.ok
                ? { type: 'compare-loaded', path: a.path, scenario: r.scenario }
                : { type: 'compare-failed', message: r.message },
            );
            return;
          }
          case 'export-brief':
            await exportBrief(a.path, a.overwrite);
            return;
          case 'switch-language':
            // Everything on screen reads the language when drawn: the next frame is in the new one.
            setLang(nextLang());
            dispatch({ type: 'language-set', lang: currentLang() });
            return;
          case 'save-file': {
            const r = await p.files.save(a.path, ref.current.scenario, a.overwrite);
            dispatch(
              r.ok
                ? { type: 'saved', path: a.path, after: a.after }
                : { type: 'save-failed', path: a.path, exists: r.exists, message: r.message, after: a.after },
            );
            // Saved before opening another file (the unsaved prompt's "yes"): go on to the picker.
            if (r.ok && a.after === 'open')
              dispatch({ type: 'picker-files', picker: 'open', files: await p.files.list() });
            return;
          }
        }
      } catch (e) {
        dispatch({ type: 'message', text: e instanceof Error ? e.message : String(e), error: true });
      }
    },
    [dispatch, exportBrief, p.files],
  );

  useInput(
    (input, key) => {
      const a = keymap(input, key, ref.current);
      if (!a) return;
      if (isEffect(a)) void perform(a);
      else dispatch(a);
    },
    { isActive: isRawModeSupported === true },
  );

  useEffect(() => {
    if (state.exiting) exit();
  }, [state.exiting, exit]);

  const runs = Math.max(1, Math.min(state.scenario.runs, maxRuns));
  const capped = state.scenario.runs > maxRuns;
  const seed = state.scenario.seed;
  // The baseline uses the scenario's seed and runs, so both share their random draws.
  const baselineRun = useMemo(() => ({ ...state.baseline, seed, runs }), [state.baseline, seed, runs]);
  // Bands only for the curves on screen and the compare table: a fraction of the cost of all outputs.
  const slotsKey = state.slots.join(',');
  const outputs = useMemo(() => {
    const known = new Set<string>(p.engine.outputs.map((x) => x.id));
    return [...new Set([...slotsKey.split(','), 'cartel_revenue', 'homicides'])].filter((id) => known.has(id));
  }, [slotsKey, p.engine.outputs]);
  // The scenarios the next arrow key on the selected lever leads to (its direction last pressed first),
  // computed ahead in idle time so that key is drawn in one frame.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on what the next steps depend on, not on every state change
  const likely = useMemo(
    () => (p.reuseEnsembles === false ? [] : likelyNext(state, lastDelta.current)),
    [p.reuseEnsembles, state.scenario, state.selected, state.focus, state.overlay, state.levers],
  );
  const ens = useEnsemble(p.engine, state.scenario, {
    runs,
    debounceMs: p.debounceMs ?? DEFAULT_DEBOUNCE_MS,
    outputs,
    likely,
    ...(p.reuseEnsembles === false ? { keep: 0 } : {}),
  });
  const base = useEnsemble(p.engine, baselineRun, { runs, debounceMs: p.debounceMs ?? DEFAULT_DEBOUNCE_MS, outputs });
  const o = state.overlay;
  const other = o?.kind === 'compare' ? o.other : undefined;
  const otherRun = useMemo(
    () => (other ? { ...other, runs: Math.min(other.runs, maxRuns) } : undefined),
    [other, maxRuns],
  );
  // An insertion effect runs in the commit before Ink's frame is drawn, unlike layout and passive effects.
  const onBandsShown = p.onBandsShown;
  useInsertionEffect(() => {
    if (onBandsShown && ens.result)
      onBandsShown({ key: ens.key, runs: ens.result.runs, final: !ens.computing && ens.key !== undefined });
  }, [onBandsShown, ens.result, ens.key, ens.computing]);
  const cmp = useEnsemble(p.engine, otherRun, {
    runs: Math.min(otherRun?.runs ?? runs, maxRuns),
    debounceMs: 0,
    outputs,
  });

  // Debate tools: the open view only, against the baseline's levers under the scenario's own assumptions.
  const debateBase = useMemo(() => debateBaseline(state.scenario, state.baseline), [state.scenario, state.baseline]);
  const debateTab: DebateTab = DEBATE_TABS[o?.kind === 'debate' ? o.tab : 0] ?? 'sensitivity';
  const debateMetricId = DEBATE_METRIC_IDS[o?.kind === 'debate' ? o.metric : 0] ?? 'homicides_total';
  const debateRequest = useMemo<DebateRequest | undefined>(
    () =>
      o?.kind === 'debate'
        ? {
            tab: debateTab,
            metricId: debateMetricId,
            lang: state.lang,
            a: state.scenario,
            b: debateBase,
            claim: {
              runs: CLAIM_RUNS,
              seed: state.scenario.seed,
              aName: state.scenario.name,
              bName: msg.ui.debateBaselineName,
            },
          }
        : undefined,
    [o?.kind, debateTab, debateMetricId, state.scenario, debateBase, state.lang],
  );
  const debate = useDebate(p.engine.debate, debateRequest);
  // Under the cruxes view, once its table is drawn: the sets of changes that flip it (a longer search).
  const setsRequest = useMemo<DebateRequest | undefined>(
    () =>
      debateRequest?.tab === 'cruxes' && debate.status === 'done' ? { ...debateRequest, tab: 'cruxSets' } : undefined,
    [debateRequest, debate.status],
  );
  const cruxSets = useDebate(p.engine.debate, setsRequest);
  // The explain view's effect: the curve's 2019–2030 total over the claim card's paired runs and seed, against
  // the baseline the view explains the curve against (none for a curve without a total).
  const explainMetricId = o?.kind === 'explain' ? totalMetricOf(state.slots[state.slot] ?? '')?.id : undefined;
  const explainRequest = useMemo<DebateRequest | undefined>(
    () =>
      explainMetricId === undefined
        ? undefined
        : {
            tab: 'effect',
            metricId: explainMetricId,
            lang: state.lang,
            a: state.scenario,
            b: state.baseline,
            claim: { runs: CLAIM_RUNS, seed: state.scenario.seed, aName: '', bName: '' },
          },
    [explainMetricId, state.lang, state.scenario, state.baseline],
  );
  const explainEffect = useDebate(p.engine.debate, explainRequest);

  // The theory of violence (instant), and the hindcast of the homicide chart: only while a homicide chart is
  // on screen, once the curves are drawn, and again only when assumptions or camps change.
  const assumptionsKey = JSON.stringify([
    state.scenario.assumptions,
    state.scenario.assumptionRanges ?? {},
    state.scenario.camps,
  ]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the settings the theory reads, not on every new scenario object
  const theory = useMemo(() => p.engine.theory(state.scenario), [p.engine, assumptionsKey]);
  const showsHomicides = state.slots.includes(HOMICIDES) && (p.engine.history[HOMICIDES]?.length ?? 0) > 0;
  const hindcast = useHindcast(p.engine, showsHomicides ? state.scenario : undefined, {
    theory: theory.id,
    ready:
      ens.result !== undefined &&
      !ens.computing &&
      !base.computing &&
      debate.status !== 'computing' &&
      explainEffect.status !== 'computing',
  });

  const layout = computeLayout(size.columns, size.rows);
  if (!layout.ok) return <TooSmall columns={layout.columns} rows={layout.rows} />;

  const curveId = state.slots[state.slot];
  const curve = outputMeta(p.engine, curveId);
  const dirty = isDirty(state);
  const computing =
    ens.computing ||
    base.computing ||
    cmp.computing ||
    debate.status === 'computing' ||
    explainEffect.status === 'computing';
  const hindcastDone = hindcast.status === 'done' ? hindcast.result : undefined;

  return (
    <Box flexDirection="column" width={layout.columns} height={layout.height}>
      <Header state={state} dirty={dirty} width={layout.columns} theme={theme} />
      {o && !PROMPTS.has(o.kind) ? (
        <Box height={layout.overlayHeight} width={layout.columns} overflow="hidden">
          {renderOverlay()}
        </Box>
      ) : (
        <>
          <Box flexDirection="row" height={layout.mainHeight}>
            <LeverPanel
              levers={state.levers}
              scenario={state.scenario}
              baseline={state.baseline}
              selected={state.selected}
              isFocused={state.focus === 'levers'}
              width={layout.leftWidth}
              height={layout.mainHeight}
              listRows={layout.leverRows}
              articleLines={layout.articleLines}
              theme={theme}
            />
            <Box width={1} flexDirection="column">
              <Text color={theme.muted}>{Array.from({ length: layout.mainHeight }, () => '│').join('\n')}</Text>
            </Box>
            {renderCharts(layout, theme)}
          </Box>
          {renderStrip(layout)}
        </>
      )}
      <StatusLine
        state={state}
        width={layout.columns}
        theme={theme}
        computing={computing}
        runs={runs}
        capped={capped}
        theory={theoryVariants(theory)}
        error={ens.error ?? base.error ?? cmp.error}
      />
    </Box>
  );

  function renderCharts(l: Layout, t: Theme): ReactElement {
    const observed = (id: string) =>
      (p.engine.history[id] ?? []).map((h) => ({
        month: (h.year - Number(p.engine.months[0]?.slice(0, 4) ?? 2007)) * 12 + 6,
        value: h.value,
      }));
    const chart = (slot: 0 | 1): ReactElement => {
      const id = state.slots[slot];
      const meta = outputMeta(p.engine, id);
      const obs = observed(id);
      const narrated = l.narrationLines === 2 || state.slot === slot;
      const sentence = narrated
        ? chartSentence({
            label: meta.label,
            unit: meta.unit,
            months: p.engine.months,
            scenarioStart: p.engine.scenarioStart,
            band: ens.result?.bands[id],
            baseline: base.result?.bands[id],
          })
        : '';
      return (
        <Box key={slot} flexDirection="column" width={l.rightWidth}>
          {renderChart(slot, id, meta, obs)}
          {narrated
            ? wrapSentence(sentence, l.rightWidth, l.narrationRows).map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a terminal line's position is its identity
                <Text key={`n${i}`} color={t.muted} wrap="truncate">
                  {line || ' '}
                </Text>
              ))
            : null}
        </Box>
      );
    };
    const renderChart = (
      slot: 0 | 1,
      id: string,
      meta: OutputMeta,
      obs: { month: number; value: number }[],
    ): ReactElement => {
      const series = id === HOMICIDES && hindcastDone ? hindcastSeries(hindcastDone, p.engine.months) : undefined;
      const note =
        ens.computing && slot === 0
          ? msg.ui.computing
          : id === HOMICIDES
            ? hindcastNote(hindcast, meta, l.rightWidth)
            : '';
      return (
        <BandChart
          key={slot}
          title={meta.label}
          unit={meta.unit}
          months={p.engine.months}
          scenarioStart={p.engine.scenarioStart}
          band={ens.result?.bands[id]}
          baseline={base.result?.bands[id]}
          {...(obs.length ? { observed: obs } : {})}
          {...(series ? { hindcast: series } : {})}
          {...(state.focus === 'chart' ? { cursor: state.cursor } : {})}
          isSelected={state.slot === slot}
          width={l.rightWidth}
          axisWidth={l.axisWidth}
          plotHeight={l.plotHeight}
          theme={t}
          {...(note ? { note } : {})}
        />
      );
    };
    const hasObserved = state.slots.some((id) => (p.engine.history[id]?.length ?? 0) > 0);
    // In chart focus on a hindcast year of the homicide chart, the readout gives INEGI's count and the hindcast.
    const readoutYear =
      curveId === HOMICIDES && state.focus === 'chart'
        ? hindcastYearAt(hindcastDone, p.engine.months[state.cursor])
        : undefined;
    return (
      // No clipping box: the lines add up to at most mainHeight (computeLayout) and each truncates to the width.
      <Box flexDirection="column" width={l.rightWidth} height={l.mainHeight}>
        {chart(0)}
        {chart(1)}
        <Legend
          theme={t}
          width={l.rightWidth}
          hasObserved={hasObserved}
          {...(hindcastDone && showsHomicides ? { hindcastUntil: hindcastDone.until } : {})}
        />
        <Text wrap="truncate" color={state.focus === 'chart' ? t.cursor : t.muted}>
          {cursorReadout(
            p.engine.months,
            state.cursor,
            ens.result?.bands[curveId],
            base.result?.bands[curveId],
            l.rightWidth,
            readoutYear,
          )}
        </Text>
      </Box>
    );
  }

  function renderStrip(l: Layout): ReactElement {
    const ids = new Set(state.assumptions.map((a) => a.id));
    const lever = state.levers[state.selected];
    let title = `${curve.label}`;
    let list: AssumptionId[] = [];
    if (state.focus === 'levers' && lever) {
      list = assumptionsForLever(p.engine.equations, ids, lever.id, l.stripHeight - 1);
      title = lever.label;
    }
    if (list.length === 0) {
      list = assumptionsForOutput(p.engine.equations, ids, curveId, l.stripHeight - 1);
      title = curve.label;
    }
    const byId = new Map(state.assumptions.map((a) => [a.id, a]));
    return (
      <AssumptionStrip
        title={title}
        assumptions={list.map((id) => byId.get(id)!).filter(Boolean)}
        scenario={state.scenario}
        width={l.columns}
        height={l.stripHeight}
        theme={theme}
      />
    );
  }

  function renderOverlay(): ReactElement | null {
    const l = layout as Layout;
    const w = l.columns;
    const h = l.overlayHeight;
    switch (o?.kind) {
      case 'help':
        return <HelpOverlay width={w} height={h} theme={theme} />;
      case 'assumptions':
        return (
          <AssumptionsOverlay
            assumptions={state.assumptions}
            scenario={state.scenario}
            selected={o.selected}
            filter={o.filter}
            filtering={o.filtering}
            showSource={o.showSource}
            {...(o.show !== undefined ? { show: o.show } : {})}
            width={w}
            height={h}
            theme={theme}
          />
        );
      case 'explain':
        return explainView({ width: w, height: h });
      case 'compare':
        return (
          <CompareOverlay
            current={state.scenario}
            other={o.other}
            otherPath={o.loaded}
            files={o.files}
            selected={o.selected}
            error={o.error}
            currentResult={ens.result}
            otherResult={cmp.result}
            output={curve}
            levers={state.levers}
            months={p.engine.months}
            scenarioStart={p.engine.scenarioStart}
            width={w}
            height={h}
            axisWidth={l.axisWidth}
            theme={theme}
          />
        );
      case 'debate':
        return debateView({ width: w, height: h });
      case 'open':
        return (
          <OpenOverlay
            text={o.text}
            files={o.files}
            selected={o.selected}
            error={o.error}
            width={w}
            height={h}
            theme={theme}
          />
        );
      default:
        return null;
    }
  }

  // Plain functions, not components: they read the app's state and render no hooks of their own.
  function debateView(v: { width: number; height: number }): ReactElement {
    const metric = p.engine.debate.metric(debateMetricId) ?? {
      id: debateMetricId,
      label: debateMetricId,
      unit: '',
      better: 'lower',
      phrase: debateMetricId,
    };
    const path = state.path ?? defaultSavePath(state.scenario);
    const caveat =
      state.path === undefined
        ? msg.ui.debateClaimNoFile(path)
        : isDirty(state)
          ? msg.ui.debateClaimUnsaved
          : undefined;
    return (
      <DebateOverlay
        tab={debateTab}
        metric={metric}
        state={debate}
        sets={cruxSets}
        names={{ a: state.scenario.name, b: msg.ui.debateBaselineName }}
        claimRuns={CLAIM_RUNS}
        claimCard={{
          // Fingerprints of the settings; the card prints the runs and seed beside them.
          fingerprintA: p.engine.debate.fingerprint(state.scenario),
          fingerprintB: p.engine.debate.fingerprint(debateBase),
          argv: claimArgv(path, debateMetricId, CLAIM_RUNS, state.scenario.seed),
          ...(caveat !== undefined ? { caveat } : {}),
        }}
        width={v.width}
        height={v.height}
        theme={theme}
      />
    );
  }

  function explainView(v: { width: number; height: number }): ReactElement {
    const explanation = explainCurve(p.engine, state.scenario, state.baseline, curveId);
    const central = p.engine.runCentral(state.scenario);
    const total = totalMetricOf(curveId);
    const effect = total === undefined ? undefined : explainEffectOf(explainEffect, total.unit);
    return (
      <ExplainOverlay
        output={curve}
        equations={p.engine.equations}
        levers={state.levers}
        assumptions={state.assumptions}
        scenario={state.scenario}
        central={central}
        cursor={state.cursor}
        month={p.engine.months[state.cursor] ?? ''}
        explanation={explanation}
        {...(effect !== undefined ? { effect } : {})}
        width={v.width}
        height={v.height}
        theme={theme}
      />
    );
  }
}

/** The explain view's effect as it stands (the paired runs are CLAIM_RUNS until they are back). */
function explainEffectOf(state: DebateState, unit: string): ExplainEffect {
  if (state.status === 'done' && state.result.tab === 'effect')
    return { status: 'done', runs: state.result.value.runs, unit, value: state.result.value };
  if (state.status === 'error') return { status: 'error', runs: CLAIM_RUNS, message: state.message };
  return { status: 'computing', runs: CLAIM_RUNS };
}

/** The output the hindcast belongs to. */
const HOMICIDES = 'homicides';

/** The hindcast note after a chart's title: the longest wording that fits beside it (two spaces apart). */
function hindcastNote(state: HindcastState, meta: OutputMeta, width: number): string {
  const title = Array.from(`▸ ${meta.label} (${unitLabel(meta.unit)})`).length;
  return pickFit(hindcastNoteVariants(state, HINDCAST_UNTIL), width - title - 2);
}

/** Columns the status line keeps for the keys or a message when the theory is shown beside the runs. */
const STATUS_MIN_LEFT = 20;

/** Columns the header keeps for the scenario's name before it drops the app's name. */
const HEADER_MIN_NAME = 16;

/** Overlays drawn as a prompt in the status line over the main screen. */
const PROMPTS: ReadonlySet<string> = new Set(['save', 'overwrite', 'unsaved', 'brief', 'brief-overwrite']);

/**
 * The header's left part in `width` columns: app, scenario name, unsaved mark and word, and the baseline. The
 * name (the scenario's own, of any length) gives way first, at a word; then the app's name, then the word.
 */
export function headerText(name: string, dirty: boolean, width: number): string {
  const m = msg.ui;
  const app = `${msg.common.appName} · `;
  const vs = ` ${m.versus} ${m.baselineName}`;
  const marks = dirty ? [` ${m.unsavedMark} ${m.unsavedWord}`, ` ${m.unsavedMark}`] : [''];
  for (const mark of marks) {
    for (const prefix of [app, '']) {
      const room = width - textWidth(prefix) - textWidth(mark) - textWidth(vs);
      if (room >= Math.min(HEADER_MIN_NAME, textWidth(name))) return `${prefix}${clipWords(name, room)}${mark}${vs}`;
    }
  }
  const mark = marks[marks.length - 1] ?? '';
  return `${clipWords(name, Math.max(1, width - textWidth(mark) - textWidth(vs)))}${mark}${vs}`;
}

/** The top line: app, scenario name, unsaved mark, baseline, and the not-a-forecast notice. */
function Header(p: { state: AppState; dirty: boolean; width: number; theme: Theme }) {
  const right = ` ${msg.common.notForecastShort}`;
  const leftW = p.width - textWidth(right);
  return (
    <Text wrap="truncate">
      <Text bold color={p.theme.accent}>
        {fit(headerText(p.state.scenario.name, p.dirty, leftW), Math.max(0, leftW))}
      </Text>
      <Text color={p.theme.warn} bold>
        {right}
      </Text>
    </Text>
  );
}

/**
 * The end of a typed text in `room` columns: whole when it fits, else "…" and its last part, starting after a
 * separator (- / _ . or a space) when there is one, so no piece of a word is left at the start.
 */
export function textEnd(text: string, room: number): string {
  const chars = Array.from(text);
  if (chars.length <= room) return text;
  if (room <= 1) return '…';
  const tail = chars.slice(chars.length - (room - 1));
  const at = tail.findIndex((c) => /[-/_. ]/.test(c));
  return `…${(at >= 0 && at < tail.length - 1 ? tail.slice(at + 1) : tail).join('')}`;
}

/**
 * A prompt in `width` columns: the longest label that leaves room for the typed text, the typed text, then the
 * hint when it fits whole beside them. An error (`required`) is always shown: the label shortens, then the
 * text shows only its end, then the label goes.
 */
export function promptParts(
  labels: readonly string[],
  text: string,
  tail: readonly string[],
  width: number,
  required = false,
): { label: string; text: string; tail: string } {
  const cursor = 2; // "▏ "
  const shortest = labels[labels.length - 1] ?? '';
  for (const t of tail) {
    for (const label of labels) {
      if (textWidth(label) + textWidth(text) + cursor + textWidth(t) <= width) return { label, text, tail: t };
    }
  }
  const need = required ? (tail[tail.length - 1] ?? '') : '';
  for (const label of [shortest, '']) {
    const room = width - textWidth(label) - cursor - textWidth(need);
    if (room >= Math.min(12, textWidth(text))) return { label, text: textEnd(text, room), tail: need };
  }
  return { label: '', text: '', tail: clipWords(need, Math.max(1, width - cursor)) };
}

/**
 * A question about a file in `width` columns: the whole path when it fits, else its end, so the question and
 * its answers always show.
 */
export function pathQuestion(ask: (path: string) => string, path: string, width: number): string {
  const full = ask(path);
  if (textWidth(full) <= width) return full;
  return ask(textEnd(path, Math.max(1, width - textWidth(ask('')))));
}

/** A question in the status line: the longest wording that fits. */
function Question(p: { variants: readonly string[]; width: number }) {
  const text = pickFit(p.variants, p.width) || clipWords(p.variants[p.variants.length - 1] ?? '', p.width);
  return (
    <Text bold inverse wrap="truncate">
      {fit(text, p.width)}
    </Text>
  );
}

/**
 * The status line's parts when no prompt is open: the message (whole when it can be) or the keys, and on the
 * right what is computing, the theory and the runs, leaving out the theory, then the runs, for a long message.
 */
export function statusParts(o: {
  readonly message: string | undefined;
  readonly focus: 'levers' | 'chart';
  readonly computing: boolean;
  readonly runs: number;
  readonly capped: boolean;
  readonly theory: readonly string[];
  readonly width: number;
}): { left: string; right: string } {
  const m = msg.ui;
  const sep = ' · ';
  const busy = `${m.computing} `;
  const runs = formatNumber(o.runs);
  const end: KeyHints = [[LANGUAGE_KEY, catalogueOf(nextLang()).common.languageName], ...m.statusKeysEnd];
  const msgW = o.message === undefined ? 0 : textWidth(o.message);
  const runsVariants = [m.runsStatus(runs, o.capped), m.runsStatusShort(runs, o.capped)];
  // The theory's wording is chosen as if "computing…" were shown, so it does not change while curves compute.
  const want = Math.max(STATUS_MIN_LEFT, msgW);
  let right = '';
  for (const runsText of runsVariants) {
    const room = o.width - want - 1 - textWidth(busy) - sep.length - textWidth(runsText);
    const theory = pickFit(o.theory, room);
    const cand = `${o.computing ? busy : ''}${theory ? `${theory}${sep}` : ''}${runsText}`;
    right = cand;
    if (room >= 0) break;
  }
  // A message keeps its whole text when it can: without the theory, then without the runs.
  if (o.message !== undefined) {
    const options = [right, ...runsVariants.map((r) => `${o.computing ? busy : ''}${r}`), o.computing ? busy : ''];
    right = options.find((r) => msgW + 1 + textWidth(r) <= o.width) ?? (o.computing ? busy.trimEnd() : '');
  }
  const leftW = Math.max(0, o.width - textWidth(right) - 1);
  const keys = o.focus === 'chart' ? m.statusKeysChart : m.statusKeys;
  // The keys keep two spaces before the run status, as between themselves.
  const left = o.message !== undefined ? clipWords(o.message, leftW) : hintLine(keys, end, leftW - 1);
  return { left: fit(left, leftW), right };
}

/** The bottom line: a prompt when one is open, else the last message or the keys, and the run status. */
function StatusLine(p: {
  state: AppState;
  width: number;
  theme: Theme;
  computing: boolean;
  runs: number;
  capped: boolean;
  /** The theory line's wordings, longest first. */
  theory: readonly string[];
  error: string | undefined;
}) {
  const m = msg.ui;
  const o = p.state.overlay;
  if (o?.kind === 'unsaved')
    return (
      <Question
        variants={o.next === 'open' ? [m.unsavedOpenPrompt, m.unsavedOpenPromptShort] : [m.unsavedPrompt]}
        width={p.width}
      />
    );
  if (o?.kind === 'overwrite')
    return <Question variants={[pathQuestion(m.overwritePrompt, o.path, p.width)]} width={p.width} />;
  if (o?.kind === 'brief-overwrite')
    return <Question variants={[pathQuestion(m.briefOverwritePrompt, o.path, p.width)]} width={p.width} />;
  if (o?.kind === 'brief' || o?.kind === 'save') {
    const labels =
      o.kind === 'brief'
        ? [m.briefPrompt(formatNumber(briefRuns(p.state.scenario)), p.state.scenario.seed), m.briefPromptShort]
        : [m.savePrompt, m.savePromptShort];
    const hints = o.kind === 'brief' ? [m.briefHint, m.briefHintShort] : [m.saveHint];
    const parts = promptParts(
      labels,
      o.text,
      o.error !== undefined ? [o.error] : hints,
      p.width,
      o.error !== undefined,
    );
    return (
      <Text wrap="truncate">
        <Text bold>{parts.label}</Text>
        <Text>{parts.text}▏ </Text>
        <Text color={o.error ? p.theme.error : p.theme.muted}>{parts.tail}</Text>
      </Text>
    );
  }
  const message = p.error ?? p.state.message?.text;
  const { left, right } = statusParts({
    message,
    focus: p.state.focus,
    computing: p.computing,
    runs: p.runs,
    capped: p.capped,
    theory: p.theory,
    width: p.width,
  });
  const isError = p.error !== undefined || p.state.message?.error === true;
  return (
    <Text wrap="truncate">
      <Text color={message ? (isError ? p.theme.error : p.theme.accent) : p.theme.muted}>{left} </Text>
      <Text color={p.computing ? p.theme.warn : p.theme.muted}>{right}</Text>
    </Text>
  );
}
