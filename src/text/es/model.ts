import type { Catalogue } from '../catalogue.js';

/**
 * Texto en español (México) de model; debe tener las mismas claves que ../en/model.ts. Las citas del artículo
 * (en inglés, tal como se publicó) se conservan como dato original; el texto alrededor dice en español lo que
 * significan.
 */
export const model: Catalogue['model'] = {
  levers: {
    cannabis_legal: {
      label: 'Legalizar la marihuana',
      articleWords: (q) =>
        `Olga Sánchez Cordero, propuesta para la Secretaría de Gobernación, no oculta que buscará la legalización total (el artículo: "${q}")`,
    },
    cannabis_start_year: {
      label: 'Inicio de la venta legal',
      articleWords: (q) => `El artículo no da fecha; AMLO podría someterlo antes a consulta pública ("${q}")`,
    },
    cannabis_legal_share: {
      label: 'Parte del mercado nacional abastecida legalmente',
      articleWords: () => 'No está en el artículo: qué parte del mercado nacional ganaría un comercio legal',
    },
    cannabis_tax_rate: {
      label: 'Impuesto a la marihuana legal',
      articleWords: () => 'No está en el artículo (el estado de Washington grava la venta al menudeo con 37%)',
    },
    amnesty_coverage: {
      label: 'Amnistía para campesinos y trabajadores de bajo nivel',
      articleWords: (q) =>
        `Amnistía para campesinos que cultivan drogas y otros trabajadores de bajo nivel, no violentos, del negocio ilícito; para secuestradores, no ("${q}" — "Kidnappers? No.")`,
    },
    amnesty_start_year: {
      label: 'Inicio de la amnistía',
      articleWords: () => 'Propuesta durante la campaña de 2018, sin fecha',
    },
    drawdown_share: {
      label: 'Tropas retiradas de las calles',
      articleWords: (q) => `AMLO no regresará a los soldados a los cuarteles de inmediato ("${q}")`,
    },
    drawdown_years: {
      label: 'Duración del retiro del ejército',
      articleWords: (q) => `Un asesor de seguridad dice que la meta es lograrlo en los próximos tres años ("${q}")`,
    },
    drawdown_start_year: {
      label: 'Inicio del retiro del ejército',
      articleWords: () => 'El nuevo gobierno toma posesión en diciembre de 2018',
    },
    guard_size: {
      label: 'Tamaño meta de la Guardia Nacional',
      articleWords: (q) =>
        `Propuso sustituir la presencia militar en la guerra contra las drogas por una Guardia Nacional de 300,000 elementos ("${q}")`,
    },
    guard_build_years: {
      label: 'Años para formar la Guardia',
      articleWords: () => 'No está en el artículo',
    },
    guard_military_share: {
      label: 'Parte de la Guardia reclutada entre militares',
      articleWords: (q) => `Una Guardia formada por militares y policías ("${q}")`,
    },
    guard_vetting: {
      label: 'Control de confianza de la Guardia contra la corrupción',
      articleWords: (q) =>
        `Pensada para sustituir la participación de policías estatales y municipales corrompidas ("${q}")`,
    },
    youth_budget: {
      label: 'Becas y capacitación laboral para jóvenes',
      articleWords: (q) =>
        `AMLO anunció un paquete de 5 mil millones de dólares en becas y capacitación laboral para jóvenes ("${q}")`,
    },
    youth_cost_per_participant: {
      label: 'Costo por participante',
      articleWords: () =>
        'No está en el artículo (Becoming a Man: unos 2,400 dólares; beca de Jóvenes Construyendo el Futuro: 43,200 pesos al año en 2019)',
    },
    youth_start_year: {
      label: 'Inicio del programa para jóvenes',
      articleWords: () => 'Anunciado en julio de 2018',
    },
    legalize_all_drugs: {
      label: 'Legalizar todas las drogas',
      articleWords: (q) => `AMLO dijo a The New Yorker que no descarta nada, ni siquiera la legalización ("${q}")`,
    },
    all_drugs_start_year: {
      label: 'Inicio de la legalización de todas las drogas',
      articleWords: (q) => `El artículo considera que probablemente no ocurrirá con AMLO ("${q}")`,
    },
    us_gun_action: {
      label: 'Estados Unidos reduce el tráfico de armas hacia México',
      articleWords: (q) =>
        `Se pedirá la cooperación de Estados Unidos contra el tráfico de armas (Alfonso Durazo: "${q}")`,
    },
    kingpin_intensity: {
      label: 'Captura de capos',
      articleWords: (q) =>
        `México también se ha beneficiado de información de inteligencia de la DEA para abatir o capturar a numerosos líderes de cárteles ("${q}")`,
    },
  },
  families: {
    cannabis: 'Legalización de la marihuana',
    amnesty: 'Amnistía',
    drawdown: 'Retiro gradual del ejército de las calles',
    guard: 'Guardia Nacional',
    youth: 'Becas y capacitación laboral para jóvenes',
    all_drugs: 'Legalizar todas las drogas',
    guns: 'Estados Unidos contra el tráfico de armas',
    kingpin: 'Captura de capos',
  },
  equations: {
    scen: 'Periodo del escenario (0 antes de 2019, 1 desde 2019)',
    pop: 'Población',
    troops_path: 'Tropas desplegadas antes de que pasen elementos a la Guardia',
    guard_path: 'Plazas financiadas de la Guardia',
    forces_guard: 'Guardia Nacional',
    forces_military: 'Soldados en las calles',
    forces_total: 'Soldados y Guardia en las calles',
    guard_effective: 'Guardia, en equivalentes de soldados descontada la corrupción',
    enforcement: 'Aplicación de la ley (1 = despliegue de 2010–12)',
    kingpin: 'Captura de capos (1 = promedio de 2007–18)',
    us_squeeze: 'Ingresos por exportación de marihuana perdidos ante la oferta legal de Estados Unidos y Canadá',
    legal_cannabis_on: 'Marihuana legal en vigor',
    legal_all_on: 'Drogas duras legales en vigor',
    cannabis_before_mx: 'Ingresos de los cárteles por marihuana antes de un mercado legal en México',
    revenue_cannabis: 'Ingresos de los cárteles: marihuana',
    cannabis_lost: 'Ingresos por marihuana perdidos desde 2010',
    hard_drug_loss: 'Parte de los ingresos por otras drogas que se pierde ante un mercado legal en México',
    other_drugs_2010: 'Ingresos por drogas distintas de la marihuana hacia 2010',
    synthetic_trend: 'Crecimiento de los mercados de heroína y opioides y de metanfetamina desde 2010',
    revenue_cocaine: 'Ingresos de los cárteles: cocaína',
    revenue_opioids: 'Ingresos de los cárteles: heroína y opioides',
    revenue_meth: 'Ingresos de los cárteles: metanfetamina',
    revenue_nondrug: 'Ingresos de los cárteles: extorsión, secuestro, robo de combustible',
    cartel_revenue: 'Ingresos de los cárteles, todas las fuentes',
    revenue_reference: 'Ingresos de los cárteles hacia 2010, todas las fuentes',
    youth_on: 'Programa para jóvenes en marcha',
    youth_coverage: 'Parte de los jóvenes que no estudian ni trabajan que un programa puede inscribir',
    youth_reach: 'Parte de los jóvenes que no estudian ni trabajan ya alcanzada, tras el rezago',
    youth_cut: 'Reducción del reclutamiento por los programas para jóvenes',
    amnesty_window: 'Casos de amnistía en trámite (abarca delitos anteriores a su inicio)',
    amnesty_out: 'Integrantes que salen por la amnistía',
    amnesty_pipeline: 'Amnistiados que volverán a los cárteles',
    revenue_per_member: 'Ingreso por integrante (1 = ingresos de 2010 con los integrantes de 2007)',
    recruitment: 'Reclutas',
    incapacitation: 'Integrantes detenidos o encarcelados',
    member_deaths: 'Integrantes muertos en enfrentamientos entre grupos',
    saturation: 'Integrantes que salen al saturarse los mercados',
    workforce: 'Integrantes de los cárteles',
    removals: 'Líderes de cárteles capturados o abatidos',
    theory_null: 'Teoría en vigor: persistencia (sin estructura causal)',
    theory_conflict: 'Teoría en vigor: conflicto entre integrantes',
    theory_fragmentation: 'Teoría en vigor: fragmentación tras el descabezamiento',
    theory_confrontation: 'Teoría en vigor: confrontación militarizada',
    removal_half_life: 'Vida media del efecto sobre la violencia de la caída de un líder',
    fragmentation: 'Caídas de líderes que aún avivan la violencia (conteo con decaimiento)',
    gun_supply: 'Armas traficadas en circulación (2007–18 = 1)',
    workforce_ratio: 'Integrantes de los cárteles respecto a 2007',
    membership_driver: 'Violencia por el número de integrantes: la parte del conflicto crece con su cuadrado',
    removal_driver: 'Violencia por caídas de líderes que sigue vigente',
    deployment: 'Soldados en las calles, con la Guardia contada a su menor letalidad',
    deployment_driver:
      'Violencia por enfrentamientos con el ejército (topada en el mayor despliegue observado, el de 2018)',
    violence_pressure: 'Homicidios del crimen organizado hacia los que empujan las condiciones',
    oc_model: 'Homicidios del crimen organizado (teorías causales)',
    nonoc_homicides: 'Homicidios no ligados al crimen organizado',
    observed_level: 'Últimos homicidios observados (fijos después del último año observado)',
    homicides_null: 'Homicidios bajo persistencia: el último año observado y después una caminata aleatoria anual',
    homicides_oc: 'Homicidios del crimen organizado',
    homicides: 'Homicidios',
    homicide_rate: 'Homicidios por cada 100 mil habitantes',
    cost_guard: 'Costo: Guardia Nacional',
    cost_military: 'Costo: cambio en los soldados en las calles frente a 2018',
    cost_youth: 'Costo: becas y capacitación para jóvenes',
    cost_amnesty: 'Costo: reinserción tras la amnistía',
    cannabis_tax: 'Recaudación del impuesto a la marihuana legal',
    fiscal_cost: 'Costo fiscal neto de las palancas',
  },
  units: {
    'deaths/yr': { text: 'homicidios/año', amount: (n) => `${n} homicidios al año` },
    deaths: { text: 'homicidios', amount: (n) => `${n} homicidios` },
    people: { text: 'personas', amount: (n) => `${n} personas` },
    'people/month': { text: 'personas/mes', amount: (n) => `${n} personas al mes` },
    soldiers: { text: 'soldados', amount: (n) => `${n} soldados` },
    'US$ bn/yr': { text: 'mmdd/año', amount: (n) => `US$${n} mil millones al año` },
    'US$ bn': { text: 'mmdd', amount: (n) => `US$${n} mil millones` },
    'US$/yr': { text: 'US$/año', amount: (n) => `US$${n} al año` },
    'per 100k/yr': {
      text: 'por cada 100 mil hab./año',
      amount: (n) => `${n} por cada 100 mil habitantes al año`,
    },
    'per 100k': { text: 'por cada 100 mil hab.', amount: (n) => `${n} por cada 100 mil habitantes` },
    'per month': { text: 'por mes', amount: (n) => `${n} al mes` },
    removals: { text: 'caídas de líderes', amount: (n) => `${n} caídas de líderes` },
    months: { text: 'meses', amount: (n) => `${n} meses` },
    years: { text: 'años', amount: (n) => `${n} años` },
    year: { text: 'año', amount: (n) => `año ${n}` },
    share: { text: 'proporción', amount: (n) => `${n} (proporción)` },
    ratio: { text: 'razón', amount: (n) => `${n} (razón)` },
    elasticity: { text: 'elasticidad', amount: (n) => `${n} (elasticidad)` },
    index: { text: 'índice', amount: (n) => n },
    'index (2007 = 1)': { text: 'índice (2007 = 1)', amount: (n) => n },
    'x 2006': { text: '× nivel de 2006', amount: (n) => `${n} veces el nivel de 2006` },
    'x 2006 level': { text: '× nivel de 2006', amount: (n) => `${n} veces el nivel de 2006` },
    'x 2007': { text: '× nivel de 2007', amount: (n) => `${n} veces el nivel de 2007` },
    'x 2010': { text: '× nivel de 2010', amount: (n) => `${n} veces el nivel de 2010` },
    'x 2010–12': { text: '× nivel de 2010–12', amount: (n) => `${n} veces el nivel de 2010–12` },
    'x average': { text: '× promedio', amount: (n) => `${n} veces el promedio` },
    'x 2007–18 average': { text: '× promedio de 2007–18', amount: (n) => `${n} veces el promedio de 2007–18` },
    '0/1': { text: '0/1', amount: (n) => n },
    '0–1': { text: '0–1', amount: (n) => n },
    'on/off': { text: 'sí/no', amount: (n) => n },
    theory: { text: 'teoría', amount: (n) => `teoría ${n}` },
    'log change': { text: 'cambio logarítmico', amount: (n) => `${n} (cambio logarítmico)` },
    '1/yr': { text: '1/año', amount: (n) => `${n} al año` },
    '1/month': { text: '1/mes', amount: (n) => `${n} al mes` },
    '1/(person·month)': { text: '1/(persona·mes)', amount: (n) => `${n} por persona al mes` },
    'share per removal': {
      text: 'proporción por caída de líder',
      amount: (n) => `${n} (proporción por caída de líder)`,
    },
    'share per share lost': {
      text: 'proporción por proporción perdida',
      amount: (n) => `${n} (proporción por proporción perdida)`,
    },
    'share of price': { text: 'proporción del precio', amount: (n) => `${n} del precio` },
    'share of flow cut': { text: 'proporción del flujo que se corta', amount: (n) => `${n} del flujo` },
    'share of eligible': { text: 'proporción de elegibles', amount: (n) => `${n} de los elegibles` },
    'share (negative = more troops)': {
      text: 'proporción (negativa = más tropas)',
      amount: (n) => `${n} (proporción; negativa = más tropas)`,
    },
    '0 none – 1 full': { text: '0 nada – 1 total', amount: (n) => `${n} (0 nada – 1 total)` },
  },
  statusQuo: {
    name: 'Statu quo',
    description: 'Sigue la estrategia de 2006–2018: las tropas se quedan en las calles, sin legalización ni amnistía.',
  },
  errors: {
    runs: (runs) => `el número de corridas debe ser un entero positivo; se recibió ${runs}`,
    hindcastYear: (first, last, got) =>
      `el año del retropronóstico debe ser un año completo de ${first} a ${last}; se recibió ${got}`,
    noObservedHomicides: (year) => `no hay homicidios observados para ${year}`,
    violenceTheory: (values, pooled, got) => `violence_theory debe ser ${values} o ${pooled}; se recibió ${got}`,
    spec: {
      notFinite: 'el valor, el mínimo y el máximo deben ser números finitos',
      lowAboveHigh: 'el mínimo no puede ser mayor que el máximo',
      valueOutside: 'el valor debe estar dentro de [mínimo, máximo]',
      loguniformPositive: 'un rango loguniforme requiere un mínimo mayor que 0',
      unknownDistribution: 'distribución desconocida',
    },
    parameter: (name, problem, value, low, high, distribution) =>
      `parámetro ${name}: ${problem} (valor ${value}, mínimo ${low}, máximo ${high}, ${distribution})`,
  },
};
