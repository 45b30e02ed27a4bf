/**
 * A debate round file: a motion, the metric and the verdict rule stated up front, both sides' scenarios
 * embedded in full and locked by fingerprint, and the attacks (rebuttals) each side has recorded.
 *
 * Read with the machinery of scenario files (node by node, the same limits and safety checks, every problem
 * with file, line, column and the setting's path). Each side's fingerprint is recomputed on every read: a
 * scenario that no longer matches its fingerprint is refused, naming the side. Pure: no file system.
 */
import { isMap, isScalar, isSeq, stringify } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { Assumption, AssumptionId, CampId, Scenario } from '../model/types.js';
import { fingerprintScenario, FINGERPRINT_LENGTH } from './fingerprint.js';
import {
  capped,
  type Collector,
  describe,
  entries,
  num,
  openYamlMapping,
  range,
  readNumber,
  readRuns,
  readScenarioMapping,
  readSeed,
  readText,
  type ScenarioProblem,
  type ScenarioRegistry,
  show,
  valueNode,
} from './parse-scenario.js';
import { scenarioToYaml } from './serialize-scenario.js';
import { suggest } from './suggest.js';
import { msg } from '../text/i18n.js';

/** The version of the round file format this code reads and writes. */
export const ROUND_VERSION = 1;
/** The key that marks a YAML file as a debate round (and gives its format version). */
export const ROUND_MARK = 'palancas_round';
/** The two sides of a round: the affirmative (for the motion) and the negative. */
export const SIDES = ['aff', 'neg'] as const;
export type Side = (typeof SIDES)[number];
/** What an attack changes: an assumption's value, or the camp an assumption is read under. */
export const ATTACK_KINDS = ['assumption', 'camp'] as const;
export type AttackKind = (typeof ATTACK_KINDS)[number];
/** Longest motion, in characters. */
export const MAX_MOTION_CHARS = 300;
/** Longest attack note, in characters. */
export const MAX_NOTE_CHARS = 1000;
/** Most attacks a round records. */
export const MAX_ATTACKS = 50;

/** The keys of a round file at the top level, in the order they are written. */
export const ROUND_KEYS = [ROUND_MARK, 'motion', 'rule', ...SIDES, 'attacks'] as const;
/** The keys of the verdict rule. */
export const RULE_KEYS = ['metric', 'runs', 'seed', 'tie_margin', 'words'] as const;
/** The keys of a side. */
export const SIDE_KEYS = ['file', 'fingerprint', 'scenario'] as const;
/** The keys of an attack. */
export const ATTACK_KEYS = ['side', 'kind', 'id', 'value', 'camp', 'note'] as const;

/** The verdict rule: the effect of aff over neg on the metric from `runs` paired runs with `seed`. */
export interface RoundRule {
  /** A metric id (homicides_total, revenue_2030, …). */
  readonly metric: string;
  readonly runs: number;
  readonly seed: string;
  /** A median effect no larger than this (in the metric's unit) is a tie. */
  readonly tieMargin: number;
  /** The rule in words, as written when the round was made. The fields above decide; the words explain. */
  readonly words: string;
}

/** One side's case: its scenario and the fingerprint that locks it. */
export interface RoundSide {
  /** Where the scenario came from, as typed when the round was made (for the record only). */
  readonly file: string;
  readonly fingerprint: string;
  readonly scenario: Scenario;
}

/** A rebuttal: one change to the world both cases run in, with the attacking side's source note. */
export type RoundAttack = { readonly side: Side; readonly id: AssumptionId; readonly note: string } & (
  | { readonly kind: 'assumption'; readonly value: number }
  | { readonly kind: 'camp'; readonly camp: CampId }
);

/** A debate round. */
export interface Round {
  readonly motion: string;
  readonly rule: RoundRule;
  readonly aff: RoundSide;
  readonly neg: RoundSide;
  readonly attacks: readonly RoundAttack[];
}

/** What a round is read and checked against: the model's levers and assumptions, its version and metrics. */
export interface RoundRegistry extends ScenarioRegistry {
  readonly modelVersion: string;
  /** Tells whether a text names a metric. */
  readonly isMetric: (id: string) => boolean;
  /** The metric ids to offer when one is unknown. */
  readonly metricIds: readonly string[];
}

/** The outcome of reading a round; `tampered` lists the sides whose scenario no longer matches its fingerprint. */
export type ParseRoundResult =
  | { readonly ok: true; readonly round: Round }
  | { readonly ok: false; readonly problems: ScenarioProblem[]; readonly tampered: readonly Side[] };

/** A side's fingerprint: its scenario's settings and the model version, hashed. */
export function sideFingerprint(s: Scenario, registry: RoundRegistry): string {
  return fingerprintScenario(s, registry, registry.modelVersion);
}

/**
 * Applies an attack to a scenario. An assumption attack fixes the value (any range the scenario drew it over
 * is dropped); a camp attack picks the camp and drops the scenario's own value for that assumption, so the
 * camp's value and range apply.
 */
export function applyAttack(s: Scenario, attack: RoundAttack): Scenario {
  const ranges = { ...(s.assumptionRanges ?? {}) };
  delete ranges[attack.id];
  const rest = Object.keys(ranges).length > 0 ? { assumptionRanges: ranges } : {};
  const { assumptionRanges: _dropped, ...base } = s;
  if (attack.kind === 'assumption') {
    return { ...base, ...rest, assumptions: { ...s.assumptions, [attack.id]: attack.value } };
  }
  const assumptions = { ...s.assumptions };
  delete assumptions[attack.id];
  return { ...base, ...rest, assumptions, camps: { ...s.camps, [attack.id]: attack.camp } };
}

/** A problem with an attack's id, value or camp: the message and what is allowed. */
export interface AttackProblem {
  readonly field: 'id' | 'value' | 'camp';
  readonly message: string;
  readonly allowed?: string;
}

/** The range an assumption's value must lie in on a side: its camp's there, or its own. */
function rangeOn(a: Assumption, s: Scenario): { low: number; high: number; camp?: CampId } {
  const campId = Object.hasOwn(s.camps, a.id) ? s.camps[a.id] : a.defaultCamp;
  const camp = a.camps?.find((k) => k.id === campId);
  return camp === undefined ? { low: a.low, high: a.high } : { low: camp.low, high: camp.high, camp: camp.id };
}

/**
 * Checks an attack against the model and both cases: the assumption exists; a value lies within the range in
 * force on each side (the camp's range when a camp is picked there); a camp is one of the assumption's camps.
 */
export function attackProblem(
  attack: RoundAttack,
  sides: { readonly aff: Scenario; readonly neg: Scenario },
  registry: ScenarioRegistry,
): AttackProblem | undefined {
  const a = registry.assumptions.find((x) => x.id === attack.id);
  if (a === undefined) {
    const ids = registry.assumptions.map((x) => x.id);
    return { field: 'id', message: msg.scenario.unknownKey('assumption', show(attack.id), suggest(attack.id, ids)) };
  }
  if (attack.kind === 'camp') {
    const campIds = (a.camps ?? []).map((k) => k.id);
    if (campIds.length === 0) {
      const withCamps = registry.assumptions.filter((x) => x.camps !== undefined).map((x) => x.id);
      return { field: 'id', message: msg.scenario.noCamps(a.id), allowed: withCamps.join(', ') };
    }
    if (!campIds.includes(attack.camp)) {
      return {
        field: 'camp',
        message: msg.scenario.unknownCamp(show(attack.camp), a.id, suggest(attack.camp, campIds)),
        allowed: campIds.join(', '),
      };
    }
    return undefined;
  }
  for (const side of SIDES) {
    const r = rangeOn(a, sides[side]);
    if (!(attack.value >= r.low && attack.value <= r.high)) {
      const value = num(attack.value);
      return {
        field: 'value',
        message:
          r.camp === undefined ? msg.scenario.outOfRange(value) : msg.round.outOfCampRangeOn(value, r.camp, side),
        allowed: range(r.low, r.high, a.unit),
      };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- reading

/** Reads the pairs of a mapping section, reporting keys outside `keys`; undefined when it is not a mapping. */
function section(
  pair: Pair<unknown, unknown>,
  path: string,
  keys: readonly string[],
  c: Collector,
): Map<string, Pair<unknown, unknown>> | undefined {
  const node = pair.value;
  if (!isMap(node)) {
    c.add(valueNode(pair), path, msg.scenario.expectedGot(msg.scenario.expected.mapping, describe(node)), {
      expected: msg.scenario.expected.mapping,
    });
    return undefined;
  }
  return known(node, path, keys, c);
}

/** The pairs of a mapping by key, each unknown key reported with a suggestion. */
function known(
  node: YAMLMap<unknown, unknown>,
  path: string,
  keys: readonly string[],
  c: Collector,
): Map<string, Pair<unknown, unknown>> {
  const out = new Map<string, Pair<unknown, unknown>>();
  for (const [key, pair] of entries(node, path, c)) {
    const keyPath = path === '' ? key : `${path}.${key}`;
    if (keys.includes(key)) out.set(key, pair);
    else
      c.add(pair.key as YamlNode, keyPath, msg.scenario.unknownKey('key', show(key), suggest(key, keys)), {
        allowed: keys.join(', '),
      });
  }
  return out;
}

/** The pair of a required key, or a problem at `at` naming it. */
function required(
  map: ReadonlyMap<string, Pair<unknown, unknown>>,
  key: string,
  path: string,
  at: YamlNode,
  c: Collector,
): Pair<unknown, unknown> | undefined {
  const pair = map.get(key);
  if (pair === undefined) c.add(at, path, msg.round.missing(key));
  return pair;
}

/** Reads a required line of text that must not be blank. */
function line(
  map: ReadonlyMap<string, Pair<unknown, unknown>>,
  key: string,
  path: string,
  at: YamlNode,
  c: Collector,
  max: number,
): string | undefined {
  const pair = required(map, key, path, at, c);
  if (pair === undefined) return undefined;
  const text = readText(pair, path, c, { multiline: false, max });
  if (text !== undefined && text.trim() === '') {
    c.add(valueNode(pair), path, msg.round.blank(key), { expected: msg.scenario.expected.text });
    return undefined;
  }
  return text;
}

/** Reads one of a fixed set of words. */
function choice<T extends string>(
  map: ReadonlyMap<string, Pair<unknown, unknown>>,
  key: string,
  path: string,
  at: YamlNode,
  allowed: readonly T[],
  c: Collector,
): T | undefined {
  const pair = required(map, key, path, at, c);
  if (pair === undefined) return undefined;
  const node = pair.value;
  if (isScalar(node) && typeof node.value === 'string' && (allowed as readonly string[]).includes(node.value)) {
    return node.value as T;
  }
  const got = isScalar(node) && typeof node.value === 'string' ? show(node.value) : describe(node);
  c.add(valueNode(pair), path, msg.round.notOneOf(got), { allowed: allowed.join(', ') });
  return undefined;
}

function readRule(pair: Pair<unknown, unknown>, registry: RoundRegistry, c: Collector): RoundRule | undefined {
  const map = section(pair, 'rule', RULE_KEYS, c);
  if (map === undefined) return undefined;
  const at = pair.key as YamlNode;
  const metric = line(map, 'metric', 'rule.metric', at, c, 100);
  if (metric !== undefined && !registry.isMetric(metric)) {
    c.add(
      valueNode(map.get('metric') as Pair<unknown, unknown>),
      'rule.metric',
      msg.round.unknownMetric(show(metric)),
      {
        allowed: registry.metricIds.join(', '),
      },
    );
  }
  c.prefix = 'rule';
  const runsPair = required(map, 'runs', 'rule.runs', at, c);
  const runs = runsPair === undefined ? undefined : readRuns(runsPair, c);
  const seedPair = required(map, 'seed', 'rule.seed', at, c);
  const seed = seedPair === undefined ? undefined : readSeed(seedPair, c);
  c.prefix = '';
  const tiePair = map.get('tie_margin');
  let tieMargin: number | undefined = 0;
  if (tiePair !== undefined) {
    tieMargin = readNumber(tiePair, 'rule.tie_margin', c, msg.scenario.expected.number, msg.round.tieAllowed);
    if (tieMargin !== undefined && tieMargin < 0) {
      c.add(valueNode(tiePair), 'rule.tie_margin', msg.scenario.outOfRange(num(tieMargin)), {
        allowed: msg.round.tieAllowed,
      });
      tieMargin = undefined;
    }
  }
  const wordsPair = map.get('words');
  const words = wordsPair === undefined ? '' : (readText(wordsPair, 'rule.words', c, { multiline: true }) ?? '');
  if (metric === undefined || runs === undefined || seed === undefined || tieMargin === undefined) return undefined;
  return { metric, runs, seed, tieMargin, words };
}

/** Reads one side; its scenario's problems carry the side's path (aff.scenario.levers.guard_size). */
function readSide(
  side: Side,
  pair: Pair<unknown, unknown>,
  registry: RoundRegistry,
  c: Collector,
): { side: RoundSide; at: YamlNode | null } | undefined {
  const map = section(pair, side, SIDE_KEYS, c);
  if (map === undefined) return undefined;
  const at = pair.key as YamlNode;
  const filePair = map.get('file');
  const file = filePair === undefined ? '' : readText(filePair, `${side}.file`, c, { multiline: false, max: 1000 });
  const fingerprint = line(map, 'fingerprint', `${side}.fingerprint`, at, c, FINGERPRINT_LENGTH * 4);
  if (fingerprint !== undefined && !new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`).test(fingerprint)) {
    c.add(
      valueNode(map.get('fingerprint') as Pair<unknown, unknown>),
      `${side}.fingerprint`,
      msg.round.badFingerprint,
      {
        allowed: msg.round.fingerprintAllowed(FINGERPRINT_LENGTH),
      },
    );
  }
  const scenarioPair = required(map, 'scenario', `${side}.scenario`, at, c);
  if (scenarioPair === undefined) return undefined;
  const node = scenarioPair.value;
  if (!isMap(node)) {
    c.add(valueNode(scenarioPair), `${side}.scenario`, msg.scenario.notMapping(describe(node)), {
      expected: msg.scenario.expected.mapping,
    });
    return undefined;
  }
  c.prefix = `${side}.scenario`;
  const scenario = readScenarioMapping(node, registry, c);
  c.prefix = '';
  if (scenario === undefined || file === undefined || fingerprint === undefined) return undefined;
  return { side: { file, fingerprint, scenario }, at: valueNode(map.get('fingerprint') as Pair<unknown, unknown>) };
}

/** Reads one attack (its id, value and camp are checked against both cases afterwards). */
function readAttack(
  item: unknown,
  path: string,
  c: Collector,
): { attack: RoundAttack; nodes: Map<string, Pair<unknown, unknown>> } | undefined {
  if (!isMap(item)) {
    c.add(
      (item as YamlNode | null) ?? 0,
      path,
      msg.scenario.expectedGot(msg.scenario.expected.mapping, describe(item)),
      {
        expected: msg.scenario.expected.mapping,
      },
    );
    return undefined;
  }
  const map = known(item, path, ATTACK_KEYS, c);
  const side = choice(map, 'side', `${path}.side`, item, SIDES, c);
  const kind = choice(map, 'kind', `${path}.kind`, item, ATTACK_KINDS, c);
  const id = line(map, 'id', `${path}.id`, item, c, 100);
  const note = line(map, 'note', `${path}.note`, item, c, MAX_NOTE_CHARS);
  if (kind === undefined || side === undefined || id === undefined || note === undefined) return undefined;
  const other = kind === 'assumption' ? 'camp' : 'value';
  const stray = map.get(other);
  if (stray !== undefined) {
    c.add(stray.key as YamlNode, `${path}.${other}`, msg.round.strayKey(other, kind));
    return undefined;
  }
  if (kind === 'assumption') {
    const pair = required(map, 'value', `${path}.value`, item, c);
    const value = pair === undefined ? undefined : readNumber(pair, `${path}.value`, c, msg.scenario.expected.number);
    if (value === undefined) return undefined;
    return { attack: { side, kind, id: id as AssumptionId, value, note }, nodes: map };
  }
  const camp = line(map, 'camp', `${path}.camp`, item, c, 100);
  if (camp === undefined) return undefined;
  return { attack: { side, kind, id: id as AssumptionId, camp: camp as CampId, note }, nodes: map };
}

function readAttacks(
  pair: Pair<unknown, unknown> | undefined,
  c: Collector,
): { attack: RoundAttack; nodes: Map<string, Pair<unknown, unknown>>; at: YamlNode }[] {
  if (pair === undefined) return [];
  const node = pair.value;
  if (isScalar(node) && (node.value === null || node.value === undefined)) return [];
  if (!isSeq(node)) {
    c.add(valueNode(pair), 'attacks', msg.scenario.expectedGot(msg.scenario.expected.list, describe(node)), {
      expected: msg.scenario.expected.list,
    });
    return [];
  }
  if (node.items.length > MAX_ATTACKS) {
    c.add(valueNode(pair), 'attacks', msg.round.tooManyAttacks(node.items.length, MAX_ATTACKS));
    return [];
  }
  const out: { attack: RoundAttack; nodes: Map<string, Pair<unknown, unknown>>; at: YamlNode }[] = [];
  node.items.forEach((item, i) => {
    const read = readAttack(item, `attacks[${i}]`, c);
    if (read !== undefined) out.push({ ...read, at: item as YamlNode });
  });
  return out;
}

function parseRoundUnchecked(text: string, file: string, registry: RoundRegistry): ParseRoundResult {
  const opened = openYamlMapping(text, file);
  if (!opened.ok) return { ...opened, tampered: [] };
  const { root, c } = opened;
  const top = known(root, '', ROUND_KEYS, c);
  const versionPair = top.get(ROUND_MARK);
  if (versionPair === undefined) {
    c.add(root, ROUND_MARK, msg.round.notARound(ROUND_MARK), { allowed: String(ROUND_VERSION) });
  } else {
    const v = readNumber(versionPair, ROUND_MARK, c, msg.scenario.expected.number, String(ROUND_VERSION));
    if (v !== undefined && v !== ROUND_VERSION) {
      c.add(valueNode(versionPair), ROUND_MARK, msg.round.badVersion(num(v)), { allowed: String(ROUND_VERSION) });
    }
  }
  const motion = line(top, 'motion', 'motion', root, c, MAX_MOTION_CHARS);
  const rulePair = required(top, 'rule', 'rule', root, c);
  const rule = rulePair === undefined ? undefined : readRule(rulePair, registry, c);
  const sides: Partial<Record<Side, { side: RoundSide; at: YamlNode | null }>> = {};
  for (const side of SIDES) {
    const pair = required(top, side, side, root, c);
    const read = pair === undefined ? undefined : readSide(side, pair, registry, c);
    if (read !== undefined) sides[side] = read;
  }
  const attacks = readAttacks(top.get('attacks'), c);
  const aff = sides.aff;
  const neg = sides.neg;
  if (c.problems.length > 0 || motion === undefined || rule === undefined || aff === undefined || neg === undefined) {
    if (c.problems.length === 0) c.add(0, '', msg.scenario.internal(msg.scenario.incomplete));
    return { ok: false, problems: capped(c.problems), tampered: [] };
  }
  // The lock: each side's scenario must still hash to the fingerprint recorded when the round was made.
  const tampered: Side[] = [];
  for (const side of SIDES) {
    const read = side === 'aff' ? aff : neg;
    const actual = sideFingerprint(read.side.scenario, registry);
    if (actual !== read.side.fingerprint) {
      tampered.push(side);
      c.add(read.at, `${side}.fingerprint`, msg.round.tampered(side, read.side.fingerprint, actual));
    }
  }
  if (tampered.length > 0) return { ok: false, problems: capped(c.problems), tampered };
  for (const { attack, nodes, at } of attacks) {
    const p = attackProblem(attack, { aff: aff.side.scenario, neg: neg.side.scenario }, registry);
    if (p === undefined) continue;
    const index = attacks.findIndex((x) => x.at === at);
    const pair = nodes.get(p.field);
    c.add(pair === undefined ? at : valueNode(pair), `attacks[${index}].${p.field}`, p.message, {
      ...(p.allowed === undefined ? {} : { allowed: p.allowed }),
    });
  }
  if (c.problems.length > 0) return { ok: false, problems: capped(c.problems), tampered: [] };
  return {
    ok: true,
    round: { motion, rule, aff: aff.side, neg: neg.side, attacks: attacks.map((x) => x.attack) },
  };
}

/**
 * Parses and checks a round file: its fields, both embedded scenarios (as strictly as scenario files), each
 * side's fingerprint against its scenario, and every attack against both cases. Never throws.
 */
export function parseRound(text: string, file: string, registry: RoundRegistry): ParseRoundResult {
  try {
    return parseRoundUnchecked(text, file, registry);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ file, line: 1, column: 1, path: '', message: msg.scenario.internal(message.slice(0, 200)) }],
      tampered: [],
    };
  }
}

/** Tells, cheaply and without parsing, whether a YAML text is a debate round (it has the round mark at the top). */
export function looksLikeRound(text: string): boolean {
  return new RegExp(`^${ROUND_MARK}[ \\t]*:`, 'm').test(text);
}

// ---------------------------------------------------------------- writing

/** Writes text as a double-quoted YAML scalar (JSON's escapes are YAML's). */
function quoted(text: string): string {
  return JSON.stringify(text);
}

/** Indents every non-empty line. */
function indent(text: string, by: number): string {
  const pad = ' '.repeat(by);
  return text
    .trimEnd()
    .split('\n')
    .map((l) => (l === '' ? l : `${pad}${l}`))
    .join('\n');
}

/**
 * Writes a round as YAML that `parseRound` reads back into an equal round. The embedded scenarios are
 * written as scenario files are (every lever listed, defaults commented out), indented under their side.
 */
export function roundToYaml(round: Round, registry: ScenarioRegistry): string {
  const t = msg.round.file;
  const out: string[] = [
    ...t.header.map((l) => `# ${l}`),
    `${ROUND_MARK}: ${ROUND_VERSION}`,
    `motion: ${quoted(round.motion)}`,
    `# ${t.ruleComment}`,
    'rule:',
    `  metric: ${round.rule.metric}`,
    `  runs: ${round.rule.runs}`,
    `  seed: ${quoted(round.rule.seed)}`,
    `  tie_margin: ${num(round.rule.tieMargin)}`,
    indent(stringify({ words: round.rule.words }, { lineWidth: 100, minContentWidth: 40 }), 2),
  ];
  for (const side of SIDES) {
    const s = round[side];
    out.push(
      `# ${t.sideComment(side)}`,
      `${side}:`,
      `  file: ${quoted(s.file)}`,
      `  fingerprint: ${quoted(s.fingerprint)}`,
      '  scenario:',
      indent(scenarioToYaml(s.scenario, registry), 4),
    );
  }
  out.push(`# ${t.attacksComment}`);
  if (round.attacks.length === 0) out.push('attacks: []');
  else {
    out.push('attacks:');
    for (const a of round.attacks) {
      out.push(`  - side: ${a.side}`, `    kind: ${a.kind}`, `    id: ${a.id}`);
      out.push(a.kind === 'assumption' ? `    value: ${num(a.value)}` : `    camp: ${a.camp}`);
      out.push(`    note: ${quoted(a.note)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
