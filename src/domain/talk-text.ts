/**
 * The text rules of talks: captions and titles are one line of plain text, speaker notes keep their
 * lines; neither carries control or bidi-override characters. No React.
 */
import { NOTES_MAX } from './talk';

// Control characters (C0, DEL, C1) and the bidirectional embedding, override and isolate marks, which
// could make a caption read differently from what it holds.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end -= 1;
  return s.slice(0, end);
}

/**
 * A caption or title as the app keeps it: NFC, one line (line breaks and tabs become spaces), no
 * control or bidi-override characters, no lone surrogates, trimmed, at most `max` characters (UTF-16
 * units, as a text field's `maxlength` counts them). Markup is kept as text: it is never interpreted.
 */
export function cleanLine(raw: string, max: number): string {
  const s = raw
    .replace(LONE_SURROGATE, '\ufffd')
    .normalize('NFC')
    .replace(/[\r\n\t\u2028\u2029\u0085]+/g, ' ')
    .replace(CONTROLS, '')
    .trim();
  return cut(s, max).trim();
}

/** Speaker notes: like a caption, but line breaks stay (as `\n`). */
export function cleanNotes(raw: string, max = NOTES_MAX): string {
  const s = raw
    .replace(LONE_SURROGATE, '\ufffd')
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '')
    .trim();
  return cut(s, max).trim();
}
