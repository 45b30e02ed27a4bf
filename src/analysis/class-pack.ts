/**
 * Class packs: the answer key of a worksheet (questions computed from the model, each with the commands that
 * print its answer, the answer and its tolerance) and the grading of a student's answers against it. Pure: the
 * key is plain data (written as key.json, the same in every language); the questions' words are the renderers'.
 */

/** What `key.json` says it is, so a stray JSON file is not read as a key. */
export const PACK_FORMAT = 'palancas-class-pack';
/** Version of the key's layout; a key of another version is refused. */
export const PACK_FORMAT_VERSION = 1;

/** The kinds of question a pack asks. */
export const QUESTION_KINDS = [
  'effect',
  'win_share',
  'camp_switch',
  'lever_share',
  'top_lever',
  'crux',
  'flip',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** How far an answer may be from the expected value: a fixed amount, or a fraction of the expected value. */
export interface Tolerance {
  readonly kind: 'absolute' | 'relative';
  /** In the answer's unit for 'absolute'; a fraction (0.02 = ±2%) for 'relative'. */
  readonly value: number;
}

/** One command behind an answer: its arguments after `palancas`, and the field of its JSON output to read. */
export interface PackCommand {
  readonly argv: readonly string[];
  /** Dotted path into the JSON: `effect.p50`, `rows[0].id`, `rows[id=guard_size].shapley`. */
  readonly read: string;
}

/**
 * How the answer comes from the fields read: the first field as it is (`value`), times 100 (`percent`), the
 * second as a percentage of the first (`ratio_percent`), or the id of the row with the largest size of `field`
 * (`largest_abs`, on the array read).
 */
export type Derive = 'value' | 'percent' | 'ratio_percent' | 'largest_abs';

/** One question of a pack, with its answer. */
export interface PackQuestion {
  /** `motion.kind`, e.g. `guard.effect`: the key students answer under. */
  readonly id: string;
  readonly motion: string;
  readonly kind: QuestionKind;
  readonly metric: string;
  /** The answer's unit: the metric's, '%' or '' (an id). */
  readonly unit: string;
  /** A number, or an id for a question answered by naming something. */
  readonly answer: number | string;
  /** For numeric answers only. */
  readonly tolerance?: Tolerance;
  /** For id answers: the ids that may be given (empty: any id). */
  readonly choices?: readonly string[];
  readonly commands: readonly PackCommand[];
  readonly derive: Derive;
  /** The field compared by `largest_abs`. */
  readonly field?: string;
  /** What the words of the question name: scenario files, the assumption and camp switched, a lever, a row. */
  readonly params: Readonly<Record<string, string>>;
}

/** A scenario file of the pack and its fingerprint when the key was made. */
export interface PackScenario {
  readonly file: string;
  readonly fingerprint: string;
}

/** The machine-readable key of a pack (key.json). */
export interface PackKey {
  readonly format: typeof PACK_FORMAT;
  readonly formatVersion: typeof PACK_FORMAT_VERSION;
  readonly modelVersion: string;
  readonly seed: string;
  readonly runs: number;
  readonly motions: readonly string[];
  readonly scenarios: readonly PackScenario[];
  readonly questions: readonly PackQuestion[];
}

/** Whether a question is answered with a number (else with an id). */
export function isNumeric(q: PackQuestion): boolean {
  return typeof q.answer === 'number';
}

/** The half-width of the band of right answers, in the answer's unit (0 for id answers). */
export function toleranceWidth(q: PackQuestion): number {
  if (typeof q.answer !== 'number' || q.tolerance === undefined) return 0;
  return q.tolerance.kind === 'absolute' ? q.tolerance.value : q.tolerance.value * Math.abs(q.answer);
}

/** How one answer fared. */
export type GradeStatus = 'right' | 'wrong' | 'no_answer';

/** One graded answer. */
export interface Grade {
  readonly id: string;
  readonly status: GradeStatus;
  /** The student's answer; null when there is none. */
  readonly given: number | string | null;
  readonly expected: number | string;
  /** The half-width of the band of right answers (0 for id answers). */
  readonly within: number;
}

/** Slack for floating-point noise, relative to the band (an answer copied exactly is never wrong). */
const EPSILON = 1e-9;

/** Normalises an id answer: trimmed, lower case, backticks and quotes dropped. */
export function normaliseId(text: string): string {
  return text
    .trim()
    .replace(/^[`'"]+|[`'"]+$/g, '')
    .toLowerCase();
}

/** Grades one answer: numbers within the tolerance, ids by name; no answer is wrong. */
export function gradeAnswer(q: PackQuestion, given: number | string | null): Grade {
  const within = toleranceWidth(q);
  const base = { id: q.id, given, expected: q.answer, within };
  if (given === null) return { ...base, status: 'no_answer' };
  let right: boolean;
  if (typeof q.answer === 'number') {
    right =
      typeof given === 'number' &&
      Math.abs(given - q.answer) <= within + EPSILON * Math.max(1, Math.abs(q.answer), within);
  } else {
    right = typeof given === 'string' && normaliseId(given) === normaliseId(q.answer);
  }
  return { ...base, status: right ? 'right' : 'wrong' };
}

/** Grades every question of a key; a question missing from `answers` has no answer. */
export function gradeAll(key: PackKey, answers: ReadonlyMap<string, number | string | null>): Grade[] {
  return key.questions.map((q) => gradeAnswer(q, answers.get(q.id) ?? null));
}

/** Reads a dotted path (`effect.p50`, `rows[0].id`, `rows[id=guard_size].shapley`) from parsed JSON. */
export function readPath(data: unknown, path: string): unknown {
  let here: unknown = data;
  for (const part of path.split('.')) {
    const m = /^([A-Za-z0-9_]+)(?:\[(?:(\d+)|([A-Za-z0-9_]+)=([A-Za-z0-9_]+))\])?$/.exec(part);
    if (m === null || here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[m[1] as string];
    if (m[2] !== undefined) here = Array.isArray(here) ? here[Number(m[2])] : undefined;
    else if (m[3] !== undefined) {
      const [field, want] = [m[3], m[4]];
      here = Array.isArray(here)
        ? here.find(
            (row: unknown) =>
              row !== null && typeof row === 'object' && (row as Record<string, unknown>)[field] === want,
          )
        : undefined;
    }
  }
  return here;
}

/** The id of the row with the largest size of `field` (the first such row on a tie). */
export function largestBy<T extends { readonly id: string }>(rows: readonly T[], size: (row: T) => number): string {
  let best: string | undefined;
  let bestSize = -1;
  for (const row of rows) {
    const s = Math.abs(size(row));
    if (s > bestSize) {
      best = row.id;
      bestSize = s;
    }
  }
  return best ?? '';
}

/**
 * The answer a question's commands print: reads each command's field from its parsed JSON output (`outputs`,
 * in the order of `q.commands`) and derives the answer as the key says. Undefined when a field is missing.
 */
export function answerFromOutputs(q: PackQuestion, outputs: readonly unknown[]): number | string | undefined {
  const values = q.commands.map((c, i) => readPath(outputs[i], c.read));
  const [first, second] = values;
  switch (q.derive) {
    case 'value':
      return typeof first === 'number' || typeof first === 'string' ? first : undefined;
    case 'percent':
      return typeof first === 'number' ? 100 * first : undefined;
    case 'ratio_percent':
      return typeof first === 'number' && typeof second === 'number' ? percentOf(second, first) : undefined;
    case 'largest_abs': {
      const field = q.field ?? '';
      if (!Array.isArray(first)) return undefined;
      return largestBy(first as { id: string; [k: string]: unknown }[], (row) => Number(row[field]));
    }
  }
}

/** `part` as a percentage of `whole` (how much of a lead remains). */
export function percentOf(part: number, whole: number): number {
  return (100 * part) / whole;
}
