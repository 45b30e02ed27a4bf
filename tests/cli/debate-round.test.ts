/**
 * `palancas debate new | attack | judge` end to end through the built command line: a round made, attacked by
 * both sides and judged; its JSON; a tampered scenario refused naming the side; a bad attack refused with the
 * allowed range; a broken round file reported with line and field; a round file opened without a terminal.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const RUNS = '50';

function palancas(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface JudgeJson {
  motion: string;
  metric: { id: string; better: string };
  verdict: 'aff' | 'neg' | 'tie';
  effect: { p10: number; p50: number; p90: number; win_share: number; runs: number };
  differences: { kind: string; id: string; aff: number | string; neg: number | string }[];
  attacks: {
    side: string;
    kind: string;
    id: string;
    note: string;
    effect: { p50: number };
    verdict: string;
    flips: boolean;
  }[];
  cruxes: { changes: { id: string; from: number; to: number }[]; distance: number }[];
}

let dir: string;
let round: string;

/** The effect's verdict by the stated rule: the sign of the median, lower is better for homicides. */
function verdictOf(p50: number): 'aff' | 'neg' | 'tie' {
  return p50 < 0 ? 'aff' : p50 > 0 ? 'neg' : 'tie';
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'palancas-round-'));
  round = join(dir, 'round.yaml');
  const made = palancas(
    [
      'debate',
      'new',
      '--motion',
      'This house would field the 2018 platform',
      '--aff',
      'platform-2018',
      '--neg',
      'hard-line',
      '--runs',
      RUNS,
      '--seed',
      '2018',
      '-o',
      round,
    ],
    root,
  );
  expect(made.err).toBe('');
  expect(made.code).toBe(0);
}, 60_000);

describe('palancas debate', () => {
  it('writes a round that locks both cases and states the rule', () => {
    const text = readFileSync(round, 'utf8');
    expect(text).toMatch(/^palancas_round: 1$/m);
    expect(text).toMatch(/^ {2}metric: homicides_total$/m);
    expect(text).toMatch(/^ {2}runs: 50$/m);
    expect(text.replace(/\s+/g, ' ')).toContain(
      'the median of the paired run differences (aff − neg) over 50 runs with seed 2018',
    );
    expect(text.match(/^ {2}fingerprint: "[0-9a-f]{16}"$/gm)).toHaveLength(2);
    // A second `new` to the same file is refused unless --force.
    const again = palancas(
      ['debate', 'new', '--motion', 'm', '--aff', 'status-quo', '--neg', 'hard-line', '-o', round],
      root,
    );
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/exists; use --force/);
    expect(readFileSync(round, 'utf8')).toBe(text);
  });

  it('records attacks by each side and judges the round (JSON shape and verdict rule)', () => {
    const neg = palancas(
      ['debate', 'attack', round, '--side', 'neg', '--camp', 'substitution=none', '--note', 'No balloon effect'],
      root,
    );
    expect(neg.code).toBe(0);
    const aff = palancas(
      [
        'debate',
        'attack',
        round,
        '--side',
        'aff',
        '--assumption',
        'cannabis_share_2010=0.25',
        '--note',
        "RAND's upper estimate",
      ],
      root,
    );
    expect(aff.code).toBe(0);
    const text = readFileSync(round, 'utf8');
    expect(text).toContain('note: "No balloon effect"');
    expect(text).toContain('value: 0.25');

    const r = palancas(['debate', 'judge', round, '--format', 'json'], root);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as JudgeJson;
    for (const key of ['motion', 'metric', 'verdict', 'effect', 'differences', 'attacks', 'cruxes']) {
      expect(j).toHaveProperty(key);
    }
    expect(Object.keys(j.effect).slice(0, 4)).toEqual(['p10', 'p50', 'p90', 'win_share']);
    expect(j.motion).toBe('This house would field the 2018 platform');
    expect(j.metric.id).toBe('homicides_total');
    expect(j.effect.runs).toBe(50);
    expect(j.effect.p10).toBeLessThanOrEqual(j.effect.p50);
    expect(j.effect.p50).toBeLessThanOrEqual(j.effect.p90);
    expect(j.verdict).toBe(verdictOf(j.effect.p50));
    // Only what differs: every listed setting has two different values; the platform legalizes, hard line does not.
    expect(j.differences.length).toBeGreaterThan(0);
    for (const d of j.differences) expect(d.aff).not.toEqual(d.neg);
    expect(j.differences).toContainEqual(
      expect.objectContaining({ kind: 'lever', id: 'cannabis_legal', aff: 1, neg: 0 }),
    );
    expect(j.differences.some((d) => d.id === 'guard_build_years')).toBe(false);
    // Each attack: its side and note, an effect of its own, and a verdict by the same rule.
    expect(j.attacks.map((a) => [a.side, a.kind, a.id, a.note])).toEqual([
      ['neg', 'camp', 'substitution', 'No balloon effect'],
      ['aff', 'assumption', 'cannabis_share_2010', "RAND's upper estimate"],
    ]);
    for (const a of j.attacks) {
      expect(a.verdict).toBe(verdictOf(a.effect.p50));
      expect(a.flips).toBe(a.verdict !== j.verdict);
      expect(a.effect.p50).not.toBe(j.effect.p50);
    }
    for (const c of j.cruxes) {
      expect(c.changes.length).toBeGreaterThan(0);
      expect(c.distance).toBeGreaterThanOrEqual(0);
    }

    // JSON is data: byte for byte the same on a second run and under --lang es.
    expect(palancas(['--lang', 'es', 'debate', 'judge', round, '--format', 'json'], root).out).toBe(r.out);

    const table = palancas(['debate', 'judge', round], root);
    expect(table.code).toBe(0);
    const lines = table.out.split('\n');
    expect(lines[0]).toBe('Motion: This house would field the 2018 platform');
    expect(lines[1]).toMatch(/^Rule: The affirmative wins if/);
    expect(table.out).toMatch(/^Verdict: /m);
    expect(table.out).toContain('substitution = none');
    expect(table.out).toContain("note: RAND's upper estimate");
  }, 60_000);

  it('refuses a round whose scenario was edited, naming the side and both fingerprints', () => {
    const text = readFileSync(round, 'utf8');
    const negStart = text.indexOf('\nneg:');
    const edited =
      text.slice(0, negStart) +
      text.slice(negStart).replace(/^( {6}guard_size: )\d+/m, (_m, key: string) => `${key}160000`);
    expect(edited).not.toBe(text);
    const tampered = join(dir, 'tampered.yaml');
    writeFileSync(tampered, edited);
    const recorded = /\nneg:\n {2}file: [^\n]*\n {2}fingerprint: "([0-9a-f]{16})"/.exec(text)?.[1] ?? '';
    expect(recorded).toMatch(/^[0-9a-f]{16}$/);
    for (const args of [
      ['debate', 'judge', tampered],
      ['debate', 'attack', tampered, '--side', 'aff', '--camp', 'substitution=none', '--note', 'n'],
    ]) {
      const r = palancas(args, root);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/tampered\.yaml:\d+:\d+ neg\.fingerprint: the negative \(neg\) scenario no longer matches/);
      expect(r.err).toContain(`recorded ${recorded}, now `);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(tampered, 'utf8')).toBe(edited);
  }, 60_000);

  it('refuses an attack value outside the range in force, naming the range, and leaves the file as it was', () => {
    const before = readFileSync(round, 'utf8');
    const r = palancas(
      ['debate', 'attack', round, '--side', 'aff', '--assumption', 'cannabis_share_2010=0.9', '--note', 'n'],
      root,
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('--assumption cannabis_share_2010=0.9: 0.9 is out of range');
    expect(r.err).toContain('allowed 0.15–0.26 (share)');
    const camp = palancas(
      ['debate', 'attack', round, '--side', 'neg', '--camp', 'substitution=huge', '--note', 'n'],
      root,
    );
    expect(camp.code).toBe(2);
    expect(camp.err).toContain('balloon, none');
    expect(readFileSync(round, 'utf8')).toBe(before);
  }, 60_000);

  it('reports a broken round file with its line, column and field', () => {
    const text = readFileSync(round, 'utf8');
    const lineOf = (needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, text.replace('  runs: 50\n', '  runs: many\n').replace('motion:', 'motoin:'));
    const r = palancas(['debate', 'judge', broken], root);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`broken.yaml:${lineOf('  runs: 50\n')}:9 rule.runs: expected a whole number, got text`);
    expect(r.err).toMatch(/broken\.yaml:\d+:1 motoin: unknown key "motoin"; did you mean "motion"\?/);
    expect(r.err).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('prints the judgement when a round file is opened without a terminal', () => {
    const r = palancas([round], root);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Motion: This house would field the 2018 platform');
    expect(r.out).toMatch(/^Verdict: /m);
  }, 60_000);
});
