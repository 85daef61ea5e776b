import { localLabel } from '../data/localise';
import { formatDate } from '../domain/format';
import { matchesSelection } from '../domain/series';
import type { AppEvent } from '../domain/types';
import { useApp, useLocale, useT } from '../store/react';

/**
 * The dated events a panel shows, numbered as on the chart; hidden with "Show events" off. Each item
 * states its number (`value`): Chromium keeps an item's old number when an earlier one is removed (a zoom
 * that drops the first event showed 2–5 beside a chart numbered 1–4).
 */
export function EventList({ events }: { events: readonly AppEvent[] }) {
  const showEvents = useApp((s) => s.showEvents);
  const selection = useApp((s) => s.selection);
  const locale = useLocale();
  const t = useT();
  if (!showEvents || events.length === 0) return null;
  return (
    <ol className="events" aria-label={t('panel.events')}>
      {events.map((e, i) => (
        <li
          key={e.id}
          value={i + 1}
          className={
            selection && e.entity && !matchesSelection({ id: e.entity, entity: e.entity }, selection)
              ? 'dim'
              : undefined
          }
        >
          <time dateTime={e.date}>{formatDate(e.date, locale)}</time> {localLabel(e, locale)}
        </li>
      ))}
    </ol>
  );
}
