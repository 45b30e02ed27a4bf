/** English text of the cli room. The Spanish catalogue (../es/cli.ts) must match it key for key. */
export const cli = {
  langInvalid: (value: string, langs: string) => `--lang takes one of ${langs}, not '${value}'.`,
};
