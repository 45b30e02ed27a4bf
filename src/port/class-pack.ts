/**
 * Builds a class pack through the engine port: the scenario files of each motion and the questions of the
 * worksheet, each answer computed from the model (effects with pairedEffect through the claim analysis, the
 * attribution's Shapley shares and the cruxes, as the commands the key names print them).
 */
import {
  type PackCommand,
  type PackKey,
  type PackQuestion,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  largestBy,
  percentOf,
} from '../analysis/class-pack.js';
import { metricNamed, type MetricId } from '../analysis/metrics.js';
import type { LeverFamilyId, LeverId } from '../model/levers.js';
import type { AssumptionId, CampId, Scenario } from '../model/types.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import { scenarioToYaml } from '../scenario/serialize-scenario.js';
import { msg } from '../text/i18n.js';
import { DEFAULT_CONFIRM_TOP } from './analyses.js';
import type { EnginePort } from './engine-port.js';
import type { PackMotionText } from '../render/class-pack.js';

/** A motion of the debate: the lever family it moves, the metric it is judged on and a camp that tests it. */
export interface Motion {
  readonly id: string;
  /** The platform's levers of this family make the motion's scenario. */
  readonly family: LeverFamilyId;
  /** The lever whose share of the platform's difference the worksheet asks for. */
  readonly lever: LeverId;
  readonly metric: MetricId;
  /** The scenario file's name, without `.yaml`. */
  readonly file: string;
  /** A contested assumption switched to another camp: how much of the lead survives it. */
  readonly camp: { readonly assumption: AssumptionId; readonly camp: CampId };
}

/**
 * The article's two motions: legalizing marijuana (judged on cartel revenue, the argument made for it; tested
 * against the ~60% marijuana share the US government claimed) and the 300,000-person National Guard (judged on
 * homicides; tested against the conflict theory of the violence).
 */
export const MOTIONS: readonly Motion[] = [
  {
    id: 'cannabis',
    family: 'cannabis',
    lever: 'cannabis_legal',
    metric: 'revenue_total',
    file: 'marijuana-legal',
    camp: { assumption: 'cannabis_share_2010', camp: 'us_government' },
  },
  {
    id: 'guard',
    family: 'guard',
    lever: 'guard_size',
    metric: 'homicides_total',
    file: 'national-guard',
    camp: { assumption: 'violence_theory', camp: 'conflict' },
  },
];

/** The ids of the motions, in order. */
export const MOTION_IDS: readonly string[] = MOTIONS.map((m) => m.id);

/** Runs of a pack's ensembles by default: enough for stable answers, quick to generate and to check. */
export const PACK_RUNS = 200;

/** The scenario files every pack holds besides the motions'. */
export const STATUS_QUO_FILE = 'status-quo.yaml';
export const PLATFORM_FILE = 'platform-2018.yaml';

/** Relative tolerance of amounts: covers reading a number rounded to three significant figures. */
const AMOUNT_TOLERANCE = 0.02;
/** Absolute tolerance of a share of runs, in percentage points. */
const SHARE_TOLERANCE = 1;
/** Absolute tolerance of a flip value, as a share of the assumption's range. */
const FLIP_TOLERANCE = 0.02;

/** A pack: its key, its scenario files (name → YAML text) and each motion's scenario as the worksheet shows it. */
export interface ClassPack {
  readonly key: PackKey;
  readonly files: readonly { readonly file: string; readonly text: string }[];
  readonly motions: readonly PackMotionText[];
}

/** What a pack is built from: the shipped status quo and platform, the motions, runs and seed. */
export interface PackInput {
  readonly statusQuo: Scenario;
  readonly platform: Scenario;
  readonly motions: readonly Motion[];
  readonly runs: number;
  readonly seed: string;
}

/** Writes a scenario as a file and reads it back, so the pack computes on exactly what the commands will read. */
function asFile(port: EnginePort, file: string, s: Scenario): { file: string; text: string; scenario: Scenario } {
  const text = scenarioToYaml(s, port.registry);
  const back = parseScenario(text, file, port.registry);
  // text-exempt: a serialised scenario always reads back (the serializer's own tests hold it); a programming error.
  if (!back.ok) throw new Error(`class pack: ${file} does not read back`);
  return { file, text, scenario: back.scenario };
}

/** The motion's scenario: the status quo with the platform's levers of the motion's family. */
function motionScenario(port: EnginePort, m: Motion, input: PackInput): Scenario {
  const family = new Set(port.levers.filter((l) => l.family === m.family).map((l) => l.id));
  const levers = Object.fromEntries(Object.entries(input.platform.levers).filter(([id]) => family.has(id as LeverId)));
  const T = msg.classpack.scenario;
  return {
    name: T.name(m.id),
    description: T.description(m.id),
    sources: [T.source(PLATFORM_FILE)],
    seed: input.seed,
    runs: input.runs,
    levers,
    assumptions: {},
    camps: {},
  };
}

/** The claim command of A against the status quo under A's own assumption settings. */
function claimCommand(file: string, metric: string, runs: number, seed: string, read: string): PackCommand {
  return {
    argv: [
      'claim',
      file,
      '--vs',
      'status-quo',
      '--metric',
      metric,
      '--runs',
      String(runs),
      '--seed',
      seed,
      '--format',
      'json',
    ],
    read,
  };
}

/** Builds every scenario file and question of a pack (a few seconds at 200 runs per motion). */
export function buildClassPack(port: EnginePort, input: PackInput): ClassPack {
  const { runs, seed } = input;
  const sq = asFile(port, STATUS_QUO_FILE, { ...input.statusQuo, runs, seed });
  const platform = asFile(port, PLATFORM_FILE, { ...input.platform, runs, seed });
  const files = [sq, platform];
  const questions: PackQuestion[] = [];
  const motions: PackMotionText[] = [];
  for (const m of input.motions) {
    const metric = metricNamed(m.metric);
    const base = motionScenario(port, m, input);
    const main = asFile(port, `${m.file}.yaml`, base);
    const variantName = msg.classpack.scenario.variantName(base.name, m.camp.assumption, m.camp.camp);
    const variant = asFile(port, `${m.file}-${m.camp.camp.replace(/_/g, '-')}.yaml`, {
      ...base,
      name: variantName,
      camps: { [m.camp.assumption]: m.camp.camp },
    });
    files.push(main, variant);
    motions.push({ id: m.id, file: main.file, scenario: main.scenario });
    const q = (kind: PackQuestion['kind'], rest: Omit<PackQuestion, 'id' | 'motion' | 'kind' | 'metric'>) =>
      questions.push({ id: `${m.id}.${kind}`, motion: m.id, kind, metric: metric.id, ...rest });
    const params = { scenario: main.file, variant: variant.file, statusQuo: sq.file, platform: platform.file };

    // The effect of the motion over the status quo, and the share of paired runs it wins.
    const claim = port.analyzeClaim(main.scenario, port.baselineFor(main.scenario), metric, { runs, seed });
    const amount = { kind: 'relative', value: AMOUNT_TOLERANCE } as const;
    q('effect', {
      unit: metric.unit,
      answer: claim.effect.p50,
      tolerance: amount,
      commands: [claimCommand(main.file, metric.id, runs, seed, 'effect.p50')],
      derive: 'value',
      params,
    });
    q('win_share', {
      unit: '%',
      answer: 100 * claim.effect.winShare,
      tolerance: { kind: 'absolute', value: SHARE_TOLERANCE },
      commands: [claimCommand(main.file, metric.id, runs, seed, 'effect.winShare')],
      derive: 'percent',
      params,
    });

    // How much of that lead remains when a contested assumption is switched to another camp.
    const switched = port.analyzeClaim(variant.scenario, port.baselineFor(variant.scenario), metric, { runs, seed });
    q('camp_switch', {
      unit: '%',
      answer: percentOf(switched.effect.p50, claim.effect.p50),
      tolerance: amount,
      commands: [
        claimCommand(main.file, metric.id, runs, seed, 'effect.p50'),
        claimCommand(variant.file, metric.id, runs, seed, 'effect.p50'),
      ],
      derive: 'ratio_percent',
      params: { ...params, assumption: m.camp.assumption, camp: m.camp.camp },
    });

    // The motion's lever in the whole platform: its Shapley share, and which lever carries most (central run).
    const split = port.analyzeAttribution(platform.scenario, sq.scenario, metric);
    const attribute = ['attribute', platform.file, sq.file, '--metric', metric.id, '--format', 'json'];
    const row = split.rows.find((r) => (r.levers as readonly string[]).includes(m.lever));
    if (row !== undefined) {
      q('lever_share', {
        unit: metric.unit,
        answer: row.shapley,
        tolerance: amount,
        commands: [{ argv: attribute, read: `rows[id=${row.id}].shapley` }],
        derive: 'value',
        params: { ...params, lever: m.lever, row: row.id },
      });
    }
    q('top_lever', {
      unit: '',
      answer: largestBy(split.rows, (r) => r.shapley),
      choices: split.rows.map((r) => r.id),
      commands: [{ argv: attribute, read: 'rows' }],
      derive: 'largest_abs',
      field: 'shapley',
      params,
    });

    // The crux: the assumption the verdict is nearest to flipping on, and where it flips when it does.
    const cruxes = port.analyzeCrux(main.scenario, sq.scenario, metric, {
      runs,
      seed,
      confirmTop: DEFAULT_CONFIRM_TOP,
    });
    const crux = ['crux', main.file, sq.file, '--metric', metric.id, '--runs', String(runs), '--seed', seed];
    const first = cruxes.rows[0];
    if (first !== undefined) {
      q('crux', {
        unit: '',
        answer: first.id,
        choices: [],
        commands: [{ argv: [...crux, '--format', 'json'], read: 'rows[0].id' }],
        derive: 'value',
        params,
      });
      if (first.flip !== null) {
        q('flip', {
          unit: first.unit,
          answer: first.flip,
          tolerance: { kind: 'absolute', value: FLIP_TOLERANCE * (first.high - first.low) },
          commands: [{ argv: [...crux, '--format', 'json'], read: 'rows[0].flip' }],
          derive: 'value',
          params: { ...params, assumption: first.id },
        });
      }
    }
  }
  const key: PackKey = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    modelVersion: port.modelVersion,
    seed,
    runs,
    motions: input.motions.map((m) => m.id),
    scenarios: files.map((f) => ({ file: f.file, fingerprint: port.fingerprint(f.scenario) })),
    questions,
  };
  return { key, files: files.map((f) => ({ file: f.file, text: f.text })), motions };
}
