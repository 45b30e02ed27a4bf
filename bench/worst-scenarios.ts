/**
 * Scenario texts that are as costly to check as a file under the size limit can be: many short keys.
 * Used by the benchmark and by the parser's tests.
 */
import { MAX_ENTRIES, MAX_SCENARIO_CHARS } from '../src/scenario/parse-scenario.js';

const HEAD = ['name: many keys', 'description: as many short keys as asked for', 'levers:'];

/** A scenario whose `levers` section has `count` short unknown keys (`k0`, `k1`, …), after HEAD's entries. */
export function manyKeys(count: number): string {
  const lines = [...HEAD];
  for (let i = 0; i < count; i++) lines.push(` k${i.toString(36)}: 1`);
  return `${lines.join('\n')}\n`;
}

/** As many short keys as fit under the size limit (about 40,000). */
export function manyKeysUnderLimit(): string {
  let count = Math.floor(MAX_SCENARIO_CHARS / 7);
  let text = manyKeys(count);
  while (text.length > MAX_SCENARIO_CHARS) {
    count = Math.floor(count * 0.97);
    text = manyKeys(count);
  }
  return text;
}

/** The most entries a file may have (MAX_ENTRIES, counting the name, description and levers keys). */
export function manyKeysAtLimit(): string {
  return manyKeys(MAX_ENTRIES - HEAD.length);
}
