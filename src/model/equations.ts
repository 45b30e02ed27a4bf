// text-exempt-file: mathjs formulas and ids only; the equations' labels are in the catalogue (msg.model.equations).
import { msg, type Catalogue } from '../text/i18n.js';
import type { Equation, ModelSpec } from './types.js';
import type { UnitId } from './units.js';
import { ASSUMPTIONS, NULL_STEP_IDS } from './assumptions.js';
import { LEVERS } from './levers.js';

/** An equation id: every one has its label in the catalogue (msg.model.equations). */
export type EquationId = keyof Catalogue['model']['equations'];

/** An equation as data: its id, unit and formulas; the label comes from the catalogue. */
type EquationDefinition =
  | {
      readonly id: EquationId;
      readonly kind: 'stock';
      readonly unit: UnitId;
      readonly init: string;
      readonly rate: string;
      readonly nonNegative?: boolean;
    }
  | { readonly id: EquationId; readonly kind: 'aux'; readonly unit: UnitId; readonly expr: string };

/** An equation whose label is read from the catalogue whenever it is asked for (keys in the Equation order). */
function withLabel(d: EquationDefinition): Equation {
  const { id, kind, unit, ...formulas } = d;
  return {
    id,
    kind,
    get label() {
      return msg.model.equations[id];
    },
    unit,
    ...formulas,
  } as Equation;
}

/** The persistence null's yearly random steps, one per year after the last observed (enough for 2019–2030). */
export const NULL_STEPS = NULL_STEP_IDS;

/**
 * The model's equations, in mathjs syntax: the one text the compiler turns into code and the terminal
 * shows. Time is in months; `year` is the calendar year (fractional); every lever acts only from 2019
 * (`scen` is 0 before, 1 after). Flows are people or money per month; revenue and homicide series are
 * annual rates.
 */
const DEFINITIONS: readonly EquationDefinition[] = [
  // ── Time and population ──
  {
    id: 'scen',
    kind: 'aux',
    unit: '0/1',
    expr: 'step(year, 2019)',
  },
  {
    id: 'pop',
    kind: 'stock',
    unit: 'people',
    init: 'population_2010 * exp(population_growth * (year - 2010.45))',
    rate: 'pop * population_growth / 12',
  },

  // ── Forces on the street ──
  {
    id: 'troops_path',
    kind: 'aux',
    unit: 'soldiers',
    expr: 'troops_history * (1 - scen * drawdown_share * ramp(year, drawdown_start_year, drawdown_years))',
  },
  {
    id: 'guard_path',
    kind: 'aux',
    unit: 'people',
    expr: 'guard_size * scen * ramp(year, 2019, guard_build_years)',
  },
  {
    id: 'forces_guard',
    kind: 'stock',
    unit: 'people',
    init: '0',
    rate: '(guard_path - forces_guard) / guard_training_months',
    nonNegative: true,
  },
  {
    id: 'forces_military',
    kind: 'aux',
    unit: 'soldiers',
    expr: 'max(0, troops_path - guard_military_share * street_transfer_share * forces_guard)',
  },
  {
    id: 'forces_total',
    kind: 'aux',
    unit: 'people',
    expr: 'forces_military + forces_guard',
  },
  {
    id: 'guard_effective',
    kind: 'aux',
    unit: 'people',
    expr: 'forces_guard * guard_effectiveness * (1 - corruption_share * (1 - guard_vetting))',
  },
  {
    id: 'enforcement',
    kind: 'aux',
    unit: 'index',
    expr: '(forces_military * (1 - corruption_share) + guard_effective) / (troops_reference * (1 - corruption_share))',
  },
  {
    id: 'kingpin',
    kind: 'aux',
    unit: 'index',
    expr: '1 + scen * (kingpin_intensity - 1)',
  },

  // ── Revenue ──
  {
    id: 'us_squeeze',
    kind: 'aux',
    unit: 'share',
    expr: 'us_squeeze_2015 * ramp(year, 2009, 6) + (us_squeeze_ceiling - us_squeeze_2015) * ramp(year, 2015, 8)',
  },
  {
    id: 'legal_cannabis_on',
    kind: 'aux',
    unit: '0–1',
    expr: 'scen * max(cannabis_legal * ramp(year, cannabis_start_year, 1), legalize_all_drugs * ramp(year, all_drugs_start_year, 1))',
  },
  {
    id: 'legal_all_on',
    kind: 'aux',
    unit: '0–1',
    expr: 'scen * legalize_all_drugs * ramp(year, all_drugs_start_year, 1)',
  },
  {
    id: 'cannabis_before_mx',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'drug_revenue_2010 * cannabis_share_2010 * (1 - us_squeeze) / (1 - us_squeeze_2015 / 6)',
  },
  {
    id: 'revenue_cannabis',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'cannabis_before_mx * (1 - legal_cannabis_on * cannabis_domestic_share * cannabis_legal_share)',
  },
  {
    id: 'cannabis_lost',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'max(0, drug_revenue_2010 * cannabis_share_2010 - revenue_cannabis)',
  },
  {
    id: 'hard_drug_loss',
    kind: 'aux',
    unit: 'share',
    expr: 'legal_all_on * other_drugs_domestic_share * legal_capture_all_drugs',
  },
  {
    id: 'other_drugs_2010',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'drug_revenue_2010 * (1 - cannabis_share_2010)',
  },
  {
    id: 'synthetic_trend',
    kind: 'stock',
    unit: 'x 2010',
    init: '1',
    rate: 'synthetic_trend * synthetic_growth / 12 * step(year, 2010)',
  },
  {
    id: 'revenue_cocaine',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'other_drugs_2010 * cocaine_share_of_other * (1 - hard_drug_loss)',
  },
  {
    id: 'revenue_opioids',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'other_drugs_2010 * opioid_share_of_other * synthetic_trend * (1 - hard_drug_loss) + substitution * cannabis_lost / 3',
  },
  {
    id: 'revenue_meth',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'other_drugs_2010 * (1 - cocaine_share_of_other - opioid_share_of_other) * synthetic_trend * (1 - hard_drug_loss) + substitution * cannabis_lost / 3',
  },
  {
    id: 'revenue_nondrug',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'nondrug_revenue_2017 * workforce / workforce_2017 + substitution * (cannabis_lost / 3 + hard_drug_loss * other_drugs_2010)',
  },
  {
    id: 'cartel_revenue',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'revenue_cannabis + revenue_cocaine + revenue_opioids + revenue_meth + revenue_nondrug',
  },
  {
    id: 'revenue_reference',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'drug_revenue_2010 + nondrug_revenue_2017 * workforce_2007 / workforce_2017',
  },

  // ── Youth programmes ──
  {
    id: 'youth_on',
    kind: 'aux',
    unit: '0–1',
    expr: 'scen * ramp(year, youth_start_year, 1)',
  },
  {
    id: 'youth_coverage',
    kind: 'aux',
    unit: 'share',
    expr: 'min(1, youth_on * youth_budget * 1e9 / youth_cost_per_participant / neet_pool)',
  },
  {
    id: 'youth_reach',
    kind: 'stock',
    unit: 'share',
    init: '0',
    rate: '(youth_coverage - youth_reach) / youth_lag_months',
  },
  {
    id: 'youth_cut',
    kind: 'aux',
    unit: 'share',
    expr: 'min(0.95, youth_reach * youth_targeting * youth_effect)',
  },

  // ── Amnesty ──
  {
    id: 'amnesty_window',
    kind: 'aux',
    unit: '0/1',
    expr: 'scen * (step(year, amnesty_start_year) - step(year, amnesty_start_year + amnesty_processing_months / 12))',
  },
  {
    id: 'amnesty_out',
    kind: 'aux',
    unit: 'people/month',
    expr: 'amnesty_window * amnesty_coverage * amnesty_eligible_share * workforce / amnesty_processing_months',
  },
  {
    id: 'amnesty_pipeline',
    kind: 'stock',
    unit: 'people',
    init: '0',
    rate: 'amnesty_recidivism * amnesty_out - amnesty_pipeline / amnesty_relapse_months',
    nonNegative: true,
  },

  // ── Cartel workforce (after Prieto-Curiel et al. 2023, summed over groups) ──
  {
    id: 'revenue_per_member',
    kind: 'aux',
    unit: 'index',
    expr: '(cartel_revenue / max(workforce, 1)) / (revenue_reference / workforce_2007)',
  },
  {
    id: 'recruitment',
    kind: 'aux',
    unit: 'people/month',
    expr: 'recruitment_rate * workforce * max(0, 1 + revenue_recruitment_elasticity * (revenue_per_member - 1)) * (1 - youth_cut)',
  },
  {
    id: 'incapacitation',
    kind: 'aux',
    unit: 'people/month',
    expr: 'min(workforce, incapacitation_per_month * (1 - military_incap_share + military_incap_share * min(enforcement, enforcement_cap)))',
  },
  {
    id: 'member_deaths',
    kind: 'aux',
    unit: 'people/month',
    expr: 'conflict_coefficient * workforce * workforce',
  },
  {
    id: 'saturation',
    kind: 'aux',
    unit: 'people/month',
    expr: 'saturation_coefficient * workforce * workforce',
  },
  {
    id: 'workforce',
    kind: 'stock',
    unit: 'people',
    init: 'workforce_2007',
    rate: 'recruitment - incapacitation - member_deaths - saturation - amnesty_out + amnesty_pipeline / amnesty_relapse_months',
    nonNegative: true,
  },

  // ── Leader removals and fragmentation ──
  {
    id: 'removals',
    kind: 'aux',
    unit: 'per month',
    expr: '(1 - scen) * removals_history + scen * removals_history * kingpin * (forces_military + guard_kingpin_share * guard_effective) / troops_2018',
  },
  {
    id: 'theory_null',
    kind: 'aux',
    unit: '0/1',
    expr: '1 - step(violence_theory, 0.5)',
  },
  {
    id: 'theory_conflict',
    kind: 'aux',
    unit: '0/1',
    expr: 'step(violence_theory, 0.5) - step(violence_theory, 1.5)',
  },
  {
    id: 'theory_fragmentation',
    kind: 'aux',
    unit: '0/1',
    expr: 'step(violence_theory, 1.5) - step(violence_theory, 2.5)',
  },
  {
    id: 'theory_confrontation',
    kind: 'aux',
    unit: '0/1',
    expr: 'step(violence_theory, 2.5)',
  },
  {
    id: 'removal_half_life',
    kind: 'aux',
    unit: 'months',
    expr: 'theory_fragmentation * fragmentation_half_life_months + (1 - theory_fragmentation) * removal_half_life_months',
  },
  {
    id: 'fragmentation',
    kind: 'stock',
    unit: 'removals',
    init: '0',
    rate: 'removals - fragmentation * log(2) / removal_half_life',
  },

  // ── Guns ──
  {
    id: 'gun_supply',
    kind: 'stock',
    unit: 'index',
    init: '1',
    rate: '(1 - scen * us_gun_action * us_share_of_guns - gun_supply) / (gun_stock_life_years * 12)',
  },

  // ── Violence: the theories ──
  {
    id: 'workforce_ratio',
    kind: 'aux',
    unit: 'x 2007',
    expr: 'workforce / workforce_2007',
  },
  {
    id: 'membership_driver',
    kind: 'aux',
    unit: 'x 2006',
    expr: '(1 - conflict_share) * workforce_ratio + conflict_share * workforce_ratio * workforce_ratio',
  },
  {
    id: 'removal_driver',
    kind: 'aux',
    unit: 'x 2006',
    expr: '1 + (theory_fragmentation * fragmentation_violence + (1 - theory_fragmentation) * removal_violence) * fragmentation',
  },
  {
    id: 'deployment',
    kind: 'aux',
    unit: 'soldiers',
    expr: 'forces_military + guard_lethality_ratio * forces_guard',
  },
  {
    id: 'deployment_driver',
    kind: 'aux',
    unit: 'x 2006',
    expr: '1 + theory_confrontation * deployment_share * (exp(deployment_elasticity * log(min(max(deployment, 1), troops_2018) / troops_2006)) - 1)',
  },
  {
    id: 'violence_pressure',
    kind: 'aux',
    unit: 'deaths/yr',
    expr:
      'oc_violence_scale * oc_homicides_2006 * membership_driver * removal_driver * deployment_driver' +
      ' * (1 + vacuum_effect * scen * max(0, 1 - enforcement * troops_reference / troops_2018))' +
      ' * (1 - firearm_share * (1 - gun_substitution) * (1 - gun_supply))' +
      ' * max(0, 1 + revenue_violence_elasticity * (cartel_revenue / revenue_reference - 1))',
  },
  {
    id: 'oc_model',
    kind: 'stock',
    unit: 'deaths/yr',
    init: 'oc_homicides_2006',
    rate: '(violence_pressure - oc_model) / violence_adjust_months',
    nonNegative: true,
  },
  {
    id: 'nonoc_homicides',
    kind: 'aux',
    unit: 'deaths/yr',
    expr: 'nonoc_homicide_rate * pop / 1e5',
  },

  // ── Violence: the persistence null ──
  {
    id: 'observed_level',
    kind: 'stock',
    unit: 'deaths/yr',
    init: 'homicides_2006',
    rate: '(1 - step(year, observed_until + 1)) * (homicides_history - observed_level)',
  },
  {
    id: 'homicides_null',
    kind: 'aux',
    unit: 'deaths/yr',
    expr:
      'observed_level * exp(' +
      NULL_STEPS.map((id, k) => `${id} * step(year, observed_until + ${k + 1})`).join(' + ') +
      ')',
  },

  // ── Violence: outputs ──
  {
    id: 'homicides_oc',
    kind: 'aux',
    unit: 'deaths/yr',
    expr: 'theory_null * max(0, homicides_null - nonoc_homicides) / (1 + spillover) + (1 - theory_null) * oc_model',
  },
  {
    id: 'homicides',
    kind: 'aux',
    unit: 'deaths/yr',
    expr: 'theory_null * homicides_null + (1 - theory_null) * (nonoc_homicides + (1 + spillover) * oc_model)',
  },
  {
    id: 'homicide_rate',
    kind: 'aux',
    unit: 'per 100k/yr',
    expr: 'homicides / pop * 1e5',
  },

  // ── Fiscal ──
  {
    id: 'cost_guard',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'forces_guard * guard_cost_per_person / 1e9',
  },
  {
    id: 'cost_military',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'scen * (forces_military - troops_2018) * military_cost_per_person / 1e9',
  },
  {
    id: 'cost_youth',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'youth_on * youth_budget',
  },
  {
    id: 'cost_amnesty',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'amnesty_out * 12 * reintegration_cost / 1e9',
  },
  {
    id: 'cannabis_tax',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'legal_cannabis_on * mx_cannabis_market * cannabis_legal_share * cannabis_tax_rate',
  },
  {
    id: 'fiscal_cost',
    kind: 'aux',
    unit: 'US$ bn/yr',
    expr: 'cost_guard + cost_military + cost_youth + cost_amnesty - cannabis_tax',
  },
];

/** The model's equations, with their labels in the language in force. */
export const EQUATIONS: readonly Equation[] = DEFINITIONS.map(withLabel);

/**
 * Parameters that are neither assumptions nor levers: how a run is set up. `observed_until` is the last
 * year whose observed homicides the persistence null may read (2018 for projections, earlier in hindcasts).
 */
export const RUN_SETTINGS = ['observed_until'] as const;

/** Output series recorded every month, in order. */
export const OUTPUT_IDS = [
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
] as const satisfies readonly EquationId[];

/** Exogenous monthly input series, in order. */
export const INPUT_IDS = ['troops_history', 'removals_history', 'homicides_history'] as const;

/** The whole model as data: equations, outputs, parameters (assumptions then levers) and inputs. */
export const MODEL_SPEC: ModelSpec = {
  equations: EQUATIONS,
  outputs: OUTPUT_IDS,
  parameters: [...ASSUMPTIONS.map((a) => a.id), ...LEVERS.map((l) => l.id), ...RUN_SETTINGS],
  inputs: INPUT_IDS,
};
