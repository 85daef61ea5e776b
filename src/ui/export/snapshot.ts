/**
 * A standalone SVG of what a panel (or the gauge) shows, read from the live page: every chart SVG is
 * copied with its computed styles written inline (theme colours resolved, no class or stylesheet
 * needed), HTML text (legends, captions, tables) becomes SVG text at the place it is drawn, small
 * coloured boxes (swatches, stacked bars) become rectangles. A header (the title and its unit line) and
 * one credit line at the bottom (title · source · as of · the view's short link, domain/export/
 * credit-line.ts) are added, and the background is painted. No stylesheet is referenced:
 * text names the page's font stack (the bundled Inter first, then the system fonts), and
 * `embedPageFonts` (snapshot-file.ts) embeds the bundled faces it uses as data. Loaded lazily, on the
 * first export.
 */

import { type CreditInput, fitCreditLine } from '../../domain/export/credit-line';
import { formatDate } from '../../domain/format';
import type { Translate } from '../../i18n/messages';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the computed style of every element of a chart SVG. */
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  // Annotation labels paint their halo (a stroke in the panel's colour) under their text.
  'paint-order',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Parts of a panel that are controls or transient, never exported. */
const SKIP = [
  '[data-export-skip]',
  '.panel-actions',
  '.export-menu',
  '.readout',
  '.sr-only',
  '.panel-loading',
  '.table-wrap',
  '.source-list',
  'button:not([data-issuer])',
  'input[type="range"]',
  'input[type="checkbox"]',
  '[data-plot-overlay]',
  '.crosshair',
  '.drag-area',
].join(',');

export interface SnapshotSpec {
  title: string;
  /** Lines under the title (the unit). */
  lines: readonly string[];
  /** The one line the picture ends with: title · source · as of · short link. */
  credit: Omit<CreditInput, 'asOf'> & {
    /** The data's date (ISO), worded here ("As of Jun 12, 2026"); null when the data carry none. */
    asOf: string | null;
  };
  /** Elements whose content is drawn, at their place on the page. */
  parts: readonly Element[];
  /** Element whose left edge and width the image takes (default: the union of the parts). */
  frame?: Element | undefined;
}

export interface Snapshot {
  svg: string;
  width: number;
  height: number;
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function isTransparent(color: string): boolean {
  return color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color) || color === '';
}

let measureCtx: CanvasRenderingContext2D | null = null;
function textWidth(text: string, font: string): number {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return text.length * 7;
  measureCtx.font = font;
  return measureCtx.measureText(text).width;
}

/** Break text into lines no wider than `width`: at spaces where it can, anywhere (URLs, CJK) where not. */
export function wrap(text: string, width: number, font: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.split(/(?<=\s)/)) {
    if (textWidth(line + token, font) <= width) {
      line += token;
      continue;
    }
    // A word that fits a line of its own starts one; a longer one (a link) fills lines character by character.
    if (textWidth(token, font) <= width) {
      if (line) lines.push(line.trimEnd());
      line = token;
      continue;
    }
    for (const ch of token) {
      if (textWidth(line + ch, font) > width && line) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += ch;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A copy of a chart SVG with every element's computed presentation written into its style attribute. */
function inlineSvg(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const cs = getComputedStyle(el);
    const style = SVG_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    target.setAttribute('style', style);
    target.removeAttribute('class');
    // Presentation attributes holding CSS variables would not resolve outside the page.
    for (const attr of ['fill', 'stroke', 'color']) {
      if (target.getAttribute(attr)?.includes('var(')) target.setAttribute(attr, cs.getPropertyValue(attr));
    }
  });
  for (const el of clone.querySelectorAll(SKIP)) el.remove();
  return clone;
}

interface Ctx {
  ox: number;
  oy: number;
  out: string[];
  bg: string;
}

function textEl(x: number, y: number, text: string, cs: CSSStyleDeclaration): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" dominant-baseline="central" style="font-family:${esc(
    cs.fontFamily,
  )};font-size:${cs.fontSize};font-weight:${cs.fontWeight};font-style:${cs.fontStyle};fill:${cs.color}">${esc(text)}</text>`;
}

/** One text node as SVG text: one element per line box it occupies. */
function drawText(node: Text, ctx: Ctx) {
  const raw = node.data;
  const start = raw.search(/\S/);
  if (start < 0) return;
  const end = raw.trimEnd().length;
  const parent = node.parentElement;
  if (!parent) return;
  const cs = getComputedStyle(parent);
  if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) return;
  // Measure the text without its surrounding spaces, so it starts where its first letter is drawn.
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  const first = rects[0];
  if (!first) return;
  if (rects.length === 1) {
    const text = raw.slice(start, end).replace(/\s+/g, ' ');
    ctx.out.push(textEl(first.left - ctx.ox, first.top + first.height / 2 - ctx.oy, text, cs));
    return;
  }
  // Wrapped text: group characters by the line they sit on.
  let line = '';
  let lineRect: DOMRect | null = null;
  const flush = () => {
    if (lineRect && line.trim())
      ctx.out.push(
        textEl(lineRect.left - ctx.ox, lineRect.top + lineRect.height / 2 - ctx.oy, line.trim(), cs),
      );
    line = '';
    lineRect = null;
  };
  for (let i = start; i < end; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getBoundingClientRect();
    const ch = raw[i] ?? '';
    if (r.width === 0 && r.height === 0) {
      line += ' ';
      continue;
    }
    if (lineRect && Math.abs(r.top - lineRect.top) > lineRect.height / 2) flush();
    if (!lineRect) {
      if (!ch.trim()) continue;
      lineRect = r;
    }
    line += ch;
  }
  flush();
}

/** The number of an item of a numbered list (drawn by CSS, so not a text node). */
function drawListMarker(li: Element, cs: CSSStyleDeclaration, ctx: Ctx) {
  if (li.tagName !== 'LI' || cs.display !== 'list-item' || cs.listStyleType !== 'decimal') return;
  const parent = li.parentElement;
  if (parent?.tagName !== 'OL') return;
  const n = [...parent.children].indexOf(li) + 1;
  const r = li.getBoundingClientRect();
  const lineHeight = Number.parseFloat(cs.lineHeight) || Number.parseFloat(cs.fontSize) * 1.3;
  ctx.out.push(
    textEl(r.left - ctx.ox - 4, r.top + lineHeight / 2 - ctx.oy, `${n}.`, cs).replace(
      '<text ',
      '<text text-anchor="end" ',
    ),
  );
}

function drawBox(el: Element, cs: CSSStyleDeclaration, ctx: Ctx) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return;
  const bg = cs.backgroundColor;
  const borderW = Number.parseFloat(cs.borderTopWidth);
  const sameBorder =
    borderW > 0 &&
    cs.borderTopWidth === cs.borderRightWidth &&
    cs.borderTopWidth === cs.borderBottomWidth &&
    cs.borderTopWidth === cs.borderLeftWidth &&
    cs.borderTopStyle !== 'none';
  const fill = !isTransparent(bg) && bg !== ctx.bg ? bg : null;
  // A thick left border is a colour key (the gauge's band, notices): draw it as a bar.
  const leftW = Number.parseFloat(cs.borderLeftWidth);
  if (!sameBorder && leftW >= 3 && cs.borderLeftStyle !== 'none' && !isTransparent(cs.borderLeftColor))
    ctx.out.push(
      `<rect x="${(r.left - ctx.ox).toFixed(1)}" y="${(r.top - ctx.oy).toFixed(1)}" width="${leftW}" height="${r.height.toFixed(1)}" style="fill:${cs.borderLeftColor}"/>`,
    );
  if (!fill && !sameBorder) return;
  const radius = Number.parseFloat(cs.borderTopLeftRadius) || 0;
  ctx.out.push(
    `<rect x="${(r.left - ctx.ox).toFixed(1)}" y="${(r.top - ctx.oy).toFixed(1)}" width="${r.width.toFixed(1)}" height="${r.height.toFixed(1)}" rx="${radius}" style="fill:${fill ?? 'none'};fill-opacity:${cs.opacity};stroke:${sameBorder ? cs.borderTopColor : 'none'};stroke-width:${sameBorder ? borderW : 0}"/>`,
  );
}

function walk(node: Node, ctx: Ctx) {
  if (node.nodeType === Node.TEXT_NODE) {
    drawText(node as Text, ctx);
    return;
  }
  if (!(node instanceof Element)) return;
  if (node.matches(SKIP)) return;
  const cs = getComputedStyle(node);
  if (cs.display === 'none' || cs.visibility === 'hidden') return;
  if (node instanceof SVGSVGElement) {
    const r = node.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return;
    const clone = inlineSvg(node);
    clone.setAttribute('x', (r.left - ctx.ox).toFixed(1));
    clone.setAttribute('y', (r.top - ctx.oy).toFixed(1));
    clone.setAttribute('width', r.width.toFixed(1));
    clone.setAttribute('height', r.height.toFixed(1));
    clone.setAttribute('overflow', 'visible');
    clone.removeAttribute('aria-hidden');
    ctx.out.push(new XMLSerializer().serializeToString(clone));
    return;
  }
  drawBox(node, cs, ctx);
  drawListMarker(node, cs, ctx);
  if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement) {
    const r = node.getBoundingClientRect();
    const text = node instanceof HTMLSelectElement ? (node.selectedOptions[0]?.text ?? '') : node.value;
    if (text) ctx.out.push(textEl(r.left - ctx.ox + 4, r.top + r.height / 2 - ctx.oy, text, cs));
    return;
  }
  for (const child of node.childNodes) walk(child, ctx);
}

/**
 * Where a part's drawn content ends: its box's bottom, or, when it holds content never exported (a panel's
 * own tables below its chart), the bottom of what is drawn plus the part's bottom padding, so the picture
 * has no empty band where that content was.
 */
function drawnBottom(part: Element): number {
  const r = part.getBoundingClientRect();
  if (!part.querySelector('[data-export-skip]')) return r.bottom;
  let bottom = r.top;
  for (const el of part.querySelectorAll('*')) {
    // Skipped content, and the boxes that hold it (their other children count instead).
    if (el.closest(SKIP) || el.querySelector('[data-export-skip]')) continue;
    const b = el.getBoundingClientRect();
    if (b.width > 0 && b.height > 0) bottom = Math.max(bottom, b.bottom);
  }
  return Math.min(r.bottom, bottom + (Number.parseFloat(getComputedStyle(part).paddingBottom) || 0));
}

/** The standalone SVG document for a snapshot, its credit line worded with `t` in `locale`. */
export function snapshotSvg(spec: SnapshotSpec, t: Translate, locale: string): Snapshot {
  const rootCs = getComputedStyle(document.body);
  const bg = isTransparent(rootCs.backgroundColor) ? '#ffffff' : rootCs.backgroundColor;
  const fg = rootCs.color;
  const muted = getComputedStyle(document.documentElement).getPropertyValue('--muted').trim() || fg;
  const family = rootCs.fontFamily;
  const rects = spec.parts.map((p) => p.getBoundingClientRect());
  const frame = spec.frame?.getBoundingClientRect();
  const pad = 12;
  // Without a frame, the parts get a margin of their own.
  const left = frame?.left ?? Math.min(...rects.map((r) => r.left)) - pad;
  const right = frame?.right ?? Math.max(...rects.map((r) => r.right)) + pad;
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...spec.parts.map(drawnBottom));
  const width = Math.round(right - left);
  const inner = width - 2 * pad;

  const head: string[] = [];
  let y = pad;
  const titleFont = `600 18px ${family}`;
  for (const l of wrap(spec.title, inner, titleFont)) {
    head.push(
      `<text x="${pad}" y="${y + 11}" dominant-baseline="central" style="font-family:${esc(family)};font-size:18px;font-weight:600;fill:${fg}">${esc(l)}</text>`,
    );
    y += 24;
  }
  const smallFont = `400 12px ${family}`;
  const small = (l: string, yy: number) =>
    `<text x="${pad}" y="${yy + 8}" dominant-baseline="central" style="font-family:${esc(family)};font-size:12px;fill:${muted}">${esc(l)}</text>`;
  for (const line of spec.lines)
    for (const l of wrap(line, inner, smallFont)) {
      head.push(small(l, y));
      y += 16;
    }
  y += 8;
  const bodyTop = y;
  const ctx: Ctx = { ox: left, oy: top - bodyTop, out: [], bg };
  for (const p of spec.parts) walk(p, ctx);
  y = bodyTop + (bottom - top) + 10;
  const foot: string[] = [
    `<line x1="${pad}" x2="${width - pad}" y1="${y}" y2="${y}" style="stroke:${muted};stroke-opacity:0.4;stroke-width:1"/>`,
  ];
  y += 6;
  // One line, fitted to the width (a narrow picture sets it smaller): its link's text may be cut, the
  // link itself (an <a>) stays whole.
  const labels = {
    source: (list: string) => `${t('panel.sourceLabel')} ${list}`,
    listSeparator: t('panel.sourceSeparator'),
    more: (n: number) => t('panel.moreSources', { count: n }),
  };
  const asOf = spec.credit.asOf;
  const creditInput = {
    ...spec.credit,
    asOf: asOf ? t('panel.asOf', { date: formatDate(asOf, locale) }) : null,
  };
  const credit = fitCreditLine(creditInput, labels, inner, (text, size) =>
    textWidth(text, `400 ${size}px ${family}`),
  );
  const spans = credit.segments
    .filter((seg) => seg.text.length > 0)
    .map((seg) =>
      seg.href
        ? `<a href="${esc(seg.href)}"><tspan>${esc(seg.text)}</tspan></a>`
        : `<tspan>${esc(seg.text)}</tspan>`,
    )
    .join('');
  foot.push(
    `<text x="${pad}" y="${y + 8}" dominant-baseline="central" data-credit-line="" style="font-family:${esc(family)};font-size:${credit.size}px;fill:${muted}">${spans}</text>`,
  );
  y += 16;
  const height = Math.round(y + pad);
  const svg = [
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(family)}">`,
    `<title>${esc(spec.title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" style="fill:${bg}"/>`,
    ...head,
    ...ctx.out,
    ...foot,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

export { saveBlob } from './save';
