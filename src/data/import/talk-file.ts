/**
 * Talks as the browser keeps them and as talk files (versioned JSON a presenter carries to another
 * machine, for talks too long for a link, with their speaker notes and the imported series they use).
 * Checked with Zod when read, like view files; captions and titles are cleaned to plain text.
 */
import * as z from 'zod/mini';
import { SLIDE_IDS } from '../../domain/ids';
import { CAPTION_MAX, NOTES_MAX, SLIDES_MAX, type Talk, type TalkSlide, TITLE_MAX } from '../../domain/talk';
import { cleanLine, cleanNotes } from '../../domain/talk-text';
import type { ImportedSeries } from '../../domain/types';
import { ImportedSeriesSchema } from './schema';

export const TALK_FILE_FORMAT = 'bubble-pressure-talk';
export const TALK_FILE_VERSION = 1;
/** A slide's view is a short query string; anything longer is not one of ours. */
const VIEW_MAX = 4000;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const text = (max: number) => z.string().check(z.maxLength(max));

export const TalkSlideSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  panel: z.enum(SLIDE_IDS),
  view: text(VIEW_MAX),
  caption: text(CAPTION_MAX),
  notes: text(NOTES_MAX),
});

export const TalkSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  title: text(TITLE_MAX),
  slides: z.array(TalkSlideSchema).check(z.maxLength(SLIDES_MAX)),
  updatedAt: z.string().check(z.maxLength(40)),
});

const _slide: Same<z.infer<typeof TalkSlideSchema>, TalkSlide> = true;
const _talk: Same<z.infer<typeof TalkSchema>, Talk> = true;
void [_slide, _talk];

/** A talk file: a talk's content (ids are the reader's business) and the imported series it uses. */
const TalkFileSchema = z.object({
  format: z.literal(TALK_FILE_FORMAT),
  version: z.literal(TALK_FILE_VERSION),
  title: text(TITLE_MAX),
  slides: z
    .array(
      z.object({
        panel: z.enum(SLIDE_IDS),
        view: text(VIEW_MAX),
        caption: text(CAPTION_MAX),
        notes: z.optional(text(NOTES_MAX)),
      }),
    )
    .check(z.minLength(1), z.maxLength(SLIDES_MAX)),
  imports: z.optional(z.array(ImportedSeriesSchema)),
});

export interface TalkFile {
  title: string;
  slides: Pick<TalkSlide, 'panel' | 'view' | 'caption' | 'notes'>[];
  imports: ImportedSeries[];
}

/** Clean a talk's text (plain, one-line captions and titles; notes keep their lines). */
export function cleanTalkText<
  T extends { title: string; slides: readonly { caption: string; notes: string }[] },
>(t: T): T {
  return {
    ...t,
    title: cleanLine(t.title, TITLE_MAX),
    slides: t.slides.map((s) => ({
      ...s,
      caption: cleanLine(s.caption, CAPTION_MAX),
      notes: cleanNotes(s.notes),
    })),
  };
}

export function encodeTalkFile(t: TalkFile): string {
  const body = {
    format: TALK_FILE_FORMAT,
    version: TALK_FILE_VERSION,
    title: t.title,
    slides: t.slides.map(({ panel, view, caption, notes }) => ({ panel, view, caption, notes })),
    imports: t.imports,
  };
  return `${JSON.stringify(body, null, 1)}\n`;
}

/** Is this parsed JSON meant to be a talk file (so its problems are talk-file problems)? */
export function looksLikeTalkFile(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && (data as { format?: unknown }).format === TALK_FILE_FORMAT
  );
}

export type TalkFileResult =
  | { ok: true; talk: TalkFile }
  | { ok: false; code: 'json' | 'format' | 'newer' | 'invalid'; detail: string };

/** Read a talk file. Never throws: a problem says what and where (`slides.2.caption: …`). */
export function decodeTalkFile(json: string): TalkFileResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, code: 'json', detail: e instanceof Error ? e.message : String(e) };
  }
  if (!looksLikeTalkFile(data)) return { ok: false, code: 'format', detail: TALK_FILE_FORMAT };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > TALK_FILE_VERSION)
    return { ok: false, code: 'newer', detail: `v${version} > v${TALK_FILE_VERSION}` };
  const r = TalkFileSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    return {
      ok: false,
      code: 'invalid',
      detail: i ? `${i.path.join('.') || '(file)'}: ${i.message}` : 'invalid',
    };
  }
  return {
    ok: true,
    talk: cleanTalkText({
      title: r.data.title,
      slides: r.data.slides.map((s) => ({
        panel: s.panel,
        view: s.view,
        caption: s.caption,
        notes: s.notes ?? '',
      })),
      imports: r.data.imports ?? [],
    }),
  };
}
