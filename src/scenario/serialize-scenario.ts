/**
 * Writes a `Scenario` as a readable scenario file.
 *
 * Every lever in the registry appears, so the file describes itself: levers the scenario sets are written
 * as settings, the others as commented-out lines showing their status-quo default. Each line ends with the
 * lever's label and unit. Reading the file back with `parseScenario` gives an equal scenario. The comments
 * are in the language in force; the settings are the same in every language.
 */
import { stringify } from 'yaml';
import { idsOf, type Scenario } from '../model/types.js';
import type { ScenarioRegistry } from './parse-scenario.js';
import { msg } from '../text/i18n.js';

/** Words that YAML would read as something other than text when written bare. */
const RESERVED = new Set(['null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', '~']);

/** Column where trailing comments start, when the setting is short enough. */
const COMMENT_COLUMN = 36;

/** Writes a key or short word bare when that is safe, else double-quoted. */
function word(text: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(text) && !RESERVED.has(text.toLowerCase())) return text;
  return JSON.stringify(text);
}

/** Writes a number as a YAML scalar. */
function number(value: number): string {
  if (Object.is(value, -0)) return '0';
  return stringify(value).trim();
}

/** Turns a label into a one-line comment. */
function commentText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

/** Pads a setting line and appends a comment. */
function withComment(line: string, comment: string): string {
  if (comment === '') return line;
  return `${line.padEnd(Math.max(COMMENT_COLUMN, line.length + 2))}# ${comment}`;
}

/** Describes a label and unit, e.g. "National Guard size (people)". */
function labelled(label: string, unit: string): string {
  const clean = commentText(label);
  const cleanUnit = commentText(unit);
  return cleanUnit === '' ? clean : `${clean} (${cleanUnit})`;
}

/** Orders ids: those in the registry first (registry order), then the rest in their own order. */
function ordered<K extends string>(ids: readonly K[], known: readonly K[]): K[] {
  const present = new Set(ids);
  const first = known.filter((id) => present.has(id));
  const knownSet = new Set(known);
  return [...first, ...ids.filter((id) => !knownSet.has(id))];
}

/** Writes the seed as a number when it is a plain whole number, so files read `seed: 2018`. */
function seedValue(seed: string): string | number {
  if (/^(0|-?[1-9][0-9]*)$/.test(seed) && Number.isSafeInteger(Number(seed))) return Number(seed);
  return seed;
}

/** Serialises a scenario as YAML text that `parseScenario` reads back into an equal scenario. */
export function scenarioToYaml(s: Scenario, registry: ScenarioRegistry): string {
  const head: Record<string, unknown> = { name: s.name, description: s.description };
  if (s.sources !== undefined) head.sources = [...s.sources];
  head.seed = seedValue(s.seed);
  head.runs = s.runs;
  const out: string[] = [stringify(head, { lineWidth: 100, minContentWidth: 40 }).trimEnd()];

  out.push('levers:');
  const leverIds = idsOf(s.levers);
  const knownLevers = new Set(registry.levers.map((l) => l.id));
  for (const lever of registry.levers) {
    const comment = labelled(lever.label, lever.unit);
    const value = s.levers[lever.id];
    if (value === undefined || !Object.hasOwn(s.levers, lever.id)) {
      const line = `  # ${word(lever.id)}: ${number(lever.default)}`;
      out.push(withComment(line, `${comment}; ${msg.scenario.serialize.defaultNote}`));
    } else {
      out.push(withComment(`  ${word(lever.id)}: ${number(value)}`, comment));
    }
  }
  for (const id of leverIds) {
    if (!knownLevers.has(id)) out.push(`  ${word(id)}: ${number(s.levers[id] as number)}`);
  }

  const assumptionIds = registry.assumptions.map((a) => a.id);
  const byId = new Map(registry.assumptions.map((a) => [a.id, a]));
  const overrides = ordered(idsOf(s.assumptions), assumptionIds);
  if (overrides.length > 0) {
    out.push('assumptions:');
    for (const id of overrides) {
      const a = byId.get(id);
      const campId = Object.hasOwn(s.camps, id) ? s.camps[id] : a?.defaultCamp;
      const range = a?.camps?.find((k) => k.id === campId) ?? a;
      const comment =
        a === undefined || range === undefined
          ? ''
          : `${labelled(a.label, a.unit)}; ${msg.scenario.serialize.rangeNote(number(range.low), number(range.high))}`;
      const value = number(s.assumptions[id] as number);
      const drawn = s.assumptionRanges?.[id];
      const setting =
        drawn === undefined
          ? `${value}`
          : // text-exempt: YAML syntax (the keys of a range), the same in every language
            `{ value: ${value}, low: ${number(drawn.low)}, high: ${number(drawn.high)} }`;
      out.push(withComment(`  ${word(id)}: ${setting}`, comment));
    }
  }
  const camps = ordered(idsOf(s.camps), assumptionIds);
  if (camps.length > 0) {
    out.push('camps:');
    for (const id of camps) {
      const a = byId.get(id);
      const campId = s.camps[id] as string;
      const camp = a?.camps?.find((k) => k.id === campId);
      out.push(withComment(`  ${word(id)}: ${word(campId)}`, camp === undefined ? '' : commentText(camp.label)));
    }
  }
  return `${out.join('\n')}\n`;
}
