import type { StateCreator } from 'zustand';
import type { DecodeResult } from '../data/import/result';
import type { LoadError, LoadedData } from '../data/load';
import type { GaugeComponentId, GaugeWeights } from '../domain/gauge-ids';
import type { FredSeriesId, IssuerId, PanelId, SlideId, YearRange } from '../domain/ids';
import type { ImportSummary } from '../domain/imports';
import type { Scenario, ScenarioKey } from '../domain/scenario';
import type { Talk } from '../domain/talk';
import type { DatedSeries, ImportedSeries, SavedView, StorageNotice } from '../domain/types';

import type { Lang } from '../i18n/lang';
import type { Baseline, Mode, Theme, UrlIssue } from '../url/codec';

export type ImportStatus =
  | { state: 'idle' }
  | { state: 'busy'; file: string; fraction: number }
  | { state: 'done'; summary: ImportSummary }
  | { state: 'failed'; file: string; result: Extract<DecodeResult, { ok: false }> };

export interface DataSlice {
  /** Validated built-in fixtures. Never mutated by imports. */
  builtin: LoadedData;
  setBuiltin: (data: LoadedData) => void;
  /** Analysts' imported series, kept apart from the built-in ones (merged by `selectDatasets`). */
  imports: ImportedSeries[];
  savedViews: SavedView[];
  storageNotices: StorageNotice[];
  /** Imported series a link asked for that this browser does not have. */
  missingImports: string[];
  /** Adds (or replaces, by name) the series of one import, in one step. */
  addImports: (series: readonly ImportedSeries[]) => void;
  removeImport: (name: string) => void;
  resetImports: () => void;
  setImportPanel: (name: string, panel: string | null) => void;
  /** What storage held at start-up (replaces the list). */
  setImports: (series: ImportedSeries[]) => void;
  setSavedViews: (views: SavedView[]) => void;
  addStorageNotice: (n: StorageNotice) => void;
  dismissStorageNotices: () => void;
  setMissingImports: (names: string[]) => void;
  /** The import in progress or just finished (not kept). */
  importStatus: ImportStatus;
  setImportStatus: (status: ImportStatus) => void;
  /**
   * Lazily loaded dated series (FRED), by id, as every panel, the gauge and the history read them: the
   * built-in series with an analyst's imported FRED file swapped in where there is one (`imported` names
   * it). Absent until a panel asks for it.
   */
  dated: Partial<Record<FredSeriesId, DatedState>>;
  /** The built-in dated series as loaded from the fixtures (never changed by imports). */
  datedBuiltin: Partial<Record<FredSeriesId, DatedState>>;
  /** Problems with dated fixtures, shown in the fixtures notice like the others. */
  datedErrors: LoadError[];
  /** Load these dated series (once each; a second call for a loading or loaded id does nothing). */
  loadDated: (ids: readonly FredSeriesId[]) => Promise<void>;
}

export type DatedState =
  | { status: 'loading' }
  | { status: 'ready'; series: DatedSeries; imported?: string }
  | { status: 'error' };

export interface ViewSlice {
  range: YearRange;
  /** The year under the pointer (or keyboard) on any time-series panel; null when none. */
  hoverYear: number | null;
  /** Selected issuer, company or vehicle. */
  selection: IssuerId | null;
  panels: readonly SlideId[];
  focus: PanelId | null;
  mode: Mode;
  slide: number;
  lang: Lang;
  theme: Theme;
  gaugeYear: number;
  showEvents: boolean;
  /** Parameters of the opening link that were ignored, for the notice. */
  urlIssues: UrlIssue[];
  setRange: (range: YearRange) => void;
  resetRange: () => void;
  setHoverYear: (year: number | null) => void;
  setSelection: (id: IssuerId | null) => void;
  toggleSelection: (id: IssuerId) => void;
  setPanels: (panels: readonly SlideId[]) => void;
  togglePanel: (id: SlideId) => void;
  setFocus: (id: PanelId | null) => void;
  setMode: (mode: Mode) => void;
  /** Present mode from the first slide, in one step (one history entry). */
  startPresenting: () => void;
  setSlide: (slide: number) => void;
  nextSlide: (delta: 1 | -1) => void;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
  setGaugeYear: (year: number) => void;
  setShowEvents: (on: boolean) => void;
  setUrlIssues: (issues: UrlIssue[]) => void;
}

export interface ScenarioSlice {
  scenario: Scenario;
  setScenarioInput: (key: ScenarioKey, value: number) => void;
  resetScenario: () => void;
}

export interface WeightsSlice {
  /** Method v2's part weights (build-up and stress), default 1 each. */
  weights: GaugeWeights;
  setWeight: (id: GaugeComponentId, value: number) => void;
  resetWeights: () => void;
}

/** Compare two scenarios: the pinned baseline (B) against the current view (A). */
export interface CompareSlice {
  baseline: Baseline | null;
  /** Pin the current weights and scenario as the baseline. */
  pinBaseline: () => void;
  clearBaseline: () => void;
}

export type TalkFileStatus =
  | { ok: true; file: string; slides: number; issues: { slide: number; issue: UrlIssue }[] }
  | { ok: false; file: string; code: 'json' | 'format' | 'newer' | 'invalid'; detail: string };

/** Talks: saved talks, the open one, the slide being adjusted and the talk being presented (talk-slice.ts). */
export interface TalkSlice {
  talks: Talk[];
  /** The talk open in the editor; "Add to talk" adds to it (and starts one when there is none). */
  activeTalk: string | null;
  talkEditorOpen: boolean;
  /** The slide whose view the dashboard shows, to adjust it and update the slide. */
  editingSlide: { talk: string; slide: string } | null;
  /** The slide added last (the editor puts the caret in its caption). */
  lastAddedSlide: string | null;
  /** The talk being presented, as its link code (`talk=`); null when presenting panels. */
  talkCode: string | null;
  /** Speaker notes of the talk being presented, by slide, when it came from a saved talk. */
  talkNotes: readonly string[] | null;
  /** The saved talk being presented, if any. */
  talkSource: string | null;
  setTalkEditorOpen: (open: boolean) => void;
  /** The talk file opened last: how it went (the editor says it). */
  talkFileStatus: TalkFileStatus | null;
}

export type AppState = DataSlice & ViewSlice & ScenarioSlice & WeightsSlice & CompareSlice & TalkSlice;
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;

export type { SavedView, StorageNotice };
