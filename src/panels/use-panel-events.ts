import { useMemo } from 'react';
import type { PanelId } from '../domain/ids';
import type { AppEvent } from '../domain/types';
import { useApp } from '../store/react';

/** The fixture's dated events that annotate this panel. */
export function usePanelEvents(panel: PanelId): readonly AppEvent[] {
  const events = useApp((s) => s.builtin.events);
  return useMemo(() => events.filter((e) => e.panels.includes(panel)), [events, panel]);
}
