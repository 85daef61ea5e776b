/**
 * "Add to talk" on every panel and the gauge: captures that panel in the complete view it is shown in
 * as a new slide of the open talk (the editor opens with the caret in the new slide's caption).
 *
 * On a talk's slides the same spot hands the panel's CSV (the figures it draws in that slide's view)
 * to the talk's all-data ZIP, through `SlideFiguresContext`.
 */
import { createContext, useContext, useEffect, useRef } from 'react';
import type { SlideId } from '../domain/ids';
import { useAppStore, useT } from '../store/react';

/** Where a talk slide's panel hands over its CSV; provided by present mode for each slide. */
export interface SlideFigures {
  set(csv: (() => Promise<string>) | null): void;
}
export const SlideFiguresContext = createContext<SlideFigures | null>(null);

export function StoryAdd({
  panel,
  show = true,
  figures,
}: {
  panel: SlideId;
  /** Show the button (the dashboard); on slides only the figures are handed over. */
  show?: boolean;
  figures?: () => Promise<string>;
}) {
  const store = useAppStore();
  const t = useT();
  const sink = useContext(SlideFiguresContext);
  const latest = useRef(figures);
  latest.current = figures;
  useEffect(() => {
    if (!sink || !latest.current) return;
    sink.set(() => (latest.current ? latest.current() : Promise.resolve('')));
    return () => sink.set(null);
  }, [sink]);
  if (!show) return null;
  return (
    <button
      type="button"
      className="link-button story-add"
      data-action="story-add"
      // The talk actions load on first use (with the editor, which opens).
      onClick={() => void import('../store/talk-edit').then((m) => m.talkEdits(store).addSlide(panel))}
      title={t('talk.add.hint')}
    >
      {t('talk.add')}
    </button>
  );
}
