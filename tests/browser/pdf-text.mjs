// A small reader for the PDFs headless Chromium (Skia) prints: its pages in order and the text on each,
// enough for tests to count pages and ask what a page holds. Objects are plain (no object streams, no
// encryption); content streams and CMaps are Flate-compressed; text is shown with Tj / TJ in fonts
// whose ToUnicode CMap maps glyph codes to characters. Not a general PDF parser.
import { inflateSync } from 'node:zlib';

/** Every `n 0 obj … endobj`: its dictionary text and, if any, its (inflated) stream. */
function readObjects(pdf) {
  const text = pdf.toString('latin1');
  const objects = new Map();
  const re = /(\d+) 0 obj\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const s = body.indexOf('stream');
    const dict = s < 0 ? body : body.slice(0, s);
    let stream = null;
    if (s >= 0) {
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      let from = start + s + 'stream'.length;
      if (text[from] === '\r') from++;
      if (text[from] === '\n') from++;
      const raw = pdf.subarray(from, from + length);
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    }
    objects.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return objects;
}

const ref = (dict, key) => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** A ToUnicode CMap: glyph code (hex) → text. */
function readCMap(text) {
  const map = new Map();
  const hexText = (h) => {
    let s = '';
    for (let i = 0; i + 4 <= h.length; i += 4)
      s += String.fromCharCode(Number.parseInt(h.slice(i, i + 4), 16));
    return s;
  };
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, to] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(code.toLowerCase(), hexText(to));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, to] of block[1].matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      const width = lo.length;
      const first = Number.parseInt(to, 16);
      for (let c = Number.parseInt(lo, 16); c <= Number.parseInt(hi, 16); c++)
        map.set(
          c.toString(16).padStart(width, '0'),
          String.fromCharCode(first + c - Number.parseInt(lo, 16)),
        );
    }
  return map;
}

/** The text a content stream shows, in the order it is drawn (runs joined by spaces). */
function showText(content, fonts) {
  const out = [];
  let cmap = null;
  let width = 4;
  const decode = (hex) => {
    let s = '';
    for (let i = 0; i + width <= hex.length; i += width)
      s += cmap?.get(hex.slice(i, i + width).toLowerCase()) ?? '';
    return s;
  };
  const re = /\/(\w+) [\d.]+ Tf|<([0-9a-fA-F]*)> ?Tj|\[((?:[^\]\\]|\\.)*)\] ?TJ|\(((?:[^)\\]|\\.)*)\) ?Tj/g;
  for (const m of content.matchAll(re)) {
    if (m[1]) {
      const font = fonts.get(m[1]);
      cmap = font?.cmap ?? null;
      width = font?.width ?? 4;
    } else if (m[2] !== undefined) out.push(decode(m[2]));
    else if (m[3] !== undefined)
      out.push([...m[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decode(h[1])).join(''));
    else if (m[4] !== undefined) out.push(m[4]);
  }
  return out.join(' ');
}

/** The pages of a PDF in order: `[{ width, height, text }]` (size in points; text as drawn, see `pageShows`). */
export function pdfPages(pdf) {
  const objects = readObjects(pdf);
  const get = (n) => objects.get(n) ?? { dict: '', stream: null };
  const root = ref(
    get(ref(pdf.toString('latin1').match(/trailer[\s\S]*$/)?.[0] ?? '', 'Root') ?? -1).dict,
    'Pages',
  );
  const pages = [];
  const walk = (n) => {
    const { dict } = get(n);
    if (/\/Type \/Pages\b/.test(dict)) {
      const kids = /\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '';
      for (const k of kids.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    } else if (/\/Type \/Page\b/.test(dict)) pages.push(dict);
  };
  if (root !== null) walk(root);
  else for (const [, o] of objects) if (/\/Type \/Page\b(?!s)/.test(o.dict)) pages.push(o.dict);
  const fontCache = new Map();
  const font = (n) => {
    if (!fontCache.has(n)) {
      const { dict } = get(n);
      const toUnicode = ref(dict, 'ToUnicode');
      const cmapText = toUnicode === null ? '' : (get(toUnicode).stream?.toString('latin1') ?? '');
      const cmap = readCMap(cmapText);
      const width = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(cmapText)?.[1].length ?? 4;
      fontCache.set(n, { cmap, width });
    }
    return fontCache.get(n);
  };
  return pages.map((dict) => {
    const box = /\/MediaBox \[([\d.\s-]+)\]/.exec(dict)?.[1].trim().split(/\s+/).map(Number) ?? [0, 0, 0, 0];
    const resources = /\/Resources (\d+) 0 R/.exec(dict) ? get(ref(dict, 'Resources')).dict : dict;
    const fonts = new Map();
    const fontDict = /\/Font <<([^>]*)>>/.exec(resources)?.[1] ?? '';
    for (const [, name, n] of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) fonts.set(name, font(Number(n)));
    const contents =
      /\/Contents \[([^\]]*)\]/.exec(dict)?.[1] ?? /\/Contents (\d+ 0 R)/.exec(dict)?.[1] ?? '';
    const text = [...contents.matchAll(/(\d+) 0 R/g)]
      .map((c) => showText(get(Number(c[1])).stream?.toString('latin1') ?? '', fonts))
      .join(' ');
    return { width: box[2] - box[0], height: box[3] - box[1], text };
  });
}

/**
 * Whether a page shows `needle`, spacing, case and apostrophes aside: Chromium positions glyphs one by
 * one in places (letter-spacing, justified runs), so the drawn text's spaces are not the DOM's; CSS may
 * upper-case a heading; a font that draws ’ and ʼ with one glyph maps it back to one of them.
 */
export function pageShows(page, needle) {
  const flat = (s) => s.replace(/\s+/g, '').replace(/[ʼ’']/g, "'").toLowerCase();
  return flat(page.text).includes(flat(needle));
}
