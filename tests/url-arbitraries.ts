/** Test helper: fast-check arbitraries of valid URL states, drawn from the parameter table (src/url/params.ts). */
import fc from 'fast-check';
import {
  ISSUER_IDS,
  isPanelId,
  type PanelId,
  RANGE_MIN,
  SLIDE_IDS,
  type SlideId,
  YEAR_MAX,
} from '../src/domain/ids';
import type { UrlState } from '../src/url/codec';
import { FAMILIES, PARAMS, SCALARS } from '../src/url/params';
import { scenarioArb, weightsArb } from './arbitraries';

/** The scalar rows seen through their common shape. */
export const scalarRows = SCALARS as readonly {
  key: string;
  field: string;
  initial: unknown;
  examples: readonly unknown[];
  parse(raw: string): { status: string; value?: unknown };
  write(value: unknown): string;
}[];

export const rangeArb = fc
  .tuple(fc.integer({ min: RANGE_MIN, max: YEAR_MAX }), fc.integer({ min: RANGE_MIN, max: YEAR_MAX }))
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

/** Arbitraries of the families, by field (a new family needs one here). */
const familyArbs: Record<string, fc.Arbitrary<unknown>> = { weights: weightsArb, scenario: scenarioArb };
const familiesArb = () => {
  const arbs: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of FAMILIES) {
    const arb = familyArbs[f.field];
    if (!arb) throw new Error(`no arbitrary for the family ${f.field}`);
    arbs[f.field] = arb;
  }
  return arbs;
};

/**
 * Any valid state: each field drawn from its row's examples, except those a property should range
 * over more widely (and the panels, which the focus and the slide depend on). `pinned` adds a
 * baseline (or none) too.
 */
export function validUrlStateArb(options: { pinned?: boolean } = {}): fc.Arbitrary<UrlState> {
  return fc.shuffledSubarray([...SLIDE_IDS], { minLength: 1 }).chain((panels: SlideId[]) => {
    const focusable = panels.filter(isPanelId);
    const focusArb: fc.Arbitrary<PanelId | null> =
      focusable.length > 0 ? fc.option(fc.constantFrom(...focusable), { nil: null }) : fc.constant(null);
    const wider: Record<string, fc.Arbitrary<unknown>> = {
      range: rangeArb,
      panels: fc.constant(panels),
      focus: focusArb,
      issuer: fc.option(fc.constantFrom(...ISSUER_IDS), { nil: null }),
      slide: fc.integer({ min: 1, max: panels.length }),
    };
    const arbs: Record<string, fc.Arbitrary<unknown>> = familiesArb();
    for (const row of scalarRows) arbs[row.field] = wider[row.field] ?? fc.constantFrom(...row.examples);
    if (options.pinned) {
      for (const p of PARAMS)
        if (p.kind === 'pin') arbs[p.field] = fc.option(fc.record(familiesArb()), { nil: undefined });
    }
    return fc.record(arbs) as unknown as fc.Arbitrary<UrlState>;
  });
}
