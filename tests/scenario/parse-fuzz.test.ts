import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, type ParseScenarioResult } from '../../src/scenario/parse-scenario.js';
import { REGISTRY } from '../fixtures/registry.js';

/** Throws when a result breaks the contract: a usable scenario, or positioned problems with messages. */
function checkResult(result: ParseScenarioResult): void {
  const fail = (why: string) => {
    throw new Error(`${why}: ${JSON.stringify(result).slice(0, 500)}`);
  };
  if (result.ok) {
    const s = result.scenario;
    if (typeof s.name !== 'string' || s.name.trim() === '') fail('empty name');
    if (!Number.isInteger(s.runs)) fail('runs not an integer');
    if (!Object.values(s.levers).every(Number.isFinite)) fail('non-finite lever');
    if (!Object.values(s.assumptions).every(Number.isFinite)) fail('non-finite assumption');
    return;
  }
  if (result.problems.length < 1) fail('no problems');
  for (const p of result.problems) {
    if (!Number.isInteger(p.line) || p.line < 1) fail('bad line');
    if (!Number.isInteger(p.column) || p.column < 1) fail('bad column');
    if (typeof p.message !== 'string' || p.message.length === 0) fail('no message');
    if (/[\u0000-\u001f]/.test(p.message)) fail('control character in message');
  }
}

const KEYS = [
  'name',
  'description',
  'sources',
  'seed',
  'runs',
  'levers',
  'assumptions',
  'camps',
  'years',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '<<',
  '? [a, b]',
  '"quoted key"',
  '123',
  'true',
  '~',
  ...REGISTRY.levers.map((l) => l.id),
  ...REGISTRY.assumptions.map((a) => a.id),
  'cannabis_share_2010',
];

const junk = fc.string({ unit: 'binary', maxLength: 30 });
const nested = fc.integer({ min: 1, max: 100 }).chain((depth) =>
  fc.constantFrom('[', '{a: ', '- ').map((open) => {
    const close = open === '[' ? ']' : open === '{a: ' ? '}' : '';
    return `${open.repeat(depth)}1${close.repeat(depth)}`;
  }),
);

const numbers = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -1e9, max: 1e12 }).map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
);
const fragments = fc.constantFrom(
  '',
  '~',
  'null',
  'true',
  'false',
  'yes',
  '.inf',
  '-.inf',
  '.nan',
  '0x1F',
  '1e400',
  '-0',
  '&a 1',
  '*a',
  '&b [*a, *a, *a]',
  '!!str 5',
  '!!float 2019',
  '!custom x',
  '!<tag:yaml.org,2002:int> 3',
  '{__proto__: {polluted: 1}}',
  '{constructor: {prototype: 1}}',
  '[1, 2, 3]',
  '{guard_size: 1}',
  '"\\e[2J\\u0000"',
  "'single ''quoted'''",
  '>-\n  folded\n  text',
  '|\n  literal\n',
  'rand',
  'us_government',
  '300000',
  '2020.5',
);
const longLine = fc.integer({ min: 500, max: 3000 }).map((n) => 'x'.repeat(n));
const value = fc.oneof(
  { weight: 4, arbitrary: junk },
  { weight: 3, arbitrary: numbers },
  { weight: 8, arbitrary: fragments },
  { weight: 1, arbitrary: nested },
);

const line = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom('', '', '  ', '    ', '\t', ' '), fc.oneof(fc.constantFrom(...KEYS), junk), value)
      .map(([indent, key, v]) => `${indent}${key}: ${v}`),
  },
  { weight: 1, arbitrary: junk },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '---',
      '...',
      '%YAML 1.1',
      '%TAG !e! tag:example.com,2000:',
      '- item',
      '# comment',
      '? complex',
      ': value',
      '<<: *a',
      '&anchor',
      '"unterminated',
      '{',
      ']',
    ),
  },
);

/** Documents of a few lines; one in twenty also gets a very long line somewhere. */
const document = fc
  .tuple(
    fc.boolean(),
    fc.array(line, { maxLength: 6 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.integer({ min: 0, max: 19 }),
    longLine,
    fc.constantFrom(...KEYS),
  )
  .map(([named, lines, eol, dice, long, key]) => {
    const all = named ? ['name: Fuzz', ...lines] : [...lines];
    if (dice === 0) all.splice(long.length % (all.length + 1), 0, `${key}: ${long}`);
    return all.join(eol);
  });

describe('parseScenario on arbitrary documents', () => {
  it('never throws and always returns a scenario or positioned problems (10,000 documents)', () => {
    fc.assert(
      fc.property(document, (text) => {
        checkResult(parseScenario(text, 'fuzz.yaml', REGISTRY));
      }),
      { seed: 2018, numRuns: 10_000 },
    );
    // About 5 s on an idle machine; the long timeout only guards against a busy one.
  }, 120_000);

  it('copes with pure binary junk', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkResult(parseScenario(text, 'junk.yaml', REGISTRY));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('does not expand nested aliases (billion laughs) and answers quickly', () => {
    const lines = ['name: Laughs', 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const started = performance.now();
    const result = parseScenario(lines.join('\n'), 'laughs.yaml', REGISTRY);
    expect(performance.now() - started).toBeLessThan(2000);
    checkResult(result);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => /aliases/.test(p.message))).toBe(true);
  });

  it('survives nesting as deep as the size cap allows', () => {
    const texts = [
      '['.repeat(200_000),
      `name: Deep\nlevers:\n  guard_size: ${'{a: '.repeat(50_000)}`,
      `name: Deep\nlevers:\n  guard_size:\n${'- '.repeat(100_000)}1`,
    ];
    for (const text of texts) {
      const started = performance.now();
      const result = parseScenario(text, 'deep.yaml', REGISTRY);
      checkResult(result);
      expect(result.ok).toBe(false);
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });

  it('never pollutes Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });
});
