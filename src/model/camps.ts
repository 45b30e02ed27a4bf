/**
 * What an assumption's label says under a camp. A camp other than the default brings its own figures and
 * its own evidence: kind, source and (when given) confidence, so an unconfirmed camp reads as unconfirmed.
 */
import type { Assumption, AssumptionKind, Camp, CampId, Confidence } from './types.js';

/** The camp of an assumption with this id, or undefined. */
export function campOf(a: Assumption, id: CampId | undefined): Camp | undefined {
  return id === undefined ? undefined : a.camps?.find((c) => c.id === id);
}

/** The kind, confidence and source of an assumption under a camp: the camp's unless it is the default one. */
export function evidenceOf(
  a: Assumption,
  campId: CampId | undefined,
): { readonly kind: AssumptionKind; readonly confidence: Confidence; readonly source: string } {
  const c = campId === a.defaultCamp ? undefined : campOf(a, campId);
  return c === undefined
    ? { kind: a.kind, confidence: a.confidence, source: a.source }
    : { kind: c.kind, confidence: c.confidence ?? a.confidence, source: c.source };
}
