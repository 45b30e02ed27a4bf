/** English text of the port room (the engine's wiring). The Spanish catalogue (../es/port.ts) must match it. */
export const port = {
  /** The attribution's player for everything that is not a lever. */
  assumptionSettings: 'assumption settings (overrides, camps)',
  tooManyEvidenceSets: (n: number, max: number) => `${n} evidence sets is more than ${max}`,
  badRuns: (runs: string) => `runs must be a positive integer, got ${runs}`,
  workersStopped: 'the ensemble workers stopped',
  workerNoStart: 'an ensemble worker did not start',
  workerNoAnswer: 'an ensemble worker did not answer',
  workerNoResult: 'an ensemble worker answered nothing',
};
