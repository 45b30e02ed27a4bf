/**
 * English text of the assumptions (src/model/assumptions.ts): units, and for each assumption its label, the words
 * of its source around the citations, its note and its camps. The Spanish catalogue (../es/assumptions.ts) must
 * match it key for key.
 *
 * Shape: `items.<assumption id>` holds `label`, `source`, an optional `note` and, for contested assumptions,
 * `camps.<camp id>` with the camp's `label` and `source`. A `source` is our own words only: the citations it names
 * (authors, titles, outlets, datasets, dates, pages) are data in their original language, kept with the figure in
 * the model, and passed in order as the function's arguments. A `source` left out means the citations alone are
 * the source. `units` names every unit id an assumption uses; `nullStep` is the text of the twelve steps of the
 * persistence null (null_step_1 … null_step_12).
 */
export const assumptions = {
  units: {
    people: 'people',
    perMonth: '1/month',
    peoplePerMonth: 'people/month',
    perPersonMonth: '1/(person·month)',
    elasticity: 'elasticity',
    usdBnPerYear: 'US$ bn/yr',
    share: 'share',
    perYear: '1/yr',
    theory: 'theory',
    deathsPerYear: 'deaths/yr',
    times2006Level: 'x 2006 level',
    months: 'months',
    sharePerRemoval: 'share per removal',
    per100kPerYear: 'per 100k/yr',
    ratio: 'ratio',
    sharePerShareLost: 'share per share lost',
    years: 'years',
    timesAverage: 'x average',
    usdPerYear: 'US$/yr',
    soldiers: 'soldiers',
    times2010to12: 'x 2010–12',
    logChange: 'log change',
  },
  items: {
    // ── Cartel workforce ──
    workforce_2007: {
      label: 'Cartel members in January 2007',
      source: (pc: string) =>
        `Modeller's guess for a wide prior; the history constraint keeps draws that reach about 115,000 members in 2012, the starting size in ${pc}`,
    },
    recruitment_rate: {
      label: 'Recruits per member per month',
      source: (pc: string) =>
        `${pc}: rho = 2.527e-3 per member per week, x 52/12 weeks a month = 0.01095; the range lies inside the optimiser's bounds of 2–3e-3 a week (0.0087–0.013 a month)`,
    },
    incapacitation_per_month: {
      label: 'Members arrested or jailed per month at 2010–12 enforcement (fitted on 2012–22)',
      source: (pc: string) =>
        `${pc}: eta = 110 per week, system total, x 52/12 weeks a month = 477; the optimiser's bounds 110–120 a week give 477–520 a month, and the low end 440 is the modeller's allowance`,
    },
    saturation_coefficient: {
      label: 'Saturation exits per member squared per month',
      source: (pc: string) =>
        `Derived: omega = 4e-8 per member² per week (${pc}) x 0.0525 (the sum of squared Zipf shares of 150 cartels, Σ(1/r)² ÷ (Σ1/r)²) x 52/12 weeks a month = 9.1e-9 for one national stock`,
      note: 'Aggregating 150 cartels into one stock keeps the 2022 saturation exits near the 64 a week of a re-run of the published code; it holds only while cartel sizes keep their Zipf shares.',
    },
    conflict_coefficient: {
      label: 'Members killed in fights between groups, per member squared per month',
      source: (pc: string) =>
        `Derived from ${pc}: one stock with recruitment rho and incapacitation eta reaches the re-run's 173,837 members in 2022 from 115,000 in 2012 when its squared losses are 6.66e-9 per week; less saturation (omega 4e-8 x Zipf factor 0.0525 = 2.1e-9) leaves 4.5e-9 per week of conflict deaths, x 52/12 = 1.97e-8 a month`,
      note: 'Prieto-Curiel et al. sum theta x C_i x K_ij x C_j over 150 groups; one stock keeps the total.',
    },
    revenue_recruitment_elasticity: {
      label: 'How strongly recruitment follows revenue per member (linear elasticity)',
      source: "Modeller's guess: recruitment rises with what a member can earn; no estimate found (0 = no link)",
    },
    workforce_2017: {
      label: 'Cartel members in 2017 (reference for non-drug revenue)',
      source: (pc: string) =>
        `Derived: halfway along the growth of ${pc}'s coded model from 115,000 (2012) to 173,837 (2022): 115,000 x (173,837 / 115,000)^0.5 = 141,400`,
    },
    // ── Cartel revenue ──
    drug_revenue_2010: {
      label: 'Cartel drug-export revenue around 2010',
      source: (rand: string) =>
        `Derived from ${rand}: $1.5 bn of marijuana export revenue ÷ 0.26 = $5.8 bn to ÷ 0.15 = $10 bn (marijuana's 15–26% share); ÷ 0.25 = $6 bn central. RAND's own total was not found`,
      camps: {
        rand: {
          label: 'RAND 2010: about $6 bn (5.8–10), derived',
          source: (rand: string) => `Derived from ${rand}: $1.5 bn of marijuana ÷ 0.26–0.15 = $5.8–10 bn`,
        },
        us_government: {
          label: 'US government 2006: $13.8 bn (unconfirmed)',
          source: (ondcp: string, rand: string) =>
            `Unconfirmed: an ${ondcp} figure repeated in the press; its text was not found. ${rand} calls the 60%-from-marijuana figure that came with it "not credible". The range 10–18 is the modeller's`,
        },
        binational: {
          label: 'US–Mexico 2010 study: $19–29 bn sent south',
          source: (incsr: string) => `${incsr}; disputed by the Government of Mexico`,
        },
      },
    },
    cannabis_share_2010: {
      label: "Marijuana's share of cartel drug revenue around 2010",
      source: (rand: string) => `${rand}: 15–26% is the "more credible range"`,
      camps: {
        rand: { label: 'RAND 2010: 15–26%' },
        us_government: {
          label: 'US-government claim: about 60% (unconfirmed)',
          source: (ondcp: string, rand: string) =>
            `Unconfirmed: ${ondcp} "61%" as repeated in the press; its text was not found. ${rand} calls the 60% "not credible" (no public documentation). A comment under the 2018 article says "the majority"`,
        },
      },
    },
    cocaine_share_of_other: {
      label: 'Cocaine share of non-marijuana drug revenue',
      source: "Modeller's guess: no credible split of cartel revenue by drug was found",
    },
    opioid_share_of_other: {
      label: 'Heroin/opioid share of non-marijuana drug revenue',
      source: "Modeller's guess: no credible split by drug was found; methamphetamine takes the remainder",
    },
    synthetic_growth: {
      label: 'Yearly growth of heroin/opioid and meth revenue since 2010',
      source: (ap: string) =>
        `Modeller's guess for the shift to heroin, then fentanyl and meth; no revenue figure by drug was found (${ap}, reports opium prices collapsing as fentanyl spread)`,
    },
    nondrug_revenue_2017: {
      label: 'Cartel revenue from extortion, kidnapping and fuel theft in 2017',
      source: (forbes: string) =>
        `Derived: Pemex's fuel-theft losses of MXN 50.1 bn in 2017 (${forbes}) / about 19 MXN per US$ = $2.6 bn, + a modeller's guess of $0.5–2 bn for extortion and kidnapping`,
      note: "Grows and shrinks with the workforce: each member brings in the 2017 take per member. Fuel theft is a loss to Pemex, not the cartels' net take, so that line is an upper bound.",
    },
    us_squeeze_2015: {
      label: 'Mexican marijuana export revenue lost to US legal supply by 2015',
      source: (seizures: string, prices: string) =>
        `Derived: Border Patrol marijuana seizures fell from about 4 M lb (2009) to 1.5 M lb (2015), 1 - 1.5/4 = 0.625 (${seizures}); Sinaloa farm-gate prices fell 70–75%, $100 to $25–30 a kg (${prices}); central 0.6 between the two`,
    },
    us_squeeze_ceiling: {
      label: 'How far US and Canadian legalization squeezes Mexican marijuana in the end',
      source: (dcc: string) =>
        `Modeller's guess: the squeeze levels off a little past 2015 (California's legal share is only 38%, ${dcc}, 2025)`,
      camps: {
        partial: {
          label: 'Levels off near 75%',
          source: (dcc: string) => `Modeller's guess; California's legal market holds only 38% (${dcc} analysis, 2025)`,
        },
        collapse: {
          label: 'Collapses: border seizures -98% 2013–2023',
          source: (cbp: string, via: string) => `${cbp} data via ${via}: >2.4 M lb (2013) to about 61,000 lb (2023)`,
        },
      },
    },
    cannabis_domestic_share: {
      label: "Share of cartels' marijuana revenue earned in Mexico's own market",
      source:
        "Modeller's guess: RAND's revenue figure is for exports to the US; a Mexican legal market reaches only the domestic part",
    },
    other_drugs_domestic_share: {
      label: "Share of cartels' other drug revenue earned in Mexico",
      source: (rand: string) => `Modeller's guess: cartel drug revenue is mostly export revenue (${rand})`,
    },
    legal_capture_all_drugs: {
      label: 'Share of the domestic hard-drug market a legal regime would take',
      source: (statcan: string) =>
        `Modeller's guess; Canada's legal cannabis took >70% of spending within five years (${statcan})`,
    },
    substitution: {
      label: 'Share of lost marijuana revenue cartels make up in other lines',
      source:
        "Modeller's guess for the 'balloon effect': cartels shifted to heroin, fentanyl and meth after US legalization; no estimate of how much revenue came back was found",
      camps: {
        balloon: {
          label: 'Balloon: about half comes back elsewhere',
          source: "Modeller's guess; direction from the shift to heroin, fentanyl and meth after 2014",
        },
        none: {
          label: 'No balloon: lost revenue is lost',
          source: "Modeller's guess: markets for other drugs are already served",
        },
      },
    },
    // ── Violence ──
    violence_theory: {
      label: 'Theory of why organized-crime violence rose (pooled: a mix weighted by hindcast skill)',
      source:
        'The rival explanations in the research notes; each is scored by its hindcast of 2013–2018 (palancas theories)',
      camps: {
        pooled: {
          label: 'Pooled: each theory in proportion to its hindcast skill',
          source: (skill: string, total: string, share: string) =>
            `Derived: each theory's share is its rolling-origin hindcast skill (floored at 0) over the sum of the skills; confrontation: ${skill} / ${total} = ${share} (palancas theories)`,
        },
        conflict: {
          label: 'Conflict among a growing membership (Prieto-Curiel et al.)',
          source: (pc: string) => `${pc}: conflict deaths grow with members x rival members`,
        },
        fragmentation: {
          label: 'Fragmentation after decapitation (Calderón et al.; Phillips)',
        },
        confrontation: {
          label: 'Militarized confrontation (deployment studies)',
          source: (espinosa: string, merino: string) =>
            `${espinosa} (+11 homicides per 100k after military interventions); ${merino} (2009: +5,100 over a no-operation counterfactual)`,
        },
        persistence: {
          label: 'Persistence: no causal structure, the last year then a random walk',
          source: 'The null model every forecast is judged against: last observed year carried forward',
        },
      },
    },
    oc_homicides_2006: {
      label: 'Organized-crime homicides in 2006',
      source: (insight: string, inegi: string) =>
        `Derived: an organized-crime share of about 20% (${insight}, 2017 study) x INEGI's 10,452 homicides in 2006 (${inegi} July 2013 release) = 2,090`,
    },
    homicides_2006: {
      label: 'Homicides in 2006',
      source: (inegi: string, blog: string) =>
        `${inegi} July 2013 release, as summarised by the ${blog} blog (31 Jul 2013)`,
    },
    conflict_share: {
      label: 'Share of organized-crime homicides that are fights between groups (grows with members squared)',
      source: (pc: string) =>
        `Derived from ${pc}: conflict deaths are fitted to 10% of homicides plus missing persons; in 2012, 0.1 x (25,967 + 10,760) = 3,673, about 24% of some 15,600 organized-crime homicides (60% of 25,967)`,
    },
    oc_violence_scale: {
      label:
        'Organized-crime violence the 2006 conditions pushed toward, relative to 2006 (set by the history constraint)',
      source:
        "Modeller's guess for a wide prior; the history constraint keeps only the draws that reproduce INEGI homicides",
    },
    violence_adjust_months: {
      label: 'Months for violence to adjust to new conditions',
      source: (calderon: string, lindo: string) =>
        `Modeller's guess: leader-removal effects last 6–12 months (${calderon}; ${lindo}), cycles of revenge longer; the history constraint narrows it`,
    },
    removal_violence: {
      label: 'Extra national organized-crime violence per leader removal still in force',
      source: (calderon: string) =>
        `Derived from ${calderon} (+36.5% in the municipality for six months) times a modeller's guess that a removal's municipality holds about 2% (1–3%) of organized-crime homicides: 0.365 x 0.02 = 0.007`,
      camps: {
        calderon: {
          label: 'Calderón et al.: +36.5% locally for six months',
          source: (calderon: string) => `Derived from ${calderon}: 0.365 x a guessed 2% local share = 0.007`,
        },
        lindo: {
          label: 'Lindo & Padilla-Romo: +80% locally, +30% next door',
          source: (lindo: string) =>
            `Derived from ${lindo}: 0.8 x 2% + 0.3 x 2% of neighbours x 0.5 of the time = 0.019 (both shares guessed)`,
        },
        dickenson: {
          label: 'Dickenson: 25 removals, about 415 extra deaths',
          source: (dickenson: string) =>
            `Derived from ${dickenson}: 415 / 25 = 17 deaths per removal; 17 / (8,000 organized-crime homicides a year x 0.7 years of effect) = 0.003`,
        },
      },
    },
    removal_half_life_months: {
      label: "Half-life of a leader removal's effect on violence",
      source: (calderon: string, lindo: string) =>
        `${calderon}: the rise lasts six months; ${lindo}: at least 12 months`,
    },
    fragmentation_violence: {
      label: 'Under the fragmentation theory: extra violence per removal in force, lasting',
      source: (atuesta: string) =>
        `Modeller's guess for a wide prior: 5 visible groups in 2007 became nearly 80 by 2011 (${atuesta}); the history constraint sets it`,
    },
    fragmentation_half_life_months: {
      label: 'Under the fragmentation theory: half-life of the splinter groups a removal leaves',
      source: (zeta: string) =>
        `Modeller's guess: PGR still counted 37–45 cells in 2014–17 (${zeta}), so splinters outlast the six-month spikes`,
    },
    deployment_share: {
      label: 'Under the confrontation theory: share of organized-crime violence that follows deployment',
      source: (merino: string) =>
        `Modeller's guess; ${merino} puts 27% of 2009's homicides (5,100 of 19,054) above a no-operation counterfactual`,
    },
    deployment_elasticity: {
      label: 'Under the confrontation theory: how steeply that violence follows troops on the streets',
      source: (unam: string) =>
        `Modeller's guess for a wide prior; the army's lethality index of 8–9 killed per wounded (${unam}) says confrontations are deadly; the history constraint sets it`,
      note: 'History shows deployments between 37,000 (2006) and 55,000 (2018) soldiers; beyond the largest the theory has no evidence, so the model holds the effect there rather than extrapolate the curve.',
    },
    nonoc_homicide_rate: {
      label: 'Homicides not tied to organized crime, per 100,000',
      source:
        'Derived: (8,867 INEGI homicides in 2007 - 2,830 organized-crime ones) ÷ about 108 M people x 100,000 = 5.6; the 2007 population is not confirmed (only the 2010 and 2020 censuses are)',
    },
    spillover: {
      label: 'Other homicides added per organized-crime homicide',
      source: (calderon: string) =>
        `Modeller's guess; ${calderon} find civilian homicides also rise; 0.2 keeps the OC share near TBI's 63% in 2010`,
    },
    vacuum_effect: {
      label: 'Extra violence when state forces fall below their 2018 level',
      source: "Modeller's guess: a drawdown without replacement leaves territory to fight over",
      camps: {
        vacuum: { label: 'A vacuum invites turf wars', source: "Modeller's guess" },
        no_vacuum: {
          label: 'No vacuum: soldiers were the provocation',
          source: "Modeller's guess, in line with the article's \"you don't fight fire with fire\"",
        },
      },
    },
    revenue_violence_elasticity: {
      label: 'How strongly violence follows cartel revenue (linear elasticity)',
      source: (gavrilova: string) =>
        `Modeller's guess: richer markets are worth fighting for; ${gavrilova} find drug-law homicides -41% near the border after US medical laws`,
    },
    // ── Guns ──
    firearm_share: {
      label: 'Share of homicides committed with firearms',
      source: (y2017: string, y2019: string, y2024: string) =>
        `INEGI bulletins: 65% (via ${y2017}), 70.7% (via ${y2019}), 71.8% (via ${y2024})`,
    },
    us_share_of_guns: {
      label: 'Share of guns coming from the US (measured on traced guns only)',
      source: (gao16: string, gao21: string, gao09: string) =>
        `${gao16} and ${gao21}: 70% of traced guns; ${gao09}: 87% of traced guns (2004–08). Only guns submitted for tracing are counted, so neither is a share of all guns in Mexico`,
      note: 'The model applies the traced-gun share to all guns; guns never traced may come from the US more or less often.',
    },
    gun_substitution: {
      label: 'Share of gun killings that happen anyway by other means',
      source: "Modeller's guess",
    },
    gun_stock_life_years: {
      label: 'Years a trafficked gun stays in use',
      source: (gao: string) =>
        `Modeller's guess; about 200,000 guns a year are smuggled in (Mexican government estimate, ${gao}), so the stock changes slowly`,
    },
    // ── Youth programmes ──
    youth_effect: {
      label: 'Cut in recruitment among youth a programme reaches',
      source: (heller2014: string, heller2017: string) =>
        `${heller2014} (One Summer Plus: violent-crime arrests -43%); ${heller2017} (Becoming a Man: -45 to -50%)`,
      camps: {
        rct: { label: 'Chicago RCTs: about -45%' },
        jcf: {
          label: "Mexico's JCF: no robust effect",
          source: (sumano: string) => `${sumano}: no robust effect on state homicides`,
        },
      },
    },
    youth_targeting: {
      label: 'How much more at risk the youth reached are than the average NEET',
      source: (informe: string) =>
        `Modeller's guess; JCF reached only 14 of the 100 most violent municipalities at scale in 2024 (${informe})`,
    },
    neet_pool: {
      label: 'Young people neither studying nor working',
      source: (inegi: string, evalua: string, paper: string) =>
        `${inegi} via ${evalua}: 6.5 M at the end of the Peña Nieto term, 5.8 M at the end of the next (reported by ${paper}; the INEGI release was not read)`,
    },
    youth_lag_months: {
      label: 'Months for a youth programme to reach its full effect',
      source: (heller: string) =>
        `Modeller's guess; One Summer Plus's decline came mostly after the programme ended (${heller})`,
    },
    // ── Amnesty ──
    amnesty_eligible_share: {
      label: 'Share of cartel members who are low-level, non-violent and eligible',
      source: "Modeller's guess: no count of growers and low-level workers among members was found",
    },
    amnesty_recidivism: {
      label: 'Share of amnestied people who go back',
      source: (fip: string, paper: string) =>
        `${fip}: 76% of Colombia's demobilised did not reoffend (${paper}); official claim about 10%`,
    },
    amnesty_processing_months: {
      label: 'Months to process the eligible pool (the amnesty covers those eligible when it starts)',
      source: (observatorio: string) =>
        `Modeller's guess; Mexico's real law took a year to free anyone (${observatorio})`,
    },
    amnesty_relapse_months: {
      label: 'Months until those who go back have gone back',
      source: "Modeller's guess",
    },
    reintegration_cost: {
      label: 'Cost of a year of reintegration per person',
      source: (acr: string, paper: string) =>
        `Modeller's guess from Colombia's reintegration cost of COP 4 M a year (${acr} via ${paper}, about 2014); the exchange rate is assumed`,
    },
    // ── Forces and enforcement ──
    troops_reference: {
      label: 'Troops on anti-drug tasks, 2010–2012',
      source: (paper: string) => `Sedena FOI reply, ${paper}`,
    },
    troops_2018: {
      label: 'Troops on anti-crime tasks in 2018',
      source: (paper: string, ibero: string) => `Sedena FOI reply, ${paper}: 54,980 in 2018 (${ibero} gives 54,080)`,
    },
    troops_2006: {
      label: 'Troops on anti-crime tasks in 2006, before the war on cartels',
      source: (paper: string) => `Sedena FOI data, ${paper} (a broader definition than later years)`,
    },
    military_incap_share: {
      label: 'Share of incapacitation that depends on troops and Guard',
      source: "Modeller's guess: the rest comes from police and prosecutors",
    },
    enforcement_cap: {
      label: 'Enforcement beyond which more forces arrest no more members',
      source:
        "Modeller's guess: prosecutors, courts and prisons limit how many arrests more forces can turn into incapacitation",
    },
    corruption_share: {
      label: 'Share of enforcement lost to corruption',
      source: 'Modeller\'s guess; the article speaks of "record levels of corruption"',
    },
    guard_effectiveness: {
      label: 'Guard member effectiveness relative to a soldier',
      source: "Modeller's guess: new recruits need training",
    },
    guard_kingpin_share: {
      label: 'Guard part in kingpin operations, per soldier-equivalent',
      source: "Modeller's guess: leadership removals were army and navy operations backed by intelligence",
    },
    guard_lethality_ratio: {
      label: 'Guard confrontation lethality relative to the army',
      source: (silva: string) =>
        `Derived: lethality index (opponents killed per wounded, 2008–2011) of the Federal Police 2.6 ÷ the Army 9.1 = 0.29 (${silva}); the Federal Police stands in for the Guard`,
    },
    guard_training_months: {
      label: 'Months to recruit and train Guard members',
      source: (animal: string) =>
        `Modeller's guess; the real Guard missed its 2019 target of 92,000 (about 76,000 in Jan 2020, ${animal})`,
    },
    street_transfer_share: {
      label: 'Share of soldiers moved to the Guard who were already on the streets',
      source: (hope: string) =>
        `Modeller's guess; total federal forces grew only 3.5% in 2019–21 while the Guard reached 100,000 (${hope})`,
    },
    guard_cost_per_person: {
      label: 'Yearly cost per Guard member',
      source: "Modeller's guess: no per-person figure was found",
    },
    military_cost_per_person: {
      label: 'Yearly cost per soldier deployed on the streets',
      source: "Modeller's guess: no per-person figure was found",
    },
    // ── Legal market and population ──
    mx_cannabis_market: {
      label: "Retail value of Mexico's domestic marijuana market",
      source: (wslcb: string) =>
        `Modeller's guess; for scale, Washington State's legal sales were about $1.3 bn in FY2017 (${wslcb})`,
    },
    population_2010: {
      label: 'Population at the 2010 census',
      source: (inegi: string) => `${inegi} Census 2010 (June 2010), as reported in the press (Nov 2010)`,
    },
    population_growth: {
      label: 'Population growth',
      source: (inegi: string) =>
        `Derived: ${inegi} censuses, 112,322,757 (June 2010) to 126,014,024 (March 2020): (126.0/112.3)^(1/9.75) - 1 = 0.0118 a year; the lower end for slower later growth is a guess`,
    },
  },
  /** The persistence null's random walk, one step a year: null_step_1 … null_step_12. */
  nullStep: {
    label: (year: string) => `Under persistence: random change of homicides in year ${year} after the last observed`,
    source: (sd: string, halfWidth: string) =>
      `Derived: a triangular law centred on no change whose standard deviation is that of the yearly log changes of INEGI homicides 2007–2018: ${sd} x √6 = ${halfWidth} either side`,
  },
};
