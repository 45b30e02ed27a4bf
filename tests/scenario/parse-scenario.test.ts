import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RUNS,
  DEFAULT_SEED,
  formatProblem,
  MAX_ENTRIES,
  MAX_NESTING,
  MAX_PROBLEMS,
  MAX_SCENARIO_CHARS,
  parseScenario,
  type ScenarioProblem,
} from '../../src/scenario/parse-scenario.js';
import { REGISTRY } from '../fixtures/registry.js';
import { msg } from '../../src/text/i18n.js';
import { manyKeysAtLimit, manyKeysUnderLimit } from '../../bench/worst-scenarios.js';

const BROKEN = join(import.meta.dirname, '..', 'fixtures', 'broken');

/** Parses text that must fail and returns its problems. */
function problemsOf(text: string): ScenarioProblem[] {
  const result = parseScenario(text, 'test.yaml', REGISTRY);
  if (result.ok) throw new Error(`expected problems, got a scenario: ${JSON.stringify(result.scenario)}`);
  return result.problems;
}

describe('parseScenario on valid files', () => {
  it('reads the documented example', () => {
    const text = [
      'name: Platform 2018 (as announced)',
      'description: >-',
      '  The five levers as the July 2018 article',
      '  describes them.',
      'sources:',
      '  - "Article (July 2018): \'300,000-person National Guard\'"',
      'seed: 2018',
      'runs: 500',
      'levers:',
      '  cannabis_legal: true',
      '  guard_size: 300000',
      '  cannabis_start_year: 2021',
      'assumptions:',
      '  youth_recruitment_effect: 0.2',
      'camps:',
      '  cannabis_share_2010: rand',
      '',
    ].join('\n');
    const result = parseScenario(text, 'x.yaml', REGISTRY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario).toEqual({
      name: 'Platform 2018 (as announced)',
      description: 'The five levers as the July 2018 article describes them.',
      sources: ["Article (July 2018): '300,000-person National Guard'"],
      seed: '2018',
      runs: 500,
      levers: { cannabis_legal: 1, guard_size: 300000, cannabis_start_year: 2021 },
      assumptions: { youth_recruitment_effect: 0.2 },
      camps: { cannabis_share_2010: 'rand' },
    });
    expect(result.warnings).toEqual([]);
  });

  it('fills in seed and runs, leaves unset levers out, and warns about a missing description', () => {
    const result = parseScenario('name: Minimal\n', 'm.yaml', REGISTRY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario).toEqual({
      name: 'Minimal',
      description: '',
      seed: DEFAULT_SEED,
      runs: DEFAULT_RUNS,
      levers: {},
      assumptions: {},
      camps: {},
    });
    expect(result.warnings.map((w) => w.path)).toEqual(['description']);
  });

  it('accepts toggles as 0/1 or true/false, text seeds, and empty sections', () => {
    const text =
      'name: T\ndescription: d\nseed: abc-1\nlevers:\n  cannabis_legal: 0\n  legalize_all_drugs: false\nassumptions:\ncamps:\n';
    const result = parseScenario(text, 't.yaml', REGISTRY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.levers).toEqual({ cannabis_legal: 0, legalize_all_drugs: 0 });
    expect(result.scenario.seed).toBe('abc-1');
    expect(result.scenario.assumptions).toEqual({});
  });

  it('checks an override against the chosen camp, not the default one', () => {
    const text =
      'name: C\ndescription: d\ncamps:\n  cannabis_share_2010: us_government\nassumptions:\n  cannabis_share_2010: 0.6\n';
    const result = parseScenario(text, 'c.yaml', REGISTRY);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario.assumptions).toEqual({ cannabis_share_2010: 0.6 });
  });

  it('reads a plain value as fixed and { value, low, high } as a range to draw over', () => {
    const text =
      'name: R\ndescription: d\nassumptions:\n  gun_lethality: 2\n  youth_recruitment_effect: { value: 0.1, low: 0.05, high: 0.2 }\n';
    const result = parseScenario(text, 'r.yaml', REGISTRY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.assumptions).toEqual({ gun_lethality: 2, youth_recruitment_effect: 0.1 });
    expect(result.scenario.assumptionRanges).toEqual({ youth_recruitment_effect: { low: 0.05, high: 0.2 } });
    const plain = parseScenario('name: P\ndescription: d\nassumptions:\n  gun_lethality: 2\n', 'p.yaml', REGISTRY);
    expect(plain.ok && plain.scenario.assumptionRanges).toBe(undefined);
  });

  it('checks a range against the chosen camp', () => {
    const text =
      'name: C\ndescription: d\ncamps:\n  cannabis_share_2010: us_government\n' +
      'assumptions:\n  cannabis_share_2010:\n    value: 0.6\n    low: 0.5\n    high: 0.7\n';
    const result = parseScenario(text, 'c.yaml', REGISTRY);
    expect(result.ok && result.scenario.assumptionRanges).toEqual({ cannabis_share_2010: { low: 0.5, high: 0.7 } });
    const [problem] = problemsOf(text.replace('low: 0.5', 'low: 0.2'));
    expect(problem).toMatchObject({
      path: 'assumptions.cannabis_share_2010.low',
      line: 8,
      column: 10,
      allowed: '0.5–0.7 (share)',
    });
    expect(problem?.message).toBe('0.2 is out of range for camp "us_government"');
  });

  it('accepts the ends of every range', () => {
    const text =
      'name: E\ndescription: d\nruns: 100000\nlevers:\n  guard_size: 500000\n  cannabis_start_year: 2019\nassumptions:\n  gun_lethality: 3\n';
    expect(parseScenario(text, 'e.yaml', REGISTRY).ok).toBe(true);
  });

  it('does not touch Object.prototype when a file says __proto__', () => {
    parseScenario('name: P\n__proto__: {polluted: 1}\nlevers:\n  __proto__: {polluted: 1}\n', 'p.yaml', REGISTRY);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseScenario problems', () => {
  it('reports every problem in one pass, in file order', () => {
    const text = 'name: 5\nruns: 0\nlevers:\n  guard_size: 900000\n  guard_sise: 1\n';
    const problems = problemsOf(text);
    expect(problems.map((p) => [p.path, p.line, p.column])).toEqual([
      ['name', 1, 7],
      ['runs', 2, 7],
      ['levers.guard_size', 4, 15],
      ['levers.guard_sise', 5, 3],
    ]);
  });

  it('formats a problem with file, line, column, path and allowed range', () => {
    const [problem] = problemsOf('name: G\nlevers:\n  guard_size: 900000\n');
    expect(problem).toBeDefined();
    expect(formatProblem(problem as ScenarioProblem).replace('test.yaml', 'scenarios/x.yaml')).toBe(
      'scenarios/x.yaml:3:15 levers.guard_size: 900000 is out of range; allowed 0–500000 (people)',
    );
  });

  it('reports a range out of order, a missing or unknown key, and a wrong type, each with where and what is allowed', () => {
    const at = (text: string): string[] => problemsOf(`name: G\nassumptions:\n${text}`).map(formatProblem);
    expect(at('  gun_lethality: { value: 2.5, low: 1, high: 2 }\n')).toEqual([
      'test.yaml:3:18 assumptions.gun_lethality: low 1, value 2.5 and high 2 are out of order (low ≤ value ≤ high); allowed 1–3 (ratio)',
    ]);
    expect(at('  gun_lethality: { value: 2, high: 3 }\n')).toEqual([
      'test.yaml:3:18 assumptions.gun_lethality.low: missing low; a range gives value, low and high',
    ]);
    expect(at('  gun_lethality: { value: 2, low: 1, hihg: 3 }\n')).toEqual([
      'test.yaml:3:18 assumptions.gun_lethality.high: missing high; a range gives value, low and high',
      'test.yaml:3:38 assumptions.gun_lethality.hihg: unknown key "hihg"; did you mean "high"? Allowed: value, low, high',
    ]);
    expect(at('  gun_lethality: { value: two, low: 1, high: 3 }\n')).toEqual([
      'test.yaml:3:27 assumptions.gun_lethality.value: expected a number, got text; allowed 1–3 (ratio)',
    ]);
    expect(at('  gun_lethality: [1, 3]\n')).toEqual([
      'test.yaml:3:18 assumptions.gun_lethality: expected a number (fixed), or value, low and high (drawn over that range), got a list; allowed 1–3 (ratio)',
    ]);
  });

  it('says what type it expected and what it got', () => {
    const [problem] = problemsOf('name: G\nlevers:\n  guard_size: many\n');
    expect(problem?.message).toBe('expected a number, got text');
    expect(problem?.expected).toBe('a number');
  });

  it('refuses a document over the size cap without parsing it', () => {
    const text = `name: Big\ndescription: "${'x'.repeat(MAX_SCENARIO_CHARS)}"\n`;
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/too large/);
    expect(problems[0]?.line).toBe(1);
  });

  it('refuses brackets nested too deeply before parsing, pointing at the bracket that goes too deep', () => {
    const text = `name: Deep\nlevers:\n  guard_size: ${'['.repeat(MAX_NESTING + 1)}1${']'.repeat(MAX_NESTING + 1)}\n`;
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, column: 15 + MAX_NESTING, path: '' });
    expect(problems[0]?.message).toMatch(/nested too deeply/);
    const atLimit = problemsOf(text.replace('[[', '[').replace(']]', ']'));
    expect(atLimit.map((p) => p.message)).toEqual(['expected a number, got a list']);
  });

  it('caps the number of problems and says how many more there were', () => {
    const lines = ['name: Many', 'levers:'];
    for (let i = 0; i < MAX_PROBLEMS + 20; i++) lines.push(`  unknown_${i}: 1`);
    const problems = problemsOf(lines.join('\n'));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)?.message).toMatch(/20 more problems/);
  });

  it('suggests only when a key is close to a known one', () => {
    const [close] = problemsOf('name: S\nlevers:\n  guard_szie: 1\n');
    expect(close?.message).toMatch(/did you mean "guard_size"/);
    const [far] = problemsOf('name: S\nlevers:\n  completely_different: 1\n');
    expect(far?.message).not.toMatch(/did you mean/);
  });

  it('never lets a control character from the file into a message', () => {
    const problems = problemsOf('name: S\nlevers:\n  "bad\\e[2Jkey": 1\n');
    for (const p of problems) expect(p.message).not.toMatch(/[\u0000-\u001f]/);
  });

  it('does not throw when given something that is not text', () => {
    const result = parseScenario(undefined as unknown as string, 'u.yaml', REGISTRY);
    expect(result.ok).toBe(false);
  });
});

/** Broken files and the first problem each must report. Positions were counted from the files by hand. */
const BROKEN_TABLE: Record<string, { path: string; line: number; column: number; message: RegExp; allowed?: string }> =
  {
    'syntax-error.yaml': { path: '', line: 3, column: 1, message: /^YAML syntax: Flow map/ },
    'duplicate-key.yaml': { path: 'seed', line: 3, column: 1, message: /more than once/ },
    'multiple-docs.yaml': { path: '', line: 2, column: 1, message: /one document/ },
    'missing-name.yaml': { path: 'name', line: 1, column: 1, message: /missing name/ },
    'name-number.yaml': { path: 'name', line: 1, column: 7, message: /expected text, got a number/ },
    'wrong-type.yaml': { path: 'levers.guard_size', line: 3, column: 15, message: /^expected a number, got text$/ },
    'quoted-number.yaml': { path: 'levers.guard_size', line: 3, column: 15, message: /plain number: 300000/ },
    'out-of-range.yaml': {
      path: 'levers.guard_size',
      line: 3,
      column: 15,
      message: /^900000 is out of range$/,
      allowed: '0–500000 (people)',
    },
    'year-not-integer.yaml': {
      path: 'levers.cannabis_start_year',
      line: 3,
      column: 24,
      message: /2020\.5 is not a whole/,
    },
    'runs-not-integer.yaml': { path: 'runs', line: 2, column: 7, message: /10\.5 is not a whole number/ },
    'runs-out-of-range.yaml': {
      path: 'runs',
      line: 2,
      column: 7,
      message: /1000000 is out of range/,
      allowed: '1–100000 (runs)',
    },
    'seed-float.yaml': { path: 'seed', line: 2, column: 7, message: /20\.18 is not a whole number/ },
    'unknown-top-key.yaml': {
      path: 'levrs',
      line: 2,
      column: 1,
      message: /unknown key "levrs"; did you mean "levers"\?/,
    },
    'unknown-lever.yaml': { path: 'levers.guard_sise', line: 3, column: 3, message: /did you mean "guard_size"\?/ },
    'unknown-assumption.yaml': {
      path: 'assumptions.gun_lethalty',
      line: 3,
      column: 3,
      message: /did you mean "gun_lethality"\?/,
    },
    'unknown-camp.yaml': {
      path: 'camps.cannabis_share_2010',
      line: 3,
      column: 24,
      message: /unknown camp "randd".*did you mean "rand"\?/,
      allowed: 'rand, us_government',
    },
    'camp-without-camps.yaml': { path: 'camps.gun_lethality', line: 3, column: 3, message: /has no camps/ },
    'override-outside-camp.yaml': {
      path: 'assumptions.cannabis_share_2010',
      line: 5,
      column: 24,
      message: /0\.2 is out of range for camp "us_government"/,
      allowed: '0.5–0.7 (share)',
    },
    'override-outside-range.yaml': {
      path: 'assumptions.gun_lethality',
      line: 3,
      column: 18,
      message: /^7 is out of range$/,
      allowed: '1–3 (ratio)',
    },
    'infinite.yaml': { path: 'levers.youth_budget', line: 3, column: 17, message: /\.inf is not a finite number/ },
    'not-a-number.yaml': { path: 'assumptions.gun_lethality', line: 3, column: 18, message: /\.nan is not a finite/ },
    'range-outside-bounds.yaml': {
      path: 'assumptions.gun_lethality.low',
      line: 3,
      column: 35,
      message: /^0\.5 is out of range$/,
      allowed: '1–3 (ratio)',
    },
    'alias.yaml': {
      path: 'levers.guard_build_years',
      line: 4,
      column: 22,
      message: /aliases \(\*size\) are not allowed/,
    },
    'anchor.yaml': { path: 'levers.guard_size', line: 3, column: 15, message: /anchors \(&size\) are not allowed/ },
    'merge-key.yaml': { path: 'levers.<<', line: 3, column: 3, message: /merge keys \(<<\) are not allowed/ },
    'tag.yaml': { path: 'levers.guard_size', line: 3, column: 15, message: /tags \(!!float\) are not allowed/ },
    'proto.yaml': { path: 'levers.__proto__', line: 3, column: 3, message: /unknown lever "__proto__"/ },
    'deep-nesting.yaml': { path: 'levers.guard_size', line: 3, column: 15, message: /expected a number, got a list/ },
    'toggle-yes.yaml': { path: 'levers.cannabis_legal', line: 3, column: 19, message: /expected 0 or 1 .*got text/ },
    'toggle-two.yaml': { path: 'levers.legalize_all_drugs', line: 3, column: 23, message: /2 is not a valid on\/off/ },
    'not-a-mapping.yaml': { path: '', line: 1, column: 1, message: /expected a mapping .* got a list/ },
    'empty.yaml': { path: '', line: 1, column: 1, message: /the file is empty/ },
    'control-chars.yaml': { path: 'name', line: 1, column: 7, message: /control characters/ },
    'directive.yaml': { path: '', line: 1, column: 1, message: /directives/ },
    'sources-not-list.yaml': { path: 'sources', line: 2, column: 10, message: /expected a list of text, got text/ },
    'levers-not-map.yaml': { path: 'levers', line: 3, column: 3, message: /expected a mapping, got a list/ },
  };

describe('broken scenario corpus', () => {
  const files = readdirSync(BROKEN).filter((f) => f.endsWith('.yaml'));

  it('has an expectation for every file and a file for every expectation', () => {
    expect(files.sort()).toEqual(Object.keys(BROKEN_TABLE).sort());
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  for (const [file, want] of Object.entries(BROKEN_TABLE)) {
    it(`${file}: ${want.path || '(document)'} ${want.message.source}`, () => {
      const text = readFileSync(join(BROKEN, file), 'utf8');
      const result = parseScenario(text, file, REGISTRY);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const match = result.problems.find((p) => p.path === want.path && want.message.test(p.message));
      expect(match, result.problems.map(formatProblem).join('\n')).toBeDefined();
      expect(match).toMatchObject({ file, line: want.line, column: want.column });
      if (want.allowed !== undefined) expect(match?.allowed).toBe(want.allowed);
    });
  }
});

describe('parseScenario: files of many keys', () => {
  it('refuses more entries than a scenario can have, before parsing, naming the limit', () => {
    const text = manyKeysUnderLimit();
    expect(text.length).toBeLessThanOrEqual(MAX_SCENARIO_CHARS);
    const r = parseScenario(text, 'many.yaml', REGISTRY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.message).toMatch(new RegExp(`too many entries .*at most ${MAX_ENTRIES}\\)$`));
  });
  it('parses the most entries allowed within a generous bound (the goal is 0.5 s)', () => {
    const text = manyKeysAtLimit();
    const t0 = performance.now();
    const r = parseScenario(text, 'many.yaml', REGISTRY);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(r.ok).toBe(false);
    // Parsed, not refused: every key is reported as unknown (the first MAX_PROBLEMS, then a count).
    if (!r.ok) expect(r.problems.at(-1)?.message).toBe(msg.scenario.more(MAX_ENTRIES - 3 - MAX_PROBLEMS));
    // One entry more is refused before parsing.
    const over = parseScenario(`${text}extra: 1\n`, 'many.yaml', REGISTRY);
    expect(over.ok ? '' : over.problems[0]?.message).toMatch(/too many entries/);
  });
  it('still finds a key given twice, where it is', () => {
    const dup = parseScenario(
      'name: a\ndescription: d\nlevers:\n  guard_size: 1000\n  guard_size: 2000\n',
      'dup.yaml',
      REGISTRY,
    );
    expect(dup.ok ? [] : dup.problems).toEqual([
      expect.objectContaining({
        line: 5,
        column: 3,
        path: 'levers.guard_size',
        message: msg.scenario.duplicateKey,
      }),
    ]);
  });
  it('does not count prose with colons and commas as entries', () => {
    const prose = Array.from({ length: 3000 }, (_, i) => `  Note ${i}: one, two, three: see [a, b, c].`).join('\n');
    const r = parseScenario(`name: prose\ndescription: >-\n${prose}\n`, 'prose.yaml', REGISTRY);
    expect(r.ok).toBe(true);
  });
});

describe('parseScenario: the report stays small', () => {
  it('reports the first 50 problems then a count, with long keys cut short', () => {
    const key = 'a'.repeat(150_000);
    const text = [
      'name: x',
      'anchors: &a 1',
      `? ${key}`,
      ':',
      ...Array.from({ length: 900 }, (_, i) => `  x${i}: *a`),
    ].join('\n');
    const r = parseScenario(text, 'long.yaml', REGISTRY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(MAX_PROBLEMS).toBe(50);
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.problems.at(-1)?.message).toMatch(/^… and \d+ more problems$/);
    const out = r.problems.map(formatProblem).join('\n');
    for (const line of out.split('\n')) expect(line.length).toBeLessThan(300);
    expect(out.length).toBeLessThan(text.length / 10);
    expect(r.problems.some((p) => p.path.startsWith(`${'a'.repeat(40)}….x`))).toBe(true);
  });
});
