/**
 * Beside the gauge's number: where the reduced market-based method (history v1) puts today between its
 * 2000 and 2007 readings. Loads the FRED series lazily; says so while they load, and nothing if they fail
 * (the fixtures notice reports that).
 */
import { formatNumber } from '../domain/format';
import { useLocale, useT } from '../store/react';
import { useHistory } from './use-history';

export function HistorySentence() {
  const h = useHistory();
  const t = useT();
  const locale = useLocale();
  if (h.status === 'loading') {
    return (
      <p className="gauge-history small muted" data-history-place="loading">
        {t('gauge.history.loading')}
      </p>
    );
  }
  if (h.status !== 'ready' || !h.placement) return null;
  const { today, low, high, place } = h.placement;
  const f = (v: number) => formatNumber(v, locale, 1);
  return (
    <p className="gauge-history small" data-history-place={place} data-history-today={today.value.toFixed(1)}>
      {t(`gauge.history.${place}`, {
        lowYear: low.quarter.slice(0, 4),
        highYear: high.quarter.slice(0, 4),
        lowQ: low.quarter,
        highQ: high.quarter,
        low: f(low.value),
        high: f(high.value),
        today: `${f(today.value)} (${today.quarter})`,
      })}
    </p>
  );
}
