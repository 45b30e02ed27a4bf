/**
 * English text of class packs: the scenarios, the worksheet, the answer key, the answers template, and the
 * `palancas class` command (new, check) with the problems of an answers file.
 */

/** What a question's words may name (ids, file names and labels, already in the language in force). */
export interface QuestionWords {
  readonly scenario: string;
  readonly variant: string;
  readonly statusQuo: string;
  readonly platform: string;
  /** The metric's label, e.g. "homicides, 2019–2030 total". */
  readonly metric: string;
  readonly unit: string;
  readonly assumption: string;
  readonly assumptionLabel: string;
  readonly camp: string;
  readonly campLabel: string;
  readonly lever: string;
  readonly leverLabel: string;
}

const motions = {
  cannabis: {
    title: 'Mexico should legalize marijuana',
    scenario: 'Marijuana legal',
    blurb: (file: string, metric: string, levers: string) =>
      `The motion's case is ${file}: the platform's marijuana levers as announced (${levers}), everything else as in the status quo. It is judged on ${metric}, the argument made for it: legal sales take revenue away from the cartels.`,
  },
  guard: {
    title: 'Mexico should build a 300,000-person National Guard',
    scenario: 'National Guard',
    blurb: (file: string, metric: string, levers: string) =>
      `The motion's case is ${file}: the platform's National Guard as announced (${levers}), everything else as in the status quo. It is judged on ${metric}, the violence the Guard is meant to bring down.`,
  },
} as Readonly<
  Record<string, { title: string; scenario: string; blurb: (file: string, metric: string, levers: string) => string }>
>;

const questions = {
  effect: (w: QuestionWords) =>
    `What is the effect of ${w.scenario} over the status quo on ${w.metric}: the median of the paired run differences (A − B), in ${w.unit}? (Negative: lower than the status quo.)`,
  win_share: (w: QuestionWords) =>
    `In what share of the paired runs does ${w.scenario} do better than the status quo on ${w.metric}, in %?`,
  camp_switch: (w: QuestionWords) =>
    `Switch \`${w.assumption}\` (${w.assumptionLabel}) to the camp \`${w.camp}\` (${w.campLabel}), as ${w.variant} does: how much of the lead on ${w.metric} remains, in % of the lead under the default camps? (100% = unchanged; above 100% the lead grows.)`,
  lever_share: (w: QuestionWords) =>
    `In the whole platform (${w.platform} against ${w.statusQuo}), what is the Shapley share of the lever \`${w.lever}\` (${w.leverLabel}) in the difference in ${w.metric}, in ${w.unit}? (Central run.)`,
  top_lever: (w: QuestionWords) =>
    `In that same split of the platform's difference in ${w.metric}, which lever carries the largest share (the largest in size, whatever its sign)? Answer with its id.`,
  crux: (w: QuestionWords) =>
    `The verdict "${w.scenario} beats the status quo on ${w.metric}": on which assumption is it nearest to flipping (the first row of the crux table)? Answer with the assumption's id.`,
  flip: (w: QuestionWords) =>
    `At what value of \`${w.assumption}\` (${w.assumptionLabel}) does that verdict flip, in ${w.unit}?`,
};

/** How each answer comes out of the fields its commands print, for the answer key. */
const derive = {
  value: (field: string) => `the answer is the field \`${field}\``,
  percent: (field: string) => `the answer is 100 × the field \`${field}\``,
  ratio_percent: (first: string, second: string) =>
    `the answer is 100 × \`${second}\` of the second command ÷ \`${first}\` of the first`,
  largest_abs: (field: string, rows: string) =>
    `the answer is the \`id\` of the row of \`${rows}\` whose \`${field}\` is largest in size`,
};

export const classpack = {
  motions,
  questions,
  derive,
  scenario: {
    name: (motion: string) => motions[motion]?.scenario ?? motion,
    description: (motion: string) =>
      `For the class pack on the motion "${motions[motion]?.title ?? motion}": the status quo with the 2018 platform's levers of this motion only, as the platform-2018 preset sets them.`,
    source: (file: string) => `Levers copied from ${file} (the platform-2018 preset); every other lever at its default`,
    variantName: (name: string, assumption: string, camp: string) => `${name}, ${assumption} = ${camp}`,
  },
  title: "Class pack: the 2018 debate's motions",
  motionHeading: (n: number, title: string) => `Motion ${n}: ${title}`,
  questionHeading: (n: number, id: string) => `Question ${n} (${id})`,
  intro: (file: string) =>
    `Each question is computed from the model. Open a terminal in this folder and answer it with the tool named under it (every scenario file of the pack is here; palancas --help lists the tools, and each tool takes --help). You can also open a scenario in the explorer first (palancas ${file}) and predict before you compute. Write each answer in answers.yaml next to the question's id; your teacher grades it with palancas class check.`,
  settings: (runs: string, seed: string, model: string) =>
    `Use ${runs} runs and seed ${seed} wherever a tool takes them (--runs ${runs} --seed ${seed}), and --format json to read exact numbers. Model version ${model}.`,
  files: 'Scenario files',
  tool: 'Tool',
  answerIn: 'Answer in',
  anId: 'an id',
  oneOf: (ids: string) => `one of ${ids}`,
  tolerance: 'Tolerance',
  yourAnswer: 'Your answer',
  exact: 'exactly',
  relative: (pct: string) => `±${pct}% of the answer`,
  points: (points: string) => `±${points} percentage point${points === '1' ? '' : 's'}`,
  absolute: (amount: string) => `±${amount}`,
  keyTitle: "Answer key: the 2018 debate's motions",
  keyIntro:
    'Every answer is what the command under it prints, run inside the pack folder with its seed and runs: the same inputs give the same numbers on any machine with this model version. The tolerance covers reading a rounded number.',
  keySummary: 'Answers at a glance',
  question: 'Question',
  answer: 'Answer',
  commands: 'Commands',
  how: 'How',
  fingerprints: 'Scenario fingerprints (of their settings and the model version)',
  file: 'File',
  fingerprint: 'Fingerprint',
  model: 'Model version',
  answersHeader: (title: string) => [
    `Answers: ${title}`,
    'Write each answer after its colon: a plain number (-1234.5, not −1,234.5 deaths; 85 for 85%), or an id',
    '(guard_size). Leave it blank if you have no answer. A blank or missing answer counts as wrong.',
  ],
  answerComment: (unit: string, tolerance: string) => `${unit}, ${tolerance}`,

  // ------------------------------------------------------------------ the command
  cli: {
    usage: (motions: string, runs: string) => `Usage: palancas class new DIR [options]
       palancas class check DIR ANSWERS.yaml [--format table|json]

new writes a class pack into DIR: the scenario files, a worksheet (worksheet.md and a self-contained
worksheet.html that prints well) whose questions are computed from the model, an answer key with the exact
command behind each answer (answer-key.md), a blank answers.yaml for students, and key.json, which check reads.
The worksheet is in the language in force (--lang es for Spanish); key.json is the same in every language.

check grades ANSWERS.yaml against DIR/key.json, each number within its stated tolerance: exit code 0 when
every answer is right, 1 when some are wrong (they are listed; a missing answer is wrong), 2 for a broken
file. It also says when a scenario file or the model has changed since the key was made.

Options of new:
  --motion M          a motion: ${motions} (repeat it, or separate with commas; default: all)
  --runs N            ensemble size of the questions (default ${runs})
  --seed S            seed (default 2018)
  --force             write into a folder that is not empty (files of the same names are replaced)
Options of check:
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`,
    needSub: (subs: string) => `class needs a subcommand: ${subs}.`,
    unknownSub: (word: string, subs: string, hint: string) => `class has no subcommand '${word}' (${subs}).${hint}`,
    didYouMean: (word: string) => ` Did you mean '${word}'?`,
    newPositionals: (got: number) => `class new takes one folder, DIR (got ${got}).`,
    checkPositionals: (got: number) =>
      `class check takes the pack folder and the answers file, DIR ANSWERS.yaml (got ${got}).`,
    unknownMotion: (word: string, list: string, hint: string) => `no motion '${word}' (motions: ${list}).${hint}`,
    notEmpty: (dir: string) => `${dir} is not empty; choose an empty or new folder, or add --force to write into it.`,
    notAFolder: (dir: string) => `${dir} is not a folder.`,
    writeFailed: (file: string, why: string) => `could not write ${file}: ${why}`,
    wrote: (count: string, dir: string, questions: string, seconds: string) =>
      `Wrote ${count} files to ${dir}: ${questions} questions (computed in ${seconds} s).\n`,
    handOut: (dir: string) =>
      `Hand out ${dir}/worksheet.html (or .md), the scenario files and answers.yaml; grade with palancas class check ${dir} ANSWERS.yaml.\n`,
    noKey: (file: string, why: string) => `cannot read the key ${file}: ${why}`,
    notKey: (file: string) => `${file} is not a class pack's key (no "format": "palancas-class-pack").`,
    keyVersion: (file: string, got: string, want: string) =>
      `${file} is a key of layout version ${got}; this palancas reads version ${want}. Make the pack again with palancas class new.`,
    badKey: (file: string, field: string) => `${file} is not a valid key: ${field} is missing or has the wrong type.`,
    modelChanged: (was: string, now: string) =>
      `warning: the key was made with model version ${was}; this is ${now}. Expected answers may have moved: make the pack again.`,
    scenarioChanged: (file: string, was: string, now: string) =>
      `warning: ${file} has changed since the key was made (fingerprint ${was}, now ${now}); the answers for it are of the original file.`,
    scenarioMissing: (file: string) => `warning: ${file} is missing from the pack folder.`,
    scenarioBroken: (file: string) => `warning: ${file} does not read as a scenario (palancas validate says why).`,
    columns: {
      question: 'question',
      given: 'your answer',
      expected: 'expected',
      tolerance: 'tolerance',
      result: 'result',
    },
    status: { right: 'right', wrong: 'wrong', no_answer: 'no answer' } as Readonly<Record<string, string>>,
    score: (right: string, total: string) => `${right} of ${total} right.`,
    wrongList: (ids: string) => `Wrong or missing: ${ids}.`,
    allRight: 'Every answer is right.',
  },

  // ------------------------------------------------------------------ problems of an answers file
  answers: {
    notText: 'the answers file is not UTF-8 text',
    tooLarge: (chars: string, max: string) => `the file is too large (${chars} characters; the limit is ${max})`,
    yaml: (message: string) => `not valid YAML: ${message}`,
    notMapping: 'the answers file must be a list of "question id: answer" lines',
    refused: 'aliases, anchors and tags are not allowed in an answers file',
    keyNotText: 'a question id must be plain text',
    unknownQuestion: (id: string, hint: string) => `no question '${id}' in this pack.${hint}`,
    didYouMean: (id: string) => ` Did you mean '${id}'?`,
    duplicate: (id: string) => `question '${id}' is answered twice`,
    expectedNumber: 'expected a plain number',
    numberAllowed: (unit: string) => `a number in ${unit}, written without digit grouping or unit (e.g. -1234.5 or 85)`,
    expectedId: 'expected an id',
    idAllowed: (choices: string) => (choices === '' ? 'an id such as guard_size' : `one of ${choices}`),
  },
};
