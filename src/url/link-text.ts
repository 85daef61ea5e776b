/**
 * The characters of a talk link (talk.ts): base-62 digits, text written with only `A–Z a–z 0–9 . _ -`
 * (`encodeText` / `decodeText`, the grammar in talk.ts's header) and the two-digit check each part
 * carries. Pure, no React, no DOM.
 */

/** Base-62 digits: a number's digit, a digit's value (−1 when not a digit), fixed-width numbers. */
const B62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const digit = (n: number) => B62[n] ?? '';
export const value62 = (c: string | undefined) => (c === undefined ? -1 : B62.indexOf(c));
export function b62(n: number, width: number): string {
  let s = '';
  let x = n;
  for (let i = 0; i < width; i++) {
    s = digit(x % 62) + s;
    x = Math.floor(x / 62);
  }
  return s;
}
export function read62(s: string): number {
  let n = 0;
  for (const c of s) {
    const v = value62(c);
    if (v < 0) return -1;
    n = n * 62 + v;
  }
  return n;
}

/**
 * Characters written as `-` and one digit (the digit's place in this list): ASCII punctuation, the
 * space (inside names), typographic punctuation and the CJK punctuation of zh-TW captions.
 */
const ESCAPED = [
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ ',
  ...'–—‘’“”…·×€£→≈',
  // ， 。 、 : ; ! ? 「 」 ( ) 《 》 and the ideographic space, all full-width
  ...'\uff0c\u3002\u3001\uff1a\uff1b\uff01\uff1f\u300c\u300d\uff08\uff09\u300a\u300b\u3000',
];
const ESCAPE_OF = new Map(ESCAPED.map((c, i) => [c, digit(i)]));
/** `-Y` + four digits: any character. `-Z`: switch between letters and runs of three-digit characters. */
const ANY = 'Y';
const WIDE = 'Z';
const WIDE_MAX = 62 ** 3;
const ALNUM = /^[A-Za-z0-9]$/;

/** Text → link characters. `space`: `_` (captions, titles) or escaped (names, inside a view). */
export function encodeText(text: string, space: '_' | 'escaped' = '_'): string {
  let out = '';
  let wide = false;
  for (const ch of text) {
    if (ch === ' ' && space === '_') {
      out += '_';
      continue;
    }
    const e = ESCAPE_OF.get(ch);
    if (e !== undefined) {
      out += `-${e}`;
      continue;
    }
    if (ALNUM.test(ch)) {
      if (wide) out += `-${WIDE}`;
      wide = false;
      out += ch;
      continue;
    }
    const cp = ch.codePointAt(0) ?? 0xfffd;
    if (cp < WIDE_MAX) {
      if (!wide) out += `-${WIDE}`;
      wide = true;
      out += b62(cp, 3);
    } else out += `-${ANY}${b62(cp, 4)}`;
  }
  return out;
}

const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;

/** Link characters → text, or null when they do not follow the grammar. */
export function decodeText(code: string, space: '_' | 'escaped' = '_'): string | null {
  let out = '';
  let wide = false;
  let i = 0;
  while (i < code.length) {
    const c = code[i] as string;
    if (c === '_' && space === '_') {
      out += ' ';
      i += 1;
    } else if (c === '-') {
      const e = code[i + 1];
      if (e === WIDE) {
        wide = !wide;
        i += 2;
      } else if (e === ANY) {
        const cp = read62(code.slice(i + 2, i + 6));
        if (code.length < i + 6 || cp < 0 || cp > 0x10ffff || isSurrogate(cp)) return null;
        out += String.fromCodePoint(cp);
        i += 6;
      } else {
        const ch = ESCAPED[value62(e)];
        if (ch === undefined) return null;
        out += ch;
        i += 2;
      }
    } else if (ALNUM.test(c)) {
      if (wide) {
        const three = code.slice(i, i + 3);
        if (!/^[A-Za-z0-9]{3}$/.test(three)) return null;
        const cp = read62(three);
        if (isSurrogate(cp)) return null;
        out += String.fromCodePoint(cp);
        i += 3;
      } else {
        out += c;
        i += 1;
      }
    } else return null;
  }
  return out;
}

/** Two base-62 digits of an FNV-1a hash: changes and cuts are caught (all but 1 in 3,844). */
export function check(body: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    h ^= body.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return b62(h % 3844, 2);
}
