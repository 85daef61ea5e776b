/**
 * Makes a drawn snapshot (snapshot.ts) a file that stands on its own: the bundled font faces its text
 * uses embedded as data (`embedPageFonts`), or the picture drawn into a PNG (`svgToPng`). Loaded
 * lazily, on the first export.
 */
import type { Snapshot } from './snapshot';

function parseRanges(range: string): Array<[number, number]> {
  return range
    .split(',')
    .map((r) => r.trim().replace(/^U\+/i, ''))
    .filter((r) => r.length > 0)
    .map((r) => {
      const [a, b] = r.split('-');
      if (a?.includes('?'))
        return [Number.parseInt(a.replace(/\?/g, '0'), 16), Number.parseInt(a.replace(/\?/g, 'F'), 16)];
      const lo = Number.parseInt(a ?? '0', 16);
      return [lo, b ? Number.parseInt(b, 16) : lo];
    });
}

function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** The families of a CSS font-family list, unquoted, in order. */
export function familyList(value: string): string[] {
  return value
    .split(',')
    .map((f) => f.trim().replace(/^["']|["']$/g, ''))
    .filter((f) => f.length > 0);
}

interface PageFace {
  family: string;
  weight: string;
  style: string;
  range: string;
  ranges: Array<[number, number]>;
  url: URL;
}

/** The page's own @font-face rules with a woff2 file from its origin (the bundled fonts). */
function pageFaces(): PageFace[] {
  const out: PageFace[] = [];
  for (const sheet of [...document.styleSheets]) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of [...rules]) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const src = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (!src) continue;
      const url = new URL(src, sheet.href ?? document.baseURI);
      if (url.origin !== window.location.origin) continue;
      const range = rule.style.getPropertyValue('unicode-range');
      out.push({
        family: familyList(rule.style.getPropertyValue('font-family'))[0] ?? '',
        weight: rule.style.getPropertyValue('font-weight') || '400',
        style: rule.style.getPropertyValue('font-style') || 'normal',
        range,
        ranges: range ? parseRanges(range) : [[0, 0x10ffff]],
        url,
      });
    }
  }
  return out;
}

/**
 * The page draws its text with fonts from its own files: the bundled Inter for Latin text, and for zh-TW
 * the bundled Noto Sans TC. A picture opened elsewhere cannot reach them, nor can the PNG (an SVG image
 * cannot use the page's fonts), so the faces its text needs are embedded as data (nothing external): for
 * each character, the first family of the picture's font stack that the app bundles with a face covering
 * it (the Latin subset of Inter is about 48 KB, 64 KB as base64; a zh-TW picture adds the Noto slices of
 * its characters). Fonts the app does not bundle stay names, with the system stack as the fallback.
 */
export async function embedPageFonts(snap: Snapshot): Promise<Snapshot> {
  await document.fonts?.ready;
  const stackAttr = /font-family="([^"]*)"/.exec(snap.svg)?.[1] ?? '';
  const stack = familyList(stackAttr.replace(/&quot;/g, '"'));
  const chars = new Set<number>();
  for (const ch of snap.svg.replace(/<[^>]*>/g, '')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp > 0x20) chars.add(cp);
  }
  const faces = pageFaces();
  const needed = new Set<PageFace>();
  for (const cp of chars) {
    for (const family of stack) {
      const covering = faces.filter(
        (f) => f.family === family && f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi),
      );
      if (covering.length === 0) continue;
      for (const f of covering) needed.add(f);
      break;
    }
  }
  if (needed.size === 0) return snap;
  const rules: string[] = [];
  for (const f of needed) {
    const res = await fetch(f.url);
    if (!res.ok) continue;
    const data = bytesToBase64(new Uint8Array(await res.arrayBuffer()));
    rules.push(
      `@font-face{font-family:"${f.family}";font-weight:${f.weight};font-style:${f.style};src:url(data:font/woff2;base64,${data}) format("woff2");${f.range ? `unicode-range:${f.range};` : ''}}`,
    );
  }
  if (rules.length === 0) return snap;
  const at = snap.svg.indexOf('>') + 1;
  return {
    ...snap,
    svg: `${snap.svg.slice(0, at)}\n<style>${rules.join('\n')}</style>${snap.svg.slice(at)}`,
  };
}

/** Draw an SVG document at `scale`× into a PNG (a data: URL image, which the CSP's img-src allows). */
export async function svgToPng(snap: Snapshot, scale = 2): Promise<Blob> {
  const img = new Image();
  img.width = snap.width;
  img.height = snap.height;
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('the SVG could not be drawn'));
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(snap.svg)}`;
  await loaded;
  // The page's fonts settled and the image (with its embedded faces) decoded before it is drawn.
  await document.fonts?.ready;
  await img.decode().catch(() => undefined);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(snap.width * scale);
  canvas.height = Math.round(snap.height * scale);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no canvas');
  g.scale(scale, scale);
  g.drawImage(img, 0, 0, snap.width, snap.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
