// text-exempt-file: the equation compiler talks to model authors and writes code, not to users
/**
 * Dependency order: a depth-first topological sort that keeps declaration order where it can and
 * reports a cycle by naming every member.
 */

/** A cycle found while ordering: the ids in the loop, the first repeated at the end. */
export interface Cycle {
  readonly path: readonly string[];
}

/**
 * Orders ids so each comes after the ids it depends on (deps outside `ids` are ignored); returns the
 * order, or the first cycle met.
 */
export function topologicalOrder(
  ids: readonly string[],
  depsOf: (id: string) => readonly string[],
): { readonly order: readonly string[] } | { readonly cycle: Cycle } {
  const members = new Set(ids);
  const done = new Set<string>();
  const onStack: string[] = [];
  const order: string[] = [];
  let cycle: Cycle | undefined;

  const visit = (id: string): void => {
    if (cycle !== undefined || done.has(id)) return;
    const at = onStack.indexOf(id);
    if (at >= 0) {
      cycle = { path: [...onStack.slice(at), id] };
      return;
    }
    onStack.push(id);
    for (const dep of depsOf(id)) if (members.has(dep)) visit(dep);
    onStack.pop();
    if (cycle !== undefined) return;
    done.add(id);
    order.push(id);
  };

  for (const id of ids) visit(id);
  return cycle === undefined ? { order } : { cycle };
}
