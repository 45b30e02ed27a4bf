/**
 * The model written out by hand from the equation text in src/model/equations.ts: plain local variables,
 * the same Euler scheme (auxiliaries at the start of each month, outputs recorded, then every stock moves
 * by rate × dt from the month's values, with the non-negative clamps) and the same parameter, input and
 * output layout as the generated `runModel`. It is the yardstick the generated code is timed against, and a
 * second, independent reading of the equations that the tests compare with it.
 *
 * Floating point: every product and sum is written in the equation's left-to-right order, so the numbers
 * are the generated ones bit for bit; only pieces that depend on parameters alone are computed once before
 * the loop (they are the same subexpressions the generated code evaluates each month).
 */
import { GENERATED } from '../src/model/generated/model.gen.js';

const MONTHS = 288;
const START_YEAR = 2007;
const N_OUT = 23;
/** The persistence null's yearly random steps (null_step_1 … null_step_12). */
const NULL_STEP_COUNT = 12;

/** Finds the position of an id in a layout list, failing loudly when it is missing. */
function indexIn(list: readonly string[], id: string): number {
  const k = list.indexOf(id);
  if (k < 0) throw new Error(`hand model: "${id}" is not in the generated layout`);
  return k;
}

const PARAM = (id: string): number => indexIn(GENERATED.parameters, id);

// Parameter positions, resolved once.
const P = {
  workforce_2007: PARAM('workforce_2007'),
  recruitment_rate: PARAM('recruitment_rate'),
  incapacitation_per_month: PARAM('incapacitation_per_month'),
  saturation_coefficient: PARAM('saturation_coefficient'),
  conflict_coefficient: PARAM('conflict_coefficient'),
  revenue_recruitment_elasticity: PARAM('revenue_recruitment_elasticity'),
  workforce_2017: PARAM('workforce_2017'),
  drug_revenue_2010: PARAM('drug_revenue_2010'),
  cannabis_share_2010: PARAM('cannabis_share_2010'),
  cocaine_share_of_other: PARAM('cocaine_share_of_other'),
  opioid_share_of_other: PARAM('opioid_share_of_other'),
  synthetic_growth: PARAM('synthetic_growth'),
  nondrug_revenue_2017: PARAM('nondrug_revenue_2017'),
  us_squeeze_2015: PARAM('us_squeeze_2015'),
  us_squeeze_ceiling: PARAM('us_squeeze_ceiling'),
  cannabis_domestic_share: PARAM('cannabis_domestic_share'),
  other_drugs_domestic_share: PARAM('other_drugs_domestic_share'),
  legal_capture_all_drugs: PARAM('legal_capture_all_drugs'),
  substitution: PARAM('substitution'),
  violence_theory: PARAM('violence_theory'),
  oc_homicides_2006: PARAM('oc_homicides_2006'),
  homicides_2006: PARAM('homicides_2006'),
  conflict_share: PARAM('conflict_share'),
  oc_violence_scale: PARAM('oc_violence_scale'),
  violence_adjust_months: PARAM('violence_adjust_months'),
  removal_violence: PARAM('removal_violence'),
  removal_half_life_months: PARAM('removal_half_life_months'),
  fragmentation_violence: PARAM('fragmentation_violence'),
  fragmentation_half_life_months: PARAM('fragmentation_half_life_months'),
  deployment_share: PARAM('deployment_share'),
  deployment_elasticity: PARAM('deployment_elasticity'),
  nonoc_homicide_rate: PARAM('nonoc_homicide_rate'),
  spillover: PARAM('spillover'),
  vacuum_effect: PARAM('vacuum_effect'),
  revenue_violence_elasticity: PARAM('revenue_violence_elasticity'),
  firearm_share: PARAM('firearm_share'),
  us_share_of_guns: PARAM('us_share_of_guns'),
  gun_substitution: PARAM('gun_substitution'),
  gun_stock_life_years: PARAM('gun_stock_life_years'),
  youth_effect: PARAM('youth_effect'),
  youth_targeting: PARAM('youth_targeting'),
  neet_pool: PARAM('neet_pool'),
  youth_lag_months: PARAM('youth_lag_months'),
  amnesty_eligible_share: PARAM('amnesty_eligible_share'),
  amnesty_recidivism: PARAM('amnesty_recidivism'),
  amnesty_processing_months: PARAM('amnesty_processing_months'),
  amnesty_relapse_months: PARAM('amnesty_relapse_months'),
  reintegration_cost: PARAM('reintegration_cost'),
  troops_reference: PARAM('troops_reference'),
  troops_2018: PARAM('troops_2018'),
  troops_2006: PARAM('troops_2006'),
  military_incap_share: PARAM('military_incap_share'),
  enforcement_cap: PARAM('enforcement_cap'),
  corruption_share: PARAM('corruption_share'),
  guard_effectiveness: PARAM('guard_effectiveness'),
  guard_kingpin_share: PARAM('guard_kingpin_share'),
  guard_lethality_ratio: PARAM('guard_lethality_ratio'),
  guard_training_months: PARAM('guard_training_months'),
  street_transfer_share: PARAM('street_transfer_share'),
  guard_cost_per_person: PARAM('guard_cost_per_person'),
  military_cost_per_person: PARAM('military_cost_per_person'),
  mx_cannabis_market: PARAM('mx_cannabis_market'),
  population_2010: PARAM('population_2010'),
  population_growth: PARAM('population_growth'),
  null_step_1: PARAM('null_step_1'),
  cannabis_legal: PARAM('cannabis_legal'),
  cannabis_start_year: PARAM('cannabis_start_year'),
  cannabis_legal_share: PARAM('cannabis_legal_share'),
  cannabis_tax_rate: PARAM('cannabis_tax_rate'),
  amnesty_coverage: PARAM('amnesty_coverage'),
  amnesty_start_year: PARAM('amnesty_start_year'),
  drawdown_share: PARAM('drawdown_share'),
  drawdown_years: PARAM('drawdown_years'),
  drawdown_start_year: PARAM('drawdown_start_year'),
  guard_size: PARAM('guard_size'),
  guard_build_years: PARAM('guard_build_years'),
  guard_military_share: PARAM('guard_military_share'),
  guard_vetting: PARAM('guard_vetting'),
  youth_budget: PARAM('youth_budget'),
  youth_cost_per_participant: PARAM('youth_cost_per_participant'),
  youth_start_year: PARAM('youth_start_year'),
  legalize_all_drugs: PARAM('legalize_all_drugs'),
  all_drugs_start_year: PARAM('all_drugs_start_year'),
  us_gun_action: PARAM('us_gun_action'),
  kingpin_intensity: PARAM('kingpin_intensity'),
  observed_until: PARAM('observed_until'),
} as const;

// The null's steps are read as one block: null_step_1 … null_step_12 must sit next to each other in order.
for (let k = 0; k < NULL_STEP_COUNT; k++) {
  if (GENERATED.parameters[P.null_step_1 + k] !== `null_step_${k + 1}`)
    throw new Error('hand model: the null steps are not consecutive');
}

/** The inputs in the order this file reads them; checked against the generated layout when loaded. */
const INPUT_ORDER = ['troops_history', 'removals_history', 'homicides_history'] as const;
if (INPUT_ORDER.length !== GENERATED.inputs.length || INPUT_ORDER.some((id, k) => GENERATED.inputs[k] !== id)) {
  throw new Error('hand model: the input order differs from the generated layout');
}

/** The outputs in the order this file writes them; checked against the generated layout when loaded. */
const OUTPUT_ORDER = [
  'cartel_revenue',
  'revenue_cannabis',
  'revenue_cocaine',
  'revenue_opioids',
  'revenue_meth',
  'revenue_nondrug',
  'homicides',
  'homicides_oc',
  'homicide_rate',
  'workforce',
  'forces_military',
  'forces_guard',
  'forces_total',
  'fragmentation',
  'fiscal_cost',
  'cost_guard',
  'cost_military',
  'cost_youth',
  'cost_amnesty',
  'cannabis_tax',
  'recruitment',
  'enforcement',
  'member_deaths',
] as const;
if (
  OUTPUT_ORDER.length !== N_OUT ||
  (GENERATED.outputs as readonly string[]).length !== N_OUT ||
  OUTPUT_ORDER.some((id, k) => GENERATED.outputs[k] !== id)
) {
  throw new Error('hand model: the output order differs from the generated layout');
}

/** Number of outputs the hand model writes per month. */
export const HAND_OUTPUT_COUNT = OUTPUT_ORDER.length;

/** The equations' ramp: 0 before start, linear to 1 over duration, 1 after (a step when duration ≤ 0). */
function ramp(x: number, start: number, duration: number): number {
  if (duration <= 0) return x >= start ? 1 : 0;
  const r = (x - start) / duration;
  return Math.min(1, Math.max(0, r));
}

/** The equations' step: 1 from start on, 0 before. */
function step(x: number, start: number): number {
  return x >= start ? 1 : 0;
}

/**
 * Runs the hand-written model once over all 288 months: parameters in GENERATED.parameters order, inputs
 * troops, leader removals and observed homicides; writes out[m * outputs + k] exactly as the generated
 * `runModel` does.
 */
export function runHand(p: Float64Array, inp: readonly Float64Array[], out: Float64Array): void {
  const troopsHistory = inp[0];
  const removalsHistory = inp[1];
  const homicidesHistory = inp[2];
  if (troopsHistory === undefined || troopsHistory.length < MONTHS)
    throw new RangeError('hand model: troops series missing or short');
  if (removalsHistory === undefined || removalsHistory.length < MONTHS)
    throw new RangeError('hand model: removals series missing or short');
  if (homicidesHistory === undefined || homicidesHistory.length < MONTHS)
    throw new RangeError('hand model: homicides series missing or short');
  if (out.length < MONTHS * N_OUT) throw new RangeError('hand model: output buffer too short');

  const workforce2007 = p[P.workforce_2007]!;
  const recruitmentRate = p[P.recruitment_rate]!;
  const incapacitationPerMonth = p[P.incapacitation_per_month]!;
  const saturationCoefficient = p[P.saturation_coefficient]!;
  const conflictCoefficient = p[P.conflict_coefficient]!;
  const revenueRecruitmentElasticity = p[P.revenue_recruitment_elasticity]!;
  const workforce2017 = p[P.workforce_2017]!;
  const drugRevenue2010 = p[P.drug_revenue_2010]!;
  const cannabisShare2010 = p[P.cannabis_share_2010]!;
  const cocaineShareOfOther = p[P.cocaine_share_of_other]!;
  const opioidShareOfOther = p[P.opioid_share_of_other]!;
  const syntheticGrowth = p[P.synthetic_growth]!;
  const nondrugRevenue2017 = p[P.nondrug_revenue_2017]!;
  const usSqueeze2015 = p[P.us_squeeze_2015]!;
  const usSqueezeCeiling = p[P.us_squeeze_ceiling]!;
  const cannabisDomesticShare = p[P.cannabis_domestic_share]!;
  const otherDrugsDomesticShare = p[P.other_drugs_domestic_share]!;
  const legalCaptureAllDrugs = p[P.legal_capture_all_drugs]!;
  const substitution = p[P.substitution]!;
  const violenceTheory = p[P.violence_theory]!;
  const ocHomicides2006 = p[P.oc_homicides_2006]!;
  const homicides2006 = p[P.homicides_2006]!;
  const conflictShare = p[P.conflict_share]!;
  const ocViolenceScale = p[P.oc_violence_scale]!;
  const violenceAdjustMonths = p[P.violence_adjust_months]!;
  const removalViolence = p[P.removal_violence]!;
  const removalHalfLifeMonths = p[P.removal_half_life_months]!;
  const fragmentationViolence = p[P.fragmentation_violence]!;
  const fragmentationHalfLifeMonths = p[P.fragmentation_half_life_months]!;
  const deploymentShare = p[P.deployment_share]!;
  const deploymentElasticity = p[P.deployment_elasticity]!;
  const nonocHomicideRate = p[P.nonoc_homicide_rate]!;
  const spillover = p[P.spillover]!;
  const vacuumEffect = p[P.vacuum_effect]!;
  const revenueViolenceElasticity = p[P.revenue_violence_elasticity]!;
  const firearmShare = p[P.firearm_share]!;
  const usShareOfGuns = p[P.us_share_of_guns]!;
  const gunSubstitution = p[P.gun_substitution]!;
  const gunStockLifeYears = p[P.gun_stock_life_years]!;
  const youthEffect = p[P.youth_effect]!;
  const youthTargeting = p[P.youth_targeting]!;
  const neetPool = p[P.neet_pool]!;
  const youthLagMonths = p[P.youth_lag_months]!;
  const amnestyEligibleShare = p[P.amnesty_eligible_share]!;
  const amnestyRecidivism = p[P.amnesty_recidivism]!;
  const amnestyProcessingMonths = p[P.amnesty_processing_months]!;
  const amnestyRelapseMonths = p[P.amnesty_relapse_months]!;
  const reintegrationCost = p[P.reintegration_cost]!;
  const troopsReference = p[P.troops_reference]!;
  const troops2018 = p[P.troops_2018]!;
  const troops2006 = p[P.troops_2006]!;
  const militaryIncapShare = p[P.military_incap_share]!;
  const enforcementCap = p[P.enforcement_cap]!;
  const corruptionShare = p[P.corruption_share]!;
  const guardEffectiveness = p[P.guard_effectiveness]!;
  const guardKingpinShare = p[P.guard_kingpin_share]!;
  const guardLethalityRatio = p[P.guard_lethality_ratio]!;
  const guardTrainingMonths = p[P.guard_training_months]!;
  const streetTransferShare = p[P.street_transfer_share]!;
  const guardCostPerPerson = p[P.guard_cost_per_person]!;
  const militaryCostPerPerson = p[P.military_cost_per_person]!;
  const mxCannabisMarket = p[P.mx_cannabis_market]!;
  const population2010 = p[P.population_2010]!;
  const populationGrowth = p[P.population_growth]!;
  const nullSteps: number[] = [];
  for (let k = 0; k < NULL_STEP_COUNT; k++) nullSteps.push(p[P.null_step_1 + k]!);
  const cannabisLegal = p[P.cannabis_legal]!;
  const cannabisStartYear = p[P.cannabis_start_year]!;
  const cannabisLegalShare = p[P.cannabis_legal_share]!;
  const cannabisTaxRate = p[P.cannabis_tax_rate]!;
  const amnestyCoverage = p[P.amnesty_coverage]!;
  const amnestyStartYear = p[P.amnesty_start_year]!;
  const drawdownShare = p[P.drawdown_share]!;
  const drawdownYears = p[P.drawdown_years]!;
  const drawdownStartYear = p[P.drawdown_start_year]!;
  const guardSize = p[P.guard_size]!;
  const guardBuildYears = p[P.guard_build_years]!;
  const guardMilitaryShare = p[P.guard_military_share]!;
  const guardVetting = p[P.guard_vetting]!;
  const youthBudget = p[P.youth_budget]!;
  const youthCostPerParticipant = p[P.youth_cost_per_participant]!;
  const youthStartYear = p[P.youth_start_year]!;
  const legalizeAllDrugs = p[P.legalize_all_drugs]!;
  const allDrugsStartYear = p[P.all_drugs_start_year]!;
  const usGunAction = p[P.us_gun_action]!;
  const kingpinIntensity = p[P.kingpin_intensity]!;
  const observedUntil = p[P.observed_until]!;

  // Pieces that use parameters only.
  const cannabis2010 = drugRevenue2010 * cannabisShare2010;
  const otherDrugs2010 = drugRevenue2010 * (1 - cannabisShare2010);
  const revenueReference = drugRevenue2010 + (nondrugRevenue2017 * workforce2007) / workforce2017;

  // Which theory of violence the run follows (violence_theory 0 persistence, 1 conflict, 2 fragmentation,
  // 3 confrontation). The outputs blend the theories by these 0/1 weights, as the equations do.
  const theoryNull = 1 - step(violenceTheory, 0.5);
  const theoryFragmentation = step(violenceTheory, 1.5) - step(violenceTheory, 2.5);
  const theoryConfrontation = step(violenceTheory, 2.5);
  const removalHalfLife =
    theoryFragmentation * fragmentationHalfLifeMonths + (1 - theoryFragmentation) * removalHalfLifeMonths;
  const removalEffect = theoryFragmentation * fragmentationViolence + (1 - theoryFragmentation) * removalViolence;

  // Stocks, at their 2007-01 values.
  let pop = population2010 * Math.exp(populationGrowth * (START_YEAR - 2010.45));
  let forcesGuard = 0;
  let syntheticTrend = 1;
  let youthReach = 0;
  let amnestyPipeline = 0;
  let workforce = workforce2007;
  let fragmentation = 0;
  let gunSupply = 1;
  let ocModel = ocHomicides2006;
  let observedLevel = homicides2006;

  for (let m = 0; m < MONTHS; m++) {
    const year = START_YEAR + m / 12;
    const scen = step(year, 2019);

    // Forces on the street.
    const troopsPath = troopsHistory[m]! * (1 - scen * drawdownShare * ramp(year, drawdownStartYear, drawdownYears));
    const guardPath = guardSize * scen * ramp(year, 2019, guardBuildYears);
    const forcesMilitary = Math.max(0, troopsPath - guardMilitaryShare * streetTransferShare * forcesGuard);
    const forcesTotal = forcesMilitary + forcesGuard;
    const guardEffective = forcesGuard * guardEffectiveness * (1 - corruptionShare * (1 - guardVetting));
    const enforcement =
      (forcesMilitary * (1 - corruptionShare) + guardEffective) / (troopsReference * (1 - corruptionShare));
    const kingpin = 1 + scen * (kingpinIntensity - 1);

    // Revenue.
    const usSqueeze = usSqueeze2015 * ramp(year, 2009, 6) + (usSqueezeCeiling - usSqueeze2015) * ramp(year, 2015, 8);
    const legalCannabisOn =
      scen *
      Math.max(cannabisLegal * ramp(year, cannabisStartYear, 1), legalizeAllDrugs * ramp(year, allDrugsStartYear, 1));
    const legalAllOn = scen * legalizeAllDrugs * ramp(year, allDrugsStartYear, 1);
    const cannabisBeforeMx = (cannabis2010 * (1 - usSqueeze)) / (1 - usSqueeze2015 / 6);
    const revenueCannabis = cannabisBeforeMx * (1 - legalCannabisOn * cannabisDomesticShare * cannabisLegalShare);
    const cannabisLost = Math.max(0, cannabis2010 - revenueCannabis);
    const hardDrugLoss = legalAllOn * otherDrugsDomesticShare * legalCaptureAllDrugs;
    const revenueCocaine = otherDrugs2010 * cocaineShareOfOther * (1 - hardDrugLoss);
    const revenueOpioids =
      otherDrugs2010 * opioidShareOfOther * syntheticTrend * (1 - hardDrugLoss) + (substitution * cannabisLost) / 3;
    const revenueMeth =
      otherDrugs2010 * (1 - cocaineShareOfOther - opioidShareOfOther) * syntheticTrend * (1 - hardDrugLoss) +
      (substitution * cannabisLost) / 3;
    const revenueNondrug =
      (nondrugRevenue2017 * workforce) / workforce2017 +
      substitution * (cannabisLost / 3 + hardDrugLoss * otherDrugs2010);
    const cartelRevenue = revenueCannabis + revenueCocaine + revenueOpioids + revenueMeth + revenueNondrug;

    // Youth programmes.
    const youthOn = scen * ramp(year, youthStartYear, 1);
    const youthCoverage = Math.min(1, (youthOn * youthBudget * 1e9) / youthCostPerParticipant / neetPool);
    const youthCut = Math.min(0.95, youthReach * youthTargeting * youthEffect);

    // Amnesty: cases are processed over a window of months from its start.
    const amnestyWindow =
      scen * (step(year, amnestyStartYear) - step(year, amnestyStartYear + amnestyProcessingMonths / 12));
    const amnestyOut = (amnestyWindow * amnestyCoverage * amnestyEligibleShare * workforce) / amnestyProcessingMonths;
    const relapse = amnestyPipeline / amnestyRelapseMonths;

    // Cartel workforce.
    const revenuePerMember = cartelRevenue / Math.max(workforce, 1) / (revenueReference / workforce2007);
    const recruitment =
      recruitmentRate *
      workforce *
      Math.max(0, 1 + revenueRecruitmentElasticity * (revenuePerMember - 1)) *
      (1 - youthCut);
    const incapacitation = Math.min(
      workforce,
      incapacitationPerMonth * (1 - militaryIncapShare + militaryIncapShare * Math.min(enforcement, enforcementCap)),
    );
    const memberDeaths = conflictCoefficient * workforce * workforce;
    const saturation = saturationCoefficient * workforce * workforce;

    // Leader removals: the observed series before 2019; from 2019 it scales with kingpin targeting and forces.
    const removals =
      (1 - scen) * removalsHistory[m]! +
      (scen * removalsHistory[m]! * kingpin * (forcesMilitary + guardKingpinShare * guardEffective)) / troops2018;

    // Violence under the causal theories.
    const workforceRatio = workforce / workforce2007;
    const membershipDriver = (1 - conflictShare) * workforceRatio + conflictShare * workforceRatio * workforceRatio;
    const removalDriver = 1 + removalEffect * fragmentation;
    const deployment = forcesMilitary + guardLethalityRatio * forcesGuard;
    const deploymentDriver =
      1 +
      theoryConfrontation *
        deploymentShare *
        (Math.exp(deploymentElasticity * Math.log(Math.min(Math.max(deployment, 1), troops2018) / troops2006)) - 1);
    const violencePressure =
      ocViolenceScale *
      ocHomicides2006 *
      membershipDriver *
      removalDriver *
      deploymentDriver *
      (1 + vacuumEffect * scen * Math.max(0, 1 - (enforcement * troopsReference) / troops2018)) *
      (1 - firearmShare * (1 - gunSubstitution) * (1 - gunSupply)) *
      Math.max(0, 1 + revenueViolenceElasticity * (cartelRevenue / revenueReference - 1));
    const nonocHomicides = (nonocHomicideRate * pop) / 1e5;

    // Violence under persistence: the last observed level, then one random step a year after it.
    let drift = nullSteps[0]! * step(year, observedUntil + 1);
    for (let k = 1; k < NULL_STEP_COUNT; k++) drift += nullSteps[k]! * step(year, observedUntil + (k + 1));
    const homicidesNull = observedLevel * Math.exp(drift);

    // Violence: outputs.
    const homicidesOc =
      (theoryNull * Math.max(0, homicidesNull - nonocHomicides)) / (1 + spillover) + (1 - theoryNull) * ocModel;
    const homicides = theoryNull * homicidesNull + (1 - theoryNull) * (nonocHomicides + (1 + spillover) * ocModel);
    const homicideRate = (homicides / pop) * 1e5;

    // Fiscal.
    const costGuard = (forcesGuard * guardCostPerPerson) / 1e9;
    const costMilitary = (scen * (forcesMilitary - troops2018) * militaryCostPerPerson) / 1e9;
    const costYouth = youthOn * youthBudget;
    const costAmnesty = (amnestyOut * 12 * reintegrationCost) / 1e9;
    const cannabisTax = legalCannabisOn * mxCannabisMarket * cannabisLegalShare * cannabisTaxRate;
    const fiscalCost = costGuard + costMilitary + costYouth + costAmnesty - cannabisTax;

    // Record the month.
    const o = m * N_OUT;
    out[o] = cartelRevenue;
    out[o + 1] = revenueCannabis;
    out[o + 2] = revenueCocaine;
    out[o + 3] = revenueOpioids;
    out[o + 4] = revenueMeth;
    out[o + 5] = revenueNondrug;
    out[o + 6] = homicides;
    out[o + 7] = homicidesOc;
    out[o + 8] = homicideRate;
    out[o + 9] = workforce;
    out[o + 10] = forcesMilitary;
    out[o + 11] = forcesGuard;
    out[o + 12] = forcesTotal;
    out[o + 13] = fragmentation;
    out[o + 14] = fiscalCost;
    out[o + 15] = costGuard;
    out[o + 16] = costMilitary;
    out[o + 17] = costYouth;
    out[o + 18] = costAmnesty;
    out[o + 19] = cannabisTax;
    out[o + 20] = recruitment;
    out[o + 21] = enforcement;
    out[o + 22] = memberDeaths;

    // Rates, all from this month's values.
    const popRate = (pop * populationGrowth) / 12;
    const guardRate = (guardPath - forcesGuard) / guardTrainingMonths;
    const syntheticRate = ((syntheticTrend * syntheticGrowth) / 12) * step(year, 2010);
    const youthRate = (youthCoverage - youthReach) / youthLagMonths;
    const pipelineRate = amnestyRecidivism * amnestyOut - relapse;
    const workforceRate = recruitment - incapacitation - memberDeaths - saturation - amnestyOut + relapse;
    const fragmentationRate = removals - (fragmentation * Math.log(2)) / removalHalfLife;
    const gunRate = (1 - scen * usGunAction * usShareOfGuns - gunSupply) / (gunStockLifeYears * 12);
    const ocRate = (violencePressure - ocModel) / violenceAdjustMonths;
    const observedRate = (1 - step(year, observedUntil + 1)) * (homicidesHistory[m]! - observedLevel);

    // Move the stocks one month (dt = 1), clamping the non-negative ones at zero.
    pop += popRate;
    forcesGuard += guardRate;
    if (forcesGuard < 0) forcesGuard = 0;
    syntheticTrend += syntheticRate;
    youthReach += youthRate;
    amnestyPipeline += pipelineRate;
    if (amnestyPipeline < 0) amnestyPipeline = 0;
    workforce += workforceRate;
    if (workforce < 0) workforce = 0;
    fragmentation += fragmentationRate;
    gunSupply += gunRate;
    ocModel += ocRate;
    if (ocModel < 0) ocModel = 0;
    observedLevel += observedRate;
  }
}
