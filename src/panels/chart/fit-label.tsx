/**
 * A chart annotation that stays inside its chart whatever the font: it is measured as drawn (the page's
 * font, the CSS size), moved sideways to stay within the chart when it is centred on a mark near an edge,
 * and wrapped onto more lines when it is wider than the room it has (between characters where a word or a
 * run of CJK text is longer than the room), so the whole text always shows.
 * Used as a Recharts `label` content: `label={fitLabel(text, 'insideTopLeft')}`.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DefaultZIndexes, useChartWidth, usePlotArea, ZIndexLayer } from 'recharts';

export type FitPosition =
  | 'insideTopLeft'
  | 'insideTopRight'
  | 'insideBottomLeft'
  | 'insideBottomRight'
  | 'insideTop'
  | 'insideBottom'
  | 'top';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where Recharts puts a label of `position` on `box` (the same anchors and offsets as its own labels). */
export function anchorOf(
  box: Box,
  position: FitPosition,
  offset: number,
): { x: number; y: number; h: 'start' | 'middle' | 'end'; v: 'start' | 'end' } {
  const left = box.x + offset;
  const right = box.x + box.width - offset;
  const centre = box.x + box.width / 2;
  const top = box.y + offset;
  const bottom = box.y + box.height - offset;
  switch (position) {
    case 'insideTopLeft':
      return { x: left, y: top, h: 'start', v: 'start' };
    case 'insideTopRight':
      return { x: right, y: top, h: 'end', v: 'start' };
    case 'insideBottomLeft':
      return { x: left, y: bottom, h: 'start', v: 'end' };
    case 'insideBottomRight':
      return { x: right, y: bottom, h: 'end', v: 'end' };
    case 'insideTop':
      return { x: centre, y: top, h: 'middle', v: 'start' };
    case 'insideBottom':
      return { x: centre, y: bottom, h: 'middle', v: 'end' };
    case 'top':
      return { x: centre, y: box.y - offset, h: 'middle', v: 'end' };
  }
}

/**
 * Break `text` into lines no wider than `room` (by `measure`): at spaces where it can, between characters
 * where a word (or a run of CJK text) is wider than the room on its own. No text is dropped.
 */
export function wrapLines(text: string, room: number, measure: (s: string) => number): string[] {
  if (measure(text) <= room) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= room) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(word) <= room) {
      line = word;
      continue;
    }
    for (const ch of word) {
      if (line && measure(line + ch) > room) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const LINE_EM = 1.15;

/**
 * Counts the page's finished font loads. Text is measured again after each: a CJK slice of the bundled Noto
 * Sans TC loads only once a label first needs it, after the label was first measured with a fallback.
 */
function useFontLoads(): number {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    if (!fonts?.addEventListener) return;
    const bump = () => setLoads((n) => n + 1);
    fonts.addEventListener('loadingdone', bump);
    return () => fonts.removeEventListener('loadingdone', bump);
  }, []);
  return loads;
}

/** Width in px of text in `el`'s computed font (a canvas measures it; the font is the page's, loaded). */
function measurer(el: Element): (s: string) => number {
  const cs = getComputedStyle(el);
  const ctx = document.createElement('canvas').getContext('2d');
  const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  const size = Number.parseFloat(cs.fontSize) || 11;
  return (s: string) => {
    if (!ctx) return s.length * size * 0.6;
    ctx.font = font;
    return ctx.measureText(s).width;
  };
}

/** Width in px of `text` at `fontSize` in the page's font (for room kept beside bars for their labels). */
export function textWidth(text: string, fontSize: number, weight = 400): number {
  if (typeof document === 'undefined') return text.length * fontSize * 0.6;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return text.length * fontSize * 0.6;
  ctx.font = `${weight} ${fontSize}px ${getComputedStyle(document.body).fontFamily}`;
  return ctx.measureText(text).width;
}

/**
 * A category axis label wrapped onto as many lines as it needs within `room` px (between characters
 * where a word or a CJK run is too long), right-aligned against the axis and centred on its band.
 * Recharts wraps at spaces only, so "2000年網路泡沫高峰（140–190%）" would run out of the chart.
 */
export function WrappedTick({
  x = 0,
  y = 0,
  payload,
  room,
  fill,
  fontSize,
}: {
  x?: number;
  y?: number;
  payload?: { value?: unknown };
  room: number;
  fill: string;
  fontSize: number;
}) {
  const text = String(payload?.value ?? '');
  const ref = useRef<SVGTextElement>(null);
  const [lines, setLines] = useState<string[]>([text]);
  const fontLoads = useFontLoads();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the measure reads the element's font (size, loaded faces)
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const next = wrapLines(text, Math.max(20, room), measurer(el));
    setLines((prev) => (prev.join('\n') === next.join('\n') ? prev : next));
  }, [text, room, fontSize, fontLoads]);
  const first = `${(-(lines.length - 1) / 2) * LINE_EM + 0.355}em`;
  return (
    <text
      ref={ref}
      x={x}
      y={y}
      textAnchor="end"
      fill={fill}
      fontSize={fontSize}
      className="recharts-text recharts-cartesian-axis-tick-value"
    >
      {keyed(lines).map(({ key, line }, i) => (
        <tspan key={key} x={x} dy={i === 0 ? first : `${LINE_EM}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Lines keyed by where they start in the text (two equal lines keep distinct keys). */
function keyed(lines: readonly string[]): Array<{ key: number; line: string }> {
  let at = 0;
  return lines.map((line) => {
    const key = at;
    at += line.length + 1;
    return { key, line };
  });
}

// Own prop names (`at`, `cls`): Recharts clones the label element with its Label's props (`position`,
// `className`…), which would override props of the same name.
function FitLabelText({
  viewBox,
  text,
  at,
  offset = 5,
  cls = 'annotation',
}: {
  viewBox?: Partial<Box>;
  text: string;
  at: FitPosition;
  offset?: number;
  cls?: string;
}) {
  const plot = usePlotArea();
  const chartWidth = useChartWidth() ?? 0;
  const ref = useRef<SVGTextElement>(null);
  const [fit, setFit] = useState<{ lines: string[]; dx: number }>({ lines: [text], dx: 0 });
  const fontLoads = useFontLoads();
  const box: Box = {
    x: viewBox?.x ?? 0,
    y: viewBox?.y ?? 0,
    width: viewBox?.width ?? 0,
    height: viewBox?.height ?? 0,
  };
  const a = anchorOf(box, at, offset);
  // The label may use the chart's width right of the value axis (the plot and its right margin).
  const lo = (plot?.x ?? 0) + 2;
  const hi = Math.max(lo, chartWidth - 2);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again when a font face finishes loading
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || hi <= lo) return;
    const measure = measurer(el);
    // Room on the anchor's side(s) within [lo, hi]; a centred label may move sideways to use the whole width.
    const room = a.h === 'start' ? hi - a.x : a.h === 'end' ? a.x - lo : hi - lo;
    const lines = wrapLines(text, Math.max(20, room), measure);
    const w = Math.max(...lines.map(measure));
    let dx = 0;
    if (a.h === 'middle') {
      const left = a.x - w / 2;
      if (left < lo) dx = lo - left;
      else if (left + w > hi) dx = hi - (left + w);
    }
    setFit((f) => (f.dx === dx && f.lines.join('\n') === lines.join('\n') ? f : { lines, dx }));
  }, [text, a.x, a.h, lo, hi, fontLoads]);
  const n = fit.lines.length;
  // The first line's shift: hanging below the anchor ('start') or ending above it ('end').
  const firstDy = a.v === 'start' ? '0.71em' : `${-(n - 1) * LINE_EM}em`;
  // Drawn in Recharts' label layer, over the data: where a line crosses the text, the text's halo (chart.css)
  // keeps it readable instead of the line striking it through.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <text
        ref={ref}
        x={a.x + fit.dx}
        y={a.y}
        textAnchor={a.h}
        className={`recharts-text ${cls}`}
        data-fit-label={n > 1 ? 'wrapped' : ''}
      >
        {keyed(fit.lines).map(({ key, line }, i) => (
          <tspan key={key} x={a.x + fit.dx} dy={i === 0 ? firstDy : `${LINE_EM}em`}>
            {line}
          </tspan>
        ))}
      </text>
    </ZIndexLayer>
  );
}

/** A Recharts `label` prop for a reference line or area: `text` at `position`, fitted to the chart. */
export function fitLabel(text: string, position: FitPosition, className?: string) {
  return <FitLabelText text={text} at={position} {...(className === undefined ? {} : { cls: className })} />;
}
