import type { Catalogue } from '../catalogue.js';

/** Texto en español (México) de analysis; debe tener las mismas claves que ../en/analysis.ts. */

/** Concordancia del comparativo con el sujeto: "son 18% menores", "es 5% mayor". */
const comparative = (plural: boolean, below: boolean): string =>
  below ? (plural ? 'menores' : 'menor') : plural ? 'mayores' : 'mayor';
const ser = (plural: boolean): string => (plural ? 'son' : 'es');

export const analysis: Catalogue['analysis'] = {
  metrics: {
    homicides: {
      plural: true,
      totalLabel: 'homicidios, total 2019–2030',
      yearLabel: (year) => `homicidios en ${year}`,
      totalPhrase: 'los homicidios acumulados de 2019 a 2030',
      yearPhrase: (year) => `los homicidios de ${year}`,
    },
    oc_homicides: {
      plural: true,
      totalLabel: 'homicidios del crimen organizado, total 2019–2030',
      yearLabel: (year) => `homicidios del crimen organizado en ${year}`,
      totalPhrase: 'los homicidios del crimen organizado acumulados de 2019 a 2030',
      yearPhrase: (year) => `los homicidios del crimen organizado de ${year}`,
    },
    homicide_rate: {
      plural: false,
      totalLabel: 'tasa de homicidios, total 2019–2030',
      yearLabel: (year) => `tasa de homicidios en ${year}`,
      totalPhrase: 'la tasa de homicidios acumulada de 2019 a 2030',
      yearPhrase: (year) => `la tasa de homicidios de ${year}`,
    },
    revenue: {
      plural: true,
      totalLabel: 'ingresos de los cárteles, total 2019–2030',
      yearLabel: (year) => `ingresos de los cárteles en ${year}`,
      totalPhrase: 'los ingresos acumulados de los cárteles de 2019 a 2030',
      yearPhrase: (year) => `los ingresos de los cárteles en ${year}`,
    },
    revenue_cannabis: {
      plural: true,
      totalLabel: 'ingresos de los cárteles por marihuana, total 2019–2030',
      yearLabel: (year) => `ingresos de los cárteles por marihuana en ${year}`,
      totalPhrase: 'los ingresos acumulados de los cárteles por marihuana de 2019 a 2030',
      yearPhrase: (year) => `los ingresos de los cárteles por marihuana en ${year}`,
    },
    revenue_nondrug: {
      plural: true,
      totalLabel: 'ingresos de los cárteles ajenos a las drogas, total 2019–2030',
      yearLabel: (year) => `ingresos de los cárteles ajenos a las drogas en ${year}`,
      totalPhrase: 'los ingresos acumulados de los cárteles ajenos a las drogas de 2019 a 2030',
      yearPhrase: (year) => `los ingresos de los cárteles ajenos a las drogas en ${year}`,
    },
    workforce: {
      plural: false,
      totalLabel: 'integrantes de los cárteles, total 2019–2030',
      yearLabel: (year) => `integrantes de los cárteles en ${year}`,
      totalPhrase: 'el número acumulado de integrantes de los cárteles de 2019 a 2030',
      yearPhrase: (year) => `el número de integrantes de los cárteles en ${year}`,
    },
    fragmentation: {
      plural: false,
      totalLabel: 'fragmentación, total 2019–2030',
      yearLabel: (year) => `fragmentación en ${year}`,
      totalPhrase: 'la fragmentación acumulada de 2019 a 2030',
      yearPhrase: (year) => `la fragmentación en ${year}`,
    },
    fiscal: {
      plural: false,
      totalLabel: 'costo fiscal neto, total 2019–2030',
      yearLabel: (year) => `costo fiscal neto en ${year}`,
      totalPhrase: 'el costo fiscal neto acumulado de 2019 a 2030',
      yearPhrase: (year) => `el costo fiscal neto en ${year}`,
    },
    cannabis_tax: {
      plural: false,
      totalLabel: 'recaudación por el impuesto a la marihuana legal, total 2019–2030',
      yearLabel: (year) => `recaudación por el impuesto a la marihuana legal en ${year}`,
      totalPhrase: 'la recaudación acumulada por el impuesto a la marihuana legal de 2019 a 2030',
      yearPhrase: (year) => `la recaudación por el impuesto a la marihuana legal en ${year}`,
    },
  },
  errors: {
    unknownMetric: (id, ids, families) =>
      `métrica desconocida: '${id}'. Las opciones son: ${ids}; o <familia>_<año> para cualquier año de 2019 a 2030 (familias: ${families}).`,
    noTotal: (base) =>
      `la familia de métricas '${base}' no tiene total de 2019 a 2030; indique un año, por ejemplo ${base}_2030`,
    badYear: (id) => `métrica '${id}': el año debe estar entre 2019 y 2030`,
  },
  claim: {
    end: (pct, below) => `${pct}% ${below ? 'por debajo' : 'por encima'}`,
    zero: '0%',
    same: (c, from, to) =>
      `Con ${c.a}, ${c.phrase} ${c.plural ? 'son iguales' : 'es igual'} que con ${c.b} en la corrida mediana (P10–P90: de ${from} a ${to}) (${c.tail}).`,
    sameSide: (c, pct, lo, hi, below) =>
      `Con ${c.a}, ${c.phrase} ${ser(c.plural)} ${pct}% (P10–P90: ${lo}–${hi}%) ${comparative(c.plural, below)} que con ${c.b} (${c.tail}).`,
    mixed: (c, pct, below, from, to) =>
      `Con ${c.a}, ${c.phrase} ${ser(c.plural)} ${pct}% ${comparative(c.plural, below)} que con ${c.b} en la corrida mediana (P10–P90: de ${from} a ${to}) (${c.tail}).`,
    noRuns: (c) =>
      `Con ${c.a}, no hay corridas utilizables para ${c.phrase}: el valor de referencia es cero en todas (${c.tail}).`,
    tail: (diff, unit, wins, runs) =>
      `diferencia pareada mediana: ${diff} ${unit}; mejor en ${wins} de ${runs} corridas pareadas`,
  },
  ledger: {
    lines: {
      cost_guard: 'Guardia Nacional',
      cost_military: 'Militares en las calles (frente a 2018)',
      cost_youth: 'Becas y capacitación laboral para jóvenes',
      cost_amnesty: 'Amnistía',
      cannabis_tax: 'Impuesto a la marihuana legal (ingreso)',
    },
    net: 'Costo fiscal neto',
    homicides: 'homicidios',
  },
};
