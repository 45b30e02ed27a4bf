/**
 * A short hash of a scenario's settings (and the model version that reads them), so two runs can be checked
 * to be of the same scenario. The seed and the number of runs are not settings: they are printed beside it.
 */
import { createHash } from 'node:crypto';
import { assumptionOverride, type AssumptionOverride } from '../model/overrides.js';
import { leverValue } from '../model/scenario-defaults.js';
import { idsOf, type Scenario } from '../model/types.js';
import type { ScenarioRegistry } from './parse-scenario.js';

/** Number of hex characters in a fingerprint. */
export const FINGERPRINT_LENGTH = 16;

/** Writes a number canonically (one spelling per value; -0 as 0). */
function canonicalNumber(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

/** How a set value is drawn: "\tfixed" or "\trange\tLOW\tHIGH"; nothing when the value is not set. */
function drawText(o: AssumptionOverride | undefined): string {
  if (o === undefined) return '';
  return o.kind === 'fixed' ? '\tfixed' : `\trange\t${canonicalNumber(o.low)}\t${canonicalNumber(o.high)}`;
}

/**
 * Hashes every setting of a scenario after defaults are filled in: each lever's value, each assumption's
 * camp and effective central value, and whether a value the scenario sets is fixed or drawn over its own
 * range, in registry order, with the model version. The seed and the ensemble size do not count (the same
 * settings run with another seed or more runs are the same scenario), nor do the name, description and
 * sources, nor the order of keys in the file. Returns FINGERPRINT_LENGTH lowercase hex characters.
 */
export function fingerprintScenario(s: Scenario, registry: ScenarioRegistry, modelVersion: string): string {
  const lines: string[] = [`model\t${JSON.stringify(modelVersion)}`];
  const knownLevers = new Set<string>();
  for (const lever of registry.levers) {
    knownLevers.add(lever.id);
    const value = leverValue(s, lever);
    lines.push(`lever\t${lever.id}\t${canonicalNumber(value)}`);
  }
  const knownAssumptions = new Set<string>();
  for (const a of registry.assumptions) {
    knownAssumptions.add(a.id);
    const campId = Object.hasOwn(s.camps, a.id) ? s.camps[a.id] : a.defaultCamp;
    const camp = a.camps?.find((k) => k.id === campId);
    const own = camp ?? a;
    const o = assumptionOverride(s, a.id);
    const central = o?.value ?? own.value;
    // A set value drawn exactly as the default is (its own centre and range, or an already fixed figure) counts as unset.
    const asDefault =
      central === own.value &&
      (o?.kind === 'range'
        ? o.low === own.low && o.high === own.high
        : a.distribution === 'fixed' && own.low === own.high);
    lines.push(
      `assumption\t${a.id}\t${JSON.stringify(campId ?? '')}\t${canonicalNumber(central)}${asDefault ? '' : drawText(o)}`,
    );
  }
  // Settings the registry does not know still change the fingerprint (sorted, so key order does not).
  for (const id of idsOf(s.levers)
    .filter((k) => !knownLevers.has(k))
    .sort()) {
    lines.push(`extra-lever\t${JSON.stringify(id)}\t${canonicalNumber(s.levers[id] as number)}`);
  }
  for (const id of idsOf(s.assumptions)
    .filter((k) => !knownAssumptions.has(k))
    .sort()) {
    lines.push(
      `extra-assumption\t${JSON.stringify(id)}\t${canonicalNumber(s.assumptions[id] as number)}${drawText(assumptionOverride(s, id))}`,
    );
  }
  for (const id of idsOf(s.camps)
    .filter((k) => !knownAssumptions.has(k))
    .sort()) {
    lines.push(`extra-camp\t${JSON.stringify(id)}\t${JSON.stringify(s.camps[id])}`);
  }
  return createHash('sha256').update(lines.join('\n'), 'utf8').digest('hex').slice(0, FINGERPRINT_LENGTH);
}
