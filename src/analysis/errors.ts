/** Bad input to an analysis (an unknown metric, a year outside the scenario period): the caller's to report. */
export class AnalysisError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisError';
  }
}
