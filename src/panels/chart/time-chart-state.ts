/**
 * A time chart's React state: the number format of its unit, the imported series placed on its panel,
 * its width in pixels.
 */
import { useContext, useEffect, useMemo, useState } from 'react';
import type { Unit } from '../../data/schema';
import { formatNumber, formatValue } from '../../domain/format';
import { overrideTarget } from '../../domain/imports';
import type { ImportedSeries } from '../../domain/types';
import { useApp, useLocale, useT } from '../../store/react';
import { PanelIdContext } from '../panel-context';

export function useFormatter(unit: Unit | 'points'): (v: number) => string {
  const locale = useLocale();
  const t = useT();
  return useMemo(
    () => (v: number) =>
      unit === 'points' ? formatNumber(v, locale, 0) : formatValue(v, unit, locale, t('unit.yearsShort')),
    [unit, locale, t],
  );
}

/** Custom imported series the user placed on this chart's panel, in a unit the chart can draw. */
export function useCustomSeries(unit: Unit | 'points'): readonly ImportedSeries[] {
  const panel = useContext(PanelIdContext);
  const imports = useApp((s) => s.imports);
  const builtin = useApp((s) => s.builtin.datasets);
  return useMemo(
    () =>
      panel === null
        ? []
        : imports.filter(
            (i) =>
              i.panel === panel && !overrideTarget(i.name, builtin) && (i.unit === null || i.unit === unit),
          ),
    [panel, imports, builtin, unit],
  );
}

/** The chart's width in pixels, in steps of 50 (for about one drawn point per pixel). */
export function useWidth(ref: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (w > 0) setWidth(Math.max(100, Math.round(w / 50) * 50));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
