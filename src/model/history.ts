/**
 * History the model is calibrated against and driven by, 2007–2018. Later years are left out on purpose:
 * what happened after 2018 is the out-of-sample check of the "what happened" scenario, not a target.
 */

/** First simulated year (month index 0 = January of this year). */
export const START_YEAR = 2007;
/** Last simulated year (December of this year is the final month). */
export const END_YEAR = 2030;
/** First year of the scenario period (levers act from here). */
export const SCENARIO_YEAR = 2019;

/** One observed yearly figure with its source. */
export interface Observation {
  readonly year: number;
  readonly value: number;
  readonly source: string;
}

// text-exempt: a source citation, original-language data like the `source` fields that use it.
const INEGI_EFE = 'INEGI vital statistics, series quoted by EFE (30 Jul 2018) and La Jornada';

/**
 * INEGI homicides (death certificates), deaths per year. Definitive counts where they are known; 2016 and
 * 2017 use the counts in the Prieto-Curiel et al. (2023) data file, whose 2012–2015 rows match INEGI's
 * definitive counts, rather than INEGI's lower preliminary figures (23,953 and 31,174).
 */
export const HOMICIDES_INEGI: readonly Observation[] = [
  { year: 2007, value: 8_867, source: 'INEGI via La Jornada' },
  { year: 2008, value: 14_006, source: INEGI_EFE },
  { year: 2009, value: 19_803, source: INEGI_EFE },
  { year: 2010, value: 25_757, source: INEGI_EFE },
  { year: 2011, value: 27_213, source: INEGI_EFE },
  { year: 2012, value: 25_967, source: 'INEGI definitive, via americaeconomia.com (2015)' },
  { year: 2013, value: 23_063, source: 'INEGI definitive, El Universal 26 Jul 2017' },
  { year: 2014, value: 20_010, source: 'INEGI definitive, frontera.info 2017' },
  { year: 2015, value: 20_762, source: 'INEGI definitive, Milenio 27 Jul 2017' },
  { year: 2016, value: 24_560, source: 'Prieto-Curiel et al. 2023, Trends2012_2021.csv; INEGI preliminary 23,953' },
  { year: 2017, value: 32_082, source: 'Prieto-Curiel et al. 2023, Trends2012_2021.csv; INEGI preliminary 31,174' },
  { year: 2018, value: 36_685, source: 'INEGI (its president J. Santaella, 23 Sep 2020)' },
];

// text-exempt: a source citation (original-language data).
const JORNADA_2017 = 'Sedena FOI data, La Jornada 21 May 2017';
// text-exempt: a source citation (original-language data).
const JORNADA_2019 = 'Sedena FOI reply, La Jornada 5 Apr 2019';
// text-exempt: a source citation (original-language data).
const REFORMA = 'Sedena data via Reforma (2017), S3';

/**
 * Sedena troops on anti-crime tasks, monthly average of each year. Between years the series is
 * interpolated linearly (mid-year points); after 2018 it holds the 2018 level until a lever changes it.
 * The 2006 figure (a broader definition) is the state the model starts from, not a simulated month.
 */
export const TROOPS_SEDENA: readonly Observation[] = [
  { year: 2006, value: 37_253, source: JORNADA_2017 },
  { year: 2007, value: 45_000, source: JORNADA_2017 },
  { year: 2008, value: 45_108, source: JORNADA_2017 },
  { year: 2009, value: 48_648, source: JORNADA_2017 },
  { year: 2010, value: 49_760, source: JORNADA_2017 },
  { year: 2011, value: 52_690, source: JORNADA_2017 },
  { year: 2012, value: 49_650, source: JORNADA_2019 },
  { year: 2013, value: 34_529, source: REFORMA },
  { year: 2014, value: 35_636, source: REFORMA },
  { year: 2015, value: 37_142, source: REFORMA },
  { year: 2016, value: 51_994, source: REFORMA },
  { year: 2017, value: 52_807, source: 'Sedena FOI reply, Milenio 16 Jul 2018' },
  { year: 2018, value: 54_980, source: JORNADA_2019 },
];

/**
 * Removals (capture or killing) of top-tier cartel leaders per year, a derived series:
 * 2007–2010, 25 leaders in Calderón's first four years (Dickenson, J. Quant. Criminol. 2014) = 6.25 a year;
 * 2011–2012, Calderón's list of the 37 most wanted went from 20 removed (Jan 2011) to 25 (Oct 2012):
 * 5 in 21 months = 2.9 a year; 2013–2015, the same list reached 33 by Jan 2016: 8 in 39 months = 2.5 a year;
 * 2016–2018, 4 of the 37 were still at large, and Peña Nieto's wider list of 122 slowed from 15 removals
 * (Mar 2015–May 2017) to 4 (May 2017–Sep 2018): taken here as 1 a year (a guess within that slowdown).
 */
export const LEADER_REMOVALS: readonly Observation[] = [
  ...[2007, 2008, 2009, 2010].map((year) => ({ year, value: 6.25, source: 'D: 25 / 4 (Dickenson 2014)' })),
  ...[2011, 2012].map((year) => ({
    year,
    value: 2.9,
    source: 'D: (25 − 20) / 21 months × 12 (Economist 2012; Calderón et al. 2015)',
  })),
  ...[2013, 2014, 2015].map((year) => ({
    year,
    value: 2.5,
    source: 'D: (33 − 25) / 39 months × 12 (Telegraph via MexBizNews; Economist 2012)',
  })),
  ...[2016, 2017, 2018].map((year) => ({
    year,
    value: 1,
    source: "modeller's guess within the slowdown of the 122-target list (Milenio 2017; InSight Crime 2018)",
  })),
];

/** Organized-crime share of homicides, where a source gives it (the series change method in 2014). */
export const OC_SHARE: readonly Observation[] = [
  { year: 2007, value: 0.319, source: 'D: PGR 2,826 ÷ INEGI 8,867 (El Universal 12 Jan 2012)' },
  { year: 2008, value: 0.488, source: 'D: PGR 6,838 ÷ INEGI 14,006' },
  { year: 2009, value: 0.485, source: 'D: PGR 9,614 ÷ INEGI 19,803' },
  { year: 2010, value: 0.593, source: 'D: PGR 15,273 ÷ INEGI 25,757' },
  { year: 2015, value: 0.48, source: 'Lantia via El Economista, 25 Jan 2017' },
  { year: 2016, value: 0.59, source: 'Lantia via El Economista, 25 Jan 2017' },
  { year: 2017, value: 0.75, source: 'Lantia/Semáforo Delictivo via El Financiero and InSight Crime, 2018' },
];

/** Cartel members in 2012: the size Prieto-Curiel et al. (Science 2023) start their model from. */
export const WORKFORCE_2012: Observation = {
  year: 2012,
  value: 115_000,
  source: 'Prieto-Curiel, Campedelli & Hope, Science 381:1312 (2023), code ReclutamientoC.R (C0)',
};

/** Number of simulated months, 2007-01 … 2030-12. */
export const MONTH_COUNT = (END_YEAR - START_YEAR + 1) * 12;
/** Index of 2019-01 in the month grid. */
export const SCENARIO_START = (SCENARIO_YEAR - START_YEAR) * 12;

/** Label every simulated month as "YYYY-MM". */
export function monthLabels(): string[] {
  const out: string[] = [];
  for (let m = 0; m < MONTH_COUNT; m++) {
    const y = START_YEAR + Math.floor(m / 12);
    out.push(`${y}-${String((m % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * Turn yearly observations (read as mid-year values) into a monthly series over the whole grid: linear
 * between observations, flat before the first and after the last.
 */
export function monthlyFromYearly(points: readonly Observation[]): Float64Array {
  const out = new Float64Array(MONTH_COUNT);
  const sorted = [...points].sort((a, b) => a.year - b.year);
  for (let m = 0; m < MONTH_COUNT; m++) {
    const t = START_YEAR + (m + 0.5) / 12; // middle of the month
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    let v: number;
    if (t <= first.year + 0.5) v = first.value;
    else if (t >= last.year + 0.5) v = last.value;
    else {
      let i = 0;
      while (sorted[i + 1]!.year + 0.5 < t) i++;
      const a = sorted[i]!;
      const b = sorted[i + 1]!;
      const f = (t - (a.year + 0.5)) / (b.year - a.year);
      v = a.value + (b.value - a.value) * f;
    }
    out[m] = v;
  }
  return out;
}

/** A monthly series that holds each year's observed value through that year (flat steps, no look-ahead). */
export function monthlyStepsFromYearly(points: readonly Observation[]): Float64Array {
  const out = new Float64Array(MONTH_COUNT);
  const sorted = [...points].sort((a, b) => a.year - b.year);
  for (let m = 0; m < MONTH_COUNT; m++) {
    const year = START_YEAR + Math.floor(m / 12);
    let v = sorted[0]!.value;
    for (const o of sorted) if (o.year <= year) v = o.value;
    out[m] = v;
  }
  return out;
}

/** The value of a yearly series in one year (undefined when it has none). */
export function valueIn(points: readonly Observation[], year: number): number | undefined {
  return points.find((o) => o.year === year)?.value;
}

/**
 * The model's exogenous monthly inputs, in the order of INPUT_IDS: troops deployed, leader removals per
 * month and observed homicides (held through each year; read only up to the run's `observed_until`).
 */
export function historyInputs(): Float64Array[] {
  const removals = monthlyStepsFromYearly(LEADER_REMOVALS).map((v) => v / 12);
  return [
    monthlyFromYearly(TROOPS_SEDENA.filter((o) => o.year >= START_YEAR)),
    removals,
    monthlyStepsFromYearly(HOMICIDES_INEGI),
  ];
}

/** Mean of a monthly series over one calendar year: its annual value, since monthly series are annual rates. */
export function yearlyMean(series: ArrayLike<number>, year: number): number {
  const start = (year - START_YEAR) * 12;
  let sum = 0;
  for (let k = 0; k < 12; k++) sum += series[start + k] ?? Number.NaN;
  return sum / 12;
}
