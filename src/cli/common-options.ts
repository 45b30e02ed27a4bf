/**
 * Options several commands share: --runs, --seed and --camp ASSUMPTION=CAMP.
 */
import { UsageError } from './command.js';
import type { AssumptionId, CampId, Scenario } from '../model/types.js';
import { engine } from '../port/index.js';
import { suggest } from '../scenario/suggest.js';
import { MAX_SEED_CHARS, seedProblem } from '../scenario/parse-scenario.js';
import { msg } from '../text/i18n.js';

function closest(word: string, options: readonly string[]): string {
  const hit = suggest(word, options);
  return hit === undefined ? '' : msg.cli.options.didYouMean(hit);
}

/** Parses repeated --camp ASSUMPTION=CAMP options into a map, checking ids and camps. */
export function parseCamps(values: readonly string[] | undefined): Scenario['camps'] {
  const out: Partial<Record<AssumptionId, CampId>> = {};
  for (const v of values ?? []) {
    const m = /^([a-z0-9_]+)=([a-z0-9_]+)$/.exec(v.trim());
    if (!m) throw new UsageError(msg.cli.options.campForm(v));
    const [, id, camp] = m as unknown as [string, string, string];
    const a = engine.assumptions.find((x) => x.id === id);
    if (!a)
      throw new UsageError(
        msg.cli.options.noAssumption(
          id,
          closest(
            id,
            engine.assumptions.map((x) => x.id),
          ),
        ),
      );
    if (!a.camps) {
      const list = engine.assumptions
        .filter((x) => x.camps)
        .map((x) => x.id)
        .join(', ');
      throw new UsageError(msg.cli.options.noCamps(id, list));
    }
    const c = a.camps.find((k) => k.id === camp);
    if (!c) {
      throw new UsageError(msg.cli.options.noCamp(id, camp, a.camps.map((k) => k.id).join(', ')));
    }
    out[a.id] = c.id;
  }
  return out;
}

/** Checks --seed by the rules a file's `seed` follows; undefined when the option is absent. */
export function parseSeed(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem = seedProblem(value);
  if (problem !== undefined) throw new UsageError(msg.cli.options.badSeed(problem, String(MAX_SEED_CHARS)));
  return value;
}

/** Applies command-line settings to a scenario: camps, and the seed and runs when given. */
export function withSettings(s: Scenario, o: { camps?: Scenario['camps']; seed?: string; runs?: number }): Scenario {
  return {
    ...s,
    camps: { ...s.camps, ...(o.camps ?? {}) },
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    ...(o.runs !== undefined ? { runs: o.runs } : {}),
  };
}
