/**
 * The small download menu on each panel, slide and the gauge: CSV of the plotted figures, a
 * standalone SVG and a 2× PNG. The drawing code loads on the first click, never at first paint.
 */
import { useState } from 'react';
import { exportFileName } from '../../domain/export/file-name';
import { useLocale, useT } from '../../store/react';
import type { SnapshotSpec } from './snapshot';

export interface ExportMenuProps {
  /** What, for the file name (`capex`, `gauge`). */
  name: string;
  /** Title, for the buttons' accessible names. */
  title: string;
  /** When, for the file name (the data's as-of date). */
  date: string | null;
  csv: () => Promise<string> | string;
  snapshot: () => SnapshotSpec | null;
}

type Format = 'csv' | 'svg' | 'png';

export function ExportMenu(props: ExportMenuProps) {
  const t = useT();
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  const run = async (format: Format) => {
    setError(null);
    try {
      const [lib, fileLib] = await Promise.all([import('./snapshot'), import('./snapshot-file')]);
      const file = exportFileName(props.name, props.date, format);
      if (format === 'csv') {
        const text = await props.csv();
        lib.saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), file);
        return;
      }
      // Text is read from the page as drawn: with the bundled fonts loaded, as every machine draws it.
      await document.fonts?.ready;
      const spec = props.snapshot();
      if (!spec) throw new Error(t('export.notDrawn'));
      const snap = await fileLib.embedPageFonts(lib.snapshotSvg(spec, t, locale));
      if (format === 'svg') lib.saveBlob(new Blob([snap.svg], { type: 'image/svg+xml;charset=utf-8' }), file);
      else lib.saveBlob(await fileLib.svgToPng(snap, 2), file);
    } catch (e) {
      setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const button = (format: Format, text: string) => (
    <button
      type="button"
      className="link-button"
      data-action={`download-${format}`}
      aria-label={t('export.download', { format: text, title: props.title })}
      onClick={() => void run(format)}
    >
      {text}
    </button>
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form fieldset
    <span className="export-menu" role="group" aria-label={t('export.group')}>
      <span className="muted small" aria-hidden="true">
        {t('export.group')}
      </span>
      {button('csv', 'CSV')}
      {button('svg', 'SVG')}
      {button('png', 'PNG')}
      {error ? (
        <span className="panel-warning small" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
