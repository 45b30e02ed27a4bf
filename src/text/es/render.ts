import type { Catalogue } from '../catalogue.js';

/** Texto en español (México) de render; debe tener las mismas claves que ../en/render.ts. */

/** Mayúscula inicial (inicio de oración). */
function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** «de» + frase, con la contracción «del» ante «el»: de('el statu quo') → 'del statu quo'. */
function de(phrase: string): string {
  return /^el\s/.test(phrase) ? `del ${phrase.slice(3)}` : `de ${phrase}`;
}

/** «a» + frase, con la contracción «al» ante «el»: a('el escenario B') → 'al escenario B'. */
function a(phrase: string): string {
  return /^el\s/.test(phrase) ? `al ${phrase.slice(3)}` : `a ${phrase}`;
}

/** «y», o «e» ante una palabra que empieza con el sonido i: «Legalización e “Impuesto…”». */
function y(next: string): string {
  return /^[“"«]?(i|hi)(?![aeiouáéíóú])/i.test(next) ? 'e' : 'y';
}

/** Un nombre entre comillas, para que la oración no dependa de su género ni de su número. */
function q(label: string): string {
  return `“${label}”`;
}

/** La primera palabra de una etiqueta: el núcleo del sujeto en español («Ingresos de los cárteles» → ingresos). */
function headWord(label: string): string {
  return (label.trim().split(/[\s,(:;–—]+/)[0] ?? '').toLowerCase();
}

/** Si una etiqueta pide verbo en plural: «Homicidios» sí; «Fragmentación», «Cannabis», «Crisis» no. */
function isPlural(label: string): boolean {
  const head = label.split(/[,(:;–—]| de | del | en | por | sobre /)[0] ?? label;
  if (/\s(y|e)\s/.test(head.trim())) return true;
  const word = headWord(label);
  return /[a-zñ]s$/.test(word) && !/(is|ís|us|és)$/.test(word);
}

/** Palabras en -a que son masculinas. */
const MASCULINE_A = new Set(['día', 'mapa', 'problema', 'programa', 'sistema', 'tema', 'clima', 'esquema', 'planeta']);

/** Si el núcleo de una etiqueta es femenino (por su terminación, con las excepciones de siempre). */
function isFeminine(label: string, plural: boolean): boolean {
  let word = headWord(label);
  if (plural) word = /(ones|dades|tades|tudes|ces)$/.test(word) ? word.replace(/es$/, '') : word.replace(/s$/, '');
  if (MASCULINE_A.has(word)) return false;
  return /(a|á|ión|ion|dad|tad|tud|umbre|sis)$/.test(word);
}

/** Minúscula inicial salvo en siglas y nombres propios («Guardia Nacional», «PIB» se quedan como están). */
function lowerStart(label: string): string {
  const words = label.split(/\s+/);
  const first = words[0] ?? '';
  const second = words[1] ?? '';
  if (first.length > 1 && first.charAt(1) === first.charAt(1).toUpperCase() && /[A-ZÁÉÍÓÚÑ]/.test(first.charAt(1)))
    return label;
  if (/^[A-ZÁÉÍÓÚÑ]/.test(second)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Une el sujeto (que puede omitirse) con el resto de la oración, con mayúscula inicial. */
function say(subject: string, rest: string): string {
  return cap(subject === '' ? rest : `${subject} ${rest}`);
}

/** Verbos conjugados para un sujeto en singular o plural. */
const v = (plural: boolean, singular: string, pluralForm: string): string => (plural ? pluralForm : singular);

const narrate: Catalogue['render']['narrate'] = {
  defaultBaseline: 'el statu quo',
  noData: (label) => `${label}: no hay datos que describir.`,
  isPlural,
  // Con el título de la gráfica justo arriba, el sujeto se omite («Suben de…»); si no, lleva su artículo.
  subject: (name, plural, pronoun) => {
    if (pronoun) return '';
    const article = isFeminine(name, plural) ? (plural ? 'las' : 'la') : plural ? 'los' : 'el';
    return `${article} ${lowerStart(name)}`;
  },
  single: (s, plural, value, year) => say(s, `${v(plural, 'se ubica', 'se ubican')} en ${value} en ${year}`),
  flat: (s, plural, mean, y0, y1) =>
    say(
      s,
      `${v(plural, 'se mantiene prácticamente estable', 'se mantienen prácticamente estables')} en torno a ${mean} de ${y0} a ${y1}`,
    ),
  rising: (s, plural, v0, y0, v1, y1) => say(s, `${v(plural, 'sube', 'suben')} de ${v0} en ${y0} a ${v1} en ${y1}`),
  falling: (s, plural, v0, y0, v1, y1) => say(s, `${v(plural, 'baja', 'bajan')} de ${v0} en ${y0} a ${v1} en ${y1}`),
  peak: (s, plural, peak, peakYear, v1, y1) =>
    say(
      s,
      `${v(plural, 'sube', 'suben')} hasta ${peak} en ${peakYear} y luego ${v(plural, 'baja', 'bajan')} a ${v1} en ${y1}`,
    ),
  trough: (s, plural, low, lowYear, v1, y1) =>
    say(
      s,
      `${v(plural, 'baja', 'bajan')} hasta ${low} en ${lowYear} y luego ${v(plural, 'sube', 'suben')} a ${v1} en ${y1}`,
    ),
  aboutSame: (ref) => `, casi igual que con ${ref}`,
  versus: (amount, above, ref) => `, ${amount} ${above ? 'más' : 'menos'} que con ${ref}`,
  noBars: (title) => `${title}: no hay nada que comparar.`,
  tornado: (top, metric, swing, low, high, next) => {
    let text = `El resultado depende sobre todo de ${q(top)}: de su extremo bajo al alto, la diferencia en ${metric} es de ${swing} (de ${low} a ${high})`;
    const [first, second] = next;
    if (first && !second) text += `; le sigue ${q(first.label)} (${first.value})`;
    if (first && second) {
      const other = q(second.label);
      text += `; le siguen ${q(first.label)} (${first.value}) ${y(other)} ${other} (${second.value})`;
    }
    return `${text}.`;
  },
  waterfall: (startLabel, start, top, second, metric, end, total) =>
    `Partiendo ${de(startLabel)} (${start}), el paso más grande es ${q(top.label)} (${top.value})${
      second ? `, seguido de ${q(second.label)} (${second.value})` : ''
    }; en conjunto, los pasos llevan ${metric} a ${end} (${total} en total, en la corrida central).`,
  bands: (first, second) => `Sombreado: rango P10–P90 ${de(first)}; rayado: el ${de(second)}.`,
  overlap: (year, first, second) => `En ${year} los dos rangos se traslapan (${first} frente a ${second}).`,
  apart: (year, lower, low, high) =>
    `En ${year} los dos rangos no se traslapan: el ${de(lower)} queda por completo debajo (${low} frente a ${high}).`,
};

const assemble: Catalogue['render']['assemble'] = {
  title: (first, second) => `Informe: ${first} frente a ${second}`,
  statusQuo: 'Statu quo',
  statusQuoRef: 'el statu quo',
  scenarioRef: (name) => `el escenario B (“${name}”)`,
  historyLabel: 'Homicidios registrados (INEGI)',
  sectionHindcast: 'Retropronóstico',
  sectionTheories: 'Teorías de la violencia',
  progressHindcast: 'Retropronóstico de 2015–2018 con datos hasta 2014…',
  progressTheories: 'Listando las teorías de la violencia…',
  hindcastSummary: (until, theory, mape, persistence, inside, years) =>
    `Retropronóstico desde ${until} (${theory}): restringido solo a 2007–${until}, su mediana se aleja en promedio ${mape} (MAPE) de los conteos del INEGI de ${until + 1}–${until + years}, frente a ${persistence} si se repite el valor de ${until}; ${inside} de ${years} años ${inside === 1 ? 'cae' : 'caen'} dentro de su P10–P90.`,
  hindcastTheoryPooled: 'teorías combinadas',
  hindcastWeights: (until, parts) =>
    ` Su combinación se pondera por la destreza medida solo con datos hasta ${until}: ${parts}.`,
  hindcastTheoryOne: (id) => `teoría: ${id}`,
  theoriesPooled: (parts) =>
    `El escenario A combina las teorías de la violencia, cada una en proporción a su destreza en el retropronóstico: ${parts}.`,
  theoriesShare: (label, pct, skill) => `${label} ${pct} (destreza ${skill})`,
  theoriesOne: (label, skill) =>
    `El escenario A corre con una sola teoría de la violencia: ${label}, con una destreza de ${skill} en el retropronóstico frente a la persistencia (0 = no es mejor).`,
  compareNote: (runs, seed) =>
    `${runs} corridas con semilla "${seed}"; la corrida i de A y la de B comparten los valores sorteados de los supuestos. Las columnas de cada lado son sus medianas. Diferencia, P10–P90 y % son el efecto de A sobre B: la mediana de las diferencias pareadas A − B, su P10 y su P90, y la diferencia mediana en % de B. "A mejor en" es la fracción de corridas pareadas en las que A sale mejor.`,
  cruxSummary: (metric, leader, margin) =>
    leader === 'tie'
      ? `Con valores centrales, los dos lados empatan en ${metric}.`
      : `Con valores centrales, ${leader} sale mejor en ${metric}, por ${margin}.`,
  leaderA: 'el escenario A',
  scenarioB: 'el escenario B',
  leaderB: (b) => (b === assemble.statusQuo ? 'el statu quo' : 'el escenario B'),
  assumptionSettings: 'Configuración de los supuestos',
  ledgerSummary: (ref, who, averted, perHomicide) =>
    `Frente ${a(ref)}, ${who} evita ${averted} homicidios en 2019–2030 con un costo neto adicional de ${perHomicide} por homicidio evitado (corridas centrales).`,
  ledgerNoAverted: (ref, who) =>
    `Frente ${a(ref)}, ${who} no evita ningún homicidio en 2019–2030 (corridas centrales).`,
  statusQuoPhrase: 'el statu quo',
  nothingToAttribute:
    'Atribución: el escenario A y la referencia tienen la misma configuración, así que no hay diferencia que repartir.',
  quoted: (name) => `“${name}”`,
  noFlips: 'Ningún supuesto por sí solo invierte la clasificación en ningún punto de su rango.',
  someFlips: (n) =>
    n === 1
      ? '1 supuesto puede invertir la clasificación dentro de su rango.'
      : `${n} supuestos pueden invertir la clasificación dentro de su rango.`,
  failed: (section, why) => `${section}: no se pudo calcular (${why}).`,
  quick: (section) => `${section}: se omitió (--quick).`,
  sectionCruxes: 'Puntos decisivos',
  sectionSensitivity: 'Sensibilidad',
  sectionAttribution: 'Atribución',
  sectionLedger: 'Balance de costos',
  sectionCompare: 'Comparación',
  sectionEvidence: 'Conjuntos de evidencia',
  progressEvidence: 'Contando los conjuntos de evidencia…',
  noContested: 'ningún supuesto tiene posturas que combinar',
  tooManySets: (n, max) => `${n} conjuntos de evidencia son más de ${max}`,
  evidenceSummary: (first, second, metric, k, n) =>
    `${first} supera ${a(second)} en ${metric} en ${k} de ${n} conjuntos de evidencia (valores centrales).`,
  statusQuoDescription:
    'Las palancas del statu quo (la estrategia de 2006–2018, continuada) con la configuración de supuestos del escenario A.',
  progressEnsembles: 'Corriendo los ensambles…',
  progressCompare: 'Comparando las corridas pareadas…',
  progressCruxes: 'Buscando los puntos decisivos…',
  progressSensitivity: 'Corriendo el análisis de sensibilidad…',
  progressAttribution: 'Atribuyendo la diferencia a las palancas…',
  yearlyGap: (ref, first, y0, last, y1) =>
    `Año por año, la diferencia respecto ${de(ref)} es de ${first} en ${y0} y de ${last} en ${y1}`,
  sameLeader: (label) => `; ${q(label)} tiene la mayor parte en ambos años`,
  leaders: (l0, y0, l1, y1) => `; la mayor parte corresponde a ${q(l0)} en ${y0} y a ${q(l1)} en ${y1}`,
};

export const render: Catalogue['render'] = {
  kinds: { article: 'artículo', research: 'investigación', derived: 'derivado', guess: 'conjetura' },
  narrate,
  bandChart: {
    band: 'Rango P10–P90',
    baselineBand: 'Statu quo P10–P90 (rayado)',
    scenario: 'Escenario (mediana)',
    baseline: 'Statu quo (mediana)',
    history: 'Datos históricos',
    fit: 'Ajuste a los datos históricos: P10–P90',
    hindcast: (until) => `Retropronóstico desde ${until}: P10–P90, mediana`,
    policyStart: 'inicio de las políticas',
  },
  barChart: {
    lowEnd: 'Supuesto en el extremo bajo',
    highEnd: 'Supuesto en el extremo alto',
    central: 'central',
    increase: 'Lo aumenta',
    decrease: 'Lo reduce',
    total: 'Total',
  },
  textCharts: {
    tornadoLegend: (lowCh, highCh, base) => `${lowCh} supuesto en su extremo bajo  ${highCh} en el alto  eje: ${base}`,
    waterfallLegend: (up, down) => `${up} aumenta la métrica   ${down} la reduce`,
    empty: '(nada que dibujar)',
  },
  analysisText: {
    disclaimer: 'Modelo de juguete ilustrativo, no un pronóstico.',
    sensitivityTitle: (metric, unit, name) => `Sensibilidad de ${metric} (${unit}) en ${name}`,
    sensitivityHow:
      'Cada barra mueve una entrada de su extremo bajo al alto (el rango de la postura, si se eligió una), con todas las demás en su valor central.',
    central: (value, unit) => `Valor central: ${value} ${unit}.`,
    ensemble: (runs, seed, p10, p50, p90, unit) =>
      `Ensamble (${runs} corridas, semilla ${seed}): P10 ${p10}, mediana ${p50}, P90 ${p90} ${unit}.`,
    details: 'Entradas (bajo → métrica | alto → métrica), con sus fuentes:',
    inputKinds: { assumption: 'supuesto', lever: 'palanca' },
    detailRow: (id, kind, camp, label, source) =>
      `  ${id} (${kind}${camp === undefined ? '' : ` [postura ${camp}]`}): ${label}. ${source}`,
    more: (n) => `… y ${n} más (--format json los muestra todos).`,
    cruxQuestion: (first, second, metric) => `¿${first} supera ${a(second)} en ${metric}?`,
    cruxCentral: (answer, by, unit, va, vb) =>
      `Con valores centrales: ${answer}, por ${by} ${unit} (A ${va} frente a B ${vb}).`,
    yes: 'sí',
    no: 'no',
    tie: 'empate',
    cruxEnsemble: (runs, seed, share, p10, p90, unit) =>
      `Ensamble pareado (${runs} corridas, semilla ${seed}): A es mejor en ${share} de las corridas; ventaja de A, P10–P90: de ${p10} a ${p90} ${unit}.`,
    cruxHeader: 'Puntos decisivos, del más cercano al más lejano (el valor en el que se invierte la clasificación):',
    cruxRow: (rank, id, now, flip, dist, range) =>
      `${String(rank).padStart(3)}. ${id}: ahora ${now}, se invierte en ${flip} (a ${dist} de su rango; rango ${range})`,
    noCrux: 'Ningún supuesto invierte la clasificación en ningún punto de su rango.',
    holds: (n) => `Se mantiene en todo el rango (${n}); primero los casos más reñidos:`,
    holdsRow: (id, margin, unit) => `     ${id}: ventaja mínima ${margin} ${unit}`,
    check: (id, value, share, runs) =>
      `  Si ${id} valiera ${value} (el extremo más allá de su punto de inversión), A sería mejor en ${share} de ${runs} corridas pareadas.`,
    checksHeader: 'Principales puntos decisivos, comprobados con el ensamble:',
    setVerdict: (leader, runs, seed, p50, p10, p90, unit, share) =>
      `Veredicto (${runs} corridas pareadas, semilla ${seed}): sale adelante ${leader}; mediana de A − B ${p50} ${unit} (P10–P90: de ${p10} a ${p90}), A es mejor en ${share} de las corridas.`,
    setVerdictTie: (runs, seed) =>
      `Veredicto (${runs} corridas pareadas, semilla ${seed}): empate (la mediana de A − B es 0); no hay nada que invertir.`,
    setHeader: (k) =>
      `Lo que habría que creer: los conjuntos más pequeños de hasta ${k} cambios que invierten el veredicto, del más cercano al más lejano.`,
    setDistanceRule:
      'Distancia: cada valor movido dentro de su rango cuenta lo que se mueve en unidades del rango (desde la corrida central), y se suman; cambiar de postura cuenta 1. Cada efecto es la mediana de A − B en las corridas pareadas con el conjunto aplicado a ambos.',
    setRow: (rank, distance, p50, p10, p90, unit, share) =>
      `${String(rank).padStart(3)}. distancia ${distance}: mediana de A − B ${p50} ${unit} (P10–P90: de ${p10} a ${p90}), A es mejor en ${share} de las corridas`,
    setValue: (id, label, from, to, unit) => `${id} (${label}): ${from} → ${to}${unit ? ` ${unit}` : ''}`,
    setCamp: (id, label, from, to) => `${id}: postura ${from} → ${to} (${label})`,
    setNone: (k) =>
      `Ningún conjunto de hasta ${k} cambios dentro de los rangos (o cambios de postura) invierte el veredicto.`,
    setCentralDisagrees: (margin, unit) =>
      `La corrida central no coincide con el ensamble (ahí la ventaja de A es ${margin} ${unit}), así que su cribado no puede encontrar qué invierte el veredicto; no se buscaron conjuntos.`,
    setClosest: (changes, margin, central, unit) =>
      `Caso más reñido (solo corrida central): ${changes} deja la ventaja de A en ${margin} ${unit} (${central} sin cambios).`,
    setSearch: (options, flat, screened, candidates, checked, ensembles, runs) =>
      `Búsqueda: ${options} cambios posibles (se dejan fuera ${flat} rangos que no mueven la métrica); ${screened} conjuntos cribados con corridas centrales, ${candidates} de los cuales invierten ahí; ${checked} comprobados con ensambles pareados (ensambles pareados de ${runs} corridas, incluido el del veredicto: ${ensembles}).`,
    evidenceVerdict: (first, second, metric, k, n) =>
      `${first} supera ${a(second)} en ${metric} en ${k} de ${n} conjuntos de evidencia (valores centrales).`,
    evidenceEnsemble: (k, n, runs, seed) =>
      `Según la mediana de ${runs} corridas pareadas (semilla ${seed}): ${k} de ${n}.`,
    contested: 'Supuestos en disputa y sus posturas:',
    failingHeader: 'Conjuntos de evidencia en los que no se cumple:',
    noneFail: 'Se cumple en todos los conjuntos de evidencia.',
    failRow: (margin, median, share, unit) =>
      `    ventaja central ${margin} ${unit}; ventaja pareada mediana ${median}; A es mejor en ${share} de las corridas`,
    dropped: (ids) => `Ajustes del escenario reemplazados por los valores de las posturas en estas corridas: ${ids}.`,
    attributionTitle: (first, second, metric) => `Por qué ${first} y ${second} difieren en ${metric}`,
    attributionTotal: (total, unit, start, end) =>
      `En la corrida central (la corrida aceptada que mejor reproduce la historia), A − B = ${total} ${unit} (de B ${start} a A ${end}); el efecto en corridas pareadas es el que imprimen 'palancas claim' y 'palancas compare'.`,
    grouped: (n) => `Difieren ${n} palancas (más de 8), así que se agrupan por familia de palancas.`,
    noPlayers: 'A y B tienen la misma configuración: no hay nada que atribuir.',
    attributionHeader: 'Factor: parte de Shapley | efecto por sí solo (B con solo este cambio)',
    interaction: (value, unit) => `Interacción (total − suma de los efectos por sí solos): ${value} ${unit}.`,
    byYear: 'Parte de Shapley por año:',
    ledgerTitle: (name) =>
      `Balance de costos de ${name} (miles de millones de US$ al año, corrida central; la recaudación cuenta en negativo)`,
    ledgerTotal: 'total',
    ledgerVs: (extra, base) =>
      `Frente al statu quo con los mismos supuestos: costo neto de ${extra} miles de millones de US$ en 2019–2030 (costo neto del statu quo: ${base}).`,
    averted: (n, per) => `Homicidios evitados en 2019–2030: ${n}; costo por homicidio evitado: US$${per}.`,
    notAverted: (n) =>
      `Homicidios evitados en 2019–2030: ${n}; no se evita ningún homicidio, así que no hay costo por homicidio.`,
    drivers: 'Qué mueve cada línea (los supuestos que aparecen en sus ecuaciones):',
    noDrivers: '(ningún supuesto)',
    homicidesLine: 'homicidios',
  },
  series: {
    runLine: (seed, runs, fingerprint, baseline) =>
      `semilla ${seed}, ${runs} corridas, huella ${fingerprint}; referencia: ${baseline}`,
    tableHead: '  año      mediana     P10 – P90               referencia    cambio',
  },
  brief: {
    notForecastLong:
      'palancas es un modelo de juguete de dinámica de sistemas sobre el debate de 2018 en torno a la política de drogas en México. Sus curvas muestran lo que se desprende de los supuestos señalados abajo, con rangos obtenidos de un Monte Carlo con semilla; no son predicciones de lo que va a ocurrir.',
    reproduce: 'Este informe se reproduce con:',
    scenarios: 'Escenarios',
    scenarioA: 'Escenario A',
    scenarioB: 'Escenario B',
    field: 'Campo',
    name: 'Nombre',
    description: 'Descripción',
    file: 'Archivo',
    fingerprint: 'Huella',
    seed: 'Semilla',
    runs: 'Corridas',
    modelVersion: 'Versión del modelo',
    settingSources: 'Fuentes de la configuración',
    levers: 'Configuración de las palancas',
    lever: 'Palanca',
    value: 'Valor',
    articleWords: 'Las palabras del artículo',
    statusQuoMark: '(statu quo)',
    on: 'sí',
    off: 'no',
    charts: 'Gráficas',
    chartsMarkdownNote:
      'La versión HTML de este informe las dibuja como gráficas; aquí cada una es una oración y una tabla de medianas anuales.',
    year: 'Año',
    p10: 'P10',
    p50: 'Mediana',
    p90: 'P90',
    medianOf: (name) => `${name} (mediana)`,
    historySource: 'Datos históricos:',
    fitBandOf: (name) => `${name}: ajuste a 2007–2018, P10–P90`,
    // «pooled» es un id (el de --theory); en la leyenda se dice en palabras.
    hindcastOf: (until, theory) =>
      `Retropronóstico desde ${until} (${theory === 'pooled' ? 'teorías combinadas' : theory}): P10–P90, mediana`,
    hindcastTitle: (until) => `Retropronóstico desde ${until}`,
    hindcastNote: (until, runs, seed) =>
      `Corridas restringidas solo con las observaciones de 2007–${until} y luego proyectadas hasta 2018 con el despliegue de tropas y la captura de líderes tal como ocurrieron; ${runs} corridas, semilla "${seed}". Son las mismas filas que da 'palancas hindcast --until ${until}'.`,
    observed: 'Observado (INEGI)',
    inside: 'Dentro de P10–P90',
    no: 'no',
    hindcastScores: (mape, persistence, coverage) =>
      `MAPE de ${mape} frente a ${persistence} de la persistencia (repetir el último año); cobertura de ${coverage}.`,
    theories: 'Teorías de la violencia',
    theoriesNote:
      "La destreza de cada teoría compara su error de retropronóstico con origen móvil con el de la persistencia (1 − cociente de MAPE; 0 = no es mejor); un ensamble combinado le da a cada teoría una parte de sus corridas en proporción a su destreza (con 0 como mínimo). 'palancas theories' lista los retropronósticos de cada teoría.",
    theory: 'Teoría',
    skill: 'Destreza',
    pooledShare: 'Parte en la combinación',
    inScenario: 'En el escenario A',
    bandOf: (name) => `${name}: P10–P90`,
    hatchedBandOf: (name) => `${name}: P10–P90 (rayado)`,
    p10B: 'P10 (B)',
    p50B: 'Mediana (B)',
    p90B: 'P90 (B)',
    compare: 'Comparación',
    metric: 'Métrica',
    difference: 'Diferencia',
    differenceRange: 'P10–P90',
    rangeOf: (p10, p90) => `de ${p10} a ${p90}`,
    percent: '%',
    shareBetter: 'A mejor en',
    cruxes: 'Puntos decisivos: de qué depende la conclusión',
    cruxesNote:
      'Para cada supuesto, el valor dentro de su rango en el que se invierte la clasificación, con todo lo demás en su valor central. La distancia indica qué tan lejos está ese valor del actual, como fracción del rango.',
    assumption: 'Supuesto',
    current: 'Actual',
    range: 'Rango',
    flipsAt: 'Se invierte en',
    distance: 'Distancia',
    source: 'Fuente',
    holds: 'se mantiene en todo el rango',
    sensitivity: 'Sensibilidad',
    sensitivityNote:
      'Cada supuesto se mueve por sí solo del extremo bajo al alto de su rango, con todo lo demás en su valor central.',
    atLow: 'En el extremo bajo',
    atHigh: 'En el extremo alto',
    swing: 'Variación',
    attribution: 'Lo que aporta cada palanca',
    attributionNote:
      'Base: la corrida central (la corrida aceptada que mejor reproduce la historia), no las corridas pareadas. Las partes de Shapley reparten toda su diferencia de manera justa entre las palancas, interacciones incluidas; “una a la vez” es el efecto de cambiar solo esa palanca en ella. Así que el total de aquí es la diferencia de la corrida central, no el efecto de la comparación (la mediana de las diferencias pareadas).',
    leverOrFamily: 'Palanca',
    shapley: 'Parte de Shapley',
    oneAtATime: 'Una a la vez',
    interaction: 'Interacción (total menos la suma de una a la vez)',
    total: 'Total',
    byYear: 'Año por año',
    byYearNote: (unit) =>
      `La parte de Shapley de cada palanca en la diferencia de ese año (${unit}, corridas centrales); las partes suman la diferencia total.`,
    totalDifference: 'Diferencia total',
    ledger: 'Balance de costos',
    ledgerNote:
      'Miles de millones de US$ al año (medias anuales de la corrida central). El impuesto a la marihuana es un ingreso; neto = costos − impuesto.',
    costGuard: 'Guardia Nacional',
    costMilitary: 'Ejército (frente a 2018)',
    costYouth: 'Becas y capacitación laboral para jóvenes',
    costAmnesty: 'Amnistía',
    cannabisTax: 'Impuesto a la marihuana',
    net: 'Costo neto',
    perHomicide: 'Costo por homicidio evitado',
    perHomicideNote:
      'Cada escenario frente a las palancas del statu quo con su propia configuración de supuestos: totales de 2019–2030 de las corridas centrales.',
    scenario: 'Escenario',
    netTotal: 'Costo neto 2019–2030 (miles de millones de US$)',
    extraNet: 'Costo neto adicional frente al statu quo (miles de millones de US$)',
    averted: 'Homicidios evitados frente al statu quo',
    perAverted: 'US$ por homicidio evitado',
    noneAverted: 'no se evita ninguno',
    claims: 'Tarjetas de afirmaciones',
    claimsNote:
      'Cada oración sale de las corridas pareadas de arriba (la corrida i de A y la de B comparten los valores sorteados de los supuestos). El comando que aparece debajo imprime la misma oración.',
    evidence: 'Conjuntos de evidencia',
    evidenceNote:
      'Un conjunto de evidencia es una combinación de posturas de los supuestos en disputa (una visión de quién tiene la razón). Para que el informe sea rápido, cada conjunto se evalúa con valores centrales (todos los demás supuestos en su valor central), no con un ensamble.',
    evidenceCommand: 'Los mismos conteos, con los conjuntos en los que no se cumple:',
    contestedHead: 'Supuesto en disputa',
    camps: 'Posturas',
    failingSets: 'Conjuntos en los que A no supera a B',
    margin: (unit) => `Ventaja de A (${unit})`,
    noneFail: 'Se cumple en todos los conjuntos de evidencia.',
    moreFailing: (n) =>
      n === 1
        ? '…y 1 conjunto más en el que no se cumple (el comando de arriba los muestra todos).'
        : `…y ${n} conjuntos más en los que no se cumple (el comando de arriba los muestra todos).`,
    assumptions: 'Supuestos',
    assumptionsNote:
      'Todos los números que usa el modelo y que no son palancas. Tipo: artículo (el artículo de 2018), investigación (un estudio citado), derivado (aritmética sobre cifras con fuente, que se muestra en la fuente), conjetura (una conjetura del modelador, o una cifra que ninguna fuente confirma). Cambiado: lo fija un escenario; fijo: todas las corridas usan ese valor.',
    id: 'Id',
    label: 'Etiqueta',
    unit: 'Unidad',
    low: 'Bajo',
    high: 'Alto',
    kind: 'Tipo',
    camp: 'Postura',
    changed: 'Cambiado',
    yes: 'sí',
    guess: 'conjetura del modelador',
    derived: 'derivado',
    fixed: 'fijo',
    drawnOver: 'muestreado en su propio rango',
    glance: 'En resumen',
    glanceEffect: 'Efecto (A frente a B, por corrida pareada)',
    glanceEffectText: (p50, p10, p90) => `${p50} (P10–P90: de ${p10} a ${p90})`,
    glanceWon: 'Corridas pareadas en las que A sale mejor',
    glanceWonText: (wins, runs, share) => `${wins} de ${runs} (${share})`,
    glanceCruxes: 'Los tres puntos decisivos que más pesan',
    glanceCruxFlip: (label, now, flip, distance) =>
      `${label}: hoy vale ${now}; la clasificación se invierte en ${flip}, a ${distance} de su rango.`,
    glanceCruxSwing: (label, metric, low, high, checked) =>
      `${label}: del extremo bajo al alto de su rango, el escenario A pasa de ${low} a ${high} (${metric})${checked ? '; la clasificación se mantiene en todo ese rango' : ''}.`,
    glanceNoCruxes: 'Los puntos decisivos no se calcularon para este informe.',
    glanceLevers: 'Las palancas que explican la diferencia',
    glanceLever: (label, share) => `${label}: ${share} (parte de Shapley).`,
    glanceNoLevers: 'Ninguna palanca cambia entre los dos escenarios.',
    glanceNoAttribution: 'El reparto de la diferencia entre las palancas no se calculó para este informe.',
    glanceNext:
      'Más abajo: los escenarios, las gráficas, los análisis con los comandos que los repiten, los costos y, en un apéndice, cada supuesto con su fuente y su nivel de confianza.',
    sameLevers: (labels) => `Iguales en los dos escenarios, por eso no se listan: ${labels}.`,
    defaultLevers: (labels) => `En sus valores del statu quo, por eso no se listan: ${labels}.`,
    holdsRest: (n, labels) =>
      `${n === 1 ? 'Otro supuesto mantiene' : `Otros ${n} supuestos mantienen`} la clasificación en todo su rango (los más reñidos primero): ${labels}.`,
    ledgerZero: (name) =>
      `${name} no agrega gasto ni recauda impuesto a la marihuana: cada renglón de su balance vale cero todos los años.`,
    ledgerZeroColumns: (columns) => `Valen cero todos los años, por eso no se muestran: ${columns}.`,
    sourcesInAppendix: 'La fuente de cada supuesto está en el apéndice, bajo su id.',
    sameAs: (ids) => `Las mismas cifras y la misma fuente valen para: ${ids}.`,
    appendix: 'Apéndice',
    confidence: 'Confianza',
    confidenceLevels: { high: 'alta', medium: 'media', low: 'baja' },
    omitted: 'Lo que quedó fuera de este informe',
    figure: 'Figura',
    footer:
      'Hecho con palancas. Modelo ilustrativo, no un pronóstico: cada número de este informe se desprende de los supuestos del apéndice, cada uno con su fuente.',
  },
  assemble,
  page: {
    title: (name) => `${name}: ¿y si…? (palancas)`,
    notice:
      'Modelo ilustrativo, no un pronóstico. Mueva una palanca o elija una postura: el conjunto de corridas se recalcula en esta página.',
    against: (name) => `Comparado con: ${name}.`,
    levers: 'Palancas',
    camps: 'Posturas (qué lectura de la evidencia)',
    charts: 'Gráficas',
    medianOf: (name) => `${name} (mediana)`,
    status: (runs, seed, ms) => `${runs} corridas, semilla ${seed}, calculadas en ${ms} ms.`,
    computing: 'Calculando…',
    noScript: 'Esta página necesita JavaScript para correr el modelo; los supuestos de abajo se leen sin él.',
    download: 'Descargar como escenario YAML',
    link: 'El enlace de la barra de direcciones vuelve a abrir estos ajustes.',
    assumptions: 'Todos los supuestos, con su fuente',
    assumption: 'Supuesto',
    value: 'Valor',
    range: 'Rango (P10–P90 de las muestras)',
    source: 'Fuente',
    scenarioFile: 'El archivo del escenario',
  },
};
