/**
 * One number per claim: the effect of A over B on a metric is defined once (pairedEffect: the median of the
 * paired run differences, their P10–P90, the same in % of B, and the share of paired runs A wins), and every
 * view that states it — `palancas claim`, `palancas compare`, the brief, `palancas debate judge`, the explorer's
 * claim card, explain view and judge view — shows that same number for the same inputs. Computed here once, on the shipped model, then read back
 * from each view.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'ink-testing-library';
import { beforeAll, describe, expect, it } from 'vitest';
import { getMetric, metricReducer } from '../src/analysis/metrics.js';
import { type Effect, pairedEffect } from '../src/analysis/stats.js';
import type { Command, CommandContext } from '../src/cli/command.js';
import { command as claim } from '../src/cli/commands/claim.js';
import { command as compare } from '../src/cli/commands/compare.js';
import { command as debate } from '../src/cli/commands/debate.js';
import { type Round, sideFingerprint } from '../src/scenario/round.js';
import { saveRoundFile } from '../src/scenario/scenario-files.js';
import { JudgeView } from '../src/ui/components/judge-view.js';
import { effectLine } from '../src/render/text/round-text.js';
import { fmt, round6 } from '../src/render/text/series-output.js';
import type { Scenario } from '../src/model/types.js';
import { assembleBrief } from '../src/port/brief.js';
import { engine } from '../src/port/index.js';
import { loadScenarioFile } from '../src/scenario/scenario-files.js';
import { formatSigned, formatSignedQuantity } from '../src/text/format.js';
import { DebateOverlay } from '../src/ui/components/debate-overlay.js';
import { ExplainOverlay } from '../src/ui/components/explain-overlay.js';
import { claimArgv, debateBaseline, effectAmount } from '../src/ui/debate.js';
import { explainCurve } from '../src/ui/explain.js';
import { createTheme } from '../src/ui/theme.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 60;
const SEED = '2018';
const METRIC = getMetric('homicides_total');

async function preset(name: string): Promise<Scenario> {
  const r = await loadScenarioFile(resolve(ROOT, 'scenarios', `${name}.yaml`), engine.registry);
  if (!r.ok) throw new Error(`${name}.yaml does not load`);
  return { ...r.scenario, runs: RUNS, seed: SEED };
}

async function run(cmd: Command, argv: string[]): Promise<string> {
  let out = '';
  const ctx: CommandContext = { out: (t) => (out += t), err: () => {}, cwd: ROOT, color: false };
  expect(await cmd.run(argv, ctx)).toBe(0);
  return out;
}

/** The frame's lines joined, so a sentence wrapped over two lines reads as one. */
function flat(frame: string): string {
  return frame
    .split('\n')
    .map((l) => l.trim())
    .join(' ');
}

let platform: Scenario;
let statusQuo: Scenario;
/** The effect of platform-2018 over the status quo on homicides 2019–2030, computed once from paired runs. */
let effect: Effect;

beforeAll(async () => {
  platform = await preset('platform-2018');
  statusQuo = await preset('status-quo');
  const perRun = (s: Scenario) => engine.runPerRun(s, { runs: RUNS, seed: SEED }, metricReducer(METRIC));
  effect = pairedEffect(perRun(platform), perRun(statusQuo), METRIC.better);
}, 60_000);

describe('the effect of platform-2018 over the status quo on homicides 2019–2030', () => {
  it('is a paired effect that a wrong definition would miss', () => {
    expect(effect.runs).toBe(RUNS);
    expect(effect.p10).toBeLessThan(effect.p50);
    expect(effect.p50).toBeLessThan(effect.p90);
    // Not the difference of the two medians, nor the central run's difference (what the views used to print).
    expect(effect.p50).not.toBeCloseTo(effect.medianA - effect.medianB, 0);
    const central = engine.centralMetric(platform, METRIC) - engine.centralMetric(statusQuo, METRIC);
    expect(effect.p50).not.toBeCloseTo(central, 0);
  });

  it('is the one `palancas claim` states, in JSON and in its table', async () => {
    const argv = ['platform-2018', '--metric', 'homicides_total', '--runs', String(RUNS), '--seed', SEED];
    const j = JSON.parse(await run(claim, [...argv, '--format', 'json'])) as { effect: Effect };
    expect(j.effect).toEqual(effect);
    const table = await run(claim, argv);
    expect(table).toContain(`median paired difference ${formatSigned(effect.p50)} deaths`);
    expect(table).toContain(`A − B = ${formatSigned(effect.p50)} deaths`);
  });

  it('is the one `palancas compare` states, in JSON and in its table', async () => {
    const argv = ['platform-2018', 'status-quo', '--runs', String(RUNS), '--seed', SEED];
    const j = JSON.parse(await run(compare, [...argv, '--format', 'json'])) as {
      rows: { id: string; period: string; [k: string]: unknown }[];
    };
    const row = j.rows.find((r) => r.id === 'homicides' && r.period === '2019–2030 total');
    expect(row).toMatchObject({
      a: round6(effect.medianA),
      b: round6(effect.medianB),
      diff: round6(effect.p50),
      diffP10: round6(effect.p10),
      diffP90: round6(effect.p90),
      pct: round6(effect.pct.p50),
      shareABetter: round6(effect.winShare),
    });
    const line = (await run(compare, argv)).split('\n').find((l) => l.includes('2019–2030 total')) ?? '';
    expect(line).toContain(fmt(round6(effect.p50)));
  });

  it('is the one the brief states, in its comparison table and its claim card', () => {
    const { hindcastOf: _h, theoryList: _t, ...briefEngine } = engine;
    const data = assembleBrief({
      engine: briefEngine,
      a: { scenario: platform, file: 'platform-2018', fingerprint: engine.fingerprint(platform) },
      reproduce: '',
      metricId: 'homicides_total',
      quick: true,
    });
    const row = data.compare?.rows.find((r) => r.id === 'homicides_total');
    expect(row).toMatchObject({
      a: effect.medianA,
      b: effect.medianB,
      diff: effect.p50,
      diffP10: effect.p10,
      diffP90: effect.p90,
      pct: effect.pct.p50,
      shareABetter: effect.winShare,
    });
    expect(data.claims?.[0]?.effect).toEqual(effect);
  });

  it('is the one `palancas debate judge` states for a round of the same two cases, and its judge view', async () => {
    const side = (file: string, s: Scenario) => ({
      file,
      fingerprint: sideFingerprint(s, engine.roundRegistry),
      scenario: s,
    });
    const round: Round = {
      motion: 'This house would field the 2018 platform',
      rule: { metric: METRIC.id, runs: RUNS, seed: SEED, tieMargin: 0, words: '' },
      aff: side('platform-2018', platform),
      neg: side('status-quo', statusQuo),
      attacks: [],
    };
    const file = join(mkdtempSync(join(tmpdir(), 'palancas-effect-')), 'round.yaml');
    await saveRoundFile(file, round, engine.roundRegistry, { overwrite: false });
    const j = JSON.parse(await run(debate, ['judge', file, '--format', 'json'])) as {
      effect: Record<string, number>;
      verdict: string;
    };
    expect(j.effect).toMatchObject({ p10: effect.p10, p50: effect.p50, p90: effect.p90, win_share: effect.winShare });
    expect(j.verdict).toBe(effect.p50 < 0 ? 'aff' : 'neg');
    const table = await run(debate, ['judge', file]);
    expect(table).toContain(`median ${formatSignedQuantity(effect.p50, 'deaths')} (P10 ${formatSigned(effect.p10)}`);
    const judgement = engine.judgeRound(round, { attacks: false, cruxes: false });
    expect(judgement.effect).toEqual(effect);
    const { lastFrame, unmount } = render(
      <JudgeView
        file="round.yaml"
        round={round}
        state={{ status: 'partial', value: judgement }}
        width={120}
        theme={createTheme(false)}
        levers={engine.levers}
      />,
    );
    const f = flat(lastFrame() ?? '');
    unmount();
    expect(f).toContain(effectLine(effect, 'deaths'));
  });

  it("is the one the explorer's claim card states", async () => {
    const b = debateBaseline(platform, engine.baselineFor(platform));
    const value = await engine.debate.claim(platform, b, METRIC.id, {
      runs: RUNS,
      seed: SEED,
      aName: platform.name,
      bName: 'the status quo',
    });
    expect(value.effect).toEqual(effect);
    const metric = engine.debate.metric(METRIC.id);
    if (metric === undefined) throw new Error('no homicides_total in the debate tools');
    const { lastFrame, unmount } = render(
      <DebateOverlay
        tab="claim"
        metric={metric}
        state={{ status: 'done', result: { tab: 'claim', value } }}
        names={{ a: platform.name, b: 'the status quo' }}
        claimRuns={RUNS}
        claimCard={{
          fingerprintA: engine.fingerprint(platform),
          fingerprintB: engine.fingerprint(b),
          argv: claimArgv('scenarios/platform-2018.yaml', METRIC.id, RUNS, SEED),
        }}
        width={100}
        height={30}
        theme={createTheme(false)}
      />,
    );
    const f = flat(lastFrame() ?? '');
    unmount();
    expect(f).toContain(`Effect: ${effectAmount(effect.p50, 'deaths')} (median of the paired differences`);
    expect(f).toContain(`median paired difference ${formatSigned(effect.p50)} deaths`);
  });

  it("is the one the explorer's explain view states for the homicide curve", async () => {
    const value = await engine.debate.effect(platform, statusQuo, METRIC.id, { runs: RUNS, seed: SEED });
    expect(value).toEqual(effect);
    const output = engine.outputs.find((o) => o.id === 'homicides');
    if (output === undefined) throw new Error('no homicides output');
    const { lastFrame, unmount } = render(
      <ExplainOverlay
        output={output}
        equations={engine.equations}
        levers={engine.levers}
        assumptions={engine.assumptions}
        scenario={platform}
        central={engine.runCentral(platform)}
        cursor={engine.scenarioStart}
        month={engine.months[engine.scenarioStart] ?? ''}
        explanation={explainCurve(engine, platform, statusQuo, 'homicides')}
        effect={{ status: 'done', runs: RUNS, unit: METRIC.unit, value }}
        width={100}
        height={30}
        theme={createTheme(false)}
      />,
    );
    const f = flat(lastFrame() ?? '');
    unmount();
    expect(f).toContain(`Effect over ${RUNS} paired runs: ${effectAmount(effect.p50, 'deaths')}`);
    // The central run's numbers follow, labelled as such.
    expect(f).toContain('in the central run');
  });
});
