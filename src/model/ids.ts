/**
 * The model's ids as string-literal unions, each derived from the data that defines them: a misspelt lever,
 * assumption, camp or output id in code fails the type check. Text from outside (a scenario file, a command-line
 * argument, a key press) becomes an id once, through one of the guards below, where it enters the program.
 */
import { ASSUMPTIONS, type AssumptionId, type CampId, type CampOf } from './assumptions.js';
import type { OUTPUT_IDS as EQUATION_OUTPUTS, RUN_SETTINGS } from './equations.js';
import { GENERATED } from './generated/model.gen.js';
import { LEVERS, type LeverId } from './levers.js';

export type { AssumptionId, CampId, CampOf, LeverId };

/** The id of an output series the generated model records every month (`homicides`, `cartel_revenue` …). */
export type OutputId = (typeof GENERATED.outputs)[number];

/** The ids in one union and not in the other, both ways: never when both name the same ids. */
type Mismatch<A, B> = Exclude<A, B> | Exclude<B, A>;
/** What the generated model reads and what the data defines, when they differ (run `npm run generate`). */
type ParameterMismatch = Mismatch<
  (typeof GENERATED.parameters)[number],
  AssumptionId | LeverId | (typeof RUN_SETTINGS)[number]
>;
type OutputMismatch = Mismatch<OutputId, (typeof EQUATION_OUTPUTS)[number]>;
/** Fails to compile, naming the ids, when the generated model is out of step with the data. */
const generatedMatchesData: [ParameterMismatch | OutputMismatch] extends [never]
  ? true
  : ParameterMismatch | OutputMismatch = true;
void generatedMatchesData;

const LEVER_IDS: ReadonlySet<string> = new Set(LEVERS.map((l) => l.id));
const ASSUMPTION_IDS: ReadonlySet<string> = new Set(ASSUMPTIONS.map((a) => a.id));
const CAMP_IDS: ReadonlySet<string> = new Set(ASSUMPTIONS.flatMap((a) => (a.camps ?? []).map((c) => c.id)));
const OUTPUT_SET: ReadonlySet<string> = new Set(GENERATED.outputs);

/** Tells whether a text is the id of a lever. */
export function isLeverId(s: string): s is LeverId {
  return LEVER_IDS.has(s);
}

/** Tells whether a text is the id of an assumption (the persistence null's steps included). */
export function isAssumptionId(s: string): s is AssumptionId {
  return ASSUMPTION_IDS.has(s);
}

/** Tells whether a text is the id of a camp of some assumption. */
export function isCampId(s: string): s is CampId {
  return CAMP_IDS.has(s);
}

/** Tells whether a text is the id of one of the camps of an assumption. */
export function isCampOf<A extends AssumptionId>(assumption: A, s: string): s is CampOf<A> {
  return ASSUMPTIONS.find((a) => a.id === assumption)?.camps?.some((c) => c.id === s) === true;
}

/** Tells whether a text is the id of an output series the model records. */
export function isOutputId(s: string): s is OutputId {
  return OUTPUT_SET.has(s);
}
