import type { ComponentType, LazyExoticComponent } from 'react';
import type { FredSeriesId, PanelId } from '../domain/ids';

export interface PanelDef {
  id: PanelId;
  /** Fixture datasets the panel reads (for its data table, sources and as-of date). */
  datasets: readonly string[];
  /** Sources the panel cites beyond its datasets' (e.g. lazily loaded FRED series). */
  sourceIds?: readonly string[];
  /** Lazily loaded dated (FRED) series the panel draws, for its as-of date. */
  dated?: readonly FredSeriesId[];
  /** Time-series panels share the year axis: crosshair, range and `data-timeseries`. */
  timeseries: boolean;
  Component: ComponentType | LazyExoticComponent<ComponentType>;
  /** Its own data table, for a panel whose figures are not fixture rows (a daily series); loaded lazily. */
  Table?: ComponentType<{ caption: string }> | LazyExoticComponent<ComponentType<{ caption: string }>>;
}
