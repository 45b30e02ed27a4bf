import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

function palancas(args: string[], opts: { cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: opts.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
});

describe('palancas command line', () => {
  it('prints help and version', () => {
    const h = palancas(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toMatch(/not a forecast/);
    for (const c of ['run', 'compare', 'assumptions', 'levers', 'validate', 'calibrate']) expect(h.out).toContain(c);
    expect(palancas(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('gives byte-identical JSON for the same scenario and seed, with the documented fields', () => {
    const a = palancas(['run', 'scenarios/platform-2018.yaml', '--runs', '120', '--format', 'json']);
    const b = palancas(['run', 'scenarios/platform-2018.yaml', '--runs', '120', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const d = JSON.parse(a.out);
    expect(d.months[0]).toBe('2019-01');
    expect(d.months).toHaveLength(144);
    expect(d.scenario.fingerprint).toMatch(/^[0-9a-f]{12,}$/);
    for (const id of ['homicides', 'cartel_revenue']) {
      for (const q of ['p10', 'p25', 'p50', 'p75', 'p90']) expect(d.series[id][q]).toHaveLength(144);
      expect(d.baseline.series[id].p50).toHaveLength(144);
    }
    expect(d.assumptions.length).toBeGreaterThanOrEqual(30);
    expect(d.history.observed.homicides[0]).toMatchObject({ year: 2007, value: 8867 });
  });

  it('changes the output when the seed or a camp changes', () => {
    const base = palancas(['run', 'platform-2018', '--runs', '60', '--format', 'json']).out;
    const seed = palancas(['run', 'platform-2018', '--runs', '60', '--seed', 'other', '--format', 'json']).out;
    const camp = palancas([
      'run',
      'platform-2018',
      '--runs',
      '60',
      '--camp',
      'cannabis_share_2010=us_government',
      '--format',
      'json',
    ]);
    expect(seed).not.toBe(base);
    expect(camp.code).toBe(0);
    const d = JSON.parse(camp.out);
    expect(d.assumptions.find((a: { id: string }) => a.id === 'cannabis_share_2010')).toMatchObject({
      value: 0.6,
      camp: 'us_government',
    });
  });

  it('writes CSV with one row per month and units in the header', () => {
    const r = palancas(['run', 'status-quo', '--runs', '40', '--format', 'csv']);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(145);
    expect(lines[0]).toMatch(/^month,homicides|cartel_revenue_p10 \(US\$ bn\/yr\)/);
    expect(lines[0]).toContain('homicides_p50 (deaths/yr)');
    expect(lines[1]).toMatch(/^2019-01,/);
  });

  it('reports a broken scenario with file, line, field and range, exit 2 and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palancas-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'name: Bad\nseed: 1\nlevers:\n  guard_size: 900000\n  amnesty_coverag: 0.5\n  youth_budget: lots\n',
    );
    const r = palancas(['run', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/bad\.yaml:4:\d+ levers\.guard_size: .*500,?000/);
    expect(r.err).toMatch(/bad\.yaml:5:\d+ levers\.amnesty_coverag: .*amnesty_coverage/);
    expect(r.err).toMatch(/bad\.yaml:6:\d+ levers\.youth_budget: expected a number, got text; allowed 0.10/);
    expect(r.err).not.toMatch(/\n\s+at /);
    const v = palancas(['validate', 'bad.yaml', join(root, 'scenarios', 'status-quo.yaml')], { cwd: dir });
    expect(v.code).toBe(2);
    expect(v.out).toContain('ok ');
  });

  it('marks fixed and ranged assumptions in run output, and rejects a range outside the allowed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palancas-'));
    writeFileSync(
      join(dir, 'fixed.yaml'),
      'name: Fixed\ndescription: d\nassumptions:\n  deployment_share: 0.3\n  youth_targeting: { value: 1.5, low: 1, high: 2 }\n',
    );
    const r = palancas(['run', 'fixed.yaml', '--runs', '20', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out).assumptions as { id: string; override?: string }[];
    expect(rows.find((a) => a.id === 'deployment_share')).toMatchObject({
      override: 'fixed',
      distribution: 'fixed',
      value: 0.3,
      low: 0.3,
      high: 0.3,
    });
    expect(rows.find((a) => a.id === 'youth_targeting')).toMatchObject({
      override: 'range',
      value: 1.5,
      low: 1,
      high: 2,
    });
    expect(rows.find((a) => a.id === 'spillover')?.override).toBeUndefined();
    const table = palancas(['report', 'fixed.yaml', '--runs', '20'], { cwd: dir });
    expect(table.out).toMatch(/follows deployment[^\n]*: 0\.3 share \(fixed\)/);
    expect(table.out).toMatch(/average NEET: 1\.5 x average \(drawn over 1–2\)/);
    writeFileSync(
      join(dir, 'wide.yaml'),
      'name: Wide\nassumptions:\n  youth_targeting: { value: 1.5, low: 0.1, high: 2 }\n',
    );
    const bad = palancas(['run', 'wide.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /wide\.yaml:3:\d+ assumptions\.youth_targeting\.low: 0\.1 is out of range; allowed 0\.5–2 \(x average\)/,
    );
    expect(bad.err).not.toMatch(/\n\s+at /);
  });

  it('rejects unknown commands and options with a hint', () => {
    const r = palancas(['comapre', 'a', 'b']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/compare/);
    const o = palancas(['run', 'status-quo', '--frmat', 'json']);
    expect(o.code).toBe(2);
    expect(o.err).toMatch(/frmat/);
    expect(palancas(['run', 'status-quo', '--camp', 'cannabis_share_2010=rnd']).err).toMatch(/rand/);
  });

  it('prints a plain-text report with no escape codes when output is not a terminal', () => {
    const r = palancas(['--report']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/NOT A FORECAST/);
    expect(r.out).toMatch(/Platform 2018/);
    expect(r.out).not.toMatch(/\u001b/);
  });

  it("lists assumptions with sources and levers with the article's words", () => {
    const text = palancas(['assumptions', '--format', 'json']).out;
    expect(text).not.toMatch(/sources\.md|effects\.md|history-2006-2018\.md/);
    const a = JSON.parse(text);
    expect(a.length).toBeGreaterThanOrEqual(30);
    for (const x of a) expect(x.source.length > 0 || x.kind === 'guess').toBe(true);
    expect(palancas(['levers']).out).toContain('300,000-person National Guard');
  });

  it('reports the history constraint: acceptance per theory and the fit per year, recomputable from its rows', () => {
    const d = JSON.parse(palancas(['calibrate', '--runs', '200', '--format', 'json']).out);
    expect(d.years).toHaveLength(12);
    expect(d.theories.reduce((n: number, t: { runs: number }) => n + t.runs, 0)).toBe(200);
    for (const t of d.theories) expect(t.acceptance).toBeCloseTo(t.accepted / t.tried, 12);
    const mape =
      (100 *
        d.years.reduce(
          (s: number, y: { observed: number; p50: number }) => s + Math.abs(y.p50 - y.observed) / y.observed,
          0,
        )) /
      12;
    expect(d.mape).toBeCloseTo(mape, 9);
    expect(d.mape).toBeLessThan(15);
    expect(d.coverage).toBeGreaterThanOrEqual(0.6);
  });

  it('hindcasts from 2012 and 2014: JSON rows recompute to the printed scores, and the pool beats persistence', () => {
    for (const until of [2012, 2014]) {
      const h = JSON.parse(palancas(['hindcast', '--until', String(until), '--runs', '120', '--format', 'json']).out);
      expect(h.until).toBe(until);
      expect(h.years.map((y: { year: number }) => y.year)).toEqual(
        Array.from({ length: 2018 - until }, (_, i) => until + 1 + i),
      );
      const last = { 2012: 25_967, 2014: 20_010 }[until]!;
      const ape = (p: number, o: number) => Math.abs(p - o) / o;
      const n = h.years.length;
      expect(h.mape).toBeCloseTo(
        (100 * h.years.reduce((s: number, y: { p50: number; observed: number }) => s + ape(y.p50, y.observed), 0)) / n,
        9,
      );
      expect(h.persistence_mape).toBeCloseTo(
        (100 * h.years.reduce((s: number, y: { observed: number }) => s + ape(last, y.observed), 0)) / n,
        9,
      );
      const inside = h.years.filter(
        (y: { p10: number; p90: number; observed: number }) => y.observed >= y.p10 && y.observed <= y.p90,
      ).length;
      expect(h.coverage).toBeCloseTo(inside / n, 12);
      for (const y of h.years) expect(y.p10 <= y.p50 && y.p50 <= y.p90).toBe(true);
      expect(h.mape).toBeLessThan(h.persistence_mape);
      expect(h.coverage).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('refuses a hindcast year outside 2009–2017 and an unknown theory, with exit code 2', () => {
    expect(palancas(['hindcast', '--until', '2019']).code).toBe(2);
    expect(palancas(['hindcast', '--until', '2012', '--theory', 'aliens']).code).toBe(2);
  });

  it('filters assumptions by kind, derived included, and refuses an unknown kind', () => {
    const derived = JSON.parse(palancas(['assumptions', '--kind', 'derived', '--format', 'json']).out) as {
      id: string;
      kind: string;
      source: string;
    }[];
    expect(derived.map((x) => x.id)).toEqual(expect.arrayContaining(['us_squeeze_2015', 'conflict_share']));
    for (const x of derived) if (x.kind === 'derived') expect(x.source).toMatch(/^Derived/);
    const table = palancas(['assumptions', '--kind', 'guess']).out;
    expect(table).toMatch(/derived = arithmetic on sourced figures/);
    expect(table).toMatch(
      /camp us_government: US-government claim: about 60% \(unconfirmed\) — 0\.6 \(0\.5–0\.61; guess, confidence low\)/,
    );
    const bad = palancas(['assumptions', '--kind', 'derive']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/article, research, derived, guess/);
  });

  it('compares two scenarios at chosen years and over the period', () => {
    const d = JSON.parse(palancas(['compare', 'platform-2018', 'status-quo', '--runs', '60', '--format', 'json']).out);
    const periods = d.rows.filter((r: { id: string }) => r.id === 'homicides').map((r: { period: string }) => r.period);
    expect(periods).toEqual(['2021', '2024', '2030', '2019–2030 total']);
  });

  it('wraps the output labels of the compare table at spaces, never inside a word', () => {
    const text = palancas(['compare', 'platform-2018', 'status-quo', '--runs', '20']).out;
    // The label as the table shows it: the output's label and the unit of its first (yearly) row.
    const rows = JSON.parse(
      palancas(['compare', 'platform-2018', 'status-quo', '--runs', '20', '--format', 'json']).out,
    ).rows as { id: string; label: string; unit: string }[];
    const labels = rows.filter((r, i) => rows[i - 1]?.id !== r.id).map((r) => `${r.label} (${r.unit})`);
    const column = text
      .split('\n')
      .slice(4)
      .map((line) => line.slice(0, 34).trim())
      .filter(Boolean)
      .join(' ');
    expect(labels.length).toBeGreaterThan(4);
    for (const label of labels) expect(column).toContain(label);
    for (const line of text.split('\n').slice(4)) expect(line.length === 0 || line[34] === ' ').toBe(true);
  });
});

describe('command-line errors', () => {
  it('refuses an unknown --kind instead of listing nothing', () => {
    const r = palancas(['assumptions', '--kind', 'foo']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe("palancas: --kind must be one of article, research, derived, guess, not 'foo'.\n");
    expect(palancas(['assumptions', '--kind', 'guess']).code).toBe(0);
  });

  it('prints the version for --version after a command', () => {
    const r = palancas(['run', '--version']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(palancas(['--version']).out);
    expect(r.err).toBe('');
  });

  it('puts validate without files on stderr with exit code 2', () => {
    const r = palancas(['validate']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^palancas: validate expects one or more scenario FILEs\./);
  });

  it("names the program once and rewrites Node's parse errors as plain sentences", () => {
    const unknown = palancas(['run', '--rnus', '5', 'status-quo']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      "palancas: run: unknown option '--rnus'. Did you mean '--runs'? Run 'palancas run --help' for usage.\n",
    );
    const missing = palancas(['run', 'status-quo', '--runs']);
    expect(missing.err).toBe("palancas: run: option '--runs' needs a value. Run 'palancas run --help' for usage.\n");
    const extra = palancas(['levers', 'extra']);
    expect(extra.err).toMatch(/^palancas: levers: unexpected argument 'extra'/);
    for (const r of [unknown, missing, extra]) {
      expect(r.err).not.toContain('palancas: palancas');
      expect(r.err).not.toContain('-- "');
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('finds an output folder that does not exist before running the brief', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palancas-brief-'));
    const missing = join(dir, 'no-such-folder', 'brief.md');
    const r = palancas(['brief', 'platform-2018', '-o', missing]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`brief: could not write ${missing}: there is no folder ${dirname(missing)}\n`);
    // Nothing was computed: the progress lines of the assembly never appear.
    expect(r.err).not.toContain('Running the ensembles');
  });
});

describe('--seed follows the rules of a file seed', () => {
  const bad: [string, string][] = [
    ['empty', ''],
    ['too long', 'x'.repeat(100_000)],
    ['a terminal title sequence', '\u001b]0;pwned\u0007'],
  ];
  it.each(bad)('refuses a %s seed in every command that takes one, before computing', (_, seed) => {
    const commands = [
      ['run', 'status-quo'],
      ['compare', 'status-quo', 'hard-line'],
      ['evidence', 'status-quo', 'hard-line', '--runs', '0'],
      ['claim', 'hard-line'],
      ['brief', 'hard-line', '-o', join(tmpdir(), 'palancas-never-written.md'), '--quick'],
    ];
    for (const args of commands) {
      const r = palancas([...args, '--seed', seed]);
      expect(r.code, args[0]).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^palancas: --seed: /);
      expect(r.err).not.toContain('\u001b');
      expect(r.err.length).toBeLessThan(300);
    }
    expect(existsSync(join(tmpdir(), 'palancas-never-written.md'))).toBe(false);
  });
  it('still takes a seed within the rules', () => {
    expect(palancas(['run', 'status-quo', '--runs', '5', '--seed', 'año-2018']).code).toBe(0);
  });
});

describe('progress only on a terminal', () => {
  it('writes no progress lines to a stderr that is not a terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palancas-progress-'));
    const r = palancas(['brief', 'hard-line', '-o', join(dir, 'b.md'), '--quick', '--runs', '40']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const e = palancas(['evidence', 'hard-line', 'status-quo', '--runs', '2']);
    expect(e.code).toBe(0);
    expect(e.err).toBe('');
  });
});
