/**
 * The URL parameters, one row each: the single declaration that `decode`, `encode` (codec.ts), the Back
 * logic (store/url-history.ts), the store mapping (`selectUrlState` / `applyUrlState` in store/store.ts),
 * the codec tests and the README check (params.test.ts) all loop over. `UrlState` is derived from it.
 *
 * Adding a parameter: add a row here and a row to the README's "URL parameters" table. If the view
 * state it carries is new, the store also needs the field (and an action that sets it) in its slice;
 * if its parser gives a new reason, `url.reason.<reason>` goes in both message catalogues (the compiler
 * insists). Keep the URL format (`v`) unless old links would read differently.
 *
 * The order of the rows is the order `encode` writes the parameters in.
 */

import { defaultGaugeWeights, GAUGE_COMPONENT_IDS, isGaugeComponentId } from '../domain/gauge-ids';
import {
  DEFAULT_PANELS,
  FULL_RANGE,
  type IssuerId,
  isIssuerId,
  isPanelId,
  type PanelId,
  type SlideId,
} from '../domain/ids';
import { defaultScenario, isScenarioKey, SCENARIO_KEYS } from '../domain/scenario';
import { LANGS, type Lang } from '../i18n/lang';
import {
  invalid,
  isInt,
  type Parsed,
  parseEnum,
  parseId,
  parseLang,
  parsePanels,
  parseRange,
  parseScenarioValue,
  parseWeight,
  type ReasonDetail,
  valid,
} from './parse';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const MODES = ['dashboard', 'present', 'embed'] as const;
export type Mode = (typeof MODES)[number];
export const GAUGE_YEARS = [2025, 2026, 2027, 2028, 2029, 2030] as const;
export const DEFAULT_GAUGE_YEAR = 2026;

/**
 * How Back and Forward treat a change: `step` is a history entry of its own, written to the address at
 * once; `merge` coalesces quick edits of the same parameter (typing "25", holding an arrow key) into one
 * entry, written after the next paint. A slider drag is one entry either way.
 */
export type History = 'step' | 'merge';

/** What a cross-parameter check (`settle`) can see of the decoded state. */
export interface SettleView {
  panels: readonly SlideId[];
  /** A talk counts its own slides (`url/talk.ts`). */
  talk?: string | null | undefined;
}

/** A parameter with one value: `key=value`. */
export interface ScalarParam<F extends string, T, R extends string, S extends string | null = string | null> {
  kind: 'scalar';
  key: string;
  /** The field of `UrlState`. */
  field: F;
  /** The store field it mirrors (checked against `AppState` in store/store.ts); null if derived there. */
  store: S;
  /** The value when the link leaves it out. Give its type (`null as PanelId | null`): it fixes T. */
  initial: T;
  /**
   * The reader's own default (browser language, colour scheme) replaces `initial`. (A row whose
   * `initial` is undefined is optional: absent unless the link carries it, never written as a default.)
   */
  reader: boolean;
  parse(raw: string): Parsed<T, NoInfer<R>>;
  write(value: NoInfer<T>): string;
  /** A few valid values, for the tests (the property tests draw from them unless they know better). */
  examples: readonly NoInfer<T>[];
  history: History;
  /** The reasons `parse` and `settle` give (each a message `url.reason.<reason>` in both catalogues). */
  reasons: readonly R[];
  /** Longer values are refused as `too-long` (MAX_VALUE_LENGTH in codec.ts when not given). */
  maxLength?: number;
  /** A check against other parameters once all are read: the value to keep instead, and why. */
  settle?(
    value: NoInfer<T>,
    view: SettleView,
  ): { value: NoInfer<T>; reason: NoInfer<R>; detail?: ReasonDetail; usedDefault: boolean } | null;
}

/** A family of numeric parameters, one per id: `w.<component id>=<number>`. */
export interface FamilyParam<
  F extends string,
  Id extends string,
  R extends string,
  S extends string = string,
> {
  kind: 'family';
  /** The keys are `<prefix><id>`. */
  prefix: string;
  /** The key pattern, as the README writes it. */
  readme: string;
  field: F;
  store: S;
  ids: readonly Id[];
  isId(s: string): s is Id;
  /** The reason for a key of the family whose id is unknown (`w.nope`). */
  unknown: NoInfer<R>;
  initial(): Record<Id, number>;
  parse(id: Id, raw: string): Parsed<number, NoInfer<R>>;
  history: History;
  reasons: readonly R[];
}

/**
 * A pinned copy of every family (a baseline to compare with): `base=1` pins it, and `base.<family key>`
 * carries each value that differs from the view's, read with the family's own rules.
 */
export interface PinParam<F extends string, S extends string = string> {
  kind: 'pin';
  /** Its families' keys are `<key>.<family key>`. */
  key: string;
  field: F;
  store: S;
  history: History;
  reasons: readonly never[];
}

/** The format version, read before everything else (old links are migrated from it). */
export interface VersionParam {
  kind: 'version';
  key: string;
  reasons: readonly ('version-unknown' | 'version-newer')[];
}

const scalar = <
  const F extends string,
  T,
  const R extends string,
  const S extends string | null,
  const D extends boolean = false,
>(
  row: Omit<ScalarParam<F, T, R, S>, 'kind' | 'reader'> & { reader?: D },
): ScalarParam<F, T, R, S> & { reader: D } => ({
  kind: 'scalar',
  ...row,
  reader: (row.reader ?? false) as D,
});
const family = <const F extends string, Id extends string, const R extends string, const S extends string>(
  row: Omit<FamilyParam<F, Id, R, S>, 'kind'>,
): FamilyParam<F, Id, R, S> => ({ kind: 'family', ...row });
const pin = <const F extends string, const S extends string>(
  row: Omit<PinParam<F, S>, 'kind'>,
): PinParam<F, S> => ({
  kind: 'pin',
  ...row,
});

/**
 * Why a talk link or one of its slides was not read in full. `url/talk.ts` reads the talk, slide by
 * slide, and gives these; the codec carries the talk as it came.
 */
export const TALK_REASONS = [
  'talk-format',
  'talk-version-newer',
  'talk-title',
  'talk-count',
  'talk-empty',
  'talk-slide-damaged',
  'talk-slide-panel',
  'talk-slide-view',
  'talk-slide-text',
  'talk-caption-long',
] as const;
/** The longest `talk=` value read (a talk longer than this goes in a talk file). */
export const MAX_TALK_LENGTH = 12000;

/** Reasons of no single parameter: a value too long, a parameter we do not know. */
export const GENERAL_REASONS = ['too-long', 'param-unknown', 'param-like'] as const;

const text = (value: string | number | null) => (value === null ? '' : String(value));

export const PARAMS = [
  { kind: 'version', key: 'v', reasons: ['version-unknown', 'version-newer'] } as VersionParam,
  scalar({
    key: 'mode',
    field: 'mode',
    store: 'mode',
    initial: 'dashboard' as Mode,
    parse: (raw) => parseEnum(MODES, raw),
    write: text,
    examples: MODES,
    history: 'step',
    reasons: ['enum'],
  }),
  scalar({
    key: 'slide',
    field: 'slide',
    store: 'slide',
    initial: 1 as number,
    // A number below 1 goes to the nearest slide, the first (the default), with the notice.
    parse: (raw) => (isInt(raw) && Number(raw) >= 1 ? valid(Number(raw)) : invalid('slide-number')),
    write: text,
    examples: [1, 2, 3],
    history: 'step',
    reasons: ['slide-number', 'slide-past'],
    // Past the end: the nearest slide, the last one.
    settle: (slide, { panels, talk }) =>
      slide > panels.length && !talk
        ? {
            value: panels.length,
            reason: 'slide-past',
            detail: { count: panels.length },
            usedDefault: false,
          }
        : null,
  }),
  scalar({
    key: 'range',
    field: 'range',
    store: 'range',
    initial: FULL_RANGE,
    parse: parseRange,
    write: ([from, to]) => `${from}-${to}`,
    examples: [FULL_RANGE, [2024, 2027], [1997, 2008], [1923, 1950]],
    history: 'step',
    reasons: ['range-format', 'range-reversed', 'range-span'],
  }),
  scalar({
    key: 'panels',
    field: 'panels',
    store: 'panels',
    initial: DEFAULT_PANELS,
    parse: (raw) => {
      const r = parsePanels(raw);
      return r.status === 'valid' && r.dropped
        ? { ...valid(r.value), note: { reason: 'panels-unknown', value: r.dropped.join(',') } }
        : r;
    },
    write: (panels) => panels.join(','),
    examples: [DEFAULT_PANELS, ['capex', 'bonds'], ['gauge']],
    history: 'step',
    reasons: ['panels-none', 'panels-unknown'],
  }),
  scalar({
    key: 'focus',
    field: 'focus',
    store: 'focus',
    initial: null as PanelId | null,
    parse: (raw) => parseId(isPanelId, 'focus-unknown', raw),
    write: text,
    examples: [null, 'capex'],
    history: 'step',
    reasons: ['focus-unknown', 'focus-hidden'],
    settle: (focus, { panels }) =>
      focus !== null && !panels.includes(focus)
        ? { value: null, reason: 'focus-hidden', usedDefault: true }
        : null,
  }),
  scalar({
    key: 'issuer',
    field: 'issuer',
    store: 'selection',
    initial: null as IssuerId | null,
    parse: (raw) => parseId(isIssuerId, 'issuer-unknown', raw),
    write: text,
    examples: [null, 'meta', 'xai-gpu-spv'],
    history: 'step',
    reasons: ['issuer-unknown'],
  }),
  scalar({
    key: 'year',
    field: 'year',
    store: 'gaugeYear',
    initial: DEFAULT_GAUGE_YEAR as number,
    parse: (raw) =>
      isInt(raw) && (GAUGE_YEARS as readonly number[]).includes(Number(raw))
        ? valid(Number(raw))
        : invalid('year-range', {
            from: GAUGE_YEARS[0],
            to: GAUGE_YEARS[GAUGE_YEARS.length - 1] ?? GAUGE_YEARS[0],
          }),
    write: text,
    examples: GAUGE_YEARS,
    history: 'step',
    reasons: ['year-range'],
  }),
  scalar({
    key: 'lang',
    field: 'lang',
    store: 'lang',
    initial: 'en' as Lang,
    reader: true,
    parse: parseLang,
    write: text,
    examples: LANGS,
    history: 'step',
    reasons: ['enum'],
  }),
  scalar({
    key: 'theme',
    field: 'theme',
    store: 'theme',
    initial: 'light' as Theme,
    reader: true,
    parse: (raw) => parseEnum(THEMES, raw),
    write: text,
    examples: THEMES,
    history: 'step',
    reasons: ['enum'],
  }),
  scalar({
    key: 'events',
    field: 'events',
    store: 'showEvents',
    initial: true as boolean,
    // Read leniently: on/off, show/hide, 1/0, true/false, yes/no.
    parse: (raw) => {
      const v = raw.trim().toLowerCase();
      if (['on', 'show', '1', 'true', 'yes'].includes(v)) return valid(true);
      if (['off', 'hide', '0', 'false', 'no'].includes(v)) return valid(false);
      return invalid('enum', { values: 'on, off' });
    },
    write: (on) => (on ? 'on' : 'off'),
    examples: [true, false],
    history: 'step',
    reasons: ['enum'],
  }),
  family({
    prefix: 'w.',
    readme: 'w.<component id>',
    field: 'weights',
    store: 'weights',
    // Method v2's fifteen parts of build-up and stress (v1's seven ids among them; see MIGRATIONS).
    ids: GAUGE_COMPONENT_IDS,
    isId: isGaugeComponentId,
    unknown: 'component-unknown',
    initial: defaultGaugeWeights,
    parse: (_id, raw) => parseWeight(raw),
    history: 'merge',
    reasons: ['component-unknown', 'weight-number', 'weight-negative', 'weight-max'],
  }),
  family({
    prefix: 's.',
    readme: 's.<input>',
    field: 'scenario',
    store: 'scenario',
    ids: SCENARIO_KEYS,
    isId: isScenarioKey,
    unknown: 'input-unknown',
    initial: defaultScenario,
    parse: parseScenarioValue,
    history: 'merge',
    reasons: ['input-unknown', 'scenario-number', 'scenario-range'],
  }),
  pin({ key: 'base', field: 'baseline', store: 'baseline', history: 'step', reasons: [] }),
  scalar({
    key: 'imported',
    field: 'imported',
    // Derived by the store: the names of the imported series the view uses.
    store: null,
    initial: undefined as readonly string[] | undefined,
    parse: (raw) => {
      const names = raw
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      return valid(names.length > 0 ? names : undefined);
    },
    write: (names) => names?.join(',') ?? '',
    examples: [undefined, ['my-capex'], ['ig-share/ai-share', 'b']],
    history: 'step',
    reasons: [],
  }),
  scalar({
    key: 'talk',
    field: 'talk',
    // The talk being presented, as its link code (null: none); see url/talk.ts and "Giving a talk".
    store: 'talkCode',
    initial: undefined as string | null | undefined,
    parse: (raw) => valid(raw === '' ? undefined : raw),
    write: (code) => code ?? '',
    examples: [undefined, '11T1jj.1_Capex_2024-x2027BR'],
    history: 'step',
    reasons: TALK_REASONS,
    maxLength: MAX_TALK_LENGTH,
  }),
] as const;

export type Row = (typeof PARAMS)[number];
export type ScalarRow = Extract<Row, { kind: 'scalar' }>;
export type FamilyRow = Extract<Row, { kind: 'family' }>;
export type PinRow = Extract<Row, { kind: 'pin' }>;

export const SCALARS = PARAMS.filter((p): p is ScalarRow => p.kind === 'scalar');
export const FAMILIES = PARAMS.filter((p): p is FamilyRow => p.kind === 'family');

/** The row that reads `key`, if any. */
export function rowOf(key: string): Row | undefined {
  return PARAMS.find((p) => {
    switch (p.kind) {
      case 'family':
        return key.startsWith(p.prefix);
      case 'pin':
        return key === p.key || key.startsWith(`${p.key}.`);
      default:
        return key === p.key;
    }
  });
}

/** Do changes of these parameters merge with quick edits of the same ones (see `History`)? */
export function mergesQuickEdits(keys: readonly string[]): boolean {
  return keys.every((k) => {
    const row = rowOf(k);
    return row !== undefined && 'history' in row && row.history === 'merge';
  });
}

/** Every parameter (or key pattern) as the README's "URL parameters" table names it. */
export function readmeKeys(): string[] {
  return PARAMS.flatMap((p) => {
    switch (p.kind) {
      case 'family':
        return [p.readme];
      case 'pin':
        return [p.key, ...FAMILIES.map((f) => `${p.key}.${f.readme}`)];
      default:
        return [p.key];
    }
  });
}
