/**
 * The URL codec: view state ⇄ query parameters. Pure, no React, no DOM. The parameters themselves are
 * one table (params.ts); decode and encode are loops over it, and `UrlState` is derived from it.
 *
 * Each parameter is decoded on its own as valid or invalid (with a reason), or is missing, so one bad
 * parameter never throws away the good ones (after OWID Grapher's query-param parser). An invalid
 * parameter falls back to its default. A version key plus migrations keep old links working.
 */

import { V1_WEIGHT_SPLITS } from '../domain/gauge-ids';
import {
  FAMILIES,
  type FamilyParam,
  type FamilyRow,
  type GENERAL_REASONS,
  PARAMS,
  type PinRow,
  type Row,
  rowOf,
  SCALARS,
  type ScalarParam,
  type ScalarRow,
  type SettleView,
} from './params';
import { isInt, type Parsed, type ReasonDetail } from './parse';

export { DEFAULT_GAUGE_YEAR, GAUGE_YEARS, MODES, type Mode, THEMES, type Theme } from './params';

/** The URL format: 2 since method v2's two indices (weights of fifteen parts; see MIGRATIONS). */
export const URL_VERSION = 2;
/** Values longer than this are rejected outright. */
export const MAX_VALUE_LENGTH = 200;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type FamilyValue<P extends FamilyRow> = ReturnType<P['initial']>;

/** The weights and scenario of a pinned baseline (B), compared with the current view (A). */
export type Baseline = Simplify<{ [P in FamilyRow as P['field']]: FamilyValue<P> }>;

/**
 * Everything a link carries: the shareable part of the view, scenario and weights. One field per row of
 * the parameter table (a row whose default is undefined gives an optional field).
 */
export type UrlState = Simplify<
  { [P in ScalarRow as undefined extends P['initial'] ? never : P['field']]: P['initial'] } & {
    [P in ScalarRow as undefined extends P['initial'] ? P['field'] : never]?: P['initial'];
  } & { [P in FamilyRow as P['field']]: FamilyValue<P> } & {
    [P in PinRow as P['field']]?: Baseline | null | undefined;
  }
>;

/**
 * The reader's own defaults, for the parameters a link leaves out: the browser's language and colour
 * scheme. They stand in for the built-in defaults when decoding and encoding.
 */
export type ReaderDefaults = Simplify<{
  [P in ScalarRow as P['reader'] extends true ? P['field'] : never]?: P['initial'];
}>;

/** Why a parameter was ignored: a message key suffix (`url.reason.<reason>`) plus its placeholders. */
export type UrlReason = (typeof GENERAL_REASONS)[number] | Row['reasons'][number];
export type { ReasonDetail };

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

/** The rows seen through their common shape, for the loops (each row's own types hold in params.ts). */
type AnyScalar = ScalarParam<string, unknown, UrlReason>;
type AnyFamily = FamilyParam<string, string, UrlReason>;
const scalars = SCALARS as readonly AnyScalar[];
const families = FAMILIES as readonly AnyFamily[];
const pins = PARAMS.filter((p): p is PinRow => p.kind === 'pin');
/** A state being built or read by the loops: fields by name. */
type Fields = Record<string, unknown>;
type FamilyValues = Record<string, number>;

export function defaultUrlState(reader: ReaderDefaults = {}): UrlState {
  const s: Fields = {};
  const own = reader as Fields;
  for (const p of scalars) {
    if (p.initial === undefined) continue;
    s[p.field] = (p.reader ? own[p.field] : undefined) ?? p.initial;
  }
  for (const f of families) s[f.field] = f.initial();
  return s as UrlState;
}

/** Other sites' tracking parameters, ignored quietly; any other parameter we do not know gets a notice. */
const FOREIGN_PARAM = /^(utm_.*|fbclid|gclid|msclkid|mc_cid|mc_eid|ref)$/i;

/** The names "did you mean" suggests: the parameters every share link carries. */
const SUGGESTED = scalars.filter((p) => p.initial !== undefined).map((p) => p.key);

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

/** `v`: the version row's key. */
const VERSION_KEY = PARAMS.find((p) => p.kind === 'version')?.key ?? 'v';

export interface DecodeResult {
  state: UrlState;
  issues: UrlIssue[];
  /** The version the link was written in (after reading `v`). */
  version: number;
}

/** A migration rewrites the parameters of version N into those of version N + 1. */
export type Migration = (params: URLSearchParams) => URLSearchParams;
/**
 * v1 → v2 (method v2, docs/METHOD.md §7): the gauge's seven components became fifteen parts of two
 * indices. Every v1 id is still a v2 id, but two v1 components gave up a metric to a new stress part: the
 * NVIDIA drawdown (`valuation` → `ai-drawdown`) and the capex guidance cut (`capex-growth` → `capex-cut`).
 * A v1 weight carries to both, in the view (`w.*`) and the baseline (`base.w.*`), so `v=1&w.valuation=2`
 * still weighs everything v1's valuation weighed twice. The same key in a v2 link means the new part
 * alone: that difference is why the format number moved to 2 (a link without `v` is read as the current
 * format, as before).
 */
export function migrateV1toV2(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const prefix of ['w.', 'base.w.'])
    for (const [from, to] of Object.entries(V1_WEIGHT_SPLITS)) {
      const all = params.getAll(`${prefix}${from}`);
      const value = all[all.length - 1];
      if (value === undefined) continue;
      for (const id of to) if (!params.has(`${prefix}${id}`)) out.set(`${prefix}${id}`, value);
    }
  return out;
}

/** MIGRATIONS[i] migrates version i + 1 to i + 2. */
export const MIGRATIONS: readonly Migration[] = [migrateV1toV2];

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
  const state = defaultUrlState(reader) as Fields;
  // URLSearchParams accepts any string (bad escapes are kept as text), so this cannot throw.
  let params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const current = migrations.length + 1;
  let version = current;
  const rawV = params.get(VERSION_KEY);
  if (rawV !== null) {
    const bad = !isInt(rawV) || Number(rawV) < 1;
    if (bad || Number(rawV) > current) {
      issues.push({
        param: VERSION_KEY,
        value: rawV,
        reason: bad ? 'version-unknown' : 'version-newer',
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
  function apply<T>(
    param: string,
    parse: (raw: string) => Parsed<T, UrlReason>,
    set: (value: T) => void,
    max = MAX_VALUE_LENGTH,
  ) {
    const raw = get(param);
    if (raw === null) return;
    if (raw.length > max) {
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
    if (r.status === 'valid') {
      if (r.note) issues.push({ param, value: r.note.value, reason: r.note.reason, usedDefault: false });
      set(r.value);
    } else
      issues.push({
        param,
        value: raw,
        reason: r.reason,
        ...(r.detail ? { detail: r.detail } : {}),
        usedDefault: true,
      });
  }

  for (const p of scalars) {
    apply(
      p.key,
      (raw) => p.parse(raw),
      (v) => {
        if (v !== undefined) state[p.field] = v;
      },
      p.maxLength,
    );
  }

  for (const key of new Set(params.keys())) {
    if (FOREIGN_PARAM.test(key)) continue;
    const row = rowOf(key);
    if (row?.kind === 'family') {
      const f = row as AnyFamily;
      const id = key.slice(f.prefix.length);
      if (!f.isId(id)) {
        issues.push({
          param: key.slice(0, 60),
          value: (get(key) ?? '').slice(0, 60),
          reason: f.unknown,
          usedDefault: true,
        });
        continue;
      }
      apply(
        key,
        (raw) => f.parse(id, raw),
        (v) => {
          state[f.field] = { ...(state[f.field] as FamilyValues), [id]: v };
        },
      );
    } else if (row === undefined) {
      // A parameter we do not know (a typo such as `rnage`) is reported like an invalid one.
      const raw = get(key) ?? '';
      const name = key.slice(0, 60);
      const best = SUGGESTED.map((k) => ({ k, d: distance(name.toLowerCase(), k) })).sort(
        (a, b) => a.d - b.d,
      )[0];
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

  for (const pin of pins) {
    const pinned = decodePin(pin.key, params, state, issues);
    if (pinned) state[pin.field] = pinned;
  }

  // Cross-parameter checks, after each parameter was read on its own.
  for (const p of scalars) {
    const r = p.settle?.(state[p.field], state as unknown as SettleView);
    if (!r) continue;
    issues.push({
      param: p.key,
      value: p.write(state[p.field]),
      reason: r.reason,
      ...(r.detail ? { detail: r.detail } : {}),
      usedDefault: r.usedDefault,
    });
    state[p.field] = r.value;
  }
  return { state: state as UrlState, issues, version };
}

/**
 * A pinned copy of the families (the baseline): `<key>` (or any `<key>.*`) pins one; each
 * `<key>.<family key>` is read with the family's own rules (an invalid one is reported as `<key>.…` and
 * left equal to the view's value); the rest equals the view's values.
 */
function decodePin(key: string, params: URLSearchParams, current: Fields, issues: UrlIssue[]): Fields | null {
  const prefix = `${key}.`;
  const sub = new URLSearchParams();
  let pinned = params.has(key);
  for (const k of new Set(params.keys())) {
    if (!k.startsWith(prefix)) continue;
    pinned = true;
    const all = params.getAll(k);
    sub.set(k.slice(prefix.length), all[all.length - 1] ?? '');
  }
  if (!pinned) return null;
  const inner = decode(sub.toString());
  const bad = new Set(inner.issues.map((i) => i.param));
  for (const i of inner.issues) {
    if (i.param === VERSION_KEY) continue;
    issues.push({ ...i, param: `${prefix}${i.param}` });
  }
  const taken = (k: string) => sub.has(k) && !bad.has(k);
  const innerState = inner.state as unknown as Fields;
  const out: Fields = {};
  for (const f of families) {
    const values = { ...(current[f.field] as FamilyValues) };
    const read = innerState[f.field] as FamilyValues;
    for (const id of f.ids) if (taken(`${f.prefix}${id}`)) values[id] = read[id] ?? values[id] ?? 0;
    out[f.field] = values;
  }
  return out;
}

/**
 * Encode a state as query parameters. `full` writes every parameter (for share links, which must survive
 * changes of defaults); otherwise only those that differ from the defaults, plus `v`.
 */
export function encode(state: UrlState, options: { full?: boolean; reader?: ReaderDefaults } = {}): string {
  const full = options.full ?? false;
  const d = defaultUrlState(options.reader) as Fields;
  const s = state as unknown as Fields;
  const p = new URLSearchParams();
  const put = (key: string, value: string, defaultValue: string) => {
    if (full || value !== defaultValue) p.set(key, value);
  };
  for (const row of PARAMS) {
    if (row.kind === 'version') p.set(row.key, String(URL_VERSION));
    else if (row.kind === 'scalar') {
      const r = row as AnyScalar;
      const value = s[r.field];
      if (r.initial !== undefined) put(r.key, r.write(value), r.write(d[r.field]));
      else if (value !== undefined && r.write(value) !== '') p.set(r.key, r.write(value));
    } else if (row.kind === 'family') {
      const f = row as AnyFamily;
      const values = s[f.field] as FamilyValues;
      const defaults = d[f.field] as FamilyValues;
      for (const id of f.ids) put(`${f.prefix}${id}`, String(values[id]), String(defaults[id]));
    } else {
      // A pinned baseline: `base` says so; `base.w.*` / `base.s.*` carry only what differs from the view.
      const pinned = s[row.field] as Fields | null | undefined;
      if (!pinned) continue;
      p.set(row.key, '1');
      for (const f of families) {
        const values = pinned[f.field] as FamilyValues;
        const view = s[f.field] as FamilyValues;
        for (const id of f.ids)
          if (values[id] !== view[id]) p.set(`${row.key}.${f.prefix}${id}`, String(values[id]));
      }
    }
  }
  // URLSearchParams encodes ',' as %2C; keep lists readable.
  return p.toString().replace(/%2C/g, ',');
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
