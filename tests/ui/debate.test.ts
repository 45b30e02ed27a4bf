import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCommand } from '../../src/analysis/claim.js';
import { appReducer, initState } from '../../src/ui/app-state.js';
import type { AppState } from '../../src/ui/app-state.js';
import {
  DEBATE_METRIC_IDS,
  DEBATE_TABS,
  attributionLines,
  attributionSentence,
  claimArgv,
  claimLines,
  commandLines,
  cruxLines,
  cruxSentence,
  debateBaseline,
  sensitivityLines,
  sensitivitySentence,
  wrapIndex,
} from '../../src/ui/debate.js';
import type { DebateCruxes, DebateMetric, DebateSensitivity } from '../../src/ui/engine-port.js';
import { keymap } from '../../src/ui/keymap.js';
import { FAKE_ASSUMPTIONS, FAKE_LEVERS, FAKE_OUTPUTS, scenarioWith } from '../helpers/fake-engine.js';
import { fakeSettings } from '../helpers/fake-ids.js';

const METRIC: DebateMetric = {
  id: 'homicides_total',
  label: 'homicides, 2019–2030 total',
  unit: 'deaths',
  better: 'lower',
  phrase: 'total homicides over 2019–2030',
};
const cols = (s: string) => Array.from(s).length;

describe('debate state and keys', () => {
  const st0: AppState = initState({
    levers: FAKE_LEVERS,
    assumptions: FAKE_ASSUMPTIONS,
    outputIds: FAKE_OUTPUTS.map((o) => o.id),
    months: 288,
    scenarioStart: 144,
    scenario: scenarioWith({}),
    baseline: scenarioWith({}),
  });
  const open = appReducer(st0, keymap('d', {}, st0)!);

  it('opens on d at the first view and metric, and closes with Escape, d or q', () => {
    expect(open.overlay).toEqual({ kind: 'debate', tab: 0, metric: 0 });
    for (const [input, key] of [
      ['', { escape: true }],
      ['d', {}],
      ['q', {}],
    ] as const) {
      expect(appReducer(open, keymap(input, key, open)!).overlay).toBeUndefined();
    }
  });

  it('switches views with 1–4 and Tab / Shift-Tab, wrapping around', () => {
    const press = (st: AppState, input: string, key = {}) => appReducer(st, keymap(input, key, st)!);
    const tab = (st: AppState) => (st.overlay?.kind === 'debate' ? st.overlay.tab : -1);
    expect(tab(press(open, '3'))).toBe(2);
    expect(tab(press(open, '4'))).toBe(3);
    expect(tab(press(press(open, '4'), '', { tab: true }))).toBe(0);
    expect(tab(press(open, '', { tab: true, shift: true }))).toBe(DEBATE_TABS.length - 1);
    expect(keymap('5', {}, open)).toBeUndefined();
  });

  it('cycles the metric with ←/→ through the four offered', () => {
    let st = open;
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      st = appReducer(st, keymap('', { rightArrow: true }, st)!);
      if (st.overlay?.kind === 'debate') seen.push(st.overlay.metric);
    }
    expect(seen).toEqual([1, 2, 3, 0, 1]);
    const back = appReducer(open, keymap('', { leftArrow: true }, open)!);
    expect(back.overlay).toEqual({ kind: 'debate', tab: 0, metric: DEBATE_METRIC_IDS.length - 1 });
    expect(DEBATE_METRIC_IDS).toEqual(['homicides_total', 'homicides_2024', 'revenue_total', 'fiscal_total']);
  });

  it('leaves other overlays alone', () => {
    const help = { ...st0, overlay: { kind: 'help' as const } };
    expect(appReducer(help, { type: 'debate-tab', tab: 2 })).toBe(help);
    expect(appReducer(help, { type: 'debate-metric', delta: 1 })).toBe(help);
  });
});

describe('debate helpers', () => {
  it('wraps indices both ways', () => {
    expect(wrapIndex(-1, 4)).toBe(3);
    expect(wrapIndex(9, 4)).toBe(1);
    expect(wrapIndex(3, 0)).toBe(0);
  });

  it('argues against the baseline levers under the scenario’s own assumptions, seed and runs', () => {
    const s = {
      ...scenarioWith({ guard_size: 300000 }, 'Mine', 500),
      seed: 'x',
      ...fakeSettings({ assumptions: { guard_effect: 0.2 }, camps: { cannabis_share: 'us_government' } }),
    };
    const b = debateBaseline(s, scenarioWith({ kingpin_intensity: 1 }, 'Status quo'));
    expect(b.levers).toEqual({ kingpin_intensity: 1 });
    expect(b.name).toBe('Status quo');
    expect([b.seed, b.runs, b.assumptions, b.camps]).toEqual([
      'x',
      500,
      { guard_effect: 0.2 },
      { cannabis_share: 'us_government' },
    ]);
  });

  const sens: DebateSensitivity = {
    base: 300000,
    rows: [
      {
        id: 'a',
        label: 'Guard effect on homicides',
        unit: 'share',
        value: 0.1,
        low: 0,
        high: 0.3,
        atLow: 360000,
        atHigh: 200000,
        source: 's',
      },
      {
        id: 'b',
        label: 'Vacuum',
        unit: 'share',
        value: 0.2,
        low: 0,
        high: 0.5,
        atLow: 280000,
        atHigh: 330000,
        source: 's',
      },
      { id: 'c', label: 'Unused', unit: '', value: 1, low: 0, high: 2, atLow: 300000, atHigh: 300000, source: 's' },
    ],
  };

  it('narrates the tornado by the largest swing and leaves out inputs that do not move it', () => {
    const s = sensitivitySentence(sens, METRIC);
    expect(s).toMatch(
      /^The result hinges most on Guard effect on homicides: from low to high it moves total homicides over 2019–2030 by 160,000 deaths/,
    );
    expect(s).toContain('next comes Vacuum (50,000 deaths)');
    expect(s).not.toContain('Unused');
  });

  it('draws at most `top` bars plus a legend, within the width', () => {
    for (const width of [80, 100, 140]) {
      const lines = sensitivityLines(sens, width, 1);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain('0→360,000 | 0.300→200,000');
      for (const l of lines) expect(cols(l)).toBeLessThanOrEqual(width);
    }
    expect(sensitivityLines(sens, 100, 10)).toHaveLength(3);
  });

  const cruxes: DebateCruxes = {
    margin: 65400,
    leader: 'A',
    rows: [
      {
        id: 'g',
        label: 'Guard effect',
        unit: 'share',
        value: 0.1,
        low: 0,
        high: 0.3,
        source: 'A guess',
        flip: 0.0333,
        distance: 0.22,
        closestMargin: -30000,
      },
      {
        id: 'v',
        label: 'Vacuum',
        unit: 'share',
        value: 0.2,
        low: 0,
        high: 0.5,
        source: 'Another guess',
        flip: null,
        distance: null,
        closestMargin: 20000,
      },
    ],
  };

  it('says who leads and the nearest flip, or that it holds', () => {
    expect(cruxSentence(cruxes, METRIC, { a: 'Plan', b: 'the status quo' })).toBe(
      'At central values Plan beats the status quo on total homicides over 2019–2030 by 65,400 deaths; one assumption flips it inside its range, nearest Guard effect at 0.0333 (now 0.100).',
    );
    const holds = { ...cruxes, rows: cruxes.rows.filter((r) => r.flip === null) };
    expect(cruxSentence(holds, METRIC, { a: 'Plan', b: 'the status quo' })).toContain(
      'holds across the range of every assumption',
    );
    expect(cruxSentence({ ...holds, leader: 'B', margin: -5 }, METRIC, { a: 'Plan', b: 'the status quo' })).toMatch(
      /^At central values the status quo beats Plan .* by 5\.00 deaths/,
    );
  });

  it('lists cruxes with flip, current value, range and source; or the closest calls when none flips', () => {
    const lines = cruxLines(cruxes, 100, 10);
    expect(lines[0]).toMatch(/^Guard effect\s+flips at 0\.0333\s+now 0\.100\s+range 0–0\.300 share$/);
    expect(lines[1]).toBe('  A guess');
    expect(lines).toHaveLength(2);
    const holds = cruxLines({ ...cruxes, rows: cruxes.rows.filter((r) => r.flip === null) }, 100, 10);
    expect(holds[0]).toContain('Holds across the range');
    expect(holds[1]).toBe('  Vacuum: +20,000');
  });

  it('draws the waterfall from the baseline through each family to the scenario', () => {
    const v = {
      start: 327000,
      end: 262000,
      rows: [
        { id: 'guard', label: 'guard', shapley: -98100 },
        { id: 'drawdown', label: 'drawdown', shapley: 33100 },
      ],
    };
    const lines = attributionLines(v, { a: 'Plan', b: 'the status quo' }, 80);
    expect(lines.map((l) => l.split(/\s{2,}/)[0])).toEqual([
      'the status quo',
      'National Guard',
      'Military drawdown',
      'Plan',
      '',
    ]);
    for (const l of lines) expect(cols(l)).toBeLessThanOrEqual(80);
    expect(attributionSentence(v, METRIC, 'the status quo')).toBe(
      'From the status quo at 327,000 deaths, the largest step is National Guard (−98,100 deaths), then Military drawdown (+33,100 deaths); together the steps take total homicides over 2019–2030 to 262,000 deaths (−65,000 deaths overall, in the central run).',
    );
  });

  it('wraps the claim command between shell words so the pasted lines run as the same command', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.integer({ min: 30, max: 120 }),
        (path, seed, width) => {
          const argv = claimArgv(path, 'homicides_total', 200, seed);
          const lines = commandLines(argv, width);
          // Rejoined by the shell's line continuation, the text is the one-line command.
          expect(lines.join('\n').replace(/ \\\n/g, ' ')).toBe(formatCommand(argv));
          for (const l of lines.slice(0, -1)) expect(l.endsWith(' \\')).toBe(true);
        },
      ),
      { seed: 20180701, numRuns: 200 },
    );
    const lines = commandLines(claimArgv('scenarios/platform-2018.yaml', 'homicides_total', 200, 'amlo-2018'), 60);
    for (const l of lines) expect(cols(l)).toBeLessThanOrEqual(60);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('lays out the claim card: effect, range, runs, fingerprints and command', () => {
    const lines = claimLines(
      {
        claim: {
          sentence: 's',
          effect: {
            runs: 200,
            p10: -3.1,
            p50: -2.2,
            p90: -1.5,
            pct: { p10: -27, p50: -20, p90: -14.1 },
            wins: 199,
            winShare: 0.995,
            medianA: 8.8,
            medianB: 11,
          },
          seed: '7',
        },
        unit: 'US$ bn',
        fingerprintA: 'aaaa',
        fingerprintB: 'bbbb',
        argv: claimArgv('x.yaml', 'revenue_total', 200, '7'),
      },
      100,
    );
    expect(lines[0]).toBe('Effect: −2.20 US$ bn (median of the paired differences; P10 −3.10  P90 −1.50)');
    expect(lines[1]).toBe('In % of the baseline: P10 −27.0%  median −20.0%  P90 −14.1%');
    expect(lines[2]).toContain('200 paired runs');
    expect(lines[2]).toContain('better in 199 of 200');
    expect(lines[3]).toBe('Fingerprints: scenario aaaa  baseline bbbb');
    expect(lines.at(-1)).toBe(
      '  palancas claim x.yaml --vs status-quo --metric revenue_total --runs 200 --seed 7 --format table',
    );
  });
});

describe('formatSig for inputs', () => {
  it('writes tiny inputs in exponent form and others to three significant figures', async () => {
    const { formatSig: formatInput } = await import('../../src/ui/format.js');
    expect(formatInput(1.2e-7)).toBe('1.20e-7');
    expect(formatInput(0)).toBe('0');
    expect(formatInput(0.0333333)).toBe('0.0333');
    expect(formatInput(72000)).toBe('72,000');
  });
});
