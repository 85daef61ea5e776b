/**
 * The gauge made for a room (present mode): the number with one decimal, its band in words, the year,
 * each component as a named contribution bar, and how many components are "red". No controls: the
 * weights, the what-if and the method stay in the dashboard.
 */
import { useMemo } from 'react';
import { formatPoints } from '../domain/format';
import { LAST_DATA_YEAR, MIN_COVERAGE, readYear } from '../domain/model';
import { COMPONENT_IDS, headline, RED_SCORE } from '../domain/pressure';
import { useApp, useLocale, useT } from '../store/react';
import { BAND_COLORS, COMPONENT_COLORS } from './colors';
import { Dial } from './gauge';
import { useModelInput } from './use-model';

export function RoomGauge() {
  const input = useModelInput();
  const year = useApp((s) => s.gaugeYear);
  const weights = useApp((s) => s.weights);
  const t = useT();
  const locale = useLocale();
  const reading = useMemo(() => readYear(input, year), [input, year]);
  const { result } = reading;
  const value = result.ok && !reading.insufficient ? result.value : null;
  const head = value === null ? null : headline(value);
  const bandText = head ? t(`band.${head.band}`) : '';
  const totalWeight = result.ok ? result.totalWeight : 0;
  const redCount = COMPONENT_IDS.filter((id) => (reading.components[id].score ?? 0) >= RED_SCORE).length;
  const yearLabel = year > LAST_DATA_YEAR ? t('gauge.projectionYear', { year }) : String(year);
  const problem = !result.ok
    ? t(result.reason === 'no-weight' ? 'gauge.noWeight' : 'gauge.noData')
    : reading.insufficient
      ? t('gauge.insufficient', { min: MIN_COVERAGE })
      : null;

  return (
    <section className="room-gauge" aria-labelledby="room-gauge-title" data-room-gauge="">
      <div className="room-head">
        <h2 id="room-gauge-title">
          {t('gauge.title')} <span className="room-year">{yearLabel}</span>
        </h2>
        {/* biome-ignore lint/a11y/useSemanticElements: the contract is role="meter" on a container that holds the dial and the number */}
        <div
          data-testid="pressure-gauge"
          role="meter"
          aria-label={t('gauge.label', { year })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={head?.shown ?? 0}
          aria-valuetext={
            head
              ? t('gauge.valuetext', { value: formatPoints(head.shown, locale), band: bandText })
              : (problem ?? '')
          }
          data-band={head?.band ?? ''}
          className="room-meter"
        >
          <Dial value={head?.shown ?? null} />
          <div className="room-number">
            <span className="room-big">{head ? formatPoints(head.shown, locale) : '–'}</span>
            {head ? (
              <span className="band room-band" style={{ borderColor: BAND_COLORS[head.band] }}>
                {bandText}
              </span>
            ) : null}
          </div>
        </div>
        {problem ? <p className="gauge-warning">{problem}</p> : null}
        <p className="room-red" data-red-count={redCount}>
          {t('room.red', { count: redCount, total: COMPONENT_IDS.length })}
        </p>
      </div>
      <div className="room-parts">
        <h3>{t('room.parts', { value: head ? formatPoints(head.shown, locale) : '–' })}</h3>
        <ol className="room-bars">
          {COMPONENT_IDS.map((id) => {
            const c = reading.components[id];
            const points = result.ok && value !== null ? result.contributions[id] : 0;
            // Full bar = the most this component could add at its weight (a score of 1).
            const max = totalWeight > 0 && c.score !== null ? (100 * weights[id]) / totalWeight : 0;
            const red = (c.score ?? 0) >= RED_SCORE;
            return (
              <li
                key={id}
                data-component={id}
                data-contribution={points.toFixed(2)}
                data-red={red || undefined}
              >
                <span className="room-name">
                  <span className="swatch" style={{ background: COMPONENT_COLORS[id] }} aria-hidden="true" />
                  {t(`component.${id}`)}
                  {red ? <span className="room-red-tag">{t('room.redTag')}</span> : null}
                </span>
                <span className="room-track" aria-hidden="true">
                  <span
                    className="room-fill"
                    style={{
                      width: max > 0 ? `${Math.min(100, (100 * points) / max)}%` : '0%',
                      background: COMPONENT_COLORS[id],
                    }}
                  />
                </span>
                <span className="room-points">
                  {c.score === null
                    ? t('gauge.noMetric')
                    : t('room.points', { points: formatPoints(points, locale) })}
                </span>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
