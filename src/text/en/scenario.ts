/** English text of the scenario room. The Spanish catalogue (../es/scenario.ts) must match it key for key. */

/** What an unknown id in a scenario file was meant to name. */
type UnknownKind = 'key' | 'lever' | 'assumption';

export const scenario = {
  /**
   * One problem as a line: "file:line:col path: message; allowed …". `where` is "file:line:col", `path` is
   * empty or starts with a space; `question` tells that the message ends in a question ("did you mean …?").
   */
  problem: (where: string, path: string, message: string, allowed: string | undefined, question: boolean) =>
    `${where}${path}: ${message}${allowed === undefined ? '' : question ? ` Allowed: ${allowed}` : `; allowed ${allowed}`}`,

  tooLarge: (chars: string, max: string) => `the file is too large (${chars} characters; the limit is ${max})`,
  notText: 'the scenario is not text',
  tooDeep: (max: string) => `nested too deeply (more than ${max} levels of brackets)`,
  tooManyEntries: (count: string, max: string) =>
    `too many entries (about ${count} keys and list items; a scenario file has at most ${max})`,
  empty: 'the file is empty; a scenario needs at least a name',
  notMapping: (got: string) => `expected a mapping of settings (name:, levers: …), got ${got}`,
  missingName: 'missing name; every scenario needs a name',
  emptyName: 'the name is empty',
  /** `what` is the setting (name, seed) whose text is too long. */
  tooLong: (what: string, max: string) => `${what} is too long (more than ${max} characters)`,
  controlChars: 'contains control characters',
  noDescription: 'no description; say where the settings come from',
  alias: (name: string) => `aliases (*${name}) are not allowed; write the value out`,
  anchor: (name: string) => `anchors (&${name}) are not allowed`,
  tag: (tag: string) => `tags (${tag}) are not allowed`,
  mergeKey: 'merge keys (<<) are not allowed; write each setting out',
  directive: 'YAML directives (%YAML, %TAG) are not allowed',
  badKey: (got: string) => `keys must be plain words, got ${got}`,
  unknownKey: (kind: UnknownKind, key: string, hint: string | undefined) =>
    `unknown ${kind} ${key}${hint === undefined ? '' : `; did you mean "${hint}"?`}`,
  expectedGot: (expected: string, got: string) => `expected ${expected}, got ${got}`,
  quotedNumber: (digits: string) => `; write it as a plain number: ${digits}`,
  quoteText: '; put it in quotes to use it as text',
  notFinite: (value: string) => `${value} is not a finite number`,
  notInteger: (value: string) => `${value} is not a whole number`,
  outOfRange: (value: string) => `${value} is out of range`,
  outOfCampRange: (value: string, camp: string) => `${value} is out of range for camp "${camp}"`,
  missingRangeKey: (key: string) => `missing ${key}; a range gives value, low and high`,
  rangeOrder: (low: string, value: string, high: string) =>
    `low ${low}, value ${value} and high ${high} are out of order (low ≤ value ≤ high)`,
  toggle: (value: string) => `${value} is not a valid on/off value`,
  noCamps: (assumption: string) => `assumption "${assumption}" has no camps to choose from`,
  unknownCamp: (camp: string, assumption: string, hint: string | undefined) =>
    `unknown camp ${camp} for "${assumption}"${hint === undefined ? '' : `; did you mean "${hint}"?`}`,
  /** A syntax error of the YAML library: its message (in English) and its error code. */
  yaml: (message: string, _code: string) => `YAML syntax: ${message}`,
  multipleDocs: 'YAML syntax: a scenario file holds one document; remove the extra "---"',
  duplicateKey: 'YAML syntax: this key appears more than once',
  more: (count: number) => `… and ${count} more problems`,
  internal: (message: string) => `could not read the scenario (internal error: ${message})`,
  incomplete: 'incomplete scenario',

  /** Words for the kind of value found, used in "expected …, got …". */
  got: {
    number: 'a number',
    text: 'text',
    emptyText: 'empty text',
    boolean: 'true/false',
    null: 'nothing',
    list: 'a list',
    mapping: 'a mapping',
    alias: 'an alias',
    other: 'something else',
  },
  /** Words for the kind of value expected. */
  expected: {
    number: 'a number',
    text: 'text',
    list: 'a list of text',
    mapping: 'a mapping',
    seed: 'a whole number or text',
    runs: 'a whole number',
    year: 'a year (whole number)',
    toggle: '0 or 1 (or true/false)',
    campId: 'a camp name',
    override: 'a number (fixed), or value, low and high (drawn over that range)',
  },
  /** The values an on/off lever allows. */
  toggleAllowed: '0 or 1 (off/on)',
  /** The unit of the allowed range of `runs`. */
  runsUnit: 'runs',

  /** Reading and saving files. */
  file: {
    cannotRead: (reason: string) => `cannot read the file (${reason})`,
    tooLarge: (bytes: string, max: string) => `the file is too large (${bytes} bytes; the limit is ${max})`,
    notAFile: 'not a regular file',
    notUtf8: (offset: string, byte: string) =>
      `the file is not UTF-8 text: byte ${byte} at byte offset ${offset} does not begin a valid UTF-8 character; save the file as UTF-8`,
    utf16: (order: 'LE' | 'BE') => `the file is UTF-16 (${order}), not UTF-8; save it as UTF-8`,
    exists: (path: string) => `${path} already exists; choose another name or confirm overwriting it`,
    invalid: (path: string) => `the scenario cannot be saved to ${path}: it would not read back cleanly`,
    writeFailed: (path: string, reason: string) => `could not save ${path} (${reason})`,
    danglingLink: (to: string) => `it is a symbolic link to ${to}, which does not exist`,
  },

  /** Comments in a saved scenario file. */
  serialize: {
    defaultNote: 'status-quo default',
    rangeNote: (low: string, high: string) => `allowed ${low}–${high}`,
  },
};
