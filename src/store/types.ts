import type { StateCreator } from 'zustand';
import type { LoadError, LoadedData } from '../data/load';
import type { Dataset, DatedSeries } from '../data/schema';
import type { FredSeriesId, IssuerId, PanelId, SlideId, YearRange } from '../domain/ids';
import type { ComponentId, Weights } from '../domain/pressure';
import type { Scenario, ScenarioKey } from '../domain/scenario';
import type { Lang } from '../i18n/lang';
import type { Mode, Theme, UrlIssue } from '../url/codec';

export interface DataSlice {
  /** Validated built-in fixtures. Never mutated by imports. */
  builtin: LoadedData;
  /** Analysts' imported series, kept apart from the built-in ones (dataset id → dataset). */
  imported: Record<string, Dataset>;
  importErrors: LoadError[];
  setBuiltin: (data: LoadedData) => void;
  setImported: (id: string, dataset: Dataset | null) => void;
  /** Lazily loaded dated series (FRED), by id; absent until a panel asks for it. */
  dated: Partial<Record<FredSeriesId, DatedState>>;
  /** Problems with dated fixtures, shown in the fixtures notice like the others. */
  datedErrors: LoadError[];
  /** Load these dated series (once each; a second call for a loading or loaded id does nothing). */
  loadDated: (ids: readonly FredSeriesId[]) => Promise<void>;
}

export type DatedState =
  | { status: 'loading' }
  | { status: 'ready'; series: DatedSeries }
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
  weights: Weights;
  setWeight: (id: ComponentId, value: number) => void;
  resetWeights: () => void;
}

export type AppState = DataSlice & ViewSlice & ScenarioSlice & WeightsSlice;
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
