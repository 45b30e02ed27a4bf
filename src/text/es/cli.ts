import type { Catalogue } from '../catalogue.js';

/** Texto en español (México) de cli; debe tener las mismas claves que ../en/cli.ts. */
export const cli: Catalogue['cli'] = {
  langInvalid: (value, langs) => `--lang acepta uno de ${langs}, no '${value}'.`,

  top: {
    summaries: {
      run: 'corre un escenario: bandas frente a la línea base del statu quo (table, json o csv)',
      compare: 'compara dos escenarios en 2021, 2024, 2030 y en la suma de 2019–2030',
      assumptions: 'lista cada supuesto con su valor, rango, tipo y fuente',
      levers: 'lista las palancas con unidad, rango, valor por omisión y las palabras del artículo',
      validate: 'revisa archivos de escenario (archivo, línea, campo, rango permitido)',
      calibrate: 'la restricción histórica: aceptación, tamaño de muestra efectivo, ajuste a 2007–2018',
      hindcast: 'restringe con 2007..Y, proyecta a 2018 y califica frente al INEGI y la persistencia',
      theories: 'teorías rivales de la violencia: fuentes, calificación del retropronóstico, peso en la mezcla',
      sensitivity: 'tornado: cuánto mueve cada supuesto una métrica',
      crux: 'los valores de los supuestos en los que se invierte "A supera a B"',
      evidence: 'A frente a B con cada combinación de posturas',
      attribute: 'reparte A − B en la contribución de cada palanca (Shapley)',
      ledger: 'costo fiscal por palanca y año, costo por homicidio evitado',
      claim: 'una tarjeta con una afirmación de una oración y el comando que la reproduce',
      brief: 'un informe en Markdown o HTML autocontenido para un juez de debate',
      page: 'una página HTML autocontenida con palancas vivas, gráficas y fuentes',
      report: 'un reporte en texto simple de un escenario frente al statu quo',
      class:
        'paquetes para clase: una hoja de trabajo calculada con el modelo, su clave de respuestas y la calificación',
      debate: 'una ronda de debate: sella dos casos, registra ataques, juzga el veredicto',
    },
    help: (
      version,
      commands,
    ) => `palancas ${version} — simulador de «¿qué pasaría si…?» con las palancas de la política de drogas de México (2018).
Modelo ilustrativo, no un pronóstico.

Uso:
  palancas [ARCHIVO]           abre el explorador con ARCHIVO (por omisión: scenarios/platform-2018.yaml);
                               si la salida no es una terminal, imprime un reporte en texto simple
  palancas <comando> [opciones]

Comandos:
${commands}

Opciones para todos los comandos:
  --lang es|en                 idioma de los textos: es (español de México) o en (inglés); por omisión, el
                               primero que esté definido de LC_ALL, LC_MESSAGES y LANG (es_MX.UTF-8 y los demás
                               es_* indican español); si no, inglés. La salida JSON y CSV es la misma en ambos
  -h, --help                   esta ayuda (después de un comando: las opciones de ese comando)
  -v, --version                la versión

Ejecute 'palancas <comando> --help' para ver las opciones de un comando. ARCHIVO puede ser una ruta o el nombre
de un escenario predefinido (status-quo, platform-2018, full-legalization, hard-line, what-happened).
Si NO_COLOR está definida, la salida no lleva colores.
`,
    didYouMean: (word) => ` ¿Quiso decir '${word}'?`,
    unknownOption: (option) => `opción desconocida '${option}'. Ejecute 'palancas --help'.`,
    unknownCommand: (word, hint) => `comando desconocido '${word}'.${hint} Ejecute 'palancas --help'.`,
    unknownCommandOrScenario: (word, hint) =>
      `no hay ningún comando ni escenario llamado '${word}'.${hint} Ejecute 'palancas --help'.`,
    unexpectedError: (message) => `error inesperado: ${message}`,
  },

  support: {
    seeHelp: (name) => `Ejecute 'palancas ${name} --help' para ver cómo se usa.`,
    badFormat: (v) => `--format debe ser 'table' o 'json', no '${v}'.`,
    badFormatTableJson: (v) => `--format debe ser table o json, no '${v}'.`,
    badFormatTableJsonCsv: (v) => `--format debe ser table, json o csv, no '${v}'.`,
    badInteger: (opt, v, min, max) => `${opt} debe ser un número entero de ${min} a ${max}, no '${v}'.`,
    positionals: (name, want, got) =>
      `${name} espera ${want}; ${got === 0 ? 'no recibió ninguno' : got === 1 ? 'recibió 1 archivo' : `recibió ${got} archivos`}.`,
    unknownOption: (name, option, hint) =>
      `${name}: opción desconocida '${option}'.${hint === undefined ? '' : ` ¿Quiso decir '${hint}'?`}`,
    missingValue: (name, option) => `${name}: la opción '${option}' necesita un valor.`,
    unexpectedArgument: (name, arg) => `${name}: argumento inesperado '${arg}'; este comando no recibe archivos.`,
    badArguments: (name, message) => `${name}: ${message}.`,
    want: {
      oneFile: 'un archivo de escenario',
      oneFileUpper: 'un archivo de escenario (FILE)',
      oneFileA: 'un archivo de escenario (A)',
      twoFiles: 'dos archivos de escenario, A y B',
      twoFilesNoComma: 'dos archivos de escenario, A y B',
    },
  },

  options: {
    campForm: (v) => `--camp se escribe SUPUESTO=POSTURA, no '${v}'.`,
    noAssumption: (id, hint) => `--camp: no existe el supuesto '${id}'.${hint}`,
    noCamps: (id, list) => `--camp: '${id}' no tiene posturas. Supuestos con posturas: ${list}.`,
    noCamp: (id, camp, list) => `--camp: '${id}' no tiene la postura '${camp}'; sus posturas son ${list}.`,
    didYouMean: (s) => ` ¿Quiso decir '${s}'?`,
    badSeed: (problem, max) =>
      `--seed: ${problem}; una semilla tiene de 1 a ${max} caracteres, sin caracteres de control.`,
  },

  output: {
    writeFailed: (code) => `palancas: no se pudo escribir la salida (${code}); quedó incompleta.\n`,
  },

  progress: {
    line: (label, bar, done, total, left) => `${label} ${bar} ${done}/${total}${left}`,
    left: (seconds, minutes, underAMinute) => ` · faltan unos ${underAMinute ? `${seconds} s` : `${minutes} min`}`,
  },

  input: {
    warning: (problem) => `advertencia: ${problem}`,
  },

  run: {
    usage: `Uso: palancas run ARCHIVO [opciones]

Corre el conjunto de corridas del escenario (2019–2030, mes a mes, con su semilla) y su línea base del statu
quo con la misma semilla y los mismos sorteos, e imprime las medianas con bandas P10–P90. ARCHIVO es una ruta
o el nombre de un escenario predefinido (p. ej., platform-2018).

Opciones:
  --runs N              número de corridas (por omisión: el valor de runs del archivo, casi siempre 1000)
  --seed S              semilla aleatoria (por omisión: el valor de seed del archivo)
  --camp ID=POSTURA     cambia un supuesto en disputa a una postura (se puede repetir); p. ej.,
                        cannabis_share_2010=us_government
  --baseline ARCHIVO    compara con otro escenario en lugar del statu quo
  --format table|json|csv
  -h, --help
`,
    summary: 'corre un escenario: bandas frente a la línea base del statu quo (table, json o csv)',
    progress: (runs) => `Corriendo ${runs} corridas y la línea base`,
  },

  compare: {
    usage: `Uso: palancas compare A B [opciones]

Corre los escenarios A y B con la misma semilla y los mismos sorteos e imprime las medianas de homicidios,
ingresos de los cárteles, integrantes de los cárteles y costo fiscal neto en 2021, 2024 y 2030, y la suma de
2019–2030, junto con el efecto de A sobre B: la mediana de las diferencias pareadas A − B (la corrida i de A y
la de B comparten sus sorteos), lo mismo en % de B y la proporción de corridas pareadas en que A sale mejor (el
JSON agrega el P10 y el P90 de las diferencias). Las afirmaciones y los informes dan el mismo efecto.

Opciones:
  --runs N   --seed S   --camp ID=POSTURA (se puede repetir)
  --format table|json
  -h, --help
`,
    summary: 'compara dos escenarios en 2021, 2024, 2030 y en la suma de 2019–2030',
    title: (a, b, seed, runs) =>
      `${a}  frente a  ${b} — modelo ilustrativo, no un pronóstico (semilla ${seed}, ${runs} corridas pareadas)`,
    columns:
      'A, B: medianas. A − B y %: el efecto, la mediana de las diferencias pareadas. A mejor: proporción de corridas pareadas.',
    aBetter: 'A mejor',
    output: 'resultado',
    period: 'periodo',
    total: 'total 2019–2030',
  },

  assumptions: {
    usage: (kinds, legend) => `Uso: palancas assumptions [--format table|json] [--kind ${kinds}]

Lista todos los supuestos del modelo: id, nombre, valor, unidad, rango, distribución, tipo, fuente, las
posturas de los supuestos en disputa y las ecuaciones que los usan. --kind deja solo los supuestos de ese tipo
y las posturas de ese tipo (un supuesto en disputa aparece si él o alguna de sus posturas es de ese tipo).

Tipos: ${legend}.
`,
    summary: 'lista cada supuesto con su valor, rango, tipo y fuente',
    kinds: {
      article: 'el artículo de 2018',
      research: 'una fuente citada',
      derived: 'aritmética sobre cifras con fuente, mostrada en la fuente',
      guess: 'estimación del modelador, o una cifra que ninguna fuente confirma',
    },
    kindWord: (kind, words) => `${kind} = ${words}`,
    legendSeparatorHelp: '; ',
    legendSeparatorList: '; ',
    badKind: (kinds, v) => `--kind debe ser uno de ${kinds}, no '${v}'.`,
    heading: (count, legend) => `${count} ${count === 1 ? 'supuesto' : 'supuestos'} (tipo: ${legend})`,
    values: (value, unit, low, high, distribution, kind, confidence) =>
      `    ${value} ${unit}  (rango ${low}–${high}, ${distribution}; ${kind}, confianza ${confidence})`,
    source: (source) => `    fuente: ${source}`,
    campRated: (kind, confidence) => `${kind}${confidence !== undefined ? `, confianza ${confidence}` : ''}`,
    camp: (id, isDefault, label, value, low, high, rated, source) =>
      `    postura ${id}${isDefault ? ' (por omisión)' : ''}: ${label} — ${value} (${low}–${high}; ${rated}); ${source}`,
    usedBy: (ids) => `    lo usan: ${ids}`,
  },

  levers: {
    usage: `Uso: palancas levers [--format table|json]

Lista las palancas de política: las cinco del artículo (legalización de la marihuana, amnistía, retiro gradual
del ejército de las calles, Guardia Nacional, becas y capacitación laboral para jóvenes) y las adicionales que
menciona, cada una con su unidad, rango, valor por omisión del statu quo y las palabras del artículo.
`,
    summary: 'lista las palancas de política con unidad, rango, valor por omisión y las palabras del artículo',
    line: (label, unit, min, max, step, dflt) =>
      `${label} — ${unit}, ${min}–${max} (paso ${step}), por omisión ${dflt}`,
  },

  validate: {
    usage: `Uso: palancas validate ARCHIVO...

Revisa archivos de escenario: la sintaxis YAML, que las claves existan, que los valores de las palancas y los
supuestos modificados estén dentro de sus rangos y que las posturas existan. Imprime "ok ARCHIVO" o cada
problema como ARCHIVO:LÍNEA:COLUMNA campo: mensaje.
Código de salida 0 si todos los archivos son válidos; 2 si no.
`,
    summary: 'revisa archivos de escenario e informa cada problema con archivo, línea y campo',
    noFiles:
      "validate espera uno o más ARCHIVOS de escenario. Ejecute 'palancas validate --help' para ver cómo se usa.",
    ok: (file) => `ok ${file}`,
  },

  calibrate: {
    usage: `Uso: palancas calibrate [ARCHIVO] [--runs N] [--seed S] [--format table|json]

Cada corrida sortea sus supuestos dentro de sus rangos, simula 2007–2018 libremente y se conserva solo si su
historia se ajusta, dentro de sus tolerancias, a las series con fuente: los homicidios del INEGI de cada año,
los 115,000 integrantes de los cárteles en 2012 según Prieto-Curiel et al., y la proporción de homicidios
ligados al crimen organizado donde una fuente la da. Una corrida se conserva cuando ninguna observación se
aleja más de 3 tolerancias (en escala logarítmica); no se usa nada posterior a 2018.

Imprime, para cada teoría de la violencia del conjunto, los candidatos probados, la proporción conservada
(aceptación) y el tamaño de muestra efectivo (lo que quedaría si las corridas conservadas se ponderaran por su
ajuste); luego, el conteo del INEGI de cada año junto a P10/P50/P90 de las corridas conservadas y la corrida
central (la corrida conservada que mejor se ajusta). Por omisión, ARCHIVO es el statu quo.
`,
    summary: 'la restricción histórica: aceptación, tamaño de muestra efectivo y ajuste a 2007–2018',
    title: (name, runs, seed) =>
      `Restricción histórica de "${name}" (${runs} corridas, semilla ${seed}); modelo ilustrativo, no un pronóstico`,
    theoryColumns: {
      theory: 'teoría',
      runs: 'corridas',
      tried: 'probados',
      acceptance: 'aceptación',
      filled: 'relleno',
      ess: 'TME*',
    },
    yearColumns: { year: 'año', observed: 'observado', central: 'central' },
    fit: (mape, centralMape, coverage) =>
      `  MAPE de la mediana ${mape}; de la corrida central ${centralMape}; ${coverage}% de los años dentro de P10–P90.`,
    members: (model, observed) =>
      `  Integrantes de los cárteles en 2012: ${model} (mediana) frente a ${observed} (Prieto-Curiel et al.).`,
    filledNote:
      '  Las corridas de relleno no pasaron la tolerancia; son los candidatos más cercanos que quedaban cuando se agotó el presupuesto.',
    essNote:
      '  * Tamaño de muestra efectivo si las corridas conservadas se ponderaran por su ajuste; el conjunto cuenta cada corrida conservada una vez.',
  },

  hindcast: {
    usage: (theories, first, last, runs, seed) =>
      `Uso: palancas hindcast --until Y [ARCHIVO] [--theory ${theories}] [--runs N] [--seed S] [--format table|json]

Conserva solo las corridas cuya historia se ajusta a las observaciones de 2007..Y (Y de ${first} a ${last}),
las sigue corriendo hasta 2018 con los insumos de política de esos años ya conocidos (tropas desplegadas,
capturas de líderes) y compara sus homicidios con lo que contó el INEGI. Solo se ocultan los resultados; no se
lee nada posterior a 2018.

  mape              error porcentual absoluto medio de la mediana, Y+1..2018
  persistence_mape  lo mismo si se repite el valor del año Y
  coverage          proporción de los años de prueba en que el conteo del INEGI cae dentro de P10–P90

--theory pooled (la opción por omisión) mezcla las teorías según su destreza con origen móvil, usando solo datos
hasta Y. Por omisión: ${runs} corridas, semilla "${seed}", ARCHIVO el statu quo.
`,
    summary: 'restringe con 2007..Y, proyecta a 2018 y califica frente al INEGI y la persistencia',
    untilMissing: '--until Y es obligatoria (el último año con el que se restringen las corridas).',
    badTheory: (theories, v) => `--theory debe ser una de ${theories}, no '${v}'.`,
    title: (until, theory, runs) =>
      `Retropronóstico: restringido con 2007–${until}, proyectado a 2018 (${theory}, ${runs} corridas); modelo ilustrativo, no un pronóstico`,
    yearColumns: { year: 'año', observed: 'observado', inside: 'dentro' },
    fit: (mape, persistence, until, coverage) =>
      `  MAPE ${mape}% frente a ${persistence}% si se repite el valor de ${until}; ${coverage}% de los años dentro de P10–P90.`,
    weight: (theory, pct) => `${theory} ${pct}%`,
    pooled: (until, weights) => `  Mezcla calculada solo con datos hasta ${until}: ${weights}.`,
  },

  theories: {
    usage: (runs, seed) => `Uso: palancas theories [--runs N] [--seed S] [--format table|json]

Lista las teorías que un escenario puede elegir con camps: { violence_theory: ID } (la opción por omisión,
pooled, las mezcla). Para cada una: sus fuentes, los retropronósticos restringidos con 2007–2012 y
2007–2014 (MAPE frente a la persistencia, y la proporción de años de prueba dentro de P10–P90), su destreza con
origen móvil (1 − sus errores / los errores de la persistencia en cada corte 2009–2017) y el peso que recibe en
la mezcla (la destreza, con mínimo 0, normalizada). Por omisión: ${runs} corridas, semilla "${seed}".
`,
    summary:
      'teorías rivales de la violencia, cada una con fuentes, calificación del retropronóstico y peso en la mezcla',
    title: 'Teorías de la violencia del crimen organizado (modelo ilustrativo, no un pronóstico)',
    source: (source) => `  fuente: ${source}`,
    hindcast: (until, mape, persistence, coverage, from) =>
      `  retropronóstico desde ${until}: MAPE ${mape}% frente a ${persistence}% de la persistencia; ${coverage}% de ${from}–2018 dentro de P10–P90`,
    skill: (skill, share) => `  destreza ${skill}; peso en la mezcla ${share}%`,
  },

  sensitivity: {
    usage: `Uso: palancas sensitivity ARCHIVO [opciones]

Mueve cada supuesto del extremo bajo al extremo alto de su rango (el rango de la postura elegida, en los
supuestos en disputa), con todos los demás en sus valores centrales, y los ordena según cuánto cambia la
métrica: una gráfica de tornado.

Opciones:
  --metric M          id de la métrica (por omisión homicides_total); p. ej., homicides_2024, revenue_total,
                      fiscal_total
  --levers            mueve también cada palanca de su mínimo a su máximo
  --runs N            corre además un conjunto de N corridas y muestra P10/P50/P90 de la métrica como escala
  --seed S            semilla de ese conjunto (por omisión: la del escenario)
  --top N             barras que muestra la tabla (por omisión 15; el JSON las trae todas)
  --width W           ancho de la gráfica en columnas (por omisión 100)
  --format table|json tabla (por omisión) o un objeto JSON
  -h, --help          muestra esta ayuda
`,
    summary: 'Gráfica de tornado: qué supuestos mueven más una métrica',
  },

  crux: {
    usage: (runs, confirm, setRuns, setConfirm, setTop) => `Uso: palancas crux A B [opciones]

Determina si el escenario A supera al escenario B en una métrica con los valores centrales y luego, para cada
supuesto, busca el valor dentro de su rango en el que ese orden se invierte (o indica que se mantiene en todo
el rango). Los puntos de quiebre se ordenan según qué tan cerca está la inversión del valor actual, como
proporción del rango, cada uno con su fuente. El conjunto pareado (la misma semilla para A y B) da la
proporción de corridas en que A supera a B; los principales puntos de quiebre se vuelven a comprobar con el
supuesto en el extremo de su rango más allá de la inversión.

Con --max-set K (de 1 a 3): lo que habría que creer. Revisa todos los conjuntos de hasta K cambios (un valor
movido dentro de su rango, o un supuesto disputado cambiado a otra postura; la teoría de la violencia queda
fuera) y lista los conjuntos más pequeños que invierten el veredicto, del más cercano al más lejano, cada uno
con las fuentes de lo que mueve. El veredicto y el efecto de cada conjunto son la mediana de A − B en corridas
pareadas (por omisión ${setRuns}), con el conjunto aplicado a ambos escenarios como valores fijos o posturas;
un conjunto invierte el veredicto cuando esa mediana cambia de signo. Distancia: lo que se mueve cada valor en
unidades de su rango (desde el valor de la corrida central), sumado; cambiar de postura cuenta 1. Los
conjuntos se criban con corridas centrales (un cambio de postura, con el valor central de esa postura) y los
candidatos más cercanos (por omisión ${setConfirm}) se comprueban con el ensamble pareado, llevándolos más
hacia los extremos de sus rangos cuando el movimiento cribado no basta; un conjunto se deja fuera cuando un
subconjunto suyo ya invierte el veredicto. Los rangos que no mueven la métrica en la corrida central quedan
fuera. JSON: { "verdict", "sets": [{ "changes": [{ "id", "from", "to" }], "distance", "effect" }] }, con
ids de postura como from y to en un cambio de postura.

Opciones:
  --metric M          id de la métrica (por omisión homicides_total); según la métrica, mejor es menor o mayor
  --runs N            tamaño del conjunto pareado (por omisión ${runs}; ${setRuns} con --max-set)
  --seed S            semilla del conjunto (por omisión: la de A)
  --confirm K         puntos de quiebre principales que se comprueban con el conjunto (por omisión ${confirm};
                      0 para omitirlo); con --max-set, conjuntos candidatos que se comprueban con el ensamble
                      (por omisión ${setConfirm})
  --max-set K         busca conjuntos de hasta K cambios (de 1 a 3) que inviertan el veredicto
  --top N             puntos de quiebre que lista la tabla (por omisión 15; el JSON los trae todos); con
                      --max-set, conjuntos que se informan (por omisión ${setTop})
  --width W           ancho del texto (por omisión 100)
  --format table|json tabla (por omisión) o un objeto JSON
  -h, --help          muestra esta ayuda
`,
    summary: 'Busca los valores de los supuestos en los que se invierte "A supera a B"',
  },

  evidence: {
    usage: (runs) => `Uso: palancas evidence A B [opciones]

Corre A y B con cada combinación de posturas de los supuestos en disputa (cada combinación es un "conjunto de
evidencia": una visión de quién tiene la razón) e informa en cuántas A supera a B en la métrica, con los
valores centrales y según la mediana de las diferencias pareadas del conjunto de corridas, y lista los
conjuntos en que no lo logra.

Opciones:
  --metric M          id de la métrica (por omisión homicides_total)
  --runs N            corridas pareadas por conjunto (por omisión ${runs}; 0 para usar solo valores centrales)
  --seed S            semilla del conjunto de corridas (por omisión: la de A)
  --format table|json tabla (por omisión) o un objeto JSON
  -h, --help          muestra esta ayuda
`,
    summary: 'Cuenta los conjuntos de evidencia (combinaciones de posturas) en los que A supera a B',
    progress: (sets, runs) => `${sets} conjuntos de evidencia × 2 × ${runs} corridas`,
  },

  attribute: {
    usage: `Uso: palancas attribute A B [opciones]

Reparte la diferencia A − B de la métrica en la contribución de cada palanca, con valores de Shapley exactos
sobre las palancas que difieren (agrupadas por familia de palancas si difieren más de 8; los supuestos
modificados y las posturas, si difieren, cuentan como un jugador más), en corridas centrales. Muestra también
el efecto de cada palanca por sí sola y la interacción (el total menos la suma de los efectos por separado),
una gráfica de cascada de B a A y el reparto de cada año de 2019 a 2030.

Opciones:
  --metric M          id de la métrica (por omisión homicides_total)
  --width W           ancho de la gráfica en columnas (por omisión 100)
  --format table|json tabla (por omisión) o un objeto JSON
  -h, --help          muestra esta ayuda
`,
    summary: 'Reparte A − B en la parte de cada palanca (valores de Shapley)',
  },

  ledger: {
    usage: `Uso: palancas ledger ARCHIVO [opciones]

Lista lo que cuesta cada palanca por año de 2019 a 2030 (Guardia Nacional, despliegue militar respecto de 2018,
becas y capacitación laboral para jóvenes, amnistía, menos el impuesto a la marihuana legal), el costo fiscal
neto y los totales, en una corrida central. Frente al statu quo con los mismos supuestos, da el costo por
homicidio evitado (el costo neto adicional dividido entre los homicidios evitados, ambos sumados en
2019–2030). Cada línea nombra los supuestos que usan sus ecuaciones.

Opciones:
  --format table|json tabla (por omisión) o un objeto JSON
  -h, --help          muestra esta ayuda
`,
    summary: 'Costo fiscal de cada palanca por año y costo por homicidio evitado',
  },

  claim: {
    usage: (statusQuo) => `Uso: palancas claim A [--vs B] [opciones]

Escribe una oración que un juez puede verificar, p. ej., "Con platform-2018, los homicidios en 2024 son 18%
(P10–P90: 9–27%) menores que en el statu quo", a partir de las diferencias pareadas corrida por corrida (la
misma semilla y los mismos sorteos para A y B); luego, las huellas de los escenarios (de sus ajustes), la
semilla, las corridas, el efecto en la unidad de la métrica (la mediana de las diferencias pareadas A − B, con
su P10–P90), la versión del modelo y el comando exacto que la reproduce.

Opciones:
  --vs B              el archivo de escenario con el que se compara (por omisión '${statusQuo}': las palancas
                      del statu quo con los ajustes de supuestos del propio A)
  --metric M          id de la métrica (por omisión homicides_total); p. ej., homicides_2024, revenue_total
  --year Y            el año dentro de la familia de la métrica, 2019–2030 (p. ej., --metric homicides
                      --year 2024)
  --runs N            corridas pareadas (por omisión: las de A)
  --seed S            semilla (por omisión: la de A)
  --format table|json tabla (por omisión) o un objeto JSON
  -h, --help          muestra esta ayuda
`,
    summary: 'Una oración verificable con cifras y el comando que la reproduce',
    statusQuoName: 'el statu quo',
    labelA: 'A',
    labelB: 'B',
    builtIn: 'palancas integradas del statu quo, con los ajustes de supuestos de A',
    metric: (id, label, unit, better) =>
      `${id}: ${label} (${unit}; mejor si es ${better === 'lower' ? 'menor' : 'mayor'})`,
    runs: (runs, seed) =>
      `${runs} corridas pareadas (la corrida i de A y la de B comparten sus sorteos), semilla ${seed}`,
    effect: (p50, p10, p90, unit) =>
      `efecto: A − B = ${p50} ${unit} (mediana de las diferencias pareadas; P10–P90 de ${p10} a ${p90})`,
    fingerprint: 'huella',
    model: 'modelo',
    reproduce: 'para reproducirla',
    disclaimer: 'Modelo ilustrativo de juguete, no un pronóstico.',
  },

  brief: {
    usage: `Uso: palancas brief A [B] -o ARCHIVO.md|ARCHIVO.html [opciones]

A y B son archivos de escenario o nombres de escenarios predefinidos (status-quo, platform-2018,
full-legalization, hard-line, what-happened).

Escribe un informe para un juez de debate: el escenario A frente a B (o frente a las palancas del statu quo
con los ajustes de supuestos del propio A), con gráficas y su descripción en una oración (la banda P10–P90 de
B, rayada, junto a la de A), una tabla comparativa sobre corridas pareadas, tarjetas de afirmación con el
comando 'palancas claim' exacto de cada una, los puntos de quiebre (supuestos cuyo valor invierte el orden), la
parte de cada palanca en la diferencia, en total y año por año, los conjuntos de evidencia (combinaciones de
posturas, juzgadas con valores centrales) en que A supera a B, las cuentas de costos de A y de B con el costo
por homicidio evitado de cada uno, y cada supuesto con su fuente. El formato sigue la extensión: .md para
Markdown, .html para una sola página autocontenida (gráficas SVG incrustadas, sin scripts, se abre sin
conexión y se imprime bien).
Modelo ilustrativo, no un pronóstico.

Opciones:
  -o, --output ARCHIVO
                      dónde escribir el informe (.md, .markdown, .html o .htm); se reemplaza de forma atómica
  --runs N            corridas de Monte Carlo (por omisión: las de A); B y la línea base usan las mismas
  --seed S            semilla aleatoria (por omisión: la de A); B y la línea base usan la misma
  --metric M          métrica de los puntos de quiebre, la sensibilidad, el reparto, los conjuntos de evidencia
                      y la primera tarjeta de afirmación (por omisión homicides_total)
  --quick             omite los puntos de quiebre, la sensibilidad, el reparto y los conjuntos de evidencia
                      (requieren muchas corridas del modelo)
  -h, --help          muestra esta ayuda
`,
    summary: 'Escribe un informe (Markdown o HTML autocontenido con gráficas) de A [frente a B]',
    needOutput:
      "brief: se requiere -o ARCHIVO.md u -o ARCHIVO.html. Ejecute 'palancas brief --help' para ver cómo se usa.",
    badExtension: (file) =>
      `brief: no se puede saber el formato de '${file}': use un nombre que termine en .md o en .html.`,
    positionals: (got) =>
      `brief espera uno o dos archivos de escenario (A [B]) y ${got === 0 ? 'no recibió ninguno' : `recibió ${got}`}. Ejecute 'palancas brief --help' para ver cómo se usa.`,
    writeFailed: (file, why) => `brief: no se pudo escribir ${file}: ${why}\n`,
    notAFolder: (dir) => `${dir} no es una carpeta`,
    noFolder: (dir) => `no existe la carpeta ${dir}`,
    isAFolder: 'es una carpeta',
    wrote: (file, format, charts, omitted) => {
      const graphs = charts === 1 ? '1 gráfica' : `${charts} gráficas`;
      const left =
        omitted === 0
          ? ''
          : omitted === 1
            ? '; se omitió 1 sección: vea el final del informe'
            : `; se omitieron ${omitted} secciones: vea el final del informe`;
      return `Se escribió ${file} (${format === 'html' ? 'HTML' : 'Markdown'}, ${graphs}${left}).\n`;
    },
    progressStart: 'Escribiendo el informe',
    progress: (text) => `Informe: ${text}`,
  },

  page: {
    usage: `Uso: palancas page A [--vs B] -o ARCHIVO.html [opciones]

A y B son archivos de escenario o nombres de escenarios incluidos (status-quo, platform-2018,
full-legalization, hard-line, what-happened).

Escribe una sola página HTML autocontenida (sin red, se abre sin conexión desde un archivo) con el modelo,
cada supuesto con su fuente y el escenario A. En la página se mueven las palancas y se eligen las posturas:
cada cambio vuelve a correr el conjunto con semilla en el navegador y redibuja las gráficas (banda P10–P90,
mediana de A, mediana de referencia) con su descripción de una oración. La referencia es B o, si no, el statu
quo. Los ajustes quedan en el enlace (page.html#guard_size=150000&cannabis_legal=1), y la página ofrece el
escenario como archivo YAML que 'palancas validate' acepta. Con los mismos ajustes, semilla y corridas, los
números de la página son los de 'palancas run --format json'.
Modelo ilustrativo, no un pronóstico.

Opciones:
  -o, --output ARCHIVO  dónde escribir la página (.html o .htm); se reemplaza de forma atómica
  --vs B                comparar A con el escenario B en vez del statu quo
  --runs N              corridas Monte Carlo en la página (200 por omisión; 5000 como máximo)
  --seed S              semilla aleatoria (por omisión, la de A); la referencia usa la misma
  -h, --help            muestra esta ayuda
`,
    summary: 'Escribe una página HTML con palancas vivas para A [contra B]',
    needOutput: "page: se requiere -o ARCHIVO.html. Ejecute 'palancas page --help' para ver cómo se usa.",
    badExtension: (file) => `page: '${file}' debe terminar en .html o .htm.`,
    positionals: (got) =>
      `page espera un archivo de escenario (A; B va después de --vs), recibió ${got}. Ejecute 'palancas page --help' para ver cómo se usa.`,
    noBundle: (file) => `page: falta el script de la página ${file}; ejecute antes 'npm run build'.`,
    writeFailed: (file, why) => `page: no se pudo escribir ${file}: ${why}\n`,
    wrote: (file, kb, runs) => `Se escribió ${file} (${kb} kB, ${runs} corridas por cambio).\n`,
  },

  report: {
    usage: `Uso: palancas report [ARCHIVO] [--runs N]

Imprime un reporte en texto simple de ARCHIVO (por omisión: platform-2018) frente a la línea base del statu
quo: las palancas que ajusta, las medianas anuales con bandas P10–P90, una oración que describe cada curva y
los supuestos que cambia.
`,
    summary: 'un reporte en texto simple de un escenario frente al statu quo',
    banner: 'palancas — MODELO ILUSTRATIVO, NO UN PRONÓSTICO',
    leversHeading: 'Palancas (entre corchetes, el valor por omisión del statu quo):',
    lever: (mark, label, value, unit, dflt) => `  ${mark} ${label}: ${value} ${unit} [${dflt}]`,
    changedHeading: (none) => `\nSupuestos que cambian respecto de su valor por omisión: ${none ? 'ninguno' : ''}\n`,
    camp: (camp) => `postura ${camp}`,
    drawn: (low, high) => `sorteado en ${low}–${high}`,
    fixed: 'fijo',
    changed: (label, value, unit, how, source) => `  ${label}: ${value} ${unit}${how ? ` (${how})` : ''} — ${source}\n`,
    footer:
      '\nCada supuesto con su fuente: palancas assumptions. Explorador interactivo: ejecute palancas en una terminal.\n',
  },
};
