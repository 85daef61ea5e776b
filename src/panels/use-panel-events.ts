import { useMemo } from 'react';
import type { AppEvent } from '../data/schema';
import type { PanelId } from '../domain/ids';
import { useApp } from '../store/react';

/** The fixture's dated events that annotate this panel. */
export function usePanelEvents(panel: PanelId): readonly AppEvent[] {
  const events = useApp((s) => s.builtin.events);
  return useMemo(() => events.filter((e) => e.panels.includes(panel)), [events, panel]);
}
