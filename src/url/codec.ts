/**
 * The URL codec: view state ⇄ query parameters. Pure, no React, no DOM.
 *
 * Each parameter is decoded on its own as valid, invalid (with a reason) or missing, so one bad
 * parameter never throws away the good ones (after OWID Grapher's query-param parser). An invalid
 * parameter falls back to its default. A version key plus migrations keep old links working.
 */
import {
  COMPONENT_IDS,
  type ComponentId,
  defaultWeights,
  isComponentId,
  MAX_WEIGHT,
  type Weights,
} from '../domain/pressure';
import {
  defaultScenario,
  isScenarioKey,
  normaliseScenarioValue,
  SCENARIO_KEYS,
  SCENARIO_SPECS,
  type Scenario,
} from '../domain/scenario';
import {
  DEFAULT_PANELS,
  FULL_RANGE,
  type IssuerId,
  isIssuerId,
  isPanelId,
  isSlideId,
  type PanelId,
  type SlideId,
  YEAR_MAX,
  YEAR_MIN,
  type YearRange,
} from '../panels/ids';

export const URL_VERSION = 1;
export const LANGS = ['en', 'zh-TW'] as const;
export type Lang = (typeof LANGS)[number];
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const MODES = ['dashboard', 'present', 'embed'] as const;
export type Mode = (typeof MODES)[number];
export const GAUGE_YEARS = [2025, 2026, 2027, 2028, 2029, 2030] as const;
export const DEFAULT_GAUGE_YEAR = 2026;
/** Values longer than this are rejected outright. */
export const MAX_VALUE_LENGTH = 200;

/** Everything a link carries: the shareable part of the view, scenario and weights. */
export interface UrlState {
  range: YearRange;
  panels: readonly SlideId[];
  focus: PanelId | null;
  issuer: IssuerId | null;
  weights: Weights;
  scenario: Scenario;
  lang: Lang;
  theme: Theme;
  mode: Mode;
  /** 1-based slide in present mode. */
  slide: number;
  /** The year the gauge reads. */
  year: number;
}

export function defaultUrlState(): UrlState {
  return {
    range: FULL_RANGE,
    panels: DEFAULT_PANELS,
    focus: null,
    issuer: null,
    weights: defaultWeights(),
    scenario: defaultScenario(),
    lang: 'en',
    theme: 'light',
    mode: 'dashboard',
    slide: 1,
    year: DEFAULT_GAUGE_YEAR,
  };
}

/** Why a parameter was ignored. `param` and `value` are user input: render them as text only. */
export interface UrlIssue {
  param: string;
  value: string;
  reason: string;
}

type Parsed<T> =
  | { status: 'valid'; value: T }
  | { status: 'invalid'; reason: string }
  | { status: 'missing' };
const valid = <T>(value: T): Parsed<T> => ({ status: 'valid', value });
const invalid = <T>(reason: string): Parsed<T> => ({ status: 'invalid', reason });

const isInt = (s: string) => /^-?\d{1,6}$/.test(s);
/** A plain decimal number: no exponent, hex, Infinity or NaN. */
const isDecimal = (s: string) => /^-?\d{1,6}(\.\d{1,6})?$/.test(s);

export function parseRange(raw: string): Parsed<YearRange> {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(raw.trim());
  if (!m) return invalid(`expected FROM-TO years, e.g. ${YEAR_MIN}-${YEAR_MAX}`);
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > to) return invalid(`the range is reversed (${from} is after ${to})`);
  if (from < YEAR_MIN || to > YEAR_MAX) return invalid(`years must lie within ${YEAR_MIN}–${YEAR_MAX}`);
  return valid([from, to] as const);
}

export function parsePanels(raw: string): Parsed<SlideId[]> & { dropped?: string[] } {
  const parts = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ids: SlideId[] = [];
  const dropped: string[] = [];
  for (const p of parts) {
    if (isSlideId(p)) {
      if (!ids.includes(p)) ids.push(p);
    } else dropped.push(p);
  }
  if (ids.length === 0) return invalid('no known panel ids');
  return dropped.length > 0 ? { status: 'valid', value: ids, dropped } : valid(ids);
}

function parseEnum<T extends string>(values: readonly T[], raw: string): Parsed<T> {
  return (values as readonly string[]).includes(raw)
    ? valid(raw as T)
    : invalid(`expected one of ${values.join(', ')}`);
}

export function parseWeight(raw: string): Parsed<number> {
  if (!isDecimal(raw)) return invalid('expected a number');
  const n = Number(raw);
  if (n < 0) return invalid('weights cannot be negative');
  if (n > MAX_WEIGHT) return invalid(`weights go up to ${MAX_WEIGHT}`);
  return valid(n);
}

export interface DecodeResult {
  state: UrlState;
  issues: UrlIssue[];
  /** The version the link was written in (after reading `v`). */
  version: number;
}

/** A migration rewrites the parameters of version N into those of version N + 1. */
export type Migration = (params: URLSearchParams) => URLSearchParams;
/** MIGRATIONS[i] migrates version i + 1 to i + 2. v1 is the first format, so the list is empty. */
export const MIGRATIONS: readonly Migration[] = [];

export function migrate(
  params: URLSearchParams,
  from: number,
  migrations: readonly Migration[] = MIGRATIONS,
): URLSearchParams {
  let p = new URLSearchParams(params);
  for (let v = from; v < migrations.length + 1; v++) {
    const m = migrations[v - 1];
    if (m) p = m(p);
  }
  return p;
}

/**
 * Decode a query string. Never throws; every invalid parameter is reported and replaced by its default.
 * Parameters that are not ours (e.g. `utm_source`) are ignored quietly.
 */
export function decode(search: string, migrations: readonly Migration[] = MIGRATIONS): DecodeResult {
  const issues: UrlIssue[] = [];
  const state = defaultUrlState();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return {
      state,
      issues: [{ param: '?', value: '', reason: 'the query string could not be read' }],
      version: URL_VERSION,
    };
  }
  const current = migrations.length + 1;
  let version = current;
  const rawV = params.get('v');
  if (rawV !== null) {
    if (!isInt(rawV) || Number(rawV) < 1) {
      issues.push({ param: 'v', value: rawV, reason: `unknown link version; read as v${current}` });
    } else if (Number(rawV) > current) {
      issues.push({ param: 'v', value: rawV, reason: `link is from a newer version; read as v${current}` });
    } else version = Number(rawV);
  }
  params = migrate(params, version, migrations);

  const seen = new Set<string>();
  const get = (key: string): string | null => {
    const all = params.getAll(key);
    if (all.length === 0) return null;
    seen.add(key);
    return all[all.length - 1] ?? null;
  };
  function apply<T>(param: string, parse: (raw: string) => Parsed<T>, set: (value: T) => void) {
    const raw = get(param);
    if (raw === null) return;
    if (raw.length > MAX_VALUE_LENGTH) {
      issues.push({
        param,
        value: `${raw.slice(0, 40)}…`,
        reason: `value is too long (${raw.length} characters)`,
      });
      return;
    }
    const r = parse(raw);
    if (r.status === 'valid') set(r.value);
    else if (r.status === 'invalid') issues.push({ param, value: raw, reason: r.reason });
  }

  apply('range', parseRange, (v) => {
    state.range = v;
  });
  apply(
    'panels',
    (raw) => {
      const r = parsePanels(raw);
      if (r.status === 'valid' && r.dropped) {
        issues.push({ param: 'panels', value: r.dropped.join(','), reason: 'unknown panel id(s) left out' });
      }
      return r;
    },
    (v) => {
      state.panels = v;
    },
  );
  apply(
    'focus',
    (raw): Parsed<PanelId | null> =>
      raw === '' ? valid(null) : isPanelId(raw) ? valid(raw) : invalid('unknown panel id'),
    (v) => {
      state.focus = v;
    },
  );
  apply(
    'issuer',
    (raw): Parsed<IssuerId | null> =>
      raw === '' ? valid(null) : isIssuerId(raw) ? valid(raw) : invalid('unknown issuer or vehicle'),
    (v) => {
      state.issuer = v;
    },
  );
  apply(
    'lang',
    (raw) => parseEnum(LANGS, raw),
    (v) => {
      state.lang = v;
    },
  );
  apply(
    'theme',
    (raw) => parseEnum(THEMES, raw),
    (v) => {
      state.theme = v;
    },
  );
  apply(
    'mode',
    (raw) => parseEnum(MODES, raw),
    (v) => {
      state.mode = v;
    },
  );
  apply(
    'year',
    (raw): Parsed<number> =>
      isInt(raw) && (GAUGE_YEARS as readonly number[]).includes(Number(raw))
        ? valid(Number(raw))
        : invalid(`expected a year from ${GAUGE_YEARS[0]} to ${GAUGE_YEARS[GAUGE_YEARS.length - 1]}`),
    (v) => {
      state.year = v;
    },
  );
  apply(
    'slide',
    (raw): Parsed<number> =>
      isInt(raw) && Number(raw) >= 1 ? valid(Number(raw)) : invalid('expected a slide number from 1'),
    (v) => {
      state.slide = v;
    },
  );

  for (const key of new Set(params.keys())) {
    if (key.startsWith('w.')) {
      const id = key.slice(2);
      if (!isComponentId(id)) {
        const raw = get(key) ?? '';
        issues.push({ param: key.slice(0, 60), value: raw.slice(0, 60), reason: 'unknown gauge component' });
        continue;
      }
      apply(key, parseWeight, (v) => {
        state.weights = { ...state.weights, [id as ComponentId]: v };
      });
    } else if (key.startsWith('s.')) {
      const k = key.slice(2);
      if (!isScenarioKey(k)) {
        const raw = get(key) ?? '';
        issues.push({ param: key.slice(0, 60), value: raw.slice(0, 60), reason: 'unknown scenario input' });
        continue;
      }
      const spec = SCENARIO_SPECS[k];
      apply(
        key,
        (raw): Parsed<number> => {
          if (!isDecimal(raw)) return invalid('expected a number');
          const n = Number(raw);
          if (n < spec.min || n > spec.max) return invalid(`expected ${spec.min} to ${spec.max}`);
          const v = normaliseScenarioValue(k, n);
          return v === null ? invalid('expected a number') : valid(v);
        },
        (v) => {
          state.scenario = { ...state.scenario, [k]: v };
        },
      );
    }
  }

  // Cross-parameter checks, after each parameter was read on its own.
  if (state.focus !== null && !state.panels.includes(state.focus)) {
    issues.push({ param: 'focus', value: state.focus, reason: 'that panel is not among the listed panels' });
    state.focus = null;
  }
  if (state.slide > state.panels.length) {
    issues.push({
      param: 'slide',
      value: String(state.slide),
      reason: `there are only ${state.panels.length} slide(s)`,
    });
    state.slide = 1;
  }
  return { state, issues, version };
}

function formatNumber(n: number): string {
  return String(n);
}

/**
 * Encode a state as query parameters. `full` writes every parameter (for share links, which must survive
 * changes of defaults); otherwise only those that differ from the defaults, plus `v`.
 */
export function encode(state: UrlState, options: { full?: boolean } = {}): string {
  const full = options.full ?? false;
  const d = defaultUrlState();
  const p = new URLSearchParams();
  p.set('v', String(URL_VERSION));
  const put = (key: string, value: string, defaultValue: string) => {
    if (full || value !== defaultValue) p.set(key, value);
  };
  put('mode', state.mode, d.mode);
  put('slide', String(state.slide), String(d.slide));
  put('range', `${state.range[0]}-${state.range[1]}`, `${d.range[0]}-${d.range[1]}`);
  put('panels', state.panels.join(','), d.panels.join(','));
  put('focus', state.focus ?? '', '');
  put('issuer', state.issuer ?? '', '');
  put('year', String(state.year), String(d.year));
  put('lang', state.lang, d.lang);
  put('theme', state.theme, d.theme);
  for (const id of COMPONENT_IDS)
    put(`w.${id}`, formatNumber(state.weights[id]), formatNumber(d.weights[id]));
  for (const k of SCENARIO_KEYS) put(`s.${k}`, formatNumber(state.scenario[k]), formatNumber(d.scenario[k]));
  // URLSearchParams encodes ',' as %2C; keep lists readable.
  return p.toString().replace(/%2C/g, ',');
}

/** Is this change to the URL state one the user steps through with Back/Forward (a discrete change)? */
export function isDiscreteChange(a: UrlState, b: UrlState): boolean {
  return (
    a.mode !== b.mode ||
    a.slide !== b.slide ||
    a.focus !== b.focus ||
    a.issuer !== b.issuer ||
    a.lang !== b.lang ||
    a.theme !== b.theme ||
    a.year !== b.year ||
    a.panels.join(',') !== b.panels.join(',')
  );
}
