/** English text of the model room. The Spanish catalogue (../es/model.ts) must match it key for key. */

/** A lever's words: its label, and the article's words it comes from framed around the quote (if any). */
export interface LeverText {
  readonly label: string;
  /** Frames the article's quote (English, as published; '' when the lever has none). */
  readonly articleWords: (quote: string) => string;
}

/**
 * A unit's display text. The unit string in the data is an id (it names CSV columns and never changes); `text`
 * is what a person reads on its own (a column, a chart title), `amount` a number in the unit in words. English
 * gives no `amount`: formatQuantity spells its units ("36,000 deaths a year").
 */
export interface UnitText {
  readonly text: string;
  /** The number in this unit, in words; `n` is already formatted and unsigned ("36,000" → "36,000 homicidios"). */
  readonly amount?: (n: string) => string;
}

/** Types a table by its keys, so the other language must give the same keys with the same shape. */
export function keyed<V>() {
  return <K extends string>(table: Record<K, V>): Readonly<Record<K, V>> => table;
}

const levers = keyed<LeverText>()({
  cannabis_legal: {
    label: 'Legalize marijuana',
    articleWords: (q) => `Interior-minister pick Olga Sánchez Cordero "${q}"`,
  },
  cannabis_start_year: {
    label: 'Legal sales start',
    articleWords: (q) => `The article gives no date; AMLO "${q}" first`,
  },
  cannabis_legal_share: {
    label: 'Domestic market served legally',
    articleWords: () => 'Not in the article: how much of the domestic market a legal trade would win',
  },
  cannabis_tax_rate: {
    label: 'Tax on legal cannabis',
    articleWords: () => 'Not in the article (Washington State taxes retail sales at 37%)',
  },
  amnesty_coverage: {
    label: 'Amnesty for growers and low-level workers',
    articleWords: (q) => `Amnesty for "${q}" — "Kidnappers? No."`,
  },
  amnesty_start_year: {
    label: 'Amnesty starts',
    articleWords: () => 'Floated during the 2018 campaign; no date given',
  },
  drawdown_share: {
    label: 'Troops withdrawn from the streets',
    articleWords: (q) => `AMLO "${q}"`,
  },
  drawdown_years: {
    label: 'Drawdown takes',
    articleWords: (q) => `A security adviser says "${q}"`,
  },
  drawdown_start_year: {
    label: 'Drawdown starts',
    articleWords: () => 'The new government takes office in December 2018',
  },
  guard_size: {
    label: 'National Guard target size',
    articleWords: (q) => `He "${q}"`,
  },
  guard_build_years: {
    label: 'Years to build the Guard',
    articleWords: () => 'Not in the article',
  },
  guard_military_share: {
    label: 'Guard recruited from the military',
    articleWords: (q) => `A Guard "${q}"`,
  },
  guard_vetting: {
    label: 'Guard vetting against corruption',
    articleWords: (q) => `Meant to replace "${q}"`,
  },
  youth_budget: {
    label: 'Youth scholarships and job training',
    articleWords: (q) => `AMLO "${q}"`,
  },
  youth_cost_per_participant: {
    label: 'Cost per participant',
    articleWords: () => 'Not in the article (Becoming a Man: about $2,400; JCF stipend: MXN 43,200 a year in 2019)',
  },
  youth_start_year: {
    label: 'Youth programme starts',
    articleWords: () => 'Announced in July 2018',
  },
  legalize_all_drugs: {
    label: 'Legalize all drugs',
    articleWords: (q) => `"${q}," AMLO told the New Yorker`,
  },
  all_drugs_start_year: {
    label: 'All-drug legalization starts',
    articleWords: (q) => `The article judges it "${q}"`,
  },
  us_gun_action: {
    label: 'US cuts southbound gun trafficking',
    articleWords: (q) => `"${q}" on gun trafficking (Alfonso Durazo)`,
  },
  kingpin_intensity: {
    label: 'Kingpin targeting',
    articleWords: (q) => `Mexico "${q}"`,
  },
});

/** Plain-words names of the lever families. */
const families = {
  cannabis: 'Marijuana legalization',
  amnesty: 'Amnesty',
  drawdown: 'Military drawdown',
  guard: 'National Guard',
  youth: 'Youth scholarships & training',
  all_drugs: 'Legalize all drugs',
  guns: 'US gun action',
  kingpin: 'Kingpin targeting',
};

/** The label of every equation (stocks, auxiliaries and the outputs they record), by equation id. */
const equations = {
  scen: 'Scenario period (0 before 2019, 1 from 2019)',
  pop: 'Population',
  troops_path: 'Troops deployed before the Guard takes any',
  guard_path: 'Guard places funded',
  forces_guard: 'National Guard',
  forces_military: 'Soldiers on the streets',
  forces_total: 'Soldiers and Guard on the streets',
  guard_effective: 'Guard, counted in soldier-equivalents after corruption',
  enforcement: 'Enforcement (1 = 2010–12 deployment)',
  kingpin: 'Kingpin targeting (1 = 2007–18 average)',
  us_squeeze: 'Marijuana export revenue lost to US and Canadian legal supply',
  legal_cannabis_on: 'Legal marijuana in force',
  legal_all_on: 'Legal hard drugs in force',
  cannabis_before_mx: 'Cartel marijuana revenue before any Mexican legal market',
  revenue_cannabis: 'Cartel revenue: marijuana',
  cannabis_lost: 'Marijuana revenue lost since 2010',
  hard_drug_loss: 'Share of other drug revenue lost to a Mexican legal market',
  other_drugs_2010: 'Non-marijuana drug revenue around 2010',
  synthetic_trend: 'Growth of heroin/opioid and meth markets since 2010',
  revenue_cocaine: 'Cartel revenue: cocaine',
  revenue_opioids: 'Cartel revenue: heroin and opioids',
  revenue_meth: 'Cartel revenue: methamphetamine',
  revenue_nondrug: 'Cartel revenue: extortion, kidnapping, fuel theft',
  cartel_revenue: 'Cartel revenue, all lines',
  revenue_reference: 'Cartel revenue around 2010, all lines',
  youth_on: 'Youth programme running',
  youth_coverage: 'Share of NEET youth a programme can enrol',
  youth_reach: 'Share of NEET youth reached, after the lag',
  youth_cut: 'Cut in recruitment from youth programmes',
  amnesty_window: 'Amnesty cases being processed (covers offences before it starts)',
  amnesty_out: 'Members leaving through amnesty',
  amnesty_pipeline: 'Amnestied people who will go back',
  revenue_per_member: 'Revenue per member (1 = 2010 revenue at 2007 membership)',
  recruitment: 'Recruits',
  incapacitation: 'Members arrested or jailed',
  member_deaths: 'Members killed in fights between groups',
  saturation: 'Members leaving as markets saturate',
  workforce: 'Cartel workforce',
  removals: 'Cartel leaders removed',
  theory_null: 'Theory in force: persistence (no causal structure)',
  theory_conflict: 'Theory in force: conflict among members',
  theory_fragmentation: 'Theory in force: fragmentation after decapitation',
  theory_confrontation: 'Theory in force: militarized confrontation',
  removal_half_life: "Half-life of a removal's effect on violence",
  fragmentation: 'Leader removals still stirring violence (decayed count)',
  gun_supply: 'Trafficked guns in circulation (2007–18 = 1)',
  workforce_ratio: 'Cartel members relative to 2007',
  membership_driver: 'Violence from membership: the conflict share grows with members squared',
  removal_driver: 'Violence from leader removals still in force',
  deployment: 'Soldiers on the streets, Guard counted at its lower lethality',
  deployment_driver: 'Violence from confrontations with the military (held at the largest deployment seen, 2018)',
  violence_pressure: 'Organized-crime homicides the conditions push toward',
  oc_model: 'Organized-crime homicides (causal theories)',
  nonoc_homicides: 'Homicides not tied to organized crime',
  observed_level: 'Last observed homicides (held after the last year observed)',
  homicides_null: 'Homicides under persistence: the last observed year, then a yearly random walk',
  homicides_oc: 'Organized-crime homicides',
  homicides: 'Homicides',
  homicide_rate: 'Homicides per 100,000',
  cost_guard: 'Cost: National Guard',
  cost_military: 'Cost: change in soldiers on the streets vs 2018',
  cost_youth: 'Cost: youth scholarships and training',
  cost_amnesty: 'Cost: reintegration after amnesty',
  cannabis_tax: 'Legal marijuana tax revenue',
  fiscal_cost: 'Net fiscal cost of the levers',
};

/** Units, by the id the data uses. In English the display text is the id itself. */
const units = keyed<UnitText>()({
  'deaths/yr': { text: 'deaths/yr' },
  deaths: { text: 'deaths' },
  people: { text: 'people' },
  'people/month': { text: 'people/month' },
  soldiers: { text: 'soldiers' },
  'US$ bn/yr': { text: 'US$ bn/yr' },
  'US$ bn': { text: 'US$ bn' },
  'US$/yr': { text: 'US$/yr' },
  'per 100k/yr': { text: 'per 100k/yr' },
  'per 100k': { text: 'per 100k' },
  'per month': { text: 'per month' },
  removals: { text: 'removals' },
  months: { text: 'months' },
  years: { text: 'years' },
  year: { text: 'year' },
  share: { text: 'share' },
  ratio: { text: 'ratio' },
  elasticity: { text: 'elasticity' },
  index: { text: 'index' },
  'index (2007 = 1)': { text: 'index (2007 = 1)' },
  'x 2006': { text: 'x 2006' },
  'x 2006 level': { text: 'x 2006 level' },
  'x 2007': { text: 'x 2007' },
  'x 2010': { text: 'x 2010' },
  'x 2010–12': { text: 'x 2010–12' },
  'x average': { text: 'x average' },
  'x 2007–18 average': { text: 'x 2007–18 average' },
  '0/1': { text: '0/1' },
  '0–1': { text: '0–1' },
  'on/off': { text: 'on/off' },
  theory: { text: 'theory' },
  'log change': { text: 'log change' },
  '1/yr': { text: '1/yr' },
  '1/month': { text: '1/month' },
  '1/(person·month)': { text: '1/(person·month)' },
  'share per removal': { text: 'share per removal' },
  'share per share lost': { text: 'share per share lost' },
  'share of price': { text: 'share of price' },
  'share of flow cut': { text: 'share of flow cut' },
  'share of eligible': { text: 'share of eligible' },
  'share (negative = more troops)': { text: 'share (negative = more troops)' },
  '0 none – 1 full': { text: '0 none – 1 full' },
});

/** Problems with values a person can set (the run count, a hindcast year, a drawn range) reported by the model. */
const errors = {
  runs: (runs: number) => `runs must be a positive integer, got ${runs}`,
  hindcastYear: (first: number, last: number, got: number) =>
    `the hindcast year must be a whole year from ${first} to ${last}, got ${got}`,
  noObservedHomicides: (year: number) => `no observed homicides for ${year}`,
  violenceTheory: (values: string, pooled: number, got: number) =>
    `violence_theory must be one of ${values} or ${pooled}, got ${got}`,
  /** Why a parameter's range cannot be drawn from. */
  spec: {
    notFinite: 'value, low and high must be finite numbers',
    lowAboveHigh: 'low must not exceed high',
    valueOutside: 'value must lie within [low, high]',
    loguniformPositive: 'a loguniform range needs low > 0',
    unknownDistribution: 'unknown distribution',
  },
  parameter: (name: string, problem: string, value: number, low: number, high: number, distribution: string) =>
    `parameter ${name}: ${problem} (value ${value}, low ${low}, high ${high}, ${distribution})`,
};

export const model = {
  levers,
  families,
  equations,
  units,
  /** The built-in baseline scenario. */
  statusQuo: {
    name: 'Status quo',
    description: 'The 2006–2018 strategy continued: troops stay on the streets, no legalization, no amnesty.',
  },
  errors,
};
