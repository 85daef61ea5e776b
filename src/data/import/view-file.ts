/**
 * View files: a view (its URL state) plus the imported series it uses, as one JSON file a presenter
 * carries to another machine. Checked with Zod when opened.
 */
import * as z from 'zod/mini';
import type { ImportedSeries } from '../../domain/types';
import { ImportedSeriesSchema } from './schema';

export const VIEW_FILE_FORMAT = 'bubble-pressure-view';
export const VIEW_FILE_VERSION = 1;

const ViewFileSchema = z.object({
  format: z.literal(VIEW_FILE_FORMAT),
  version: z.literal(VIEW_FILE_VERSION),
  name: z.optional(z.string()),
  query: z.string(),
  imports: z.array(ImportedSeriesSchema),
});

export interface ViewFile {
  name?: string | undefined;
  query: string;
  imports: ImportedSeries[];
}

export function encodeViewFile(v: ViewFile): string {
  return `${JSON.stringify({ format: VIEW_FILE_FORMAT, version: VIEW_FILE_VERSION, ...v }, null, 1)}\n`;
}

/** Is this parsed JSON meant to be a view file (so its problems are view-file problems)? */
export function looksLikeViewFile(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && (data as { format?: unknown }).format === VIEW_FILE_FORMAT
  );
}

export type ViewFileResult = { ok: true; view: ViewFile } | { ok: false; detail: string };

export function decodeViewFile(text: string): ViewFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
  const r = ViewFileSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    return { ok: false, detail: i ? `${i.path.join('.') || '(file)'}: ${i.message}` : 'invalid' };
  }
  return {
    ok: true,
    view: { ...(r.data.name ? { name: r.data.name } : {}), query: r.data.query, imports: r.data.imports },
  };
}
