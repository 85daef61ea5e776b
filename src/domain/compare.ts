/** Two readings of the gauge side by side: the current view (A) and a pinned baseline (B). Pure. */
import type { YearReading } from './model';
import { COMPONENT_IDS, type ComponentId } from './pressure';

export interface ComponentDiff {
  id: ComponentId;
  /** Points (contribution) in A and in B; null when that reading has no number. */
  a: number | null;
  b: number | null;
  /** a − b; null unless both exist. */
  diff: number | null;
}

export interface Comparison {
  a: number | null;
  b: number | null;
  diff: number | null;
  components: ComponentDiff[];
}

const shown = (r: YearReading): number | null => (r.result.ok && !r.insufficient ? r.result.value : null);
const points = (r: YearReading, id: ComponentId): number | null =>
  r.result.ok && !r.insufficient ? r.result.contributions[id] : null;
const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

export function compareReadings(a: YearReading, b: YearReading): Comparison {
  const va = shown(a);
  const vb = shown(b);
  return {
    a: va,
    b: vb,
    diff: minus(va, vb),
    components: COMPONENT_IDS.map((id) => {
      const pa = points(a, id);
      const pb = points(b, id);
      return { id, a: pa, b: pb, diff: minus(pa, pb) };
    }),
  };
}
