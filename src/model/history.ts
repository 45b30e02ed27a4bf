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

/**
 * Sedena troops in anti-drug tasks, soldiers per day, at mid-year. Between the sourced years the series is
 * interpolated linearly; 2018 repeats 2017 (no figure found) and later years hold the 2018 level until a
 * lever changes it.
 */
export const TROOPS_SEDENA: readonly Observation[] = [
  { year: 2007, value: 45_000, source: 'Sedena FOI reply, Milenio 16 Jul 2018' },
  { year: 2009, value: 48_650, source: 'Sedena FOI reply, Milenio 16 Jul 2018' },
  { year: 2010, value: 49_650, source: 'Sedena FOI reply, Milenio 16 Jul 2018' },
  { year: 2012, value: 49_650, source: 'Sedena FOI reply, Milenio 16 Jul 2018' },
  { year: 2013, value: 32_253, source: 'La Policiaca, early Peña Nieto term (a news aggregator; not confirmed)' },
  { year: 2017, value: 52_807, source: 'Sedena FOI reply, record year, Milenio 16 Jul 2018' },
  { year: 2018, value: 52_807, source: 'modeller\'s guess: 2017 level held (no 2018 figure found)' },
];

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

/** Mean of a monthly series over one calendar year: its annual value, since monthly series are annual rates. */
export function yearlyMean(series: ArrayLike<number>, year: number): number {
  const start = (year - START_YEAR) * 12;
  let sum = 0;
  for (let k = 0; k < 12; k++) sum += series[start + k] ?? Number.NaN;
  return sum / 12;
}
