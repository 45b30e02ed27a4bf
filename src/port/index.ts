/**
 * The front door of the port: `engine`, the one real implementation of the engine port (engine-port.ts), wired
 * to the model engine (engine.ts), the analyses (analyses.ts), the explorer's sliced debate tools (debate.ts)
 * and its theory of violence (theory.ts); and the defaults the commands print in their help.
 */
import type { Scenario } from '../model/types.js';
import { fingerprintScenario } from '../scenario/fingerprint.js';
import type { ScenarioRegistry } from '../scenario/parse-scenario.js';
import * as analyses from './analyses.js';
import { realDebate } from './debate.js';
import * as model from './engine.js';
import type { EnginePort } from './engine-port.js';
import { hindcastFor, theoryOf } from './theory.js';
import { pagePools } from './page-app.js';
import { judgeRound, ROUND_REGISTRY } from './judge.js';

export type { EnginePort } from './engine-port.js';
export {
  DEFAULT_CONFIRM_TOP,
  DEFAULT_CRUX_RUNS,
  DEFAULT_CRUX_SET_CONFIRM,
  DEFAULT_CRUX_SET_RUNS,
  DEFAULT_CRUX_SET_TOP,
  DEFAULT_EVIDENCE_RUNS,
} from './analyses.js';
export { DEFAULT_ROUND_RUNS } from './judge.js';
export type { Difference, Judgement, JudgedAttack, RoundCrux, Verdict } from './judge.js';
export { DEFAULT_RUNS, HINDCAST_FIRST, HINDCAST_LAST, HINDCAST_RUNS, HINDCAST_SEED, THEORIES } from './engine.js';
export type { TheoryId } from './engine.js';
export { buildClassPack, MOTIONS, MOTION_IDS, PACK_RUNS } from './class-pack.js';
export type { ClassPack, Motion } from './class-pack.js';

const registry: ScenarioRegistry = { levers: model.LEVERS, assumptions: model.ASSUMPTIONS };

function fingerprint(s: Scenario): string {
  return fingerprintScenario(s, registry, model.MODEL_VERSION);
}

/** The engine and the analyses on the shipped model. */
export const engine: EnginePort = {
  levers: model.LEVERS,
  leverFamilies: model.LEVER_FAMILIES,
  assumptions: model.ASSUMPTIONS,
  equations: model.EQUATIONS,
  outputs: model.OUTPUTS,
  months: model.MONTHS,
  scenarioStart: model.SCENARIO_START,
  history: { homicides: model.HISTORY.homicides },
  modelVersion: model.MODEL_VERSION,
  registry,

  statusQuo: model.statusQuo,
  resolveAssumptions: model.resolveAssumptions,
  leverValues: model.leverValues,
  fingerprint,
  baselineFor: analyses.baselineFor,

  runEnsemble: model.runEnsemble,
  runEnsembleAsync: model.runEnsembleAsync,
  runEnsembleWithMetrics: model.runEnsembleWithMetrics,
  runCentral: model.runCentral,
  runPerRun: model.runPerRun,
  centralMetric: analyses.centralMetric,
  centralEvaluator: analyses.makeCentralEvaluator,

  constraintReport: model.constraintReport,
  pagePools,
  hindcastOf: model.hindcastOf,
  hindcastLater: model.hindcastLater,
  centralEvidenceMarginsLater: analyses.centralEvidenceMarginsLater,
  theoryList: model.theoryList,
  theories: model.theories,
  theory: theoryOf,
  hindcast: hindcastFor,

  analyzeSensitivity: analyses.analyzeSensitivity,
  analyzeCrux: analyses.analyzeCrux,
  analyzeCruxSets: analyses.analyzeCruxSets,
  contestedAssumptions: analyses.contestedAssumptions,
  analyzeEvidence: analyses.analyzeEvidence,
  analyzeAttribution: analyses.analyzeAttribution,
  analyzeLedger: analyses.analyzeLedger,
  analyzeClaim: analyses.analyzeClaim,
  debate: realDebate(fingerprint),
  roundRegistry: ROUND_REGISTRY,
  judgeRound,
};
