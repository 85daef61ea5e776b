/**
 * Zod schemas for what the app keeps in the browser and in view files: imported series and saved
 * views. Checked at compile time to agree with the domain types, like the fixture schemas.
 */
import * as z from 'zod/mini';
import type { ImportedPoint, ImportedSeries, SavedView } from '../../domain/types';
import { KIND_IDS, UNIT_IDS } from '../../domain/types';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const ImportedPointSchema = z.object({
  period: z.union([z.int(), z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2}(T[\d:.]+Z)?)?$/))]),
  value: z.number(),
  kind: z.enum(KIND_IDS),
  source: z.string(),
  note: z.optional(z.string()),
});

export const ImportedSeriesSchema = z.object({
  name: z.string().check(z.minLength(1)),
  unit: z.nullable(z.enum(UNIT_IDS)),
  unitText: z.string(),
  format: z.enum(['long', 'fred', 'owid']),
  file: z.string(),
  sources: z.array(z.string()),
  points: z.array(ImportedPointSchema).check(z.minLength(1)),
  panel: z.nullable(z.string()),
});

export const SavedViewSchema = z.object({
  name: z.string().check(z.minLength(1)),
  query: z.string(),
  savedAt: z.string(),
});

const _point: Same<z.infer<typeof ImportedPointSchema>, ImportedPoint> = true;
const _series: Same<z.infer<typeof ImportedSeriesSchema>, ImportedSeries> = true;
const _view: Same<z.infer<typeof SavedViewSchema>, SavedView> = true;
void [_point, _series, _view];
