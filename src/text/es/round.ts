import type { Catalogue } from '../catalogue.js';

/** Texto en español (México) de las rondas de debate; debe tener las mismas claves que ../en/round.ts. */

type Side = 'aff' | 'neg';
type Verdict = Side | 'tie';

const sideName = (side: Side): string => (side === 'aff' ? 'afirmativa' : 'negativa');
const verdictName = (v: Verdict): string => (v === 'tie' ? 'empate' : sideName(v));

export const round: Catalogue['round'] = {
  sideName,
  verdictName,

  missing: (key) => `falta ${key}`,
  blank: (key) => `${key} está vacío`,
  notOneOf: (got) => `${got} no es una de las palabras permitidas`,
  unknownMetric: (id) => `métrica desconocida ${id}`,
  tieAllowed: '0 o más (en la unidad de la métrica)',
  badFingerprint: 'no es una huella',
  fingerprintAllowed: (n) => `${n} caracteres hexadecimales en minúscula`,
  strayKey: (key, kind) => `${key} no corresponde a un ataque de tipo ${kind}`,
  tooManyAttacks: (n, max) => `${n} ataques son más de los ${max} que registra una ronda`,
  notARound: (mark) => `no es una ronda de debate: el archivo necesita ${mark} al principio`,
  badVersion: (v) => `la versión ${v} del formato de ronda no es una que esta versión de palancas lea`,
  outOfCampRangeOn: (value, camp, side) =>
    `${value} está fuera del rango de la postura "${camp}", que usa el caso de la ${sideName(side)}`,
  tampered: (side, recorded, actual) =>
    `el escenario de la ${sideName(side)} (${side}) ya no coincide con su huella: registrada ${recorded}, ` +
    `ahora ${actual}; sus ajustes (o el modelo) cambiaron desde que se hizo la ronda, así que se rechaza`,

  file: {
    header: [
      'Una ronda de debate de palancas. Júzguela con: palancas debate judge ESTE_ARCHIVO',
      'Ambos casos están sellados por su huella: si edita un escenario de abajo, la ronda se rechaza.',
      'Registre refutaciones con: palancas debate attack ESTE_ARCHIVO --side aff|neg --assumption ID=VALOR --note "..."',
    ],
    ruleComment: 'La regla del veredicto: deciden estos campos; las palabras los explican.',
    sideComment: (side) => `El caso de la ${sideName(side)}, sellado por su huella.`,
    attacksComment: 'Refutaciones: cada una cambia el mundo en que corren ambos casos (se aplica a los dos lados).',
  },

  ruleWords: (metric, runs, seed, tie) =>
    `Gana la afirmativa si el efecto de aff sobre neg en ${metric} \u2014 la mediana de las diferencias ` +
    `pareadas por corrida (aff \u2212 neg) en ${runs} corridas con semilla ${seed} \u2014 favorece a aff` +
    `${tie === undefined ? '' : ` por más de ${tie}`}; gana la negativa si favorece a neg` +
    `${tie === undefined ? '' : ` por más de ${tie}`}; si no, la ronda es un empate. ` +
    'Cada ataque se aplica a ambos casos: cuestiona el mundo en que corren, no la política de un lado.',

  summary: 'una ronda de debate: sella dos casos, registra ataques, juzga el veredicto',
  usage: (runs) => `Uso: palancas debate new | attack | judge

  palancas debate new --motion "\u2026" --aff A --neg B [--metric M] -o RONDA.yaml [opciones]
  palancas debate attack RONDA.yaml --side aff|neg (--assumption ID=VALOR | --camp ID=POSTURA) --note "\u2026"
  palancas debate judge RONDA.yaml [--format table|json]

new     escribe un archivo de ronda: la moción, la regla del veredicto (métrica, corridas, semilla, margen de
        empate) y los escenarios de ambos lados completos, cada uno sellado por su huella.
attack  registra una refutación de un lado: el valor de un supuesto o una postura, con la nota de la fuente del
        lado. Un ataque cambia el mundo en que corren ambos casos, así que se aplica a los dos. El archivo se
        reescribe de forma atómica.
judge   muestra lo que difiere entre los lados, el efecto de aff sobre neg en la métrica (la mediana de las
        diferencias pareadas por corrida, P10\u2013P90 y la proporción de victorias), el efecto con cada ataque,
        las afirmaciones clave (cruxes) y el veredicto. Una ronda cuyo escenario ya no coincide con su huella se
        rechaza (salida 2).

Opciones de new:
  --motion TEXTO      la moción que se debate
  --aff A, --neg B    los archivos de escenario (o nombres de preajuste) de la afirmativa y de la negativa
  --metric M          id de la métrica con que se decide el veredicto (por omisión homicides_total)
  --runs N            corridas pareadas (por omisión ${runs})
  --seed S            semilla (por omisión: la del escenario aff)
  --tie-margin X      un efecto mediano no mayor que X (en la unidad de la métrica) es empate (por omisión 0)
  -o, --output ARCHIVO  dónde escribir la ronda
  --force             reemplaza un archivo existente
Opciones de attack:
  --side aff|neg      el lado que ataca
  --assumption ID=VALOR, --camp ID=POSTURA   el cambio (uno de los dos)
  --note TEXTO        la fuente o la razón del cambio
Opciones de judge:
  --format table|json tabla (por omisión) o un objeto JSON
  -h, --help          muestra esta ayuda
`,
  subcommandMissing: 'diga cuál: palancas debate new | attack | judge (vea palancas debate --help)',
  subcommandUnknown: (word, hint) => `comando de debate desconocido '${word}'${hint}; use new, attack o judge`,
  didYouMean: (word) => ` (¿quiso decir '${word}'?)`,
  oneRound: (sub, n) => `debate ${sub} lleva un archivo de ronda, recibió ${n}`,
  needOption: (option) => `debate: falta ${option}`,
  oneChange: 'debate attack: dé un cambio, --assumption ID=VALOR o --camp ID=POSTURA',
  assumptionForm: (value) => `--assumption lleva ID=VALOR (un número), no '${value}'`,
  badAttack: (option, message, allowed) =>
    `${option}: ${message}${allowed === undefined ? '' : `; se permite ${allowed}`}`,
  badTie: (value) => `--tie-margin lleva un número 0 o mayor, no '${value}'`,
  exists: (file) => `${file} ya existe; use --force para reemplazarlo`,
  cannotWrite: (file, reason) => `no se pudo escribir ${file}: ${reason}`,
  badSide: (value) => `--side lleva aff o neg, no '${value}'`,
  wrote: (file, aff, neg) =>
    `Se escribió ${file}: aff ${aff}, neg ${neg}. Ataque con: palancas debate attack ${file} --side aff|neg \u2026`,
  recorded: (n, side, change, file) =>
    `Se registró el ataque ${n} de la ${sideName(side)}: ${change}. Juzgue con: palancas debate judge ${file}`,

  title: 'Ronda de debate',
  motion: (motion) => `Moción: ${motion}`,
  rule: 'Regla',
  verdict: (v, name) => (v === 'tie' ? 'Veredicto: empate' : `Veredicto: gana la ${sideName(v)} (${v}: ${name})`),
  effectHead: (metric, runs, seed) =>
    `Efecto de aff sobre neg en ${metric} (aff \u2212 neg, ${runs} corridas pareadas, semilla ${seed}):`,
  effect: (p50, p10, p90, share) =>
    `mediana ${p50} (P10 ${p10} a P90 ${p90}); aff sale mejor en ${share} de las corridas pareadas`,
  medians: (aff, neg) => `cada caso por sí solo: mediana de aff ${aff}, mediana de neg ${neg}`,
  locked: (aff, neg, model) => `sellado: aff ${aff}, neg ${neg} (modelo ${model})`,
  differencesHead: (n) =>
    n === 0 ? 'Qué difiere: nada (los dos casos tienen los mismos ajustes)' : `Qué difiere (${n}):`,
  kind: { lever: 'palanca', assumption: 'supuesto', camp: 'postura' },
  attacksHead: (n) =>
    n === 0 ? 'Ataques: ninguno registrado todavía' : `Ataques (${n}), cada uno aplicado a ambos casos:`,
  attackChange: (id, value) => `${id} = ${value}`,
  attackColumns: { n: '#', side: 'lado', change: 'cambio', effect: 'efecto (P10\u2013P90)', verdict: 'veredicto' },
  flips: 'voltea el veredicto',
  holds: 'se sostiene',
  note: (note) => `nota: ${note}`,
  cruxesHead: (n, leader) =>
    n === 0
      ? `Cruxes: ninguno; en valores centrales la ${verdictName(leader)} va adelante en todo el rango de cada supuesto`
      : `Cruxes (${n}), corridas centrales: los valores de un solo supuesto en que se voltea la ventaja de la ${verdictName(leader)}:`,
  crux: (label, from, to, distance) => `${label}: ${from} \u2192 ${to} (a ${distance} de su rango)`,
  more: (n) => `\u2026 y ${n} más`,
  disclaimer: 'Modelo ilustrativo de juguete, no un pronóstico.',

  view: {
    judging: 'Juzgando la ronda\u2026',
    failed: (message) => `No se pudo juzgar la ronda: ${message}`,
    keys: 'a o n: explorar el caso aff o neg · q o Esc: salir',
    median: 'mediana',
    settings: 'ajustes que difieren',
    same: 'mismos ajustes que el otro caso',
  },
};
