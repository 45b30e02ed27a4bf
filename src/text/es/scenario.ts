import type { Catalogue } from '../catalogue.js';

/** Lo que describe, en español, cada código de error de la biblioteca yaml (su mensaje sigue en inglés). */
const YAML_CODES: Readonly<Record<string, string>> = {
  ALIAS_PROPS: 'un alias no puede llevar ancla ni etiqueta',
  BAD_ALIAS: 'alias mal escrito',
  BAD_DIRECTIVE: 'directiva mal escrita',
  BAD_DQ_ESCAPE: 'secuencia de escape inválida entre comillas dobles',
  BAD_INDENT: 'sangría incorrecta',
  BAD_PROP_ORDER: 'ancla y etiqueta en un orden incorrecto',
  BAD_SCALAR_START: 'un valor no puede empezar con ese carácter',
  BLOCK_AS_IMPLICIT_KEY: 'un bloque no puede usarse como clave',
  BLOCK_IN_FLOW: 'un bloque dentro de corchetes o llaves',
  DUPLICATE_KEY: 'clave repetida',
  KEY_OVER_1024_CHARS: 'una clave de más de 1024 caracteres',
  MISSING_CHAR: 'falta un carácter',
  MULTILINE_IMPLICIT_KEY: 'una clave no puede ocupar varias líneas',
  MULTIPLE_ANCHORS: 'más de un ancla en un mismo valor',
  MULTIPLE_TAGS: 'más de una etiqueta en un mismo valor',
  NON_STRING_KEY: 'una clave que no es texto',
  TAB_AS_INDENT: 'tabulador usado como sangría; use espacios',
  UNEXPECTED_TOKEN: 'algo inesperado en este lugar',
  BAD_COLLECTION_TYPE: 'tipo de colección incorrecto',
};

/** Texto en español (México) de scenario; debe tener las mismas claves que ../en/scenario.ts. */
export const scenario: Catalogue['scenario'] = {
  problem: (where, path, message, allowed, question) =>
    `${where}${path}: ${message}${allowed === undefined ? '' : question ? ` Valores permitidos: ${allowed}` : `; valores permitidos: ${allowed}`}`,

  tooLarge: (chars, max) => `el archivo es demasiado grande (${chars} caracteres; el límite es ${max})`,
  notText: 'el escenario no es texto',
  tooDeep: (max) => `hay demasiados niveles de anidación (más de ${max} niveles de corchetes o llaves)`,
  tooManyEntries: (count, max) =>
    `hay demasiadas entradas (unas ${count} claves y elementos de lista; un archivo de escenario admite como máximo ${max})`,
  empty: 'el archivo está vacío; un escenario necesita al menos un nombre (name)',
  notMapping: (got) => `se esperaba un mapeo de ajustes (name:, levers: …) y se encontró ${got}`,
  missingName: 'falta name; todo escenario necesita un nombre',
  emptyName: 'el nombre está vacío',
  tooLong: (what, max) => `el valor de ${what} es demasiado largo (más de ${max} caracteres)`,
  controlChars: 'contiene caracteres de control',
  noDescription: 'no hay descripción (description); indique de dónde salen los ajustes',
  alias: (name) => `no se permiten alias (*${name}); escriba el valor completo`,
  anchor: (name) => `no se permiten anclas (&${name})`,
  tag: (tag) => `no se permiten etiquetas (${tag})`,
  mergeKey: 'no se permiten claves de combinación (<<); escriba cada ajuste por separado',
  directive: 'no se permiten directivas YAML (%YAML, %TAG)',
  badKey: (got) => `las claves deben ser palabras simples y se encontró ${got}`,
  unknownKey: (kind, key, hint) => {
    const what =
      kind === 'lever'
        ? 'no existe la palanca'
        : kind === 'assumption'
          ? 'no existe el supuesto'
          : 'no se reconoce la clave';
    return `${what} ${key}${hint === undefined ? '' : `; ¿quiso decir "${hint}"?`}`;
  },
  expectedGot: (expected, got) => `se esperaba ${expected} y se encontró ${got}`,
  quotedNumber: (digits) => `; escríbalo como número, sin comillas: ${digits}`,
  quoteText: '; póngalo entre comillas para usarlo como texto',
  notFinite: (value) => `${value} no es un número finito`,
  notInteger: (value) => `${value} no es un número entero`,
  outOfRange: (value) => `${value} está fuera del rango`,
  outOfCampRange: (value, camp) => `${value} está fuera del rango de la postura "${camp}"`,
  missingRangeKey: (key) => `falta ${key}; un rango lleva value, low y high`,
  rangeOrder: (low, value, high) =>
    `low ${low}, value ${value} y high ${high} no están en orden (debe cumplirse low ≤ value ≤ high)`,
  toggle: (value) => `${value} no es un valor válido de encendido/apagado`,
  noCamps: (assumption) => `el supuesto "${assumption}" no tiene posturas entre las cuales elegir`,
  unknownCamp: (camp, assumption, hint) =>
    `no existe la postura ${camp} para "${assumption}"${hint === undefined ? '' : `; ¿quiso decir "${hint}"?`}`,
  yaml: (message, code) => {
    const known = YAML_CODES[code];
    return known === undefined ? `error de sintaxis YAML: ${message}` : `error de sintaxis YAML: ${known} (${message})`;
  },
  multipleDocs: 'error de sintaxis YAML: un archivo de escenario contiene un solo documento; quite el "---" de más',
  duplicateKey: 'error de sintaxis YAML: esta clave aparece más de una vez',
  more: (count) => (count === 1 ? '… y 1 problema más' : `… y ${count} problemas más`),
  internal: (message) => `no se pudo leer el escenario (error interno: ${message})`,
  incomplete: 'escenario incompleto',

  got: {
    number: 'un número',
    text: 'texto',
    emptyText: 'texto vacío',
    boolean: 'verdadero/falso (true/false)',
    null: 'nada',
    list: 'una lista',
    mapping: 'un mapeo',
    alias: 'un alias',
    other: 'otra cosa',
  },
  expected: {
    number: 'un número',
    text: 'texto',
    list: 'una lista de textos',
    mapping: 'un mapeo',
    seed: 'un número entero o texto',
    runs: 'un número entero',
    year: 'un año (número entero)',
    toggle: '0 o 1 (o true/false)',
    campId: 'el nombre de una postura',
    override: 'un número (fijo), o value, low y high (sorteado en ese rango)',
  },
  toggleAllowed: '0 o 1 (apagado/encendido)',
  runsUnit: 'corridas',

  file: {
    cannotRead: (reason) => `no se puede leer el archivo (${reason})`,
    tooLarge: (bytes, max) => `el archivo es demasiado grande (${bytes} bytes; el límite es ${max})`,
    notAFile: 'no es un archivo regular',
    notUtf8: (offset, byte) =>
      `el archivo no es texto UTF-8: el byte ${byte}, en la posición ${offset}, no inicia un carácter UTF-8 válido; guarde el archivo como UTF-8`,
    utf16: (order) => `el archivo está en UTF-16 (${order}), no en UTF-8; guárdelo como UTF-8`,
    exists: (path) => `${path} ya existe; elija otro nombre o confirme que quiere reemplazarlo`,
    invalid: (path) => `no se puede guardar el escenario en ${path}: no se volvería a leer sin problemas`,
    writeFailed: (path, reason) => `no se pudo guardar ${path} (${reason})`,
    danglingLink: (to) => `es un enlace simbólico a ${to}, que no existe`,
  },

  serialize: {
    defaultNote: 'valor por omisión del statu quo',
    rangeNote: (low, high) => `se permite ${low}–${high}`,
  },
};
