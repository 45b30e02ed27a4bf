/**
 * Reads a scenario file (YAML text) into a `Scenario`, reporting every problem with its line and column.
 *
 * The YAML is walked node by node instead of being converted to plain objects, so keys such as `__proto__`
 * cannot pollute anything, and aliases, anchors, merge keys and tags are refused before they can expand.
 * Pure: no file system, no randomness; `parseScenario` never throws.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { Assumption, AssumptionId, Camp, CampId, Lever, LeverId, Scenario } from '../model/types.js';
import { DEFAULT_RUNS } from '../model/scenario-defaults.js';
import { suggest } from './suggest.js';
import { msg } from '../text/i18n.js';

/** The levers and assumptions a scenario file may refer to (passed in, so this module does not load the model). */
export interface ScenarioRegistry {
  readonly levers: readonly Lever[];
  readonly assumptions: readonly Assumption[];
}

/** One thing wrong (or worth a warning) in a scenario file, with where it is. */
export interface ScenarioProblem {
  /** The file name as given by the caller. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** Dotted path of the setting, e.g. "levers.guard_size"; empty for the document as a whole. */
  readonly path: string;
  readonly message: string;
  /** What kind of value was expected, e.g. "a number". */
  readonly expected?: string;
  /** The values or range that are allowed, e.g. "0–500000 (people)". */
  readonly allowed?: string;
}

/** The outcome of reading a scenario file. */
export type ParseScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: ScenarioProblem[] }
  | { readonly ok: false; readonly problems: ScenarioProblem[] };

/** Largest scenario file read, in characters. */
export const MAX_SCENARIO_CHARS = 256 * 1024;
/** Most problems reported for one file; the rest are summarised in one last problem. */
export const MAX_PROBLEMS = 50;
/** Seed used when a file gives none. */
export const DEFAULT_SEED = '2018';
/** Ensemble size used when a file gives none. */
export { DEFAULT_RUNS };
/** Smallest ensemble a file may ask for. */
export const MIN_RUNS = 1;
/** Largest ensemble a file may ask for. */
export const MAX_RUNS = 100_000;
/** Longest scenario name, in characters. */
export const MAX_NAME_CHARS = 200;
/** Deepest nesting of flow brackets (`[`, `{`) read; deeper documents are refused before parsing. */
export const MAX_NESTING = 64;
/**
 * Most entries (mapping keys and list items, counted before parsing) a file may have. A scenario has about a
 * hundred settings; the limit keeps any file under the size limit fast to check.
 */
export const MAX_ENTRIES = 1000;
/** Longest seed, in characters. */
export const MAX_SEED_CHARS = 200;
/** The keys a scenario file may have at the top level, in the order they are written. */
export const SCENARIO_KEYS = [
  'name',
  'description',
  'sources',
  'seed',
  'runs',
  'levers',
  'assumptions',
  'camps',
] as const;

/** The keys of an assumption range in a scenario file, e.g. `{ value: 1.5, low: 1, high: 2 }`. */
export const RANGE_KEYS = ['value', 'low', 'high'] as const;

/** Control characters that must not reach a terminal (tab and newline are handled separately). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Formats a problem as "file:line:col path: message; allowed …", in the language in force. */
export function formatProblem(p: ScenarioProblem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const path = p.path === '' ? '' : ` ${p.path}`;
  return msg.scenario.problem(where, path, p.message, p.allowed, p.message.endsWith('?'));
}

/** Quotes a user-supplied string for a message: escapes control characters and cuts it short. */
export function show(value: string): string {
  const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `"${cut.replace(CONTROL_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** Longest part of a setting's path shown in a problem; longer keys are cut with "…". */
export const MAX_PATH_PART_CHARS = 40;

/** Shortens each over-long part of a dotted path, so a problem about a huge key stays one short line. */
function shortPath(path: string): string {
  if (path.length <= MAX_PATH_PART_CHARS) return path;
  return path
    .split('.')
    .map((part) => (part.length > MAX_PATH_PART_CHARS ? `${part.slice(0, MAX_PATH_PART_CHARS)}…` : part))
    .join('.')
    .replace(CONTROL_ALL, ' ');
}

/**
 * Formats a number for a message the way a scenario file writes it (400000, 0.15, no digit grouping) in every
 * language, so a value or range in a problem can be copied back into the file.
 */
export function num(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

/** Formats a range with its unit, e.g. "0–500000 (people)". */
export function range(low: number, high: number, unit: string): string {
  return `${num(low)}–${num(high)}${unit === '' ? '' : ` (${unit})`}`;
}

/** Collects problems with positions for one file. */
export class Collector {
  readonly problems: ScenarioProblem[] = [];
  readonly warnings: ScenarioProblem[] = [];
  /** Nodes already reported by the safety pass (aliases, anchors, tags), whose value is not checked again. */
  readonly flagged = new Set<unknown>();
  /**
   * Dotted path put before every problem's path, for a scenario read from inside a larger file (a debate
   * round embeds two): "aff.scenario" makes "levers.guard_size" read "aff.scenario.levers.guard_size".
   */
  prefix = '';

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  position(offset: number): { line: number; column: number } {
    const pos = this.lines.linePos(Math.max(0, offset));
    return { line: Math.max(1, pos.line), column: Math.max(1, pos.col) };
  }

  make(
    at: YamlNode | number | null | undefined,
    path: string,
    message: string,
    extra: { expected?: string; allowed?: string } = {},
  ): ScenarioProblem {
    const offset = typeof at === 'number' ? at : (at?.range?.[0] ?? 0);
    return {
      file: this.file,
      ...this.position(offset),
      path: shortPath(this.prefix === '' ? path : join(this.prefix, path)),
      message: message.replace(CONTROL_ALL, ' '),
      ...(extra.expected === undefined ? {} : { expected: extra.expected }),
      ...(extra.allowed === undefined ? {} : { allowed: extra.allowed }),
    };
  }

  add(
    at: YamlNode | number | null | undefined,
    path: string,
    message: string,
    extra: { expected?: string; allowed?: string } = {},
  ): void {
    this.problems.push(this.make(at, path, message, extra));
  }

  warn(at: YamlNode | number | null | undefined, path: string, message: string): void {
    this.warnings.push(this.make(at, path, message));
  }
}

/** Says what kind of value a node holds, in words. */
export function describe(node: unknown): string {
  if (node === null || node === undefined) return msg.scenario.got.null;
  if (isAlias(node)) return msg.scenario.got.alias;
  if (isMap(node)) return msg.scenario.got.mapping;
  if (isSeq(node)) return msg.scenario.got.list;
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return msg.scenario.got.null;
    if (typeof v === 'number') return msg.scenario.got.number;
    if (typeof v === 'string') return msg.scenario.got.text;
    if (typeof v === 'boolean') return msg.scenario.got.boolean;
  }
  return msg.scenario.got.other;
}

/** Joins a parent path and a key. */
function join(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

/**
 * Walks the whole document without recursion and reports aliases, anchors, tags and merge keys wherever
 * they are, so nothing can expand or be re-typed later.
 */
function checkSafety(root: unknown, text: string, c: Collector): void {
  const stack: { node: unknown; path: string }[] = [{ node: root, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: string };
    if (node === null || typeof node !== 'object') continue;
    if (isAlias(node)) {
      c.add(node, path, msg.scenario.alias(String(node.source)));
      c.flagged.add(node);
      continue;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    const start = node.range?.[0] ?? 0;
    if (typeof node.anchor === 'string' && node.anchor !== '') {
      c.add(propertyStart(text, start, `&${node.anchor}`), path, msg.scenario.anchor(node.anchor));
      c.flagged.add(node);
    }
    if (typeof node.tag === 'string' && node.tag !== '') {
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      c.add(propertyStart(text, start, '!'), path, msg.scenario.tag(tag));
      c.flagged.add(node);
    }
    if (isMap(node)) {
      reportDuplicateKeys(node, path, c);
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i];
        if (pair === undefined) continue;
        const key = pair.key;
        const keyText = isScalar(key) ? scalarKeyText(key.value) : undefined;
        if (isScalar(key) && (typeof key.value === 'symbol' || key.source === '<<' || key.value === '<<')) {
          c.add(key, join(path, '<<'), msg.scenario.mergeKey);
          c.flagged.add(pair);
        }
        const childPath = keyText === undefined ? path : join(path, keyText);
        stack.push({ node: pair.value, path: childPath });
        stack.push({ node: key, path: childPath });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        stack.push({ node: node.items[i], path: `${path}[${i}]` });
      }
    }
  }
}

/**
 * Reports each key that appears again in the same mapping, at its second appearance. One pass with a set:
 * the yaml library's own check (`uniqueKeys`) compares every pair of keys, which a file of tens of
 * thousands of short keys turns into seconds.
 */
function reportDuplicateKeys(map: YAMLMap<unknown, unknown>, path: string, c: Collector): void {
  const seen = new Set<string>();
  for (const pair of map.items) {
    const key = pair.key;
    const text = isScalar(key) ? scalarKeyText(key.value) : undefined;
    if (text === undefined) continue;
    if (seen.has(text)) c.add(key as YamlNode, join(path, text), msg.scenario.duplicateKey);
    else seen.add(text);
  }
}

/** Longest stretch searched backwards for a node's anchor or tag. */
const PROPERTY_SEARCH = 256;

/**
 * Finds where a node's anchor (`&name`) or tag (`!…`) starts: node ranges start at the value, after those
 * properties. Falls back to the value's start.
 */
function propertyStart(text: string, valueStart: number, marker: string): number {
  const found = text.lastIndexOf(marker, valueStart);
  if (found < 0 || valueStart - found > PROPERTY_SEARCH) return valueStart;
  if (marker !== '!') return found;
  let begin = found;
  while (begin > 0 && text[begin - 1] === '!') begin--;
  return begin;
}

/** Returns the text of a scalar key, or undefined when it cannot be a setting name. */
function scalarKeyText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Reads the key of a pair as text, reporting keys that are not plain words. */
function readKey(pair: Pair<unknown, unknown>, parent: string, c: Collector): string | undefined {
  const key = pair.key;
  if (c.flagged.has(pair) || c.flagged.has(key)) return undefined;
  if (isScalar(key)) {
    const text = scalarKeyText(key.value);
    if (text !== undefined) return text;
    c.add(key, parent, msg.scenario.badKey(describe(key)));
    return undefined;
  }
  const at = (key as YamlNode | null) ?? (pair.value as YamlNode | null);
  c.add(at, parent, msg.scenario.badKey(describe(key)));
  return undefined;
}

/** Iterates the (key, pair) entries of a mapping node whose keys are plain words. */
export function entries(
  map: YAMLMap<unknown, unknown>,
  parent: string,
  c: Collector,
): [string, Pair<unknown, unknown>][] {
  const out: [string, Pair<unknown, unknown>][] = [];
  for (const pair of map.items) {
    const key = readKey(pair, parent, c);
    if (key !== undefined) out.push([key, pair]);
  }
  return out;
}

/** The node a problem about a pair's value should point at: the value, or the key when the value is empty. */
export function valueNode(pair: Pair<unknown, unknown>): YamlNode | null {
  const value = pair.value as YamlNode | null;
  if (value !== null && value !== undefined && value.range !== undefined && value.range !== null) return value;
  return (pair.key as YamlNode | null) ?? null;
}

/** Reads a finite number, reporting wrong types and non-finite values (with the allowed range when known). */
export function readNumber(
  pair: Pair<unknown, unknown>,
  path: string,
  c: Collector,
  expected: string,
  allowed?: string,
): number | undefined {
  const extra = allowed === undefined ? { expected } : { expected, allowed };
  const node = pair.value;
  if (c.flagged.has(node)) return undefined;
  const at = valueNode(pair);
  if (isScalar(node) && typeof node.value === 'number') {
    if (!Number.isFinite(node.value)) {
      c.add(at, path, msg.scenario.notFinite(node.source ?? String(node.value)), extra);
      return undefined;
    }
    return node.value;
  }
  let message = msg.scenario.expectedGot(expected, describe(node));
  if (isScalar(node) && typeof node.value === 'string') {
    const digits = node.value.replace(/[\s,_]/g, '');
    if (digits !== '' && Number.isFinite(Number(digits))) message += msg.scenario.quotedNumber(digits);
  }
  c.add(at, path, message, extra);
  return undefined;
}

/** Reads a single-line or multi-line text value. */
export function readText(
  pair: Pair<unknown, unknown>,
  path: string,
  c: Collector,
  options: { multiline: boolean; max?: number },
): string | undefined {
  const node = pair.value;
  if (c.flagged.has(node)) return undefined;
  const at = valueNode(pair);
  if (!isScalar(node) || typeof node.value !== 'string') {
    const scalar = isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean');
    const message = msg.scenario.expectedGot(msg.scenario.expected.text, describe(node));
    c.add(at, path, scalar ? message + msg.scenario.quoteText : message, { expected: msg.scenario.expected.text });
    return undefined;
  }
  return checkText(node.value, at, path, c, options);
}

/** Checks a string for control characters and length. */
function checkText(
  value: string,
  at: YamlNode | null,
  path: string,
  c: Collector,
  options: { multiline: boolean; max?: number },
): string | undefined {
  const bad = options.multiline ? CONTROL.test(value) : /[\u0000-\u001f\u007f-\u009f]/.test(value);
  if (bad) {
    c.add(at, path, msg.scenario.controlChars, { expected: msg.scenario.expected.text });
    return undefined;
  }
  if (options.max !== undefined && value.length > options.max) {
    c.add(at, path, msg.scenario.tooLong(path, String(options.max)), { expected: msg.scenario.expected.text });
    return undefined;
  }
  return value;
}

/**
 * Checks a seed given as text (in a file, or with --seed): not empty, at most MAX_SEED_CHARS characters and
 * no control characters. Returns the problem, or undefined when the seed is fine.
 */
export function seedProblem(value: string): string | undefined {
  if (value === '') return msg.scenario.expectedGot(msg.scenario.expected.seed, msg.scenario.got.emptyText);
  if (/[\u0000-\u001f\u007f-\u009f]/.test(value)) return msg.scenario.controlChars;
  if (value.length > MAX_SEED_CHARS) return msg.scenario.tooLong('seed', String(MAX_SEED_CHARS));
  return undefined;
}

/** Reads `seed`: text, or a whole number kept as text. */
export function readSeed(pair: Pair<unknown, unknown>, c: Collector): string | undefined {
  const node = pair.value;
  if (c.flagged.has(node)) return undefined;
  const at = valueNode(pair);
  if (isScalar(node) && typeof node.value === 'number') {
    if (!Number.isFinite(node.value)) {
      c.add(at, 'seed', msg.scenario.notFinite(node.source ?? String(node.value)), {
        expected: msg.scenario.expected.seed,
      });
      return undefined;
    }
    if (!Number.isSafeInteger(node.value)) {
      c.add(at, 'seed', msg.scenario.notInteger(num(node.value)), { expected: msg.scenario.expected.seed });
      return undefined;
    }
    return num(node.value);
  }
  if (isScalar(node) && typeof node.value === 'string') {
    const problem = seedProblem(node.value);
    if (problem === undefined) return node.value;
    c.add(at, 'seed', problem, { expected: msg.scenario.expected.seed });
    return undefined;
  }
  c.add(at, 'seed', msg.scenario.expectedGot(msg.scenario.expected.seed, describe(node)), {
    expected: msg.scenario.expected.seed,
  });
  return undefined;
}

/** Reads `runs`: a whole number in MIN_RUNS–MAX_RUNS. */
export function readRuns(pair: Pair<unknown, unknown>, c: Collector): number | undefined {
  const value = readNumber(pair, 'runs', c, msg.scenario.expected.runs);
  if (value === undefined) return undefined;
  const at = valueNode(pair);
  const allowed = range(MIN_RUNS, MAX_RUNS, msg.scenario.runsUnit);
  if (!Number.isInteger(value)) {
    c.add(at, 'runs', msg.scenario.notInteger(num(value)), { expected: msg.scenario.expected.runs, allowed });
    return undefined;
  }
  if (value < MIN_RUNS || value > MAX_RUNS) {
    c.add(at, 'runs', msg.scenario.outOfRange(num(value)), { expected: msg.scenario.expected.runs, allowed });
    return undefined;
  }
  return value;
}

/** Reads `sources`: a list of text. */
function readSources(pair: Pair<unknown, unknown>, c: Collector): string[] | undefined {
  const node = pair.value;
  if (c.flagged.has(node)) return undefined;
  if (isScalar(node) && (node.value === null || node.value === undefined)) return [];
  if (!isSeq(node)) {
    c.add(valueNode(pair), 'sources', msg.scenario.expectedGot(msg.scenario.expected.list, describe(node)), {
      expected: msg.scenario.expected.list,
    });
    return undefined;
  }
  const out: string[] = [];
  let good = true;
  node.items.forEach((item, i) => {
    const path = `sources[${i}]`;
    if (c.flagged.has(item)) {
      good = false;
      return;
    }
    const at = (item as YamlNode | null) ?? node;
    if (!isScalar(item) || typeof item.value !== 'string') {
      c.add(at, path, msg.scenario.expectedGot(msg.scenario.expected.text, describe(item)), {
        expected: msg.scenario.expected.text,
      });
      good = false;
      return;
    }
    const text = checkText(item.value, at, path, c, { multiline: true });
    if (text === undefined) good = false;
    else out.push(text);
  });
  return good ? out : undefined;
}

/** Reads a section that must be a mapping (`levers`, `assumptions`, `camps`); empty counts as no entries. */
function readSection(
  pair: Pair<unknown, unknown>,
  key: string,
  c: Collector,
): [string, Pair<unknown, unknown>][] | undefined {
  const node = pair.value;
  if (c.flagged.has(node)) return undefined;
  if (isScalar(node) && (node.value === null || node.value === undefined)) return [];
  if (!isMap(node)) {
    c.add(valueNode(pair), key, msg.scenario.expectedGot(msg.scenario.expected.mapping, describe(node)), {
      expected: msg.scenario.expected.mapping,
    });
    return undefined;
  }
  return entries(node, key, c);
}

/** Reads one lever value according to its control. */
function readLever(lever: Lever, pair: Pair<unknown, unknown>, c: Collector): number | undefined {
  const path = `levers.${lever.id}`;
  const node = pair.value;
  if (c.flagged.has(node)) return undefined;
  const at = valueNode(pair);
  const allowed = lever.control === 'toggle' ? msg.scenario.toggleAllowed : range(lever.min, lever.max, lever.unit);
  if (lever.control === 'toggle') {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value ? 1 : 0;
    const value = readNumber(pair, path, c, msg.scenario.expected.toggle, allowed);
    if (value === undefined) return undefined;
    if (value !== 0 && value !== 1) {
      c.add(at, path, msg.scenario.toggle(num(value)), { expected: msg.scenario.expected.toggle, allowed });
      return undefined;
    }
    return value;
  }
  const expected = lever.control === 'year' ? msg.scenario.expected.year : msg.scenario.expected.number;
  const value = readNumber(pair, path, c, expected, allowed);
  if (value === undefined) return undefined;
  if (lever.control === 'year' && !Number.isInteger(value)) {
    c.add(at, path, msg.scenario.notInteger(num(value)), { expected, allowed });
    return undefined;
  }
  if (value < lever.min || value > lever.max) {
    c.add(at, path, msg.scenario.outOfRange(num(value)), { expected, allowed });
    return undefined;
  }
  return num(value) === '0' ? 0 : value;
}

/** Finds a camp by id. */
function findCamp(assumption: Assumption, id: string | undefined): Camp | undefined {
  if (id === undefined) return undefined;
  return assumption.camps?.find((camp) => camp.id === id);
}

/** Reports an unknown id with a suggestion. */
function unknownId(
  entry: Pair<unknown, unknown>,
  path: string,
  kind: 'lever' | 'assumption',
  id: string,
  known: string[],
  c: Collector,
): void {
  // Past the problems that will be shown, skip the suggestion: it is the costly part of a file of many keys.
  const hint = c.problems.length < MAX_PROBLEMS ? suggest(id, known) : undefined;
  c.add(entry.key as YamlNode, path, msg.scenario.unknownKey(kind, show(id), hint));
}

/** Reads the `levers` section. */
function readLevers(
  pair: Pair<unknown, unknown> | undefined,
  registry: ScenarioRegistry,
  c: Collector,
): [LeverId, number][] {
  const byId = new Map<string, Lever>(registry.levers.map((lever) => [lever.id, lever]));
  const ids = registry.levers.map((lever) => lever.id);
  const out: [LeverId, number][] = [];
  for (const [id, entry] of pair === undefined ? [] : (readSection(pair, 'levers', c) ?? [])) {
    const lever = byId.get(id);
    if (lever === undefined) {
      unknownId(entry, `levers.${id}`, 'lever', id, ids, c);
      continue;
    }
    const value = readLever(lever, entry, c);
    if (value !== undefined) out.push([lever.id, value]);
  }
  return out;
}

/** Reads the `camps` section: assumption id to camp id. */
function readCamps(
  pair: Pair<unknown, unknown> | undefined,
  registry: ScenarioRegistry,
  c: Collector,
): [AssumptionId, CampId][] {
  const byId = new Map<string, Assumption>(registry.assumptions.map((a) => [a.id, a]));
  const ids = registry.assumptions.map((a) => a.id);
  const out: [AssumptionId, CampId][] = [];
  for (const [id, entry] of pair === undefined ? [] : (readSection(pair, 'camps', c) ?? [])) {
    const path = `camps.${id}`;
    const assumption = byId.get(id);
    if (assumption === undefined) {
      unknownId(entry, path, 'assumption', id, ids, c);
      continue;
    }
    const campIds: readonly string[] = (assumption.camps ?? []).map((camp) => camp.id);
    if (campIds.length === 0) {
      c.add(entry.key as YamlNode, path, msg.scenario.noCamps(id));
      continue;
    }
    const node = entry.value;
    if (c.flagged.has(node)) continue;
    const at = valueNode(entry);
    const extra = { expected: msg.scenario.expected.campId, allowed: campIds.join(', ') };
    if (!isScalar(node) || typeof node.value !== 'string') {
      c.add(at, path, msg.scenario.expectedGot(msg.scenario.expected.campId, describe(node)), extra);
    } else if (!campIds.includes(node.value)) {
      c.add(at, path, msg.scenario.unknownCamp(show(node.value), id, suggest(node.value, campIds)), extra);
    } else {
      const camp = findCamp(assumption, node.value);
      if (camp !== undefined) out.push([assumption.id, camp.id]);
    }
  }
  return out;
}

/** One assumption override read from a file: a value, and the range to draw it over when one is given. */
interface OverrideEntry {
  readonly id: AssumptionId;
  readonly value: number;
  readonly range?: { readonly low: number; readonly high: number };
}

/** Reads one number of an override and checks it against the camp's (or the assumption's own) range. */
function readBounded(
  pair: Pair<unknown, unknown>,
  path: string,
  assumption: Assumption,
  camp: Camp | undefined,
  c: Collector,
  expected: string,
): number | undefined {
  const low = camp?.low ?? assumption.low;
  const high = camp?.high ?? assumption.high;
  const allowed = range(low, high, assumption.unit);
  const value = readNumber(pair, path, c, expected, allowed);
  if (value === undefined) return undefined;
  if (value < low || value > high) {
    const message =
      camp === undefined ? msg.scenario.outOfRange(num(value)) : msg.scenario.outOfCampRange(num(value), camp.id);
    c.add(valueNode(pair), path, message, { expected, allowed });
    return undefined;
  }
  return num(value) === '0' ? 0 : value;
}

/** Reads a range override, `{ value, low, high }`: each within bounds, and low ≤ value ≤ high. */
function readRangeOverride(
  entry: Pair<unknown, unknown>,
  map: YAMLMap<unknown, unknown>,
  path: string,
  assumption: Assumption,
  camp: Camp | undefined,
  c: Collector,
): OverrideEntry | undefined {
  const got = new Map<string, number | undefined>();
  let good = true;
  for (const [key, pair] of entries(map, path, c)) {
    const keyPath = `${path}.${key}`;
    if (!(RANGE_KEYS as readonly string[]).includes(key)) {
      c.add(pair.key as YamlNode, keyPath, msg.scenario.unknownKey('key', show(key), suggest(key, RANGE_KEYS)), {
        allowed: RANGE_KEYS.join(', '),
      });
      good = false;
      continue;
    }
    const value = readBounded(pair, keyPath, assumption, camp, c, msg.scenario.expected.number);
    if (value === undefined) good = false;
    got.set(key, value);
  }
  for (const key of RANGE_KEYS) {
    if (!got.has(key)) {
      c.add(valueNode(entry), `${path}.${key}`, msg.scenario.missingRangeKey(key), {
        expected: msg.scenario.expected.number,
      });
      good = false;
    }
  }
  const value = got.get('value');
  const low = got.get('low');
  const high = got.get('high');
  if (!good || value === undefined || low === undefined || high === undefined) return undefined;
  if (!(low <= value && value <= high)) {
    c.add(valueNode(entry), path, msg.scenario.rangeOrder(num(low), num(value), num(high)), {
      expected: msg.scenario.expected.override,
      allowed: range(camp?.low ?? assumption.low, camp?.high ?? assumption.high, assumption.unit),
    });
    return undefined;
  }
  return { id: assumption.id, value, range: { low, high } };
}

/**
 * Reads the `assumptions` section. A plain number fixes the assumption; `{ value, low, high }` draws it over
 * that range. Every number is checked against the selected camp's (or the assumption's own) range.
 */
function readAssumptions(
  pair: Pair<unknown, unknown> | undefined,
  registry: ScenarioRegistry,
  campOf: ReadonlyMap<string, string>,
  c: Collector,
): OverrideEntry[] {
  const byId = new Map<string, Assumption>(registry.assumptions.map((a) => [a.id, a]));
  const ids = registry.assumptions.map((a) => a.id);
  const out: OverrideEntry[] = [];
  for (const [id, entry] of pair === undefined ? [] : (readSection(pair, 'assumptions', c) ?? [])) {
    const path = `assumptions.${id}`;
    const assumption = byId.get(id);
    if (assumption === undefined) {
      unknownId(entry, path, 'assumption', id, ids, c);
      continue;
    }
    const camp = findCamp(assumption, campOf.get(id) ?? assumption.defaultCamp);
    const node = entry.value;
    if (isMap(node) && !c.flagged.has(node)) {
      const read = readRangeOverride(entry, node, path, assumption, camp, c);
      if (read !== undefined) out.push(read);
      continue;
    }
    const value = readBounded(entry, path, assumption, camp, c, msg.scenario.expected.override);
    if (value !== undefined) out.push({ id: assumption.id, value });
  }
  return out;
}

/**
 * Parses and validates a scenario file.
 *
 * Reports every problem found (up to MAX_PROBLEMS), each with file, line, column and the setting's path.
 * Missing levers take their status-quo default and are left out of `scenario.levers`. Never throws.
 */
export function parseScenario(text: string, file: string, registry: ScenarioRegistry): ParseScenarioResult {
  const fileName = typeof file === 'string' ? file : String(file);
  try {
    return parseUnchecked(text, fileName, registry);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        { file: fileName, line: 1, column: 1, path: '', message: msg.scenario.internal(message.slice(0, 200)) },
      ],
    };
  }
}

/** Trims a yaml library message to its first line, without the position it repeats. */
function yamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Returns the offset of the first bracket nested deeper than MAX_NESTING, or -1. Brackets inside quotes
 * count too: no real scenario comes near the limit, and skipping the check is what would be costly.
 */
function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5b || ch === 0x7b) {
      depth++;
      if (depth > MAX_NESTING) return i;
    } else if ((ch === 0x5d || ch === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return -1;
}

/** A line that holds a block mapping entry (`key:`) or a list item (`- `). */
const ENTRY_LINE = /^[ \t]*(?:-(?:[ \t]|$)|[^\s#][^\n]*?:(?:[ \t]|$))/;
/** A line whose value is a block scalar (`key: >-`, `- |`): the more indented lines after it are text. */
const BLOCK_SCALAR = /(?:^|[:\s-])[|>][+-]?[1-9]?[ \t]*(?:#.*)?$/;

/**
 * Counts entries cheaply, before parsing: block entry lines plus commas inside brackets (flow entries),
 * skipping the text of block scalars (descriptions). An overestimate for text that merely looks like
 * entries, which a real scenario never has thousands of.
 */
function entryCount(text: string): number {
  let count = 0;
  let depth = 0;
  let blockIndent = -1;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0 && (line.trim() === '' || indent > blockIndent)) continue;
    blockIndent = -1;
    if (ENTRY_LINE.test(line)) count++;
    for (let i = 0; i < line.length; i++) {
      const ch = line.charCodeAt(i);
      if (ch === 0x5b || ch === 0x7b) depth++;
      else if ((ch === 0x5d || ch === 0x7d) && depth > 0) depth--;
      else if (ch === 0x2c && depth > 0) count++;
    }
    if (depth === 0 && BLOCK_SCALAR.test(line)) blockIndent = indent;
  }
  return count;
}

/** Sorts problems by position and caps their number, summarising the rest. */
export function capped(unsorted: ScenarioProblem[]): ScenarioProblem[] {
  const problems = [...unsorted].sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length <= MAX_PROBLEMS) return problems;
  const kept = problems.slice(0, MAX_PROBLEMS);
  const last = kept[kept.length - 1] as ScenarioProblem;
  kept.push({ ...last, path: '', message: msg.scenario.more(problems.length - MAX_PROBLEMS) });
  delete (kept[kept.length - 1] as { allowed?: string }).allowed;
  delete (kept[kept.length - 1] as { expected?: string }).expected;
  return kept;
}

/** A YAML document read and checked for safety: its root mapping and the problems so far, or only problems. */
export type OpenedYaml =
  | { readonly ok: true; readonly root: YAMLMap<unknown, unknown>; readonly c: Collector }
  | { readonly ok: false; readonly problems: ScenarioProblem[] };

/**
 * Reads YAML text with the limits and safety checks of scenario files (size, nesting, entry count, one
 * document, no aliases, anchors, tags or merge keys) and returns its root mapping with a collector holding
 * any problems found so far. Debate rounds are read through it too.
 */
export function openYamlMapping(text: string, file: string): OpenedYaml {
  const lines = new LineCounter();
  const c = new Collector(file, lines);
  if (typeof text !== 'string') {
    c.add(0, '', msg.scenario.notText);
    return { ok: false, problems: c.problems };
  }
  if (text.length > MAX_SCENARIO_CHARS) {
    c.add(0, '', msg.scenario.tooLarge(String(text.length), String(MAX_SCENARIO_CHARS)));
    return { ok: false, problems: c.problems };
  }

  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const before = text.slice(0, deep);
    const line = before.split(/\r\n|\r|\n/).length;
    const column = deep - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    c.problems.push({ file, line, column, path: '', message: msg.scenario.tooDeep(String(MAX_NESTING)) });
    return { ok: false, problems: c.problems };
  }

  const entryTotal = entryCount(text);
  if (entryTotal > MAX_ENTRIES) {
    c.add(0, '', msg.scenario.tooManyEntries(String(entryTotal), String(MAX_ENTRIES)));
    return { ok: false, problems: c.problems };
  }

  const doc = parseDocument(text, {
    prettyErrors: true,
    uniqueKeys: false, // checked in one pass by checkSafety
    lineCounter: lines,
    version: '1.2',
    merge: false,
    strict: true,
  });
  for (const error of [...doc.errors, ...doc.warnings]) {
    if (error.code === 'TAG_RESOLVE_FAILED') continue; // reported as a tag by the safety pass
    const pos = error.linePos?.[0];
    const at =
      pos === undefined ? c.position(error.pos[0]) : { line: Math.max(1, pos.line), column: Math.max(1, pos.col) };
    const message =
      error.code === 'MULTIPLE_DOCS'
        ? msg.scenario.multipleDocs
        : msg.scenario.yaml(yamlMessage(error.message), error.code);
    c.problems.push({ file, ...at, path: '', message: message.replace(CONTROL_ALL, ' ') });
  }
  const customTags = Object.keys(doc.directives?.tags ?? {}).some((handle) => handle !== '!' && handle !== '!!');
  if (doc.directives?.yaml.explicit === true || customTags) c.add(0, '', msg.scenario.directive);

  const root = doc.contents;
  checkSafety(root, text, c);
  if (root === null || root === undefined || (isScalar(root) && (root.value === null || root.value === undefined))) {
    c.add(0, '', msg.scenario.empty);
    return { ok: false, problems: capped(c.problems) };
  }
  if (!isMap(root)) {
    if (!c.flagged.has(root)) {
      c.add(root, '', msg.scenario.notMapping(describe(root)), { expected: msg.scenario.expected.mapping });
    }
    return { ok: false, problems: capped(c.problems) };
  }

  return { ok: true, root, c };
}

/**
 * Reads a scenario from a mapping node (a whole scenario file, or a scenario embedded in a debate round, with
 * `c.prefix` set to where it sits). Problems go to `c`; undefined when there are any.
 */
export function readScenarioMapping(
  root: YAMLMap<unknown, unknown>,
  registry: ScenarioRegistry,
  c: Collector,
): Scenario | undefined {
  const top = new Map<string, Pair<unknown, unknown>>();
  for (const [key, pair] of entries(root, '', c)) {
    if ((SCENARIO_KEYS as readonly string[]).includes(key)) {
      top.set(key, pair);
    } else {
      c.add(pair.key as YamlNode, key, msg.scenario.unknownKey('key', show(key), suggest(key, SCENARIO_KEYS)), {
        allowed: SCENARIO_KEYS.join(', '),
      });
    }
  }

  // name and description
  let name: string | undefined;
  const namePair = top.get('name');
  if (namePair === undefined) {
    c.add(root, 'name', msg.scenario.missingName, { expected: msg.scenario.expected.text });
  } else {
    name = readText(namePair, 'name', c, { multiline: false, max: MAX_NAME_CHARS });
    if (name !== undefined && name.trim() === '') {
      c.add(valueNode(namePair), 'name', msg.scenario.emptyName, { expected: msg.scenario.expected.text });
      name = undefined;
    }
  }
  let description = '';
  const descriptionPair = top.get('description');
  if (descriptionPair !== undefined) {
    const node = descriptionPair.value;
    if (!(isScalar(node) && (node.value === null || node.value === undefined))) {
      description = readText(descriptionPair, 'description', c, { multiline: true }) ?? '';
    }
  }
  if (description.trim() === '') {
    const at = (descriptionPair?.key as YamlNode | undefined) ?? root;
    c.warn(at, 'description', msg.scenario.noDescription);
  }

  const sourcesPair = top.get('sources');
  const sources = sourcesPair === undefined ? undefined : readSources(sourcesPair, c);

  const seedPair = top.get('seed');
  const seed = seedPair === undefined ? DEFAULT_SEED : readSeed(seedPair, c);
  const runsPair = top.get('runs');
  const runs = runsPair === undefined ? DEFAULT_RUNS : readRuns(runsPair, c);

  const levers = readLevers(top.get('levers'), registry, c);
  // Camps first: an override is checked against the selected camp's range.
  const camps = readCamps(top.get('camps'), registry, c);
  const assumptions = readAssumptions(top.get('assumptions'), registry, new Map(camps), c);

  if (c.problems.length > 0 || name === undefined || seed === undefined || runs === undefined) {
    if (c.problems.length === 0) c.add(0, '', msg.scenario.internal(msg.scenario.incomplete));
    return undefined;
  }
  return {
    name,
    description,
    seed,
    runs,
    levers: Object.fromEntries(levers),
    assumptions: Object.fromEntries(assumptions.map((o) => [o.id, o.value])),
    ...(assumptions.some((o) => o.range !== undefined)
      ? {
          assumptionRanges: Object.fromEntries(
            assumptions.flatMap((o) => (o.range === undefined ? [] : [[o.id, o.range]])),
          ),
        }
      : {}),
    camps: Object.fromEntries(camps),
    ...(sources === undefined ? {} : { sources }),
  };
}

function parseUnchecked(text: string, file: string, registry: ScenarioRegistry): ParseScenarioResult {
  const opened = openYamlMapping(text, file);
  if (!opened.ok) return opened;
  const scenario = readScenarioMapping(opened.root, registry, opened.c);
  if (scenario === undefined) return { ok: false, problems: capped(opened.c.problems) };
  return { ok: true, scenario, warnings: opened.c.warnings };
}
