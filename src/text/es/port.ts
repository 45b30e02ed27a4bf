import type { Catalogue } from '../catalogue.js';

/** Texto en español (México) del puerto del motor; debe tener las mismas claves que ../en/port.ts. */
export const port: Catalogue['port'] = {
  assumptionSettings: 'ajustes de supuestos (valores fijados, posturas)',
  tooManyEvidenceSets: (n, max) => `${n} conjuntos de evidencia son más que el máximo de ${max}`,
  badRuns: (runs) => `el número de corridas debe ser un entero positivo, no ${runs}`,
  workersStopped: 'los procesos que calculan el conjunto de corridas se detuvieron',
  workerNoStart: 'un proceso de cálculo del conjunto de corridas no arrancó',
  workerNoAnswer: 'un proceso de cálculo del conjunto de corridas no respondió',
  workerNoResult: 'un proceso de cálculo del conjunto de corridas respondió sin resultados',
};
