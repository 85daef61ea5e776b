/**
 * "uses imported data": on every panel and on the gauge that reads an imported series, so nobody
 * presents an altered figure unknowingly. Names the series in its tooltip and for screen readers.
 */
import type { FredSeriesId } from '../domain/ids';
import { fredTarget, overrideTarget } from '../domain/imports';
import { useApp, useT } from '../store/react';
import { importedDatedName } from '../store/selectors';
import type { AppState } from '../store/types';

const NONE: readonly FredSeriesId[] = [];

/**
 * Imported series (by name, joined with ', ') that override one of `datasets`, replace one of the dated
 * (FRED) series `dated` (once applied), or are placed on `panel`.
 */
export function importNamesFor(
  s: AppState,
  datasets: readonly string[],
  panel: string | null,
  dated: readonly FredSeriesId[] = NONE,
): string {
  const names: string[] = [];
  for (const i of s.imports) {
    const target = overrideTarget(i.name, s.builtin.datasets);
    const fred = fredTarget(i.name, i.format);
    if (fred) {
      if (dated.includes(fred) && importedDatedName(s.dated[fred]) === i.name) names.push(i.name);
    } else if (target ? datasets.includes(target.dataset) : panel !== null && i.panel === panel)
      names.push(i.name);
  }
  return names.join(', ');
}

export function ImportedMarker({
  datasets,
  panel = null,
  dated = NONE,
}: {
  datasets: readonly string[];
  panel?: string | null;
  /** The dated (FRED) series the panel or gauge reads. */
  dated?: readonly FredSeriesId[];
}) {
  const names = useApp((s) => importNamesFor(s, datasets, panel, dated));
  const t = useT();
  if (names === '') return null;
  return (
    <span
      className="imported-marker"
      data-imported-marker={names}
      title={t('import.marker.title', { names })}
    >
      <span aria-hidden="true">⚠ </span>
      {t('import.marker')}
      <span className="sr-only">: {names}</span>
    </span>
  );
}
