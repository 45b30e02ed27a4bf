/** English text of the analysis room. The Spanish catalogue (../es/analysis.ts) must match it key for key. */
import { keyed } from './model.js';

/** How a metric family reads: as a label (lists, headings) and as the subject of a sentence. */
export interface MetricText {
  /** Whether the subject takes a plural verb ("homicides … are", "cartel revenue … is"). */
  readonly plural: boolean;
  /** The 2019–2030 total as a label: "homicides, 2019–2030 total". */
  readonly totalLabel: string;
  /** One year as a label: "homicides in 2024". */
  readonly yearLabel: (year: number) => string;
  /** The 2019–2030 total as a subject: "total homicides over 2019–2030". */
  readonly totalPhrase: string;
  /** One year as a subject: "homicides in 2024". */
  readonly yearPhrase: (year: number) => string;
}

/** What a claim sentence is about: the two scenarios, the metric as a subject and the closing numbers. */
export interface ClaimSubject {
  readonly a: string;
  readonly b: string;
  readonly phrase: string;
  readonly plural: boolean;
  /** The parenthesis that closes the sentence (see `tail`). */
  readonly tail: string;
}

function metric(noun: string, plural = false): MetricText {
  return {
    plural,
    totalLabel: `${noun}, 2019–2030 total`,
    yearLabel: (year) => `${noun} in ${year}`,
    totalPhrase: `total ${noun} over 2019–2030`,
    yearPhrase: (year) => `${noun} in ${year}`,
  };
}

const is = (plural: boolean): string => (plural ? 'are' : 'is');
const side = (below: boolean): string => (below ? 'below' : 'above');

export const analysis = {
  /** The metric families, by the id before `_total` or `_<year>`. */
  metrics: keyed<MetricText>()({
    homicides: metric('homicides', true),
    oc_homicides: metric('organized-crime homicides', true),
    homicide_rate: metric('homicide rate'),
    revenue: metric('cartel revenue'),
    revenue_cannabis: metric('cartel cannabis revenue'),
    revenue_nondrug: metric('cartel non-drug revenue'),
    workforce: metric('cartel workforce'),
    fragmentation: metric('fragmentation'),
    fiscal: metric('net fiscal cost'),
    cannabis_tax: metric('legal-cannabis tax revenue'),
  }),
  errors: {
    unknownMetric: (id: string, ids: string, families: string) =>
      `unknown metric '${id}'. Choose one of: ${ids}; or <family>_<year> for any year 2019–2030 (families: ${families}).`,
    noTotal: (base: string) => `metric family '${base}' has no 2019–2030 total; pick a year, e.g. ${base}_2030`,
    badYear: (id: string) => `metric '${id}': the year must be between 2019 and 2030`,
  },
  /** Claim cards: one checkable sentence. Percentages come without their % sign. */
  claim: {
    /** One end of the P10–P90 range: "8% below". */
    end: (pct: string, below: boolean) => `${pct}% ${side(below)}`,
    /** An end of the range that is exactly zero. */
    zero: '0%',
    /** The median run shows no difference; the range straddles it. */
    same: (c: ClaimSubject, from: string, to: string) =>
      `Under ${c.a}, ${c.phrase} ${is(c.plural)} the same as ${c.b} in the median run (P10–P90: from ${from} to ${to}) (${c.tail}).`,
    /** The whole P10–P90 range is on one side. */
    sameSide: (c: ClaimSubject, pct: string, lo: string, hi: string, below: boolean) =>
      `Under ${c.a}, ${c.phrase} ${is(c.plural)} ${pct}% (P10–P90: ${lo}–${hi}%) ${side(below)} ${c.b} (${c.tail}).`,
    /** The median is on one side, the range straddles zero. */
    mixed: (c: ClaimSubject, pct: string, below: boolean, from: string, to: string) =>
      `Under ${c.a}, ${c.phrase} ${is(c.plural)} ${pct}% ${side(below)} ${c.b} in the median run (P10–P90: from ${from} to ${to}) (${c.tail}).`,
    noRuns: (c: ClaimSubject) =>
      `Under ${c.a}, ${c.phrase} no usable runs (the baseline value is zero in every run) (${c.tail}).`,
    /** The effect in the metric's unit (the median of the paired differences A − B, signed) and the wins. */
    tail: (diff: string, unit: string, wins: number, runs: number) =>
      `median paired difference ${diff} ${unit}; better in ${wins} of ${runs} paired runs`,
  },
  /** The cost ledger's lines, by output id. */
  ledger: {
    lines: {
      cost_guard: 'National Guard',
      cost_military: 'Military on the streets (vs 2018)',
      cost_youth: 'Youth scholarships and training',
      cost_amnesty: 'Amnesty',
      cannabis_tax: 'Legal-cannabis tax (revenue)',
    },
    net: 'Net fiscal cost',
    homicides: 'homicides',
  },
};
