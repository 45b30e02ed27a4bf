import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, type Command, type CommandContext } from '../../src/cli/command.js';
import { command as attribute } from '../../src/cli/commands/attribute.js';
import { command as claim } from '../../src/cli/commands/claim.js';
import { command as crux } from '../../src/cli/commands/crux.js';
import { command as evidence } from '../../src/cli/commands/evidence.js';
import { command as ledger } from '../../src/cli/commands/ledger.js';
import { command as sensitivity } from '../../src/cli/commands/sensitivity.js';
import { ASSUMPTIONS, runCentral } from '../../src/port/engine.js';
import { getMetric, type MetricId } from '../../src/analysis/metrics.js';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { LEVERS } from '../../src/port/engine.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIX = 'tests/analysis/fixtures';
const PLATFORM = `${FIX}/platform.yaml`;
const STATUS_QUO = `${FIX}/status-quo.yaml`;
const HARD_LINE = `${FIX}/hard-line.yaml`;
const EVERYTHING = `${FIX}/everything.yaml`;

interface Ran {
  code: number;
  out: string;
  err: string;
}

async function run(cmd: Command, argv: string[], color = false): Promise<Ran> {
  let out = '';
  let err = '';
  const ctx: CommandContext = { out: (t) => (out += t), err: (t) => (err += t), cwd: ROOT, color };
  const code = await cmd.run(argv, ctx);
  return { code, out, err };
}

async function runJson(cmd: Command, argv: string[]): Promise<Record<string, unknown>> {
  const r = await run(cmd, [...argv, '--format', 'json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Record<string, unknown>;
}

function load(path: string) {
  const r = parseScenario(readFileSync(resolve(ROOT, path), 'utf8'), path, {
    levers: LEVERS,
    assumptions: ASSUMPTIONS,
  });
  if (!r.ok) throw new Error('fixture does not parse');
  return r.scenario;
}

function centralValue(path: string, metricId: MetricId, overrides?: Record<string, number>): number {
  const series = runCentral(load(path), overrides);
  return getMetric(metricId).fromSeries((id) => series[id] ?? new Float64Array(0));
}

type Row = Record<string, unknown>;

describe('palancas sensitivity', () => {
  it('ranks assumptions by |swing| and reports the documented fields', async () => {
    const j = await runJson(sensitivity, [PLATFORM, '--metric', 'homicides_2024', '--runs', '40']);
    expect(j.command).toBe('sensitivity');
    expect(j.base).toBeCloseTo(centralValue(PLATFORM, 'homicides_2024'), 6);
    const rows = j.rows as Row[];
    expect(rows.length).toBeGreaterThan(5);
    const swings = rows.map((r) => Math.abs(r.swing as number));
    for (let i = 1; i < swings.length; i++) expect(swings[i]).toBeLessThanOrEqual(swings[i - 1] as number);
    const top = rows[0] as Row;
    for (const key of ['id', 'label', 'kind', 'low', 'high', 'atLow', 'atHigh', 'swing', 'source'])
      expect(top).toHaveProperty(key);
    // The reported value at the high end is the model's, recomputed independently.
    expect(top.atHigh).toBeCloseTo(
      centralValue(PLATFORM, 'homicides_2024', { [top.id as string]: top.high as number }),
      6,
    );
    const e = j.ensemble as Row;
    expect(e.runs).toBe(40);
    expect(e.p10 as number).toBeLessThanOrEqual(e.p50 as number);
    expect(e.p50 as number).toBeLessThanOrEqual(e.p90 as number);
  });

  it("uses the chosen camp's range for a contested assumption", async () => {
    const j = await runJson(sensitivity, [EVERYTHING, '--metric', 'homicides_2024']);
    const row = (j.rows as Row[]).find((r) => r.id === 'vacuum_effect');
    const camp = ASSUMPTIONS.find((a) => a.id === 'vacuum_effect')?.camps?.find((c) => c.id === 'no_vacuum');
    expect(camp).toBeDefined();
    expect(row).toBeDefined();
    expect(row?.camp).toBe('no_vacuum');
    expect([row?.low, row?.high]).toEqual([camp?.low, camp?.high]);
  });

  it('includes levers with --levers and draws a tornado in the table', async () => {
    const j = await runJson(sensitivity, [PLATFORM, '--levers']);
    expect((j.rows as Row[]).some((r) => r.kind === 'lever')).toBe(true);
    const t = await run(sensitivity, [PLATFORM, '--width', '80']);
    expect(t.code).toBe(0);
    expect(t.out).toContain('#');
    expect(t.out).toContain('not a forecast');
  });
});

describe('palancas crux', () => {
  it('finds flip points where the ranking really changes sign', async () => {
    // Under the fragmentation theory kingpin targeting matters, and the hard line's lead is narrow.
    const HARD_LINE = `${FIX}/hard-line-fragmentation.yaml`;
    const STATUS_QUO = `${FIX}/status-quo-fragmentation.yaml`;
    const j = await runJson(crux, [
      HARD_LINE,
      STATUS_QUO,
      '--metric',
      'homicides_2024',
      '--runs',
      '100',
      '--confirm',
      '1',
    ]);
    for (const key of ['leader', 'margin', 'a', 'b', 'rows', 'ensemble', 'checks']) expect(j).toHaveProperty(key);
    const a = centralValue(HARD_LINE, 'homicides_2024');
    const b = centralValue(STATUS_QUO, 'homicides_2024');
    expect(j.a).toBeCloseTo(a, 6);
    expect(j.margin).toBeCloseTo(b - a, 6);
    const rows = j.rows as Row[];
    const flips = rows.filter((r) => r.flip !== null);
    expect(flips.length).toBeGreaterThan(0);
    const distances = flips.map((r) => r.distance as number);
    for (let i = 1; i < distances.length; i++) expect(distances[i]).toBeGreaterThanOrEqual(distances[i - 1] as number);
    for (const r of flips.slice(0, 2)) {
      const id = r.id as string;
      const flip = r.flip as number;
      const step = 2e-4 * ((r.high as number) - (r.low as number));
      const margin = (x: number) =>
        centralValue(STATUS_QUO, 'homicides_2024', { [id]: x }) -
        centralValue(HARD_LINE, 'homicides_2024', { [id]: x });
      expect(Math.sign(margin(flip - step))).not.toBe(Math.sign(margin(flip + step)));
      expect(r.source).toEqual(expect.any(String));
    }
    const ens = j.ensemble as Row;
    expect(ens.runs).toBe(100);
    expect(ens.shareABetter as number).toBeGreaterThanOrEqual(0);
    expect(ens.shareABetter as number).toBeLessThanOrEqual(1);
    expect(j.checks as Row[]).toHaveLength(1);
  });
});

describe('palancas evidence', () => {
  it('counts every combination of contested camps', async () => {
    const j = await runJson(evidence, [HARD_LINE, STATUS_QUO, '--metric', 'homicides_2024', '--runs', '0']);
    // Every camp of every contested assumption but the theory of violence, which picks the structure.
    const expected = ASSUMPTIONS.filter((a) => a.id !== 'violence_theory').reduce(
      (n, a) => n * Math.max(1, a.camps?.length ?? 0),
      1,
    );
    expect(j.n).toBe(expected);
    expect((j.rows as Row[]).length).toBe(expected);
    expect(j.kCentral as number).toBeLessThanOrEqual(expected);
    expect((j.failing as Row[]).length).toBe(expected - (j.kCentral as number));
    expect(j.kEnsemble).toBeUndefined();
  });

  it('adds ensemble medians with --runs', async () => {
    const j = await runJson(evidence, [HARD_LINE, STATUS_QUO, '--metric', 'homicides_2024', '--runs', '4']);
    expect(typeof j.kEnsemble).toBe('number');
    expect((j.rows as Row[]).every((r) => typeof r.ensembleMedian === 'number')).toBe(true);
  });
});

describe('palancas attribute', () => {
  it('splits A − B into Shapley shares that sum to the total, also per year', async () => {
    const j = await runJson(attribute, [PLATFORM, STATUS_QUO, '--metric', 'homicides_total']);
    const start = centralValue(STATUS_QUO, 'homicides_total');
    const end = centralValue(PLATFORM, 'homicides_total');
    expect(j.start).toBeCloseTo(start, 6);
    expect(j.end).toBeCloseTo(end, 6);
    const rows = j.rows as Row[];
    expect(rows.map((r) => r.id).sort()).toEqual(
      ['amnesty_coverage', 'cannabis_legal', 'drawdown_share', 'guard_size', 'youth_budget'].sort(),
    );
    const sum = rows.reduce((s, r) => s + (r.shapley as number), 0);
    expect(sum).toBeCloseTo(end - start, 4);
    const oat = rows.reduce((s, r) => s + (r.oneAtATime as number), 0);
    expect(j.interaction).toBeCloseTo(end - start - oat, 4);
    const years = j.years as number[];
    years.forEach((_y, k) => {
      const byYear = rows.reduce((s, r) => s + ((r.shapleyByYear as number[])[k] ?? 0), 0);
      expect(byYear).toBeCloseTo(((j.endByYear as number[])[k] ?? 0) - ((j.startByYear as number[])[k] ?? 0), 4);
    });
    expect(j.grouped).toBe(false);
    // The basis is printed beside the numbers: the central run, not the paired runs' effect.
    expect(j.basis).toBe('central_run');
  });

  it('groups by lever family when more than 8 levers differ, with camps as one more player', async () => {
    const j = await runJson(attribute, [EVERYTHING, STATUS_QUO, '--metric', 'revenue_2030']);
    expect(j.grouped).toBe(true);
    expect((j.differingLevers as string[]).length).toBe(10);
    const ids = (j.rows as Row[]).map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining(['cannabis', 'amnesty', 'drawdown', 'guard', 'youth', 'all_drugs', 'guns', 'kingpin']),
    );
    expect(ids).toContain('assumption_settings');
    expect(ids).toHaveLength(9);
    const sum = (j.rows as Row[]).reduce((s, r) => s + (r.shapley as number), 0);
    expect(sum).toBeCloseTo(centralValue(EVERYTHING, 'revenue_2030') - centralValue(STATUS_QUO, 'revenue_2030'), 6);
    expect(j.evaluations).toBe(512);
  });

  it('draws a waterfall from B to A', async () => {
    const t = await run(attribute, [PLATFORM, STATUS_QUO], true);
    expect(t.out).toContain('B: status quo');
    expect(t.out).toContain('A: platform-2018');
    expect(t.out).toContain('▒');
    expect(t.out).toContain('In the central run (the kept run that fits history best), A − B = ');
  });
});

describe('palancas ledger', () => {
  it('lists yearly costs whose lines add up to the net fiscal cost', async () => {
    const j = await runJson(ledger, [PLATFORM]);
    const lines = j.lines as Row[];
    expect(lines.map((l) => l.output)).toEqual([
      'cost_guard',
      'cost_military',
      'cost_youth',
      'cost_amnesty',
      'cannabis_tax',
    ]);
    const net = j.net as Row;
    expect((net.byYear as number[]).length).toBe(12);
    const sum = lines.reduce((s, l) => s + (l.total as number), 0);
    expect(sum).toBeCloseTo(net.total as number, 6);
    expect((lines[0]!.drivers as Row[]).length).toBeGreaterThan(0);
    if ((j.homicidesAverted as number) > 0) {
      expect(j.costPerHomicideAverted).toBeCloseTo((j.extraNetCost as number) / (j.homicidesAverted as number), 12);
    } else {
      expect(j.costPerHomicideAverted).toBeNull();
    }
  });

  it('says no homicides are averted for the status quo itself', async () => {
    const t = await run(ledger, [STATUS_QUO]);
    expect(t.code).toBe(0);
    expect(t.out).toContain('no homicides averted');
  });
});

describe('palancas claim', () => {
  const argv = [PLATFORM, '--metric', 'homicides', '--year', '2024', '--runs', '60'];

  it('prints the same text byte for byte when run twice', async () => {
    const first = await run(claim, argv);
    const second = await run(claim, argv);
    expect(first.code).toBe(0);
    expect(first.out).toBe(second.out);
    expect(first.out).toMatch(/^Under platform-2018, homicides in 2024 are /);
  });

  it('prints a command that reproduces the same text', async () => {
    const first = await run(claim, argv);
    const line = first.out.split('\n').find((l) => l.includes('reproduce: '));
    expect(line).toBeDefined();
    const words = (line ?? '').split('reproduce: ')[1]?.split(' ') ?? [];
    expect(words.slice(0, 2)).toEqual(['palancas', 'claim']);
    expect(words).toEqual(expect.arrayContaining(['--metric', 'homicides_2024', '--runs', '60', '--seed', '42']));
    const again = await run(claim, words.slice(2));
    expect(again.out).toBe(first.out);
  });

  it('gives the argv in JSON, and it reproduces the JSON', async () => {
    const j = await runJson(claim, [
      PLATFORM,
      '--vs',
      STATUS_QUO,
      '--metric',
      'revenue_total',
      '--runs',
      '30',
      '--seed',
      's',
    ]);
    for (const key of ['sentence', 'a', 'b', 'metric', 'runs', 'seed', 'modelVersion', 'effect', 'reproduce', 'argv']) {
      expect(j).toHaveProperty(key);
    }
    const effect = j.effect as Row;
    for (const key of ['runs', 'p10', 'p50', 'p90', 'pct', 'wins', 'winShare', 'medianA', 'medianB'])
      expect(effect).toHaveProperty(key);
    expect(effect.runs).toBe(30);
    const argvOut = j.argv as string[];
    const again = await run(claim, argvOut.slice(2));
    expect(JSON.parse(again.out)).toEqual(j);
    expect((j.a as Row).fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('analysis commands: input errors', () => {
  it('throws a UsageError on an unknown option', async () => {
    await expect(run(crux, [PLATFORM, STATUS_QUO, '--bogus'])).rejects.toThrow(UsageError);
    await expect(run(ledger, [PLATFORM, '--format', 'xml'])).rejects.toThrow(/table|json/);
    await expect(run(sensitivity, [PLATFORM, '--metric', 'nope'])).rejects.toThrow(/homicides_total/);
    await expect(run(attribute, [PLATFORM])).rejects.toThrow(UsageError);
  });

  it('prints scenario problems and returns 2 for a broken file', async () => {
    const r = await run(ledger, ['tests/analysis/fixtures/does-not-exist.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('tests/analysis/fixtures/does-not-exist.yaml');
  });

  it('prints usage for --help', async () => {
    for (const cmd of [sensitivity, crux, evidence, attribute, ledger, claim]) {
      const r = await run(cmd, ['--help']);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`palancas ${cmd.name}`);
    }
  });
});
