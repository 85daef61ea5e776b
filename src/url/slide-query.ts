/**
 * The small part of talks the first paint needs (the store captures slides and counts a talk's
 * slides); the talk link itself is read and written by `talk.ts`, loaded with the editor or a talk.
 */
import { encode, type UrlState } from './codec';

/** The part of a view a slide carries: what a link says, less language, theme, mode, slide, panels, focus. */
export function slideQuery(u: UrlState): string {
  const p = new URLSearchParams(encode({ ...u, talk: undefined }, { full: true }));
  for (const k of ['lang', 'theme', 'mode', 'slide', 'panels', 'focus']) p.delete(k);
  return p.toString().replace(/%2C/g, ',');
}

/** How many slides a talk code holds: its parts after the header (`url/talk.ts`). */
export function talkSlideCount(code: string): number {
  return code.split('.').length - 1;
}
