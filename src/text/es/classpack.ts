import type { Catalogue } from '../catalogue.js';
import type { QuestionWords } from '../en/classpack.js';

/** Texto en español (México) de los paquetes para clase; debe tener las mismas claves que ../en/classpack.ts. */
type Text = Catalogue['classpack'];

const motions: Text['motions'] = {
  cannabis: {
    title: 'México debe legalizar la mariguana',
    scenario: 'Mariguana legal',
    blurb: (file: string, metric: string, levers: string) =>
      `El caso de la moción es ${file}: las palancas de mariguana de la plataforma tal como se anunciaron (${levers}), y todo lo demás como en el statu quo. Se juzga por ${metric}, el argumento que se dio a su favor: la venta legal les quita ingresos a los cárteles.`,
  },
  guard: {
    title: 'México debe crear una Guardia Nacional de 300,000 elementos',
    scenario: 'Guardia Nacional',
    blurb: (file: string, metric: string, levers: string) =>
      `El caso de la moción es ${file}: la Guardia Nacional de la plataforma tal como se anunció (${levers}), y todo lo demás como en el statu quo. Se juzga por ${metric}, la violencia que la Guardia debe reducir.`,
  },
};

const questions: Text['questions'] = {
  effect: (w: QuestionWords) =>
    `¿Cuál es el efecto de ${w.scenario} sobre el statu quo en ${w.metric}: la mediana de las diferencias entre corridas pareadas (A − B), en ${w.unit}? (Negativo: menor que en el statu quo.)`,
  win_share: (w: QuestionWords) =>
    `¿En qué porcentaje de las corridas pareadas le va mejor a ${w.scenario} que al statu quo en ${w.metric}?`,
  camp_switch: (w: QuestionWords) =>
    `Cambia \`${w.assumption}\` (${w.assumptionLabel}) a la postura \`${w.camp}\` (${w.campLabel}), como hace ${w.variant}: ¿cuánto queda de la ventaja en ${w.metric}, en % de la ventaja con las posturas por omisión? (100% = sin cambio; más de 100%: la ventaja crece.)`,
  lever_share: (w: QuestionWords) =>
    `En la plataforma completa (${w.platform} frente a ${w.statusQuo}), ¿cuál es la parte de Shapley de la palanca \`${w.lever}\` (${w.leverLabel}) en la diferencia de ${w.metric}, en ${w.unit}? (Corrida central.)`,
  top_lever: (w: QuestionWords) =>
    `En ese mismo reparto de la diferencia de la plataforma en ${w.metric}, ¿qué palanca lleva la parte más grande (la mayor en tamaño, sea cual sea su signo)? Responde con su id.`,
  crux: (w: QuestionWords) =>
    `El veredicto «${w.scenario} supera al statu quo en ${w.metric}»: ¿en qué supuesto está más cerca de invertirse (la primera fila de la tabla de cruces)? Responde con el id del supuesto.`,
  flip: (w: QuestionWords) =>
    `¿En qué valor de \`${w.assumption}\` (${w.assumptionLabel}) se invierte ese veredicto, en ${w.unit}?`,
};

export const classpack: Text = {
  motions,
  questions,
  derive: {
    value: (field) => `la respuesta es el campo \`${field}\``,
    percent: (field) => `la respuesta es 100 × el campo \`${field}\``,
    ratio_percent: (first, second) =>
      `la respuesta es 100 × \`${second}\` del segundo comando ÷ \`${first}\` del primero`,
    largest_abs: (field, rows) =>
      `la respuesta es el \`id\` de la fila de \`${rows}\` cuyo \`${field}\` es mayor en tamaño`,
  },
  scenario: {
    name: (motion) => motions[motion]?.scenario ?? motion,
    description: (motion) =>
      `Para el paquete de clase sobre la moción «${motions[motion]?.title ?? motion}»: el statu quo con solo las palancas de esta moción de la plataforma de 2018, como las fija el escenario platform-2018.`,
    source: (file) =>
      `Palancas copiadas de ${file} (el escenario platform-2018); las demás palancas en su valor por omisión`,
    variantName: (name, assumption, camp) => `${name}, ${assumption} = ${camp}`,
  },
  title: 'Paquete para clase: las mociones del debate de 2018',
  motionHeading: (n, title) => `Moción ${n}: ${title}`,
  questionHeading: (n, id) => `Pregunta ${n} (${id})`,
  intro: (file) =>
    `Cada pregunta se calcula con el modelo. Abre una terminal en esta carpeta y respóndela con la herramienta que se indica debajo (todos los archivos de escenario del paquete están aquí; palancas --help lista las herramientas y cada una acepta --help). También puedes abrir primero un escenario en el explorador (palancas ${file}) y predecir antes de calcular. Escribe cada respuesta en answers.yaml junto al id de la pregunta; tu maestra o maestro la califica con palancas class check.`,
  settings: (runs, seed, model) =>
    `Usa ${runs} corridas y la semilla ${seed} donde una herramienta las pida (--runs ${runs} --seed ${seed}), y --format json para leer las cifras exactas. Versión del modelo ${model}.`,
  files: 'Archivos de escenario',
  tool: 'Herramienta',
  answerIn: 'Responde en',
  anId: 'un id',
  oneOf: (ids) => `uno de ${ids}`,
  tolerance: 'Tolerancia',
  yourAnswer: 'Tu respuesta',
  exact: 'exacta',
  relative: (pct) => `±${pct}% de la respuesta`,
  points: (points) => `±${points} punto${points === '1' ? '' : 's'} porcentual${points === '1' ? '' : 'es'}`,
  absolute: (amount) => `±${amount}`,
  keyTitle: 'Clave de respuestas: las mociones del debate de 2018',
  keyIntro:
    'Cada respuesta es lo que imprime el comando que tiene debajo, corrido dentro de la carpeta del paquete con su semilla y sus corridas: las mismas entradas dan las mismas cifras en cualquier máquina con esta versión del modelo. La tolerancia cubre leer una cifra redondeada.',
  keySummary: 'Respuestas de un vistazo',
  question: 'Pregunta',
  answer: 'Respuesta',
  commands: 'Comandos',
  how: 'Cómo',
  fingerprints: 'Huellas de los escenarios (de sus ajustes y la versión del modelo)',
  file: 'Archivo',
  fingerprint: 'Huella',
  model: 'Versión del modelo',
  answersHeader: (title) => [
    `Respuestas: ${title}`,
    'Escribe cada respuesta después de los dos puntos: un número simple (-1234.5, no −1,234.5 homicidios; 85 para 85%)',
    'o un id (guard_size). Déjala en blanco si no tienes respuesta. Una respuesta en blanco o que falte cuenta como mal.',
  ],
  answerComment: (unit, tolerance) => `${unit}, ${tolerance}`,

  cli: {
    usage: (motionList, runs) => `Uso: palancas class new DIR [opciones]
     palancas class check DIR ANSWERS.yaml [--format table|json]

new escribe un paquete para clase en DIR: los archivos de escenario, una hoja de trabajo (worksheet.md y un
worksheet.html autocontenido que se imprime bien) cuyas preguntas se calculan con el modelo, una clave de
respuestas con el comando exacto detrás de cada respuesta (answer-key.md), un answers.yaml en blanco para el
alumnado y key.json, que lee check. La hoja está en el idioma en uso (--lang es para español); key.json es igual
en todos los idiomas.

check califica ANSWERS.yaml contra DIR/key.json, cada número dentro de su tolerancia declarada: código de
salida 0 si todas las respuestas están bien, 1 si alguna está mal (se listan; una respuesta que falta está mal),
2 si un archivo está roto. También avisa si un archivo de escenario o el modelo cambiaron desde que se hizo la clave.

Opciones de new:
  --motion M          una moción: ${motionList} (repítela o sepáralas con comas; por omisión: todas)
  --runs N            tamaño del conjunto de las preguntas (por omisión ${runs})
  --seed S            semilla (por omisión 2018)
  --force             escribe en una carpeta que no está vacía (los archivos con el mismo nombre se reemplazan)
Opciones de check:
  --format table|json tabla (por omisión) o un objeto JSON
  -h, --help          muestra esta ayuda
`,
    needSub: (subs) => `class necesita un subcomando: ${subs}.`,
    unknownSub: (word, subs, hint) => `class no tiene el subcomando '${word}' (${subs}).${hint}`,
    didYouMean: (word) => ` ¿Quisiste decir '${word}'?`,
    newPositionals: (got) => `class new lleva una carpeta, DIR (recibió ${got}).`,
    checkPositionals: (got) =>
      `class check lleva la carpeta del paquete y el archivo de respuestas, DIR ANSWERS.yaml (recibió ${got}).`,
    unknownMotion: (word, list, hint) => `no hay moción '${word}' (mociones: ${list}).${hint}`,
    notEmpty: (dir) => `${dir} no está vacía; elige una carpeta vacía o nueva, o agrega --force para escribir en ella.`,
    notAFolder: (dir) => `${dir} no es una carpeta.`,
    writeFailed: (file, why) => `no se pudo escribir ${file}: ${why}`,
    wrote: (count, dir, qs, seconds) =>
      `Se escribieron ${count} archivos en ${dir}: ${qs} preguntas (calculadas en ${seconds} s).\n`,
    handOut: (dir) =>
      `Reparte ${dir}/worksheet.html (o .md), los archivos de escenario y answers.yaml; califica con palancas class check ${dir} ANSWERS.yaml.\n`,
    noKey: (file, why) => `no se puede leer la clave ${file}: ${why}`,
    notKey: (file) => `${file} no es la clave de un paquete para clase (no tiene "format": "palancas-class-pack").`,
    keyVersion: (file, got, want) =>
      `${file} es una clave con formato versión ${got}; este palancas lee la versión ${want}. Vuelve a hacer el paquete con palancas class new.`,
    badKey: (file, field) => `${file} no es una clave válida: ${field} falta o tiene un tipo incorrecto.`,
    modelChanged: (was, now) =>
      `aviso: la clave se hizo con la versión ${was} del modelo; esta es la ${now}. Las respuestas esperadas pueden haber cambiado: vuelve a hacer el paquete.`,
    scenarioChanged: (file, was, now) =>
      `aviso: ${file} cambió desde que se hizo la clave (huella ${was}, ahora ${now}); sus respuestas son las del archivo original.`,
    scenarioMissing: (file) => `aviso: falta ${file} en la carpeta del paquete.`,
    scenarioBroken: (file) => `aviso: ${file} no se lee como escenario (palancas validate dice por qué).`,
    columns: {
      question: 'pregunta',
      given: 'tu respuesta',
      expected: 'esperada',
      tolerance: 'tolerancia',
      result: 'resultado',
    },
    status: { right: 'bien', wrong: 'mal', no_answer: 'sin respuesta' },
    score: (right, total) => `${right} de ${total} bien.`,
    wrongList: (ids) => `Mal o sin respuesta: ${ids}.`,
    allRight: 'Todas las respuestas están bien.',
  },

  answers: {
    notText: 'el archivo de respuestas no es texto UTF-8',
    tooLarge: (chars, max) => `el archivo es demasiado grande (${chars} caracteres; el límite es ${max})`,
    yaml: (message) => `no es YAML válido: ${message}`,
    notMapping: 'el archivo de respuestas debe ser una lista de líneas "id de pregunta: respuesta"',
    refused: 'no se permiten alias, anclas ni etiquetas en un archivo de respuestas',
    keyNotText: 'el id de una pregunta debe ser texto simple',
    unknownQuestion: (id, hint) => `no hay pregunta '${id}' en este paquete.${hint}`,
    didYouMean: (id) => ` ¿Quisiste decir '${id}'?`,
    duplicate: (id) => `la pregunta '${id}' tiene dos respuestas`,
    expectedNumber: 'se esperaba un número simple',
    numberAllowed: (unit) => `un número en ${unit}, sin separador de miles ni unidad (p. ej. -1234.5 u 85)`,
    expectedId: 'se esperaba un id',
    idAllowed: (choices) => (choices === '' ? 'un id como guard_size' : `uno de ${choices}`),
  },
};
