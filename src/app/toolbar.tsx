import { RANGE_MIN, SLIDE_IDS, YEAR_MAX, YEAR_MIN } from '../domain/ids';
import { useApp, useT } from '../store/react';
import { ExportTools } from './export-tools';

// Years back to 1923 (the history panel's); the default range is the AI era's.
const YEARS = Array.from({ length: YEAR_MAX - RANGE_MIN + 1 }, (_, i) => RANGE_MIN + i);

export function Toolbar() {
  const t = useT();
  const range = useApp((s) => s.range);
  const setRange = useApp((s) => s.setRange);
  const resetRange = useApp((s) => s.resetRange);
  const showEvents = useApp((s) => s.showEvents);
  const setShowEvents = useApp((s) => s.setShowEvents);
  const panels = useApp((s) => s.panels);
  const togglePanel = useApp((s) => s.togglePanel);
  const selection = useApp((s) => s.selection);
  const setSelection = useApp((s) => s.setSelection);
  const full = range[0] === YEAR_MIN && range[1] === YEAR_MAX;
  return (
    <nav className="toolbar" aria-label={t('toolbar.label')}>
      <span className="range-control" data-range={`${range[0]}-${range[1]}`}>
        <label>
          <span className="sr-only">{t('toolbar.rangeFrom')}</span>
          <select value={range[0]} onChange={(e) => setRange([Number(e.target.value), range[1]])}>
            {YEARS.filter((y) => y <= range[1]).map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        –
        <label>
          <span className="sr-only">{t('toolbar.rangeTo')}</span>
          <select value={range[1]} onChange={(e) => setRange([range[0], Number(e.target.value)])}>
            {YEARS.filter((y) => y >= range[0]).map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={resetRange} disabled={full} data-action="reset-range">
          {t('toolbar.resetRange')}
        </button>
        <span className="muted small">{t('toolbar.range.hint')}</span>
      </span>
      <label className="check">
        <input type="checkbox" checked={showEvents} onChange={(e) => setShowEvents(e.target.checked)} />{' '}
        {t('toolbar.events')}
      </label>
      <details className="panel-menu">
        <summary>{t('toolbar.panels')}</summary>
        <ul>
          {SLIDE_IDS.map((id) => (
            <li key={id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={panels.includes(id)}
                  onChange={() => togglePanel(id)}
                  data-toggle-panel={id}
                />{' '}
                {id === 'gauge' ? t('toolbar.gaugeSlide') : t(`${id}.title`)}
              </label>
            </li>
          ))}
        </ul>
      </details>
      {selection ? (
        <span className="selection" data-selection={selection}>
          {t('toolbar.selection', { name: t(`issuer.${selection}`) })}{' '}
          <button type="button" onClick={() => setSelection(null)}>
            {t('toolbar.clearSelection')}
          </button>
        </span>
      ) : null}
      <ExportTools />
    </nav>
  );
}
