/**
 * Every number the model uses that is not a lever or a history input. Each one names its source, or says
 * plainly that it is a modeller's guess and why its range is what it is. Wide priors are narrowed by the
 * history constraint (src/model/constrain.ts): only draws that reproduce 2007–2018 are kept; nothing later is used.
 *
 * Figures and citations live here; the words live in the text catalogue (src/text/en|es/assumptions.ts), keyed
 * by assumption id and camp id. Each assumption below is data only: its `source` holds the citations its source
 * text names, in their original language and in the order the text takes them, and `note: true` marks one with a
 * note. `withText` turns the data into the `Assumption` every view reads: `label`, `unit`, `source`, `note` and
 * each camp's `label` and `source` are enumerable getters that read `msg.assumptions` on every access, so they
 * answer in the language in force and switching it changes every view without touching them. The keys come in
 * the order the data gives them (text keys where their data key is), so JSON output keeps its key order.
 * The catalogue is indexed with the assumption ids of the data, so an id missing from it fails the type check.
 */
import type { Assumption, AssumptionKind, Camp, Confidence, Distribution } from './types.js';
import { type Catalogue, msg } from '../text/i18n.js';
import { HOMICIDES_INEGI } from './history.js';
import { THEORY_SKILL } from './generated/theory-skill.gen.js';

// text-exempt: a citation, kept in its original language
const PC = 'Prieto-Curiel, Campedelli & Hope, Science 381:1312 (2023), code ReclutamientoC.R';
// text-exempt: a citation, kept in its original language
const RAND = 'Kilmer, Caulkins, Bond & Reuter, RAND OP-325 (2010), summary p.3';

/** The unit ids the catalogue names (`msg.assumptions.units`). */
export type UnitId = keyof Catalogue['assumptions']['units'];

/** The citations a source names, in the order its text takes them (or figures worked out from data). */
export type Citations = string | readonly string[];

/** A camp as data: its figures, evidence and citations. Its label and source words are in the catalogue. */
export interface CampData {
  readonly id: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly kind: AssumptionKind;
  readonly confidence?: Confidence;
  readonly source?: Citations;
}

/** An assumption as data: figures, unit id, evidence and citations. Its words are in the catalogue. */
export interface AssumptionData {
  readonly id: string;
  readonly value: number;
  readonly unit: UnitId;
  readonly low: number;
  readonly high: number;
  readonly distribution: Distribution;
  readonly kind: AssumptionKind;
  readonly source?: Citations;
  readonly sourceRow?: string;
  readonly confidence: Confidence;
  /** The catalogue gives this assumption a note. */
  readonly note?: true;
  readonly defaultCamp?: string;
  readonly camps?: readonly CampData[];
}

/** Our words around a source's citations: fixed, or a sentence that takes the citations in order. */
type SourceText = string | ((...citations: string[]) => string);

/** What `withText` reads of one camp's text, in any language. */
interface CampText {
  readonly label: string;
  /** Left out when the citations alone are the source. */
  readonly source?: SourceText;
}

/** What `withText` reads of one assumption's text, in any language. */
interface AssumptionText {
  readonly label: string;
  /** Left out when the citations alone are the source. */
  readonly source?: SourceText;
  readonly note?: string;
  readonly camps?: Readonly<Record<string, CampText>>;
}

/** A source in the language in force: our words with the citations in place, or the citations alone. */
function sourceText(words: SourceText | undefined, citations: Citations | undefined): string {
  const list = citations === undefined ? [] : typeof citations === 'string' ? [citations] : citations;
  if (words === undefined) return list.join('; ');
  return typeof words === 'string' ? words : words(...list);
}

/** Defines an enumerable property that reads its value on every access. */
function getter(target: object, key: string, get: () => string): void {
  Object.defineProperty(target, key, { get, enumerable: true });
}

/** Defines an enumerable data property. */
function field(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true });
}

/** A camp whose label and source are read from its text (a camp without a source key gets it last). */
function campWithText(data: CampData, text: () => CampText | undefined): Camp {
  const camp = {};
  const read = (): CampText => text() ?? { label: data.id };
  for (const [key, value] of Object.entries(data)) {
    if (key === 'id') {
      field(camp, 'id', value);
      getter(camp, 'label', () => read().label);
    } else if (key === 'source') getter(camp, 'source', () => sourceText(read().source, data.source));
    else field(camp, key, value);
  }
  if (!('source' in data)) getter(camp, 'source', () => sourceText(read().source, undefined));
  return camp as Camp;
}

/**
 * An assumption whose words are read from its text on every access: `label` after `id`, `unit` from the unit
 * id, `source` where the data's citations are (right after `kind` without any), `note` where `note: true` is.
 */
function withText(data: AssumptionData, text: () => AssumptionText): Assumption {
  const a = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'id') {
      field(a, 'id', value);
      getter(a, 'label', () => text().label);
    } else if (key === 'unit') getter(a, 'unit', () => msg.assumptions.units[data.unit]);
    else if (key === 'source') getter(a, 'source', () => sourceText(text().source, data.source));
    else if (key === 'note') getter(a, 'note', () => text().note ?? '');
    else if (key === 'camps') {
      const camps = (data.camps ?? []).map((c) => campWithText(c, () => text().camps?.[c.id]));
      field(a, 'camps', camps);
    } else field(a, key, value);
    if (key === 'kind' && !('source' in data)) getter(a, 'source', () => sourceText(text().source, undefined));
  }
  return a as Assumption;
}

/** Spread of the yearly log changes of INEGI homicides up to a year: the persistence null's step size. */
export function homicideLogChangeSd(until: number): number {
  const v = HOMICIDES_INEGI.filter((o) => o.year <= until).map((o) => o.value);
  const d = v.slice(1).map((x, i) => Math.log(x / (v[i] as number)));
  const mean = d.reduce((a, b) => a + b, 0) / Math.max(1, d.length);
  return Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, d.length - 1));
}

/** The arithmetic of the confrontation theory's pooled share, from the generated skills: skill, total, share. */
const POOLED_SHARE: readonly string[] = (() => {
  const skill = (id: string) => Math.max(0, THEORY_SKILL[id] ?? 0);
  const causal = ['conflict', 'fragmentation', 'confrontation'].map(skill);
  const total = causal.reduce((a, b) => a + b, 0);
  const share = total > 0 ? skill('confrontation') / total : 0;
  return [skill('confrontation').toFixed(2), total.toFixed(2), share.toFixed(2)];
})();

/** A triangular law centred on 0 with standard deviation sd spans ±sd·√6. */
const NULL_SD = homicideLogChangeSd(2018);
const NULL_HALF_WIDTH = Number((NULL_SD * Math.sqrt(6)).toFixed(3));

const DATA = [
  // ── Cartel workforce (Prieto-Curiel et al.) ──────────────────────────────────────────────
  {
    id: 'workforce_2007',
    value: 86_000,
    unit: 'people',
    low: 60_000,
    high: 110_000,
    distribution: 'triangular',
    kind: 'guess',
    source: PC,
    sourceRow: 'effects.md §1.3 C0',
    confidence: 'low',
  },
  {
    id: 'recruitment_rate',
    value: 0.01095,
    unit: 'perMonth',
    low: 0.0095,
    high: 0.013,
    distribution: 'triangular',
    kind: 'research',
    source: PC,
    sourceRow: 'effects.md §1.3 rho',
    confidence: 'medium',
  },
  {
    id: 'incapacitation_per_month',
    value: 477,
    unit: 'peoplePerMonth',
    low: 440,
    high: 520,
    distribution: 'triangular',
    kind: 'research',
    source: PC,
    sourceRow: 'effects.md §1.3 eta',
    confidence: 'medium',
  },
  {
    id: 'saturation_coefficient',
    value: 9.1e-9,
    unit: 'perPersonMonth',
    low: 7e-9,
    high: 1.2e-8,
    distribution: 'triangular',
    kind: 'derived',
    source: PC,
    sourceRow: 'effects.md §1.3 omega',
    confidence: 'medium',
    note: true,
  },
  {
    id: 'conflict_coefficient',
    value: 1.97e-8,
    unit: 'perPersonMonth',
    low: 1.5e-8,
    high: 2.5e-8,
    distribution: 'triangular',
    kind: 'derived',
    source: PC,
    sourceRow: 'effects.md §1.2–1.3',
    confidence: 'medium',
    note: true,
  },
  {
    id: 'revenue_recruitment_elasticity',
    value: 0.3,
    unit: 'elasticity',
    low: 0,
    high: 0.8,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'workforce_2017',
    value: 141_400,
    unit: 'people',
    low: 141_400,
    high: 141_400,
    distribution: 'fixed',
    kind: 'derived',
    source: PC,
    sourceRow: 'effects.md §1.3 re-run',
    confidence: 'low',
  },
  // ── Cartel revenue ─────────────────────────────────────────────────────────────────────
  {
    id: 'drug_revenue_2010',
    value: 6,
    unit: 'usdBnPerYear',
    low: 5.8,
    high: 10,
    distribution: 'triangular',
    kind: 'derived',
    source: RAND,
    // text-exempt: a maintainers' pointer into the research notes, never shown to users
    sourceRow: 'sources.md §3 RAND implied total',
    confidence: 'medium',
    defaultCamp: 'rand',
    camps: [
      {
        id: 'rand',
        value: 6,
        low: 5.8,
        high: 10,
        kind: 'derived',
        source: RAND,
      },
      {
        id: 'us_government',
        value: 13.8,
        low: 10,
        high: 18,
        kind: 'guess',
        confidence: 'low',
        source: ['ONDCP 2006', 'RAND OP-325 p.3'],
      },
      {
        id: 'binational',
        value: 24,
        low: 19,
        high: 29,
        kind: 'research',
        source: 'US State Dept INCSR 2014 Vol. II pp.161–162',
      },
    ],
  },
  {
    id: 'cannabis_share_2010',
    value: 0.2,
    unit: 'share',
    low: 0.15,
    high: 0.26,
    distribution: 'uniform',
    kind: 'research',
    source: RAND,
    // text-exempt: a maintainers' pointer into the research notes, never shown to users
    sourceRow: 'sources.md §3 marijuana share',
    confidence: 'medium',
    defaultCamp: 'rand',
    camps: [
      {
        id: 'rand',
        value: 0.2,
        low: 0.15,
        high: 0.26,
        kind: 'research',
        source: RAND,
      },
      {
        id: 'us_government',
        value: 0.6,
        low: 0.5,
        high: 0.61,
        kind: 'guess',
        confidence: 'low',
        source: ['ONDCP 2006', 'RAND OP-325 p.3'],
      },
    ],
  },
  {
    id: 'cocaine_share_of_other',
    value: 0.6,
    unit: 'share',
    low: 0.45,
    high: 0.7,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'opioid_share_of_other',
    value: 0.2,
    unit: 'share',
    low: 0.1,
    high: 0.3,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'synthetic_growth',
    value: 0.04,
    unit: 'perYear',
    low: 0,
    high: 0.08,
    distribution: 'triangular',
    kind: 'guess',
    source: 'AP, 22 Jun 2018',
    confidence: 'low',
  },
  {
    id: 'nondrug_revenue_2017',
    value: 3.5,
    unit: 'usdBnPerYear',
    low: 2.5,
    high: 5,
    distribution: 'triangular',
    kind: 'derived',
    source: 'O. Romero Oropeza, Forbes México, Dec 2018',
    confidence: 'low',
    note: true,
  },
  {
    id: 'us_squeeze_2015',
    value: 0.6,
    unit: 'share',
    low: 0.45,
    high: 0.75,
    distribution: 'triangular',
    kind: 'derived',
    source: [
      'Washington Post, C. Ingraham, 2016',
      'Washington Post, N. Miroff, May 2014; Los Angeles Times, 30 Dec 2015',
    ],
    // text-exempt: a maintainers' pointer into the research notes, never shown to users
    sourceRow: 'sources.md §4 seizures, farm-gate price',
    confidence: 'medium',
  },
  {
    id: 'us_squeeze_ceiling',
    value: 0.75,
    unit: 'share',
    low: 0.65,
    high: 0.85,
    distribution: 'triangular',
    kind: 'guess',
    source: 'Department of Cannabis Control',
    confidence: 'low',
    defaultCamp: 'partial',
    camps: [
      {
        id: 'partial',
        value: 0.75,
        low: 0.65,
        high: 0.85,
        kind: 'guess',
        source: 'Department of Cannabis Control',
      },
      {
        id: 'collapse',
        value: 0.95,
        low: 0.9,
        high: 0.98,
        kind: 'research',
        source: ['CBP', 'NORML / Marijuana Moment'],
      },
    ],
  },
  {
    id: 'cannabis_domestic_share',
    value: 0.15,
    unit: 'share',
    low: 0.05,
    high: 0.3,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'other_drugs_domestic_share',
    value: 0.1,
    unit: 'share',
    low: 0.05,
    high: 0.25,
    distribution: 'triangular',
    kind: 'guess',
    source: 'RAND OP-325',
    confidence: 'low',
  },
  {
    id: 'legal_capture_all_drugs',
    value: 0.5,
    unit: 'share',
    low: 0.2,
    high: 0.8,
    distribution: 'triangular',
    kind: 'guess',
    source: 'StatCan',
    confidence: 'low',
  },
  {
    id: 'substitution',
    value: 0.5,
    unit: 'share',
    low: 0.3,
    high: 0.7,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
    defaultCamp: 'balloon',
    camps: [
      {
        id: 'balloon',
        value: 0.5,
        low: 0.3,
        high: 0.7,
        kind: 'guess',
      },
      {
        id: 'none',
        value: 0,
        low: 0,
        high: 0.1,
        kind: 'guess',
      },
    ],
  },
  // ── Violence ──────────────────────────────────────────────────────────────────────────
  {
    id: 'violence_theory',
    value: -1,
    unit: 'theory',
    low: -1,
    high: -1,
    distribution: 'fixed',
    kind: 'research',
    confidence: 'medium',
    defaultCamp: 'pooled',
    camps: [
      {
        id: 'pooled',
        value: -1,
        low: -1,
        high: -1,
        kind: 'derived',
        source: POOLED_SHARE,
      },
      {
        id: 'conflict',
        value: 1,
        low: 1,
        high: 1,
        kind: 'research',
        source: PC,
      },
      {
        id: 'fragmentation',
        value: 2,
        low: 2,
        high: 2,
        kind: 'research',
        source:
          'Calderón, Robles, Díaz-Cayeros & Magaloni, J. Conflict Resolution 59(8) 2015; Phillips, J. Politics 2015',
      },
      {
        id: 'confrontation',
        value: 3,
        low: 3,
        high: 3,
        kind: 'research',
        source: ['Espinosa & Rubin 2015', 'Merino, Nexos 2011'],
      },
      {
        id: 'persistence',
        value: 0,
        low: 0,
        high: 0,
        kind: 'guess',
      },
    ],
  },
  {
    id: 'oc_homicides_2006',
    value: 2_090,
    unit: 'deathsPerYear',
    low: 1_700,
    high: 2_500,
    distribution: 'triangular',
    kind: 'derived',
    source: ['InSight Crime', 'INEGI'],
    sourceRow: 'history-2006-2018.md §4; sources.md §1a',
    confidence: 'low',
  },
  {
    id: 'homicides_2006',
    value: 10_452,
    unit: 'deathsPerYear',
    low: 10_452,
    high: 10_452,
    distribution: 'fixed',
    kind: 'research',
    source: ['INEGI', 'News of the Americas'],
    sourceRow: 'sources.md §1a',
    confidence: 'low',
  },
  {
    id: 'conflict_share',
    value: 0.24,
    unit: 'share',
    low: 0.15,
    high: 0.4,
    distribution: 'triangular',
    kind: 'derived',
    source: PC,
    sourceRow: 'effects.md §1.2 fitting, §1.4',
    confidence: 'low',
  },
  {
    id: 'oc_violence_scale',
    value: 2,
    unit: 'times2006Level',
    low: 0.5,
    high: 12,
    distribution: 'loguniform',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'violence_adjust_months',
    value: 12,
    unit: 'months',
    low: 4,
    high: 36,
    distribution: 'triangular',
    kind: 'guess',
    source: ['Calderón et al.', 'Lindo & Padilla-Romo'],
    confidence: 'low',
  },
  {
    id: 'removal_violence',
    value: 0.007,
    unit: 'sharePerRemoval',
    low: 0.004,
    high: 0.012,
    distribution: 'triangular',
    kind: 'derived',
    source: 'Calderón et al. 2015',
    confidence: 'low',
    defaultCamp: 'calderon',
    camps: [
      {
        id: 'calderon',
        value: 0.007,
        low: 0.004,
        high: 0.012,
        kind: 'derived',
        source: 'Calderón et al., J. Conflict Resolution 59(8), 2015',
      },
      {
        id: 'lindo',
        value: 0.02,
        low: 0.012,
        high: 0.03,
        kind: 'derived',
        source: 'Lindo & Padilla-Romo, J. Health Econ. 2018 (Cato 2015)',
      },
      {
        id: 'dickenson',
        value: 0.003,
        low: 0.002,
        high: 0.005,
        kind: 'derived',
        source: 'Dickenson, J. Quant. Criminol. 30(4) 2014',
      },
    ],
  },
  {
    id: 'removal_half_life_months',
    value: 6,
    unit: 'months',
    low: 4,
    high: 12,
    distribution: 'triangular',
    kind: 'research',
    source: ['Calderón et al. 2015', 'Lindo & Padilla-Romo'],
    sourceRow: 'history-2006-2018.md §6',
    confidence: 'medium',
  },
  {
    id: 'fragmentation_violence',
    value: 0.05,
    unit: 'sharePerRemoval',
    low: 0.01,
    high: 0.15,
    distribution: 'loguniform',
    kind: 'guess',
    source: 'Atuesta & Pérez-Dávila 2018',
    confidence: 'low',
  },
  {
    id: 'fragmentation_half_life_months',
    value: 36,
    unit: 'months',
    low: 12,
    high: 96,
    distribution: 'triangular',
    kind: 'guess',
    source: 'Zeta Tijuana 2017',
    confidence: 'low',
  },
  {
    id: 'deployment_share',
    value: 0.7,
    unit: 'share',
    low: 0.3,
    high: 1,
    distribution: 'triangular',
    kind: 'guess',
    source: 'Merino (Nexos 2011)',
    confidence: 'low',
  },
  {
    id: 'deployment_elasticity',
    value: 3,
    unit: 'elasticity',
    low: 0.5,
    high: 6,
    distribution: 'triangular',
    kind: 'guess',
    source: 'UNAM-IIJ 2008–2014',
    note: true,
    confidence: 'low',
  },
  {
    id: 'nonoc_homicide_rate',
    value: 5.6,
    unit: 'per100kPerYear',
    low: 4.8,
    high: 6.4,
    distribution: 'triangular',
    kind: 'derived',
    sourceRow: 'sources.md §1a, §2',
    confidence: 'low',
  },
  {
    id: 'spillover',
    value: 0.2,
    unit: 'ratio',
    low: 0.05,
    high: 0.4,
    distribution: 'triangular',
    kind: 'guess',
    source: 'Calderón et al. (2015)',
    confidence: 'low',
  },
  {
    id: 'vacuum_effect',
    value: 0.4,
    unit: 'sharePerShareLost',
    low: 0.2,
    high: 0.6,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
    defaultCamp: 'vacuum',
    camps: [
      {
        id: 'vacuum',
        value: 0.4,
        low: 0.2,
        high: 0.6,
        kind: 'guess',
      },
      {
        id: 'no_vacuum',
        value: 0,
        low: 0,
        high: 0.1,
        kind: 'guess',
      },
    ],
  },
  {
    id: 'revenue_violence_elasticity',
    value: 0.3,
    unit: 'elasticity',
    low: 0,
    high: 0.6,
    distribution: 'triangular',
    kind: 'guess',
    source: 'Gavrilova et al.',
    confidence: 'low',
  },
  // ── Guns ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'firearm_share',
    value: 0.7,
    unit: 'share',
    low: 0.65,
    high: 0.72,
    distribution: 'uniform',
    kind: 'research',
    source: ['Milenio, 2017', 'javieralatorre.com, 2019', 'El Universal, 2024'],
    // text-exempt: a maintainers' pointer into the research notes, never shown to users
    sourceRow: 'sources.md §1a firearm share',
    confidence: 'medium',
  },
  {
    id: 'us_share_of_guns',
    value: 0.7,
    unit: 'share',
    low: 0.7,
    high: 0.87,
    distribution: 'triangular',
    kind: 'research',
    source: ['GAO-16-223 (2009–14)', 'GAO-21-322 (2014–18)', 'GAO-09-709'],
    sourceRow: 'sources.md §8',
    confidence: 'medium',
    note: true,
  },
  {
    id: 'gun_substitution',
    value: 0.5,
    unit: 'share',
    low: 0.2,
    high: 0.8,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'gun_stock_life_years',
    value: 10,
    unit: 'years',
    low: 5,
    high: 20,
    distribution: 'triangular',
    kind: 'guess',
    source: 'GAO-21-322',
    confidence: 'low',
  },
  // ── Youth programmes ─────────────────────────────────────────────────────────────────
  {
    id: 'youth_effect',
    value: 0.45,
    unit: 'share',
    low: 0.35,
    high: 0.5,
    distribution: 'triangular',
    kind: 'research',
    source: ['Heller 2014 Science 346:1219', 'Heller et al. 2017 QJE'],
    sourceRow: 'effects.md §2',
    confidence: 'medium',
    defaultCamp: 'rct',
    camps: [
      {
        id: 'rct',
        value: 0.45,
        low: 0.35,
        high: 0.5,
        kind: 'research',
        source: 'Heller 2014 (Science); Heller et al. 2017 (QJE)',
      },
      {
        id: 'jcf',
        value: 0.05,
        low: 0,
        high: 0.15,
        kind: 'research',
        source: 'Sumano Rodríguez & Reyes Figueroa 2025, Frontera Norte 37',
      },
    ],
  },
  {
    id: 'youth_targeting',
    value: 1,
    unit: 'timesAverage',
    low: 0.5,
    high: 2,
    distribution: 'triangular',
    kind: 'guess',
    source: 'Sexto Informe',
    confidence: 'low',
  },
  {
    id: 'neet_pool',
    value: 6_500_000,
    unit: 'people',
    low: 5_800_000,
    high: 7_000_000,
    distribution: 'triangular',
    kind: 'research',
    source: ['INEGI', 'México Evalúa', 'diarioamanecer.com.mx'],
    sourceRow: 'effects.md §2 NEET',
    confidence: 'low',
  },
  {
    id: 'youth_lag_months',
    value: 12,
    unit: 'months',
    low: 6,
    high: 24,
    distribution: 'triangular',
    kind: 'guess',
    source: 'Heller 2014',
    confidence: 'low',
  },
  // ── Amnesty ──────────────────────────────────────────────────────────────────────────
  {
    id: 'amnesty_eligible_share',
    value: 0.3,
    unit: 'share',
    low: 0.15,
    high: 0.5,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'amnesty_recidivism',
    value: 0.24,
    unit: 'share',
    low: 0.1,
    high: 0.35,
    distribution: 'triangular',
    kind: 'research',
    source: ['Fundación Ideas para la Paz 2014', 'El Nuevo Siglo'],
    sourceRow: 'effects.md §3 recidivism',
    confidence: 'medium',
  },
  {
    id: 'amnesty_processing_months',
    value: 24,
    unit: 'months',
    low: 12,
    high: 48,
    distribution: 'triangular',
    kind: 'guess',
    source: 'Observatorio de Amnistías',
    confidence: 'low',
  },
  {
    id: 'amnesty_relapse_months',
    value: 18,
    unit: 'months',
    low: 6,
    high: 36,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'reintegration_cost',
    value: 2000,
    unit: 'usdPerYear',
    low: 1000,
    high: 4000,
    distribution: 'triangular',
    kind: 'guess',
    source: ['ACR', 'El Nuevo Siglo'],
    confidence: 'low',
  },
  // ── Forces and enforcement ───────────────────────────────────────────────────────────
  {
    id: 'troops_reference',
    value: 49_650,
    unit: 'soldiers',
    low: 49_650,
    high: 49_650,
    distribution: 'fixed',
    kind: 'research',
    source: 'Milenio (R. Mosso) 16 Jul 2018',
    sourceRow: 'sources.md §5',
    confidence: 'medium',
  },
  {
    id: 'troops_2018',
    value: 54_980,
    unit: 'soldiers',
    low: 54_980,
    high: 54_980,
    distribution: 'fixed',
    kind: 'research',
    source: ['La Jornada 5 Apr 2019', 'Ibero'],
    sourceRow: 'sources.md §5',
    confidence: 'medium',
  },
  {
    id: 'troops_2006',
    value: 37_253,
    unit: 'soldiers',
    low: 37_253,
    high: 37_253,
    distribution: 'fixed',
    kind: 'research',
    source: 'La Jornada 21 May 2017',
    sourceRow: 'history-2006-2018.md §3',
    confidence: 'medium',
  },
  {
    id: 'military_incap_share',
    value: 0.5,
    unit: 'share',
    low: 0.3,
    high: 0.7,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'enforcement_cap',
    value: 2,
    unit: 'times2010to12',
    low: 1.5,
    high: 3,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'corruption_share',
    value: 0.3,
    unit: 'share',
    low: 0.1,
    high: 0.5,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'guard_effectiveness',
    value: 0.8,
    unit: 'ratio',
    low: 0.5,
    high: 1.1,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'guard_kingpin_share',
    value: 0.15,
    unit: 'ratio',
    low: 0,
    high: 0.5,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'guard_lethality_ratio',
    value: 0.29,
    unit: 'ratio',
    low: 0.2,
    high: 0.5,
    distribution: 'triangular',
    kind: 'derived',
    source: 'Silva Forné, Pérez Correa & Gutiérrez Rivas, Desacatos 40, 2012',
    // text-exempt: a maintainers' pointer into the research notes, never shown to users
    sourceRow: 'sources.md §5 lethality index',
    confidence: 'medium',
  },
  {
    id: 'guard_training_months',
    value: 9,
    unit: 'months',
    low: 6,
    high: 18,
    distribution: 'triangular',
    kind: 'guess',
    source: 'Animal Político',
    confidence: 'low',
  },
  {
    id: 'street_transfer_share',
    value: 0.5,
    unit: 'share',
    low: 0.2,
    high: 0.8,
    distribution: 'triangular',
    kind: 'guess',
    source: 'A. Hope, El Universal 2021',
    confidence: 'low',
  },
  {
    id: 'guard_cost_per_person',
    value: 15_000,
    unit: 'usdPerYear',
    low: 8_000,
    high: 25_000,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  {
    id: 'military_cost_per_person',
    value: 15_000,
    unit: 'usdPerYear',
    low: 8_000,
    high: 25_000,
    distribution: 'triangular',
    kind: 'guess',
    confidence: 'low',
  },
  // ── Legal market and population ──────────────────────────────────────────────────────
  {
    id: 'mx_cannabis_market',
    value: 0.5,
    unit: 'usdBnPerYear',
    low: 0.2,
    high: 1.5,
    distribution: 'triangular',
    kind: 'guess',
    source: 'WSLCB',
    confidence: 'low',
  },
  {
    id: 'population_2010',
    value: 112_322_757,
    unit: 'people',
    low: 112_322_757,
    high: 112_322_757,
    distribution: 'fixed',
    kind: 'research',
    source: 'INEGI',
    sourceRow: 'sources.md §1a population',
    confidence: 'medium',
  },
  {
    id: 'population_growth',
    value: 0.0118,
    unit: 'perYear',
    low: 0.008,
    high: 0.0125,
    distribution: 'triangular',
    kind: 'derived',
    source: 'INEGI',
    sourceRow: 'sources.md §1a population',
    confidence: 'medium',
  },
] as const satisfies readonly AssumptionData[];

/** The assumptions as data, without their words: figures, unit ids, evidence and the citations their text names. */
export const ASSUMPTION_DATA: readonly AssumptionData[] = DATA;

/** The id of every assumption but the persistence null's steps: the keys of `msg.assumptions.items`. */
export type ItemId = (typeof DATA)[number]['id'];

/** The years after the last observed one that the persistence null takes a random step in (enough for 2019–2030). */
const NULL_STEP_YEARS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** The id of one of the persistence null's yearly steps: `null_step_1` … `null_step_12`. */
export type NullStepId = `null_step_${(typeof NULL_STEP_YEARS)[number]}`;

/** The persistence null's yearly steps, in order. */
export const NULL_STEP_IDS: readonly NullStepId[] = NULL_STEP_YEARS.map((k) => `null_step_${k}` as const);

/** The id of every assumption, the persistence null's steps included: a symbol the equations read. */
export type AssumptionId = ItemId | NullStepId;

/** The camp ids of an assumption's data (never for an assumption without camps). */
type CampIdOf<D> = D extends { readonly camps: readonly (infer C)[] }
  ? C extends { readonly id: infer I extends string }
    ? I
    : never
  : never;

/** The id of a camp of any assumption (`rand`, `balloon`, `pooled` …). */
export type CampId = CampIdOf<(typeof DATA)[number]>;

/** The camp ids of one assumption: `CampOf<'substitution'>` is `'balloon' | 'none'`; never for one without camps. */
export type CampOf<A extends AssumptionId> = CampIdOf<Extract<(typeof DATA)[number], { readonly id: A }>>;

/** One assumption's text in the language in force; an id without an entry in the catalogue fails to compile. */
function textOf(id: ItemId): AssumptionText {
  return msg.assumptions.items[id];
}

type Items = Catalogue['assumptions']['items'];
type CampTextIds<T> = T extends { readonly camps: infer C } ? keyof C : never;
/** Camps of the data with no text in the catalogue ("id.camp"); must be none. */
type CampWithoutText = (typeof DATA)[number] extends infer D
  ? D extends { readonly id: infer I extends ItemId }
    ? Exclude<CampIdOf<D>, CampTextIds<Items[I]>> extends infer C extends string
      ? `${I}.${C}`
      : never
    : never
  : never;
/** Fails to compile, naming the camp, when a camp of the data has no text in the catalogue. */
const everyCampHasText: [CampWithoutText] extends [never] ? true : CampWithoutText = true;
void everyCampHasText;

export const ASSUMPTIONS: readonly Assumption[] = [
  ...DATA.map((d) => withText(d, () => textOf(d.id))),
  // ── The persistence null's random walk ──────────────────────────────────────────────────
  ...NULL_STEP_IDS.map((id, k) =>
    withText(
      {
        id,
        value: 0,
        unit: 'logChange',
        low: -NULL_HALF_WIDTH,
        high: NULL_HALF_WIDTH,
        distribution: 'triangular',
        kind: 'derived',
        confidence: 'medium',
      },
      () => ({
        label: msg.assumptions.nullStep.label(String(k + 1)),
        source: msg.assumptions.nullStep.source(NULL_SD.toFixed(3), String(NULL_HALF_WIDTH)),
      }),
    ),
  ),
];
