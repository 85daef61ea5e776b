/**
 * "uses imported data": on every panel and on the gauge that reads an imported series, so nobody
 * presents an altered figure unknowingly. Names the series in its tooltip and for screen readers.
 */
import { overrideTarget } from '../domain/imports';
import { useApp, useT } from '../store/react';
import type { AppState } from '../store/types';

/** Imported series (by name, joined with ', ') that override one of `datasets` or are placed on `panel`. */
export function importNamesFor(s: AppState, datasets: readonly string[], panel: string | null): string {
  const names: string[] = [];
  for (const i of s.imports) {
    const target = overrideTarget(i.name, s.builtin.datasets);
    if (target ? datasets.includes(target.dataset) : panel !== null && i.panel === panel) names.push(i.name);
  }
  return names.join(', ');
}

export function ImportedMarker({
  datasets,
  panel = null,
}: {
  datasets: readonly string[];
  panel?: string | null;
}) {
  const names = useApp((s) => importNamesFor(s, datasets, panel));
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
