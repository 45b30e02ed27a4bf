import { msg, type Catalogue } from '../text/i18n.js';
import type { Lever } from './types.js';
import type { UnitId } from './units.js';

/** A lever family id: every one has its name in the catalogue (msg.model.families). */
export type LeverFamilyId = keyof Catalogue['model']['families'];

/** A lever as data: numbers and ids, and the article's own words it quotes (English, as published). */
interface LeverDefinition extends Omit<Lever, 'id' | 'label' | 'unit' | 'articleWords' | 'family'> {
  readonly id: string;
  readonly unit: UnitId;
  readonly family: LeverFamilyId;
  /** The article's words, quoted as published (the catalogue frames them); absent when it says nothing. */
  readonly quote?: string;
}

/**
 * A lever with its words read from the catalogue whenever they are asked for, so they follow the language in
 * force. Keys keep the order of the Lever type (JSON output depends on it); the quote itself is not a field.
 */
function withWords(d: LeverDefinition & { readonly id: LeverId }): Lever {
  const { id, quote = '' } = d;
  return {
    id,
    get label() {
      return msg.model.levers[id].label;
    },
    unit: d.unit,
    control: d.control,
    min: d.min,
    max: d.max,
    step: d.step,
    default: d.default,
    get articleWords() {
      return msg.model.levers[id].articleWords(quote);
    },
    group: d.group,
    family: d.family,
  };
}

/**
 * The policy levers. The first five families are the ones the July 2018 article describes; the rest are
 * ideas the article mentions that deserve a lever of their own. Defaults are the status quo: the
 * 2006–2018 strategy continued. Every lever acts from 2019 on; 2007–2018 is history and is the same in
 * every scenario.
 */
const DEFINITIONS = [
  // 1. Marijuana legalization
  {
    id: 'cannabis_legal',
    unit: 'on/off',
    control: 'toggle',
    min: 0,
    max: 1,
    step: 1,
    default: 0,
    group: 'article',
    family: 'cannabis',
    quote: 'has made no secret of her plans to seek full legalization',
  },
  {
    id: 'cannabis_start_year',
    unit: 'year',
    control: 'year',
    min: 2019,
    max: 2030,
    step: 1,
    default: 2020,
    group: 'article',
    family: 'cannabis',
    quote: 'may seek a public referendum',
  },
  {
    id: 'cannabis_legal_share',
    unit: 'share',
    control: 'number',
    min: 0,
    max: 1,
    step: 0.05,
    default: 0.5,
    group: 'article',
    family: 'cannabis',
  },
  {
    id: 'cannabis_tax_rate',
    // text-exempt: a unit id (JSON and CSV use it); its display text is in msg.model.units.
    unit: 'share of price',
    control: 'number',
    min: 0,
    max: 0.6,
    step: 0.05,
    default: 0.25,
    group: 'article',
    family: 'cannabis',
  },
  // 2. Amnesty
  {
    id: 'amnesty_coverage',
    // text-exempt: a unit id (JSON and CSV use it); its display text is in msg.model.units.
    unit: 'share of eligible',
    control: 'number',
    min: 0,
    max: 1,
    step: 0.05,
    default: 0,
    group: 'article',
    family: 'amnesty',
    quote: 'peasants growing drug crops and other low-level, non-violent workers in the illicit business',
  },
  {
    id: 'amnesty_start_year',
    unit: 'year',
    control: 'year',
    min: 2019,
    max: 2030,
    step: 1,
    default: 2019,
    group: 'article',
    family: 'amnesty',
  },
  // 3. Military drawdown
  {
    id: 'drawdown_share',
    // text-exempt: a unit id (JSON and CSV use it); its display text is in msg.model.units.
    unit: 'share (negative = more troops)',
    control: 'number',
    min: -1,
    max: 1,
    step: 0.1,
    default: 0,
    group: 'article',
    family: 'drawdown',
    quote: "isn't going to send the soldiers back to the barracks immediately",
  },
  {
    id: 'drawdown_years',
    unit: 'years',
    control: 'number',
    min: 1,
    max: 10,
    step: 1,
    default: 3,
    group: 'article',
    family: 'drawdown',
    quote: 'his goal is to do it over the next three years',
  },
  {
    id: 'drawdown_start_year',
    unit: 'year',
    control: 'year',
    min: 2019,
    max: 2030,
    step: 1,
    default: 2019,
    group: 'article',
    family: 'drawdown',
  },
  // 4. National Guard
  {
    id: 'guard_size',
    unit: 'people',
    control: 'number',
    min: 0,
    max: 500_000,
    step: 25_000,
    default: 0,
    group: 'article',
    family: 'guard',
    quote: 'proposed replacing the military presence in the drug war with a 300,000-person National Guard',
  },
  {
    id: 'guard_build_years',
    unit: 'years',
    control: 'number',
    min: 1,
    max: 10,
    step: 1,
    default: 3,
    group: 'article',
    family: 'guard',
  },
  {
    id: 'guard_military_share',
    unit: 'share',
    control: 'number',
    min: 0,
    max: 1,
    step: 0.1,
    default: 0.6,
    group: 'article',
    family: 'guard',
    quote: 'composed of both military and police',
  },
  {
    id: 'guard_vetting',
    unit: '0 none – 1 full',
    control: 'number',
    min: 0,
    max: 1,
    step: 0.1,
    default: 0.5,
    group: 'article',
    family: 'guard',
    quote: 'tainted state and local police participation',
  },
  // 5. Youth scholarships and job training
  {
    id: 'youth_budget',
    unit: 'US$ bn/yr',
    control: 'number',
    min: 0,
    max: 10,
    step: 0.5,
    default: 0,
    group: 'article',
    family: 'youth',
    quote: 'announced a $5 billion package of scholarships and job training support for the young',
  },
  {
    id: 'youth_cost_per_participant',
    unit: 'US$/yr',
    control: 'number',
    min: 500,
    max: 10_000,
    step: 100,
    default: 2300,
    group: 'article',
    family: 'youth',
  },
  {
    id: 'youth_start_year',
    unit: 'year',
    control: 'year',
    min: 2019,
    max: 2030,
    step: 1,
    default: 2019,
    group: 'article',
    family: 'youth',
  },
  // Extras the article mentions
  {
    id: 'legalize_all_drugs',
    unit: 'on/off',
    control: 'toggle',
    min: 0,
    max: 1,
    step: 1,
    default: 0,
    group: 'extra',
    family: 'all_drugs',
    quote: "I don't rule out anything, not even legalization — nothing",
  },
  {
    id: 'all_drugs_start_year',
    unit: 'year',
    control: 'year',
    min: 2019,
    max: 2030,
    step: 1,
    default: 2021,
    group: 'extra',
    family: 'all_drugs',
    quote: "probably isn't going to happen under AMLO",
  },
  {
    id: 'us_gun_action',
    // text-exempt: a unit id (JSON and CSV use it); its display text is in msg.model.units.
    unit: 'share of flow cut',
    control: 'number',
    min: 0,
    max: 0.9,
    step: 0.1,
    default: 0,
    group: 'extra',
    family: 'guns',
    quote: 'We are going to ask for the cooperation of the United States',
  },
  {
    id: 'kingpin_intensity',
    unit: 'x 2007–18 average',
    control: 'number',
    min: 0,
    max: 2,
    step: 0.1,
    default: 1,
    group: 'extra',
    family: 'kingpin',
    quote: 'has also benefited from DEA intelligence that allowed it to kill or capture numerous cartel figures',
  },
] as const satisfies readonly LeverDefinition[];

/**
 * A lever id: the id of one of the definitions above (`guard_size`, `cannabis_legal` …). Scenario files, the
 * command line and the equations name levers by it; every one has its words in the catalogue (msg.model.levers),
 * or `withWords` fails the type check.
 */
export type LeverId = (typeof DEFINITIONS)[number]['id'];

/** The policy levers, with their words in the language in force. */
export const LEVERS: readonly Lever[] = DEFINITIONS.map(withWords);

const FAMILY_ORDER: readonly LeverFamilyId[] = [
  'cannabis',
  'amnesty',
  'drawdown',
  'guard',
  'youth',
  'all_drugs',
  'guns',
  'kingpin',
];

/** Plain-words names of the lever families, in screen order (read from the catalogue when asked for). */
export const LEVER_FAMILIES: readonly { readonly id: LeverFamilyId; readonly label: string }[] = FAMILY_ORDER.map(
  (id) => ({
    id,
    get label() {
      return msg.model.families[id];
    },
  }),
);
