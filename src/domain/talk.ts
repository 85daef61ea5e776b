/**
 * Talks: a presenter's sequence of slides, each one panel (or the gauge) in a view of its own, with a
 * caption for the room and speaker notes for the presenter. Plain data and text rules, no React.
 *
 * A slide's view is kept as a query string of the URL codec (`v=1&range=2024-2027&issuer=meta…`,
 * without language, theme, mode, slide, panels or focus: those stay the viewer's or follow from the
 * slide), so stored talks and talk files go through the same migrations as links.
 */
import type { SlideId } from './ids';

/** A caption is one line of plain text shown on the slide. */
export const CAPTION_MAX = 280;
export const TITLE_MAX = 120;
/** Speaker notes: several lines, never shown on the projected slide. */
export const NOTES_MAX = 4000;
/** Talks a browser keeps; slides a talk holds. */
export const TALKS_MAX = 50;
export const SLIDES_MAX = 200;

export interface TalkSlide {
  /** Stable within the talk (rows keep their identity while they move). */
  id: string;
  panel: SlideId;
  /** The slide's view as a query string of the URL codec. */
  view: string;
  caption: string;
  notes: string;
}

export interface Talk {
  id: string;
  title: string;
  slides: TalkSlide[];
  updatedAt: string;
}

/** The list with the item at `from` moved to `to` (both clamped); the same list when nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const n = list.length;
  if (n === 0) return [...list];
  const a = Math.min(n - 1, Math.max(0, Math.trunc(from)));
  const b = Math.min(n - 1, Math.max(0, Math.trunc(to)));
  const out = [...list];
  if (a === b) return out;
  const [item] = out.splice(a, 1);
  out.splice(b, 0, item as T);
  return out;
}

let counter = 0;
/** A short id, unique within this browser for practical purposes (time, a counter and randomness). */
export function newId(now: number = Date.now()): string {
  counter = (counter + 1) % 1296;
  return `${now.toString(36)}${counter.toString(36).padStart(2, '0')}${Math.floor(Math.random() * 1296)
    .toString(36)
    .padStart(2, '0')}`;
}
