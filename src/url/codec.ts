/**
 * The URL codec: view state ⇄ query parameters. Pure, no React, no DOM.
 *
 * Each parameter is decoded on its own as valid, invalid (with a reason) or missing, so one bad
 * parameter never throws away the good ones (after OWID Grapher's query-param parser). An invalid
 * parameter falls back to its default. A version key plus migrations keep old links working.
 */

import {
  DEFAULT_PANELS,
  FULL_RANGE,
  type IssuerId,
  isIssuerId,
  isPanelId,
  isSlideId,
  type PanelId,
  RANGE_MIN,
  type SlideId,
  YEAR_MAX,
  YEAR_MIN,
  type YearRange,
} from '../domain/ids';
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
import { LANGS, type Lang } from '../i18n/lang';

export const URL_VERSION = 1;
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
  /** A pinned baseline scenario to compare with (B), or none. */
  baseline?: Baseline | null | undefined;
  /** Names of the imported series the view uses (the link carries names, never data). */
  imported?: readonly string[] | undefined;
  /** A talk (`talk=`), as its link code; read by `url/talk.ts`, opaque here. */
  talk?: string | undefined;
}

/** The weights and scenario of a pinned baseline (B), compared with the current view (A). */
export interface Baseline {
  weights: Weights;
  scenario: Scenario;
}

/**
 * The reader's own defaults, for the parameters a link leaves out: the browser's language and colour
 * scheme. They stand in for the built-in defaults when decoding and encoding.
 */
export interface ReaderDefaults {
  lang?: Lang;
  theme?: Theme;
}

export function defaultUrlState(reader: ReaderDefaults = {}): UrlState {
  return {
    ...baseDefaults(),
    ...(reader.lang ? { lang: reader.lang } : {}),
    ...(reader.theme ? { theme: reader.theme } : {}),
  };
}

function baseDefaults(): UrlState {
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

/** Why a parameter was ignored: a message key suffix (`url.reason.<reason>`) plus its placeholders. */
export type UrlReason =
  | 'version-unknown'
  | 'version-newer'
  | 'too-long'
  | 'range-format'
  | 'range-reversed'
  | 'range-span'
  | 'panels-none'
  | 'panels-unknown'
  | 'enum'
  | 'weight-number'
  | 'weight-negative'
  | 'weight-max'
  | 'focus-unknown'
  | 'focus-hidden'
  | 'issuer-unknown'
  | 'year-range'
  | 'slide-number'
  | 'slide-past'
  | 'component-unknown'
  | 'input-unknown'
  | 'scenario-number'
  | 'scenario-range'
  | 'param-unknown'
  | 'param-like'
  | TalkReason;
/** Why a talk link (`talk=`) or one of its slides was not read in full (see `url/talk.ts`). */
export type TalkReason =
  | 'talk-format'
  | 'talk-version-newer'
  | 'talk-title'
  | 'talk-count'
  | 'talk-empty'
  | 'talk-slide-damaged'
  | 'talk-slide-panel'
  | 'talk-slide-view'
  | 'talk-slide-text'
  | 'talk-caption-long';
/** The longest `talk=` value read (a talk longer than this goes in a talk file). */
export const MAX_TALK_LENGTH = 12000;
export type ReasonDetail = Readonly<Record<string, string | number>>;

/**
 * An ignored (or partly ignored) parameter. `param` and `value` are user input: render them as text only.
 * `usedDefault` is false when part of the value still applied (e.g. the known ids of a `panels` list).
 */
export interface UrlIssue {
  param: string;
  value: string;
  reason: UrlReason;
  detail?: ReasonDetail;
  usedDefault: boolean;
}

type Parsed<T> =
  | { status: 'valid'; value: T }
  | { status: 'invalid'; reason: UrlReason; detail?: ReasonDetail }
  | { status: 'missing' };
const valid = <T>(value: T): Parsed<T> => ({ status: 'valid', value });
const invalid = <T>(reason: UrlReason, detail?: ReasonDetail): Parsed<T> =>
  detail ? { status: 'invalid', reason, detail } : { status: 'invalid', reason };

const isInt = (s: string) => /^-?\d{1,6}$/.test(s);
/** A plain decimal number: no exponent, hex, Infinity or NaN. */
const isDecimal = (s: string) => /^-?\d{1,6}(\.\d{1,6})?$/.test(s);

export function parseRange(raw: string): Parsed<YearRange> {
  // Read leniently: an en or em dash, a minus sign or spaces around the dash mean the same range.
  const m = /^(\d{4})(?:\s*[-\u2010-\u2015\u2212]\s*(\d{4}))?$/.exec(raw.trim());
  if (!m) return invalid('range-format', { min: YEAR_MIN, max: YEAR_MAX });
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > to) return invalid('range-reversed', { from, to });
  if (from < RANGE_MIN || to > YEAR_MAX) return invalid('range-span', { min: RANGE_MIN, max: YEAR_MAX });
  return valid([from, to] as const);
}

export function parsePanels(raw: string): Parsed<SlideId[]> & { dropped?: string[] } {
  const parts = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ids: SlideId[] = [];
  const dropped: string[] = [];
  for (const part of parts) {
    const p = part.toLowerCase();
    if (isSlideId(p)) {
      if (!ids.includes(p)) ids.push(p);
    } else dropped.push(p);
  }
  if (ids.length === 0) return invalid('panels-none');
  return dropped.length > 0 ? { status: 'valid', value: ids, dropped } : valid(ids);
}

/** One of `values`, ignoring case and surrounding spaces (`theme=Dark`). */
function parseEnum<T extends string>(values: readonly T[], raw: string): Parsed<T> {
  const wanted = raw.trim().toLowerCase();
  const hit = values.find((v) => v.toLowerCase() === wanted);
  return hit !== undefined ? valid(hit) : invalid('enum', { values: values.join(', ') });
}

/** A language tag read leniently where it is unambiguous: `zh-tw`, `zh_TW`, `zh-Hant`, `zh-HK`, `en-GB`. */
export function parseLang(raw: string): Parsed<Lang> {
  const tag = raw.trim().toLowerCase().replace(/_/g, '-');
  if (tag === 'en' || tag.startsWith('en-')) return valid('en');
  if (/^zh-(tw|hk|mo|hant)(-|$)/.test(tag)) return valid('zh-TW');
  return invalid('enum', { values: LANGS.join(', ') });
}

/** An id read leniently: case and surrounding spaces ignored (`issuer=Meta`). */
const idValue = (raw: string) => raw.trim().toLowerCase();

/** Other sites' tracking parameters, ignored quietly; any other parameter we do not know gets a notice. */
const FOREIGN_PARAM = /^(utm_.*|fbclid|gclid|msclkid|mc_cid|mc_eid|ref)$/i;

/** Edit distance, for "did you mean" on a mistyped parameter name (short strings only). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

export function parseWeight(raw: string): Parsed<number> {
  if (!isDecimal(raw)) return invalid('weight-number');
  const n = Number(raw);
  if (n < 0) return invalid('weight-negative');
  if (n > MAX_WEIGHT) return invalid('weight-max', { max: MAX_WEIGHT });
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
export function decode(
  search: string,
  migrations: readonly Migration[] = MIGRATIONS,
  reader: ReaderDefaults = {},
): DecodeResult {
  const issues: UrlIssue[] = [];
  const state = defaultUrlState(reader);
  // URLSearchParams accepts any string (bad escapes are kept as text), so this cannot throw.
  let params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const current = migrations.length + 1;
  let version = current;
  const rawV = params.get('v');
  if (rawV !== null) {
    if (!isInt(rawV) || Number(rawV) < 1) {
      issues.push({
        param: 'v',
        value: rawV,
        reason: 'version-unknown',
        detail: { current },
        usedDefault: true,
      });
    } else if (Number(rawV) > current) {
      issues.push({
        param: 'v',
        value: rawV,
        reason: 'version-newer',
        detail: { current },
        usedDefault: true,
      });
    } else version = Number(rawV);
  }
  params = migrate(params, version, migrations);

  /** The last value of a repeated parameter wins, as in most query-string readers. */
  const get = (key: string): string | null => {
    const all = params.getAll(key);
    return all.length === 0 ? null : (all[all.length - 1] ?? null);
  };
  /** Parameters some reader looked at: whatever is left over is unknown. */
  const known = new Set<string>(['v']);
  function apply<T>(param: string, parse: (raw: string) => Parsed<T>, set: (value: T) => void) {
    known.add(param);
    const raw = get(param);
    if (raw === null) return;
    if (raw.length > MAX_VALUE_LENGTH) {
      issues.push({
        param,
        value: `${raw.slice(0, 40)}…`,
        reason: 'too-long',
        detail: { length: raw.length },
        usedDefault: true,
      });
      return;
    }
    const r = parse(raw);
    if (r.status === 'valid') set(r.value);
    else if (r.status === 'invalid')
      issues.push({
        param,
        value: raw,
        reason: r.reason,
        ...(r.detail ? { detail: r.detail } : {}),
        usedDefault: true,
      });
  }

  apply('range', parseRange, (v) => {
    state.range = v;
  });
  apply(
    'panels',
    (raw) => {
      const r = parsePanels(raw);
      if (r.status === 'valid' && r.dropped) {
        issues.push({
          param: 'panels',
          value: r.dropped.join(','),
          reason: 'panels-unknown',
          usedDefault: false,
        });
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
      raw === ''
        ? valid(null)
        : isPanelId(idValue(raw))
          ? valid(idValue(raw) as PanelId)
          : invalid('focus-unknown'),
    (v) => {
      state.focus = v;
    },
  );
  apply(
    'issuer',
    (raw): Parsed<IssuerId | null> =>
      raw === ''
        ? valid(null)
        : isIssuerId(idValue(raw))
          ? valid(idValue(raw) as IssuerId)
          : invalid('issuer-unknown'),
    (v) => {
      state.issuer = v;
    },
  );
  apply('lang', parseLang, (v) => {
    state.lang = v;
  });
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
        : invalid('year-range', {
            from: GAUGE_YEARS[0],
            to: GAUGE_YEARS[GAUGE_YEARS.length - 1] ?? GAUGE_YEARS[0],
          }),
    (v) => {
      state.year = v;
    },
  );
  apply(
    'slide',
    // A number below 1 goes to the nearest slide, the first (the default), with the notice.
    (raw): Parsed<number> => (isInt(raw) && Number(raw) >= 1 ? valid(Number(raw)) : invalid('slide-number')),
    (v) => {
      state.slide = v;
    },
  );

  for (const key of new Set(params.keys())) {
    if (known.has(key) || FOREIGN_PARAM.test(key)) continue;
    if (key.startsWith('w.')) {
      const id = key.slice(2);
      if (!isComponentId(id)) {
        const raw = get(key) ?? '';
        issues.push({
          param: key.slice(0, 60),
          value: raw.slice(0, 60),
          reason: 'component-unknown',
          usedDefault: true,
        });
        continue;
      }
      apply(key, parseWeight, (v) => {
        state.weights = { ...state.weights, [id as ComponentId]: v };
      });
    } else if (key.startsWith('s.')) {
      const k = key.slice(2);
      if (!isScenarioKey(k)) {
        const raw = get(key) ?? '';
        issues.push({
          param: key.slice(0, 60),
          value: raw.slice(0, 60),
          reason: 'input-unknown',
          usedDefault: true,
        });
        continue;
      }
      const spec = SCENARIO_SPECS[k];
      apply(
        key,
        (raw): Parsed<number> => {
          if (!isDecimal(raw)) return invalid('scenario-number');
          const n = Number(raw);
          if (n < spec.min || n > spec.max)
            return invalid('scenario-range', { min: spec.min, max: spec.max });
          const v = normaliseScenarioValue(k, n);
          return v === null ? invalid('scenario-number') : valid(v);
        },
        (v) => {
          state.scenario = { ...state.scenario, [k]: v };
        },
      );
    } else if (key === 'base' || key.startsWith('base.') || key === 'imported' || key === 'talk') {
      // The baseline and the imported-series names are read below.
    } else {
      // A parameter we do not know (a typo such as `rnage`) is reported like an invalid one.
      const raw = get(key) ?? '';
      const name = key.slice(0, 60);
      const like = [...known].filter((k) => k !== 'v' && !k.includes('.'));
      const best = like.map((k) => ({ k, d: distance(name.toLowerCase(), k) })).sort((a, b) => a.d - b.d)[0];
      issues.push({
        param: name,
        value: raw.slice(0, 60),
        ...(best && best.d <= 2
          ? { reason: 'param-like', detail: { like: best.k } }
          : { reason: 'param-unknown' }),
        usedDefault: false,
      });
    }
  }

  apply(
    'imported',
    (raw): Parsed<string[]> =>
      valid(
        raw
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    (v) => {
      if (v.length > 0) state.imported = v;
    },
  );
  const baseline = decodeBaseline(params, state, issues);
  if (baseline) state.baseline = baseline;
  // A talk is carried as it came; `url/talk.ts` reads it, slide by slide.
  const talk = get('talk');
  if (talk !== null && talk.length > MAX_TALK_LENGTH)
    issues.push({
      param: 'talk',
      value: `${talk.slice(0, 40)}…`,
      reason: 'too-long',
      detail: { length: talk.length },
      usedDefault: true,
    });
  else if (talk) state.talk = talk;

  // Cross-parameter checks, after each parameter was read on its own.
  if (state.focus !== null && !state.panels.includes(state.focus)) {
    issues.push({ param: 'focus', value: state.focus, reason: 'focus-hidden', usedDefault: true });
    state.focus = null;
  }
  // A talk counts its own slides (`url/talk.ts`).
  if (state.slide > state.panels.length && !state.talk) {
    // Past the end: the nearest slide, the last one.
    issues.push({
      param: 'slide',
      value: String(state.slide),
      reason: 'slide-past',
      detail: { count: state.panels.length },
      usedDefault: false,
    });
    state.slide = state.panels.length;
  }
  return { state, issues, version };
}

/**
 * Encode a state as query parameters. `full` writes every parameter (for share links, which must survive
 * changes of defaults); otherwise only those that differ from the defaults, plus `v`.
 */
export function encode(state: UrlState, options: { full?: boolean; reader?: ReaderDefaults } = {}): string {
  const full = options.full ?? false;
  const d = defaultUrlState(options.reader);
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
  for (const id of COMPONENT_IDS) put(`w.${id}`, String(state.weights[id]), String(d.weights[id]));
  for (const k of SCENARIO_KEYS) put(`s.${k}`, String(state.scenario[k]), String(d.scenario[k]));
  if (state.baseline) {
    // A pinned baseline: `base` says so; `base.w.*` / `base.s.*` carry only what differs from the view.
    const b = state.baseline;
    p.set('base', '1');
    for (const id of COMPONENT_IDS)
      if (b.weights[id] !== state.weights[id]) p.set(`base.w.${id}`, String(b.weights[id]));
    for (const k of SCENARIO_KEYS)
      if (b.scenario[k] !== state.scenario[k]) p.set(`base.s.${k}`, String(b.scenario[k]));
  }
  if (state.imported && state.imported.length > 0) p.set('imported', state.imported.join(','));
  if (state.talk) p.set('talk', state.talk);
  // URLSearchParams encodes ',' as %2C; keep lists readable.
  return p.toString().replace(/%2C/g, ',');
}

/**
 * The baseline of a link: `base` (or any `base.*`) pins one; each `base.w.<id>` / `base.s.<input>` is
 * read with the same rules as `w.*` / `s.*` (an invalid one is reported as `base.…` and left equal
 * to the view's value); the rest equals the view's weights and scenario.
 */
function decodeBaseline(params: URLSearchParams, current: UrlState, issues: UrlIssue[]): Baseline | null {
  const sub = new URLSearchParams();
  let pinned = params.has('base');
  for (const key of new Set(params.keys())) {
    if (!key.startsWith('base.')) continue;
    pinned = true;
    const all = params.getAll(key);
    sub.set(key.slice(5), all[all.length - 1] ?? '');
  }
  if (!pinned) return null;
  const inner = decode(sub.toString());
  const bad = new Set(inner.issues.map((i) => i.param));
  for (const i of inner.issues) {
    if (i.param === 'v') continue;
    issues.push({ ...i, param: `base.${i.param}` });
  }
  const taken = (key: string) => sub.has(key) && !bad.has(key);
  const weights = { ...current.weights };
  for (const id of COMPONENT_IDS) if (taken(`w.${id}`)) weights[id] = inner.state.weights[id];
  const scenario = { ...current.scenario };
  for (const k of SCENARIO_KEYS) if (taken(`s.${k}`)) scenario[k] = inner.state.scenario[k];
  return { weights, scenario };
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
    a.panels.join(',') !== b.panels.join(',') ||
    (a.baseline ?? null) !== (b.baseline ?? null) ||
    a.talk !== b.talk
  );
}

/**
 * The parameters whose values differ between two states (compared as fully encoded), e.g.
 * `['issuer']` or `['w.valuation']`: what one change touched, so the history can tell edits apart.
 */
export function changedParams(a: UrlState, b: UrlState): string[] {
  const pa = new URLSearchParams(encode(a, { full: true }));
  const pb = new URLSearchParams(encode(b, { full: true }));
  const keys = new Set([...pa.keys(), ...pb.keys()]);
  return [...keys].filter((k) => pa.get(k) !== pb.get(k));
}
