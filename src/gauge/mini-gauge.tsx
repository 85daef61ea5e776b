import { formatPoints } from '../domain/format';
import { headline } from '../domain/pressure';
import { useLocale, useT } from '../store/react';
import { BAND_COLORS } from './colors';
import { useGaugeReading } from './use-model';

/** The reading in the sticky header, so the number stays on screen while the analyst scrolls. */
export function MiniGauge() {
  const reading = useGaugeReading();
  const { year } = reading;
  const t = useT();
  const locale = useLocale();
  const { result } = reading;
  if (!result.ok || reading.insufficient) {
    return (
      <a className="mini-gauge" href="#gauge-title">
        {t('gauge.mini', { year })} <b>–</b>
      </a>
    );
  }
  const { shown, band } = headline(result.value);
  return (
    <a className="mini-gauge" href="#gauge-title" style={{ borderColor: BAND_COLORS[band] }}>
      {t('gauge.mini', { year })} <b>{formatPoints(shown, locale)}</b> · {t(`band.${band}`)}
    </a>
  );
}
