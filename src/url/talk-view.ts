/**
 * A slide's VIEW in a talk link (talk.ts): the panel and only the settings that differ from the
 * defaults, one letter a setting, ids as indices into the v1 tables (append only). Pure, no React, no DOM.
 */
import { decode, defaultUrlState, type UrlState } from './codec';
import { b62, decodeText, digit, encodeText, read62, value62 } from './link-text';

/**
 * 2 since method v2 (URL v2): the weights table grew by method v2's parts, and a v1 talk's views are read
 * as URL v1 views (so a v1 `valuation` weight still carries to the NVIDIA drawdown; codec.ts MIGRATIONS).
 */
export const TALK_VERSION = 2;

// ---- v1 tables: ids by index. Append only: a new id goes at the end, nothing moves. ----
export const V1_SLIDES = [
  'gauge',
  'capex',
  'dc-investment',
  'bonds',
  'spv',
  'ig-share',
  'valuation',
  'compute-mix',
  'depreciation',
  'credit',
  'pressure',
  'history',
] as const;
export const V1_ISSUERS = [
  'alphabet',
  'amazon',
  'meta',
  'microsoft',
  'oracle',
  'xai',
  'crusoe',
  'hyperion',
  'xai-gpu-spv',
  'vantage',
  'abilene',
] as const;
export const V1_COMPONENTS = [
  'capex-growth',
  'debt-financing',
  'off-balance-sheet',
  'valuation',
  'monetization-gap',
  'depreciation',
  'credit-concentration',
  // Talk v2 (method v2's parts; docs/METHOD.md §7).
  'run-up',
  'investment',
  'credit',
  'spread-compression',
  'spread-widening',
  'drawdown',
  'ai-drawdown',
  'capex-cut',
] as const;
export const V1_INPUTS = ['life', 'growth', 'debt', 'drawdown', 'inference', 'gdp'] as const;
const RANGE_BASE = 1997;
/** Ranges reaching back before 1997 (the history panel's years, from 1923): tag `R`, two base-62 digits each. */
const LONG_RANGE_BASE = 1923;
const YEAR_BASE = 2025;

/** A number as the view writes it: at most six decimals, `M` for minus and `P` for the point. */
function num(x: number): string {
  const s = String(Number(x.toFixed(6)));
  return s.replace('-', 'M').replace('.', 'P');
}
const NUM = /^M?\d{1,9}(P\d{1,9})?/;

/** A slide's view as a full URL state (language and theme: the viewer's, given in `reader`). */
export function slideState(
  view: string,
  reader: { lang?: UrlState['lang']; theme?: UrlState['theme'] } = {},
) {
  return decode(view, undefined, reader).state;
}

/** The VIEW part of a slide: the panel and only what differs from the defaults. */
export function encodeView(panel: string, u: UrlState): string {
  const d = defaultUrlState();
  let s = digit(Math.max(0, (V1_SLIDES as readonly string[]).indexOf(panel)));
  if (u.range[0] !== d.range[0] || u.range[1] !== d.range[1])
    s +=
      u.range[0] < RANGE_BASE
        ? `R${b62(u.range[0] - LONG_RANGE_BASE, 2)}${b62(u.range[1] - LONG_RANGE_BASE, 2)}`
        : `r${digit(u.range[0] - RANGE_BASE)}${digit(u.range[1] - RANGE_BASE)}`;
  const issuer = u.issuer ? (V1_ISSUERS as readonly string[]).indexOf(u.issuer) : -1;
  if (issuer >= 0) s += `i${digit(issuer)}`;
  if (u.year !== d.year) s += `y${digit(u.year - YEAR_BASE)}`;
  V1_COMPONENTS.forEach((id, i) => {
    if (u.weights[id] !== d.weights[id]) s += `w${digit(i)}${num(u.weights[id])}`;
  });
  V1_INPUTS.forEach((k, i) => {
    if (u.scenario[k] !== d.scenario[k]) s += `s${digit(i)}${num(u.scenario[k])}`;
  });
  const b = u.baseline;
  if (b) {
    s += 'b';
    V1_COMPONENTS.forEach((id, i) => {
      if (b.weights[id] !== u.weights[id]) s += `x${digit(i)}${num(b.weights[id])}`;
    });
    V1_INPUTS.forEach((k, i) => {
      if (b.scenario[k] !== u.scenario[k]) s += `z${digit(i)}${num(b.scenario[k])}`;
    });
  }
  if (u.imported && u.imported.length > 0) {
    const names = encodeText(u.imported.join(','), 'escaped');
    if (names.length < 62 * 62) s += `n${b62(names.length, 2)}${names}`;
  }
  return s;
}

type ViewRead =
  | { ok: true; panel: string; query: string }
  | { ok: false; reason: 'talk-slide-panel' | 'talk-slide-view' };

/**
 * VIEW → the slide's panel and a query string for the URL codec, which then checks every value as it
 * checks a link (an unknown index becomes `#<n>`, which the codec reports as unknown).
 */
export function readView(view: string, talkVersion: number = TALK_VERSION): ViewRead {
  const panel = V1_SLIDES[value62(view[0])];
  if (panel === undefined)
    return { ok: false, reason: view.length === 0 ? 'talk-slide-view' : 'talk-slide-panel' };
  const p = new URLSearchParams();
  // A talk v1 view was written under URL v1 (method v1's weights): the codec migrates it.
  if (talkVersion < 2) p.set('v', '1');
  let i = 1;
  const idx = () => {
    const v = value62(view[i]);
    i += 1;
    return v;
  };
  const number = (): string | null => {
    const m = NUM.exec(view.slice(i));
    if (!m) return null;
    i += m[0].length;
    return m[0].replace('M', '-').replace('P', '.');
  };
  const id = (table: readonly string[], n: number) => (n < 0 ? null : (table[n] ?? `#${n}`));
  while (i < view.length) {
    const tag = view[i];
    i += 1;
    if (tag === 'r') {
      const a = idx();
      const b = idx();
      if (a < 0 || b < 0) return { ok: false, reason: 'talk-slide-view' };
      p.set('range', `${RANGE_BASE + a}-${RANGE_BASE + b}`);
    } else if (tag === 'R') {
      const [a1, a2, b1, b2] = [idx(), idx(), idx(), idx()];
      if (a1 < 0 || a2 < 0 || b1 < 0 || b2 < 0) return { ok: false, reason: 'talk-slide-view' };
      p.set('range', `${LONG_RANGE_BASE + a1 * 62 + a2}-${LONG_RANGE_BASE + b1 * 62 + b2}`);
    } else if (tag === 'i') {
      const v = id(V1_ISSUERS, idx());
      if (v === null) return { ok: false, reason: 'talk-slide-view' };
      p.set('issuer', v);
    } else if (tag === 'y') {
      const a = idx();
      if (a < 0) return { ok: false, reason: 'talk-slide-view' };
      p.set('year', String(YEAR_BASE + a));
    } else if (tag === 'w' || tag === 's' || tag === 'x' || tag === 'z') {
      const table = tag === 'w' || tag === 'x' ? V1_COMPONENTS : V1_INPUTS;
      const key = id(table, idx());
      const n = number();
      if (key === null || n === null) return { ok: false, reason: 'talk-slide-view' };
      const prefix = tag === 'w' ? 'w.' : tag === 's' ? 's.' : tag === 'x' ? 'base.w.' : 'base.s.';
      p.set(`${prefix}${key}`, n);
    } else if (tag === 'b') {
      p.set('base', '1');
    } else if (tag === 'n') {
      const len = read62(view.slice(i, i + 2));
      const names = len < 0 ? null : decodeText(view.slice(i + 2, i + 2 + len), 'escaped');
      if (names === null || view.length < i + 2 + len) return { ok: false, reason: 'talk-slide-view' };
      p.set('imported', names);
      i += 2 + len;
    } else return { ok: false, reason: 'talk-slide-view' };
  }
  return { ok: true, panel, query: p.toString().replace(/%2C/g, ',') };
}
