/**
 * Charts publish the figures they plot, so a panel's CSV holds exactly what its picture shows. The
 * panel frame (or any exporter) provides a sink; charts call `usePublishPlotted` with their figures.
 */
import { createContext, useContext, useEffect, useRef } from 'react';
import type { PlottedFigure } from '../../domain/export/plotted';

export interface PlottedSink {
  publish(id: string, figures: readonly PlottedFigure[] | null): void;
}

export const PlottedContext = createContext<PlottedSink | null>(null);

/** Publish this chart's plotted figures under `id` while it is mounted. */
export function usePublishPlotted(id: string, figures: readonly PlottedFigure[]) {
  const sink = useContext(PlottedContext);
  useEffect(() => {
    sink?.publish(id, figures);
  }, [sink, id, figures]);
  useEffect(() => () => sink?.publish(id, null), [sink, id]);
}

/** A sink kept in a ref (publishing never re-renders); `figures()` reads every table, in publish order. */
export function usePlottedSink(): { sink: PlottedSink; figures: () => PlottedFigure[] } {
  const ref = useRef<{ sink: PlottedSink; figures: () => PlottedFigure[] } | null>(null);
  if (ref.current === null) {
    const tables = new Map<string, readonly PlottedFigure[]>();
    ref.current = {
      sink: {
        publish(id, figures) {
          if (figures === null) tables.delete(id);
          else tables.set(id, figures);
        },
      },
      figures: () => [...tables.values()].flat(),
    };
  }
  return ref.current;
}
