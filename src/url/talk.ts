/**
 * The talk link: a whole talk (title, and per slide its panel, view and caption) in one query
 * parameter, `talk=`. Pure, no React, no DOM.
 *
 * Format v1, written only with `A–Z a–z 0–9 . _ -` (characters no mail client or chat app escapes or
 * cuts a link at; it never ends with `.`):
 *
 *     talk = HEADER ("." SLIDE)*
 *     HEADER = VERSION COUNT TITLE CHECK      VERSION, COUNT: one base-62 digit each
 *     SLIDE  = VIEW "_" CAPTION CHECK          CHECK: two base-62 digits, a hash of the rest
 *
 * VIEW is the slide's panel (one digit) and only what differs from the defaults, one letter a
 * setting: `r` years (two digits, from 1997), `i` issuer, `y` gauge year (from 2025), `w` weight and
 * `s` scenario input (an index digit and a number: digits, `M` minus, `P` point), `b` a pinned
 * baseline with its `x` weights and `z` inputs where they differ, `n` imported series names.
 * Ids are indices into the v1 tables below, which only ever grow.
 *
 * Text (title, caption) keeps letters and digits as they are, a space is `_`, common punctuation is
 * `-` and one digit, `-Z` switches to runs of other characters (three digits each, e.g. Chinese) and
 * back, and `-Y` and four digits is any other character. Each part carries its own check, so a slide
 * that was changed or cut is refused on its own and the others still open.
 *
 * This module reads and writes the whole talk; a slide's VIEW is in talk-view.ts, the text, base-62
 * digits and checks in link-text.ts.
 */
import { CAPTION_MAX, newId, type Talk, type TalkSlide, TITLE_MAX } from '../domain/talk';
import { cleanLine } from '../domain/talk-text';
import { type DecodeResult, decode, type UrlIssue, type UrlState } from './codec';
import { check, decodeText, digit, encodeText, value62 } from './link-text';
import { slideQuery, talkSlideCount } from './slide-query';
import { encodeView, readView, slideState, TALK_VERSION } from './talk-view';

export { slideQuery, talkSlideCount };

/** Slides a link can hold (COUNT is one digit); longer talks go in a talk file. */
export const TALK_LINK_SLIDES = 61;

/** What a link carries of a talk: the title and, per slide, panel, view and caption (never the notes). */
export interface TalkContent {
  title: string;
  slides: readonly Pick<TalkSlide, 'panel' | 'view' | 'caption'>[];
}

export type TalkEncode = { ok: true; code: string } | { ok: false; reason: 'too-many'; max: number };

/** One slide as link characters (without the separator). */
export function encodeSlide(slide: Pick<TalkSlide, 'panel' | 'view' | 'caption'>): string {
  const body = `${encodeView(slide.panel, slideState(slide.view))}_${encodeText(cleanLine(slide.caption, CAPTION_MAX))}`;
  return `${body}${check(body)}`;
}

/** A talk as the value of `talk=`: only URL-safe characters, each slide only what differs from the defaults. */
export function encodeTalk(talk: TalkContent): TalkEncode {
  if (talk.slides.length > TALK_LINK_SLIDES) return { ok: false, reason: 'too-many', max: TALK_LINK_SLIDES };
  const head = `${digit(TALK_VERSION)}${digit(talk.slides.length)}${encodeText(cleanLine(talk.title, TITLE_MAX))}`;
  return { ok: true, code: [`${head}${check(head)}`, ...talk.slides.map(encodeSlide)].join('.') };
}

export interface TalkRead {
  /** The format version the link says it was written in (0 when unreadable). */
  version: number;
  title: string;
  /** The slides that could be read, in order; `at` is each one's place in the link (1-based). */
  slides: (TalkSlide & { at: number })[];
  issues: UrlIssue[];
}

const excerpt = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Read a `talk=` value: every slide on its own. A slide that was changed or cut, shows an unknown
 * panel or cannot be read is left out with an issue naming it (`talk.<n>`) and why; a setting of a
 * slide's view the codec rejects is reported as `talk.<n>.<param>` and falls back to its default.
 * Never throws.
 */
export function decodeTalk(raw: string, makeId: () => string = () => newId()): TalkRead {
  const issues: UrlIssue[] = [];
  // Mail clients may wrap a long link: white space is never part of a talk.
  const parts = raw.replace(/\s+/g, '').split('.');
  const head = parts[0] ?? '';
  const version = value62(head[0]);
  let title = '';
  let count: number | null = null;
  if (version < 1) {
    issues.push({ param: 'talk', value: excerpt(head), reason: 'talk-format', usedDefault: false });
  } else {
    if (version > TALK_VERSION)
      issues.push({
        param: 'talk',
        value: `v${version}`,
        reason: 'talk-version-newer',
        detail: { version, current: TALK_VERSION },
        usedDefault: false,
      });
    const body = head.slice(0, -2);
    const t = body.length >= 2 && check(body) === head.slice(-2) ? decodeText(body.slice(2)) : null;
    if (t === null)
      issues.push({ param: 'talk', value: excerpt(head), reason: 'talk-title', usedDefault: false });
    else {
      title = cleanLine(t, TITLE_MAX);
      count = value62(body[1]);
    }
  }
  const slides: TalkRead['slides'] = [];
  for (let n = 1; n < parts.length; n++) {
    const part = parts[n] ?? '';
    const refuse = (reason: UrlIssue['reason']) =>
      issues.push({ param: `talk.${n}`, value: excerpt(part), reason, detail: { n }, usedDefault: false });
    const body = part.slice(0, -2);
    if (part.length < 4 || check(body) !== part.slice(-2)) {
      refuse('talk-slide-damaged');
      continue;
    }
    const cut = body.indexOf('_');
    if (cut < 0) {
      refuse('talk-slide-view');
      continue;
    }
    const view = readView(body.slice(0, cut), version);
    if (!view.ok) {
      refuse(view.reason);
      continue;
    }
    const text = decodeText(body.slice(cut + 1));
    if (text === null) {
      refuse('talk-slide-text');
      continue;
    }
    const caption = cleanLine(text, CAPTION_MAX);
    if (cleanLine(text, Number.MAX_SAFE_INTEGER).length > CAPTION_MAX)
      issues.push({
        param: `talk.${n}`,
        value: excerpt(caption),
        reason: 'talk-caption-long',
        detail: { n, max: CAPTION_MAX },
        usedDefault: false,
      });
    const read = decode(view.query);
    for (const i of read.issues) {
      if (i.param === 'v') continue;
      issues.push({ ...i, param: `talk.${n}.${i.param}` });
    }
    slides.push({
      id: makeId(),
      at: n,
      panel: view.panel as TalkSlide['panel'],
      view: slideQuery(read.state),
      caption,
      notes: '',
    });
  }
  const got = parts.length - 1;
  if (count !== null && count !== got)
    issues.push({
      param: 'talk',
      value: excerpt(head),
      reason: 'talk-count',
      detail: { expected: count, got },
      usedDefault: false,
    });
  if (slides.length === 0 && version >= 1)
    issues.push({ param: 'talk', value: excerpt(raw), reason: 'talk-empty', usedDefault: false });
  return { version: Math.max(0, version), title, slides, issues };
}

/** A talk read from a link, as the app keeps talks. */
export function talkFromRead(read: TalkRead, id = 'link'): Talk {
  return {
    id,
    title: read.title,
    slides: read.slides.map(({ at: _at, ...s }) => s),
    updatedAt: '',
  };
}

/**
 * After a link was decoded: read its talk, add the talk's issues, write the talk back in its canonical
 * form (only the slides that could be read), start it in present mode unless the link names a mode,
 * and keep `slide` within the talk. A talk with no readable slide is dropped.
 */
export function applyTalkLink(
  result: DecodeResult,
  search: string,
): DecodeResult & {
  /** Imported series the talk's slides use (the link names them, never their data). */ talkImported: string[];
} {
  const raw = result.state.talk;
  if (!raw) return { ...result, talkImported: [] };
  const read = decodeTalk(raw);
  const issues = [...result.issues, ...read.issues];
  const state: UrlState = { ...result.state };
  const named = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).has('mode');
  if (read.slides.length === 0) {
    state.talk = undefined;
    return { ...result, state, issues, talkImported: [] };
  }
  // More slides than a link can count (a tampered link): the first ones.
  const talk = talkFromRead(read);
  talk.slides = talk.slides.slice(0, TALK_LINK_SLIDES);
  const enc = encodeTalk(talk);
  state.talk = enc.ok ? enc.code : undefined;
  const count = talk.slides.length;
  if (!named) state.mode = 'present';
  if (state.slide > count) {
    issues.push({
      param: 'slide',
      value: String(state.slide),
      reason: 'slide-past',
      detail: { count },
      usedDefault: false,
    });
    state.slide = count;
  }
  const talkImported = [...new Set(talk.slides.flatMap((x) => slideState(x.view).imported ?? []))];
  return { ...result, state, issues, talkImported };
}
