/**
 * A list whose rows can be reordered by drag (mouse, pen or finger on the row's handle) and by
 * keyboard (the handle focused: ↑ ↓ move the row one place, Home End to the ends), with the new place
 * announced. Used by the talk editor and by present mode's slide order.
 */
import { type KeyboardEvent, type PointerEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTT } from './use-tt';

export interface ReorderItem {
  key: string;
  /** Names the row for the handle's label and the announcement ("Capex: AI spending"). */
  label: string;
}

interface Props<T extends ReorderItem> {
  items: readonly T[];
  onMove: (from: number, to: number) => void;
  renderRow: (item: T, index: number, handle: ReactNode) => ReactNode;
  /** Attributes of each row (`data-story-slide`, …). */
  rowProps?: (item: T, index: number) => Record<string, string | undefined>;
  className?: string;
  label: string;
}

export function ReorderList<T extends ReorderItem>({
  items,
  onMove,
  renderRow,
  rowProps,
  className,
  label,
}: Props<T>) {
  const t = useTT();
  const listRef = useRef<HTMLOListElement>(null);
  const [announce, setAnnounce] = useState('');
  // After a keyboard move, the moved row's handle keeps the focus.
  const refocus = useRef<string | null>(null);
  const [drag, setDrag] = useState<{ from: number; to: number; pointer: number } | null>(null);
  useEffect(() => {
    const key = refocus.current;
    if (!key) return;
    refocus.current = null;
    listRef.current?.querySelector<HTMLElement>(`[data-reorder-handle="${CSS.escape(key)}"]`)?.focus();
  });
  const move = (from: number, to: number, viaKeys: boolean) => {
    const n = items.length;
    const target = Math.min(n - 1, Math.max(0, to));
    const item = items[from];
    if (!item || target === from) return;
    if (viaKeys) refocus.current = item.key;
    onMove(from, target);
    setAnnounce(t('reorder.moved', { label: item.label, n: target + 1, total: n }));
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const to =
      e.key === 'ArrowUp' || e.key === 'ArrowLeft'
        ? i - 1
        : e.key === 'ArrowDown' || e.key === 'ArrowRight'
          ? i + 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? items.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    e.stopPropagation();
    move(i, to, true);
  };
  /** The place a pointer at `y` would drop a row: before the first row whose middle is below it. */
  const placeAt = (y: number, from: number) => {
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>(':scope > [data-reorder-row]') ?? [])];
    let at = rows.length - 1;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]?.getBoundingClientRect();
      if (r && y < r.top + r.height / 2) {
        at = i > from ? i - 1 : i;
        break;
      }
    }
    return Math.max(0, at);
  };
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>, i: number) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDrag({ from: i, to: i, pointer: e.pointerId });
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    if (!drag || drag.pointer !== e.pointerId) return;
    const to = placeAt(e.clientY, drag.from);
    if (to !== drag.to) setDrag({ ...drag, to });
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    if (!drag || drag.pointer !== e.pointerId) return;
    setDrag(null);
    move(drag.from, drag.to, false);
  };
  return (
    <>
      <ol className={`reorder-list${className ? ` ${className}` : ''}`} ref={listRef} aria-label={label}>
        {items.map((item, i) => {
          const handle = (
            <button
              type="button"
              className="reorder-handle"
              data-reorder-handle={item.key}
              data-action="reorder"
              aria-label={t('reorder.handle', { label: item.label, n: i + 1, total: items.length })}
              aria-describedby={undefined}
              title={t('reorder.hint')}
              onKeyDown={(e) => onKey(e, i)}
              onPointerDown={(e) => onPointerDown(e, i)}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={() => setDrag(null)}
            >
              <span aria-hidden="true">⠿</span>
            </button>
          );
          const dragging = drag && drag.from === i;
          const target =
            drag && drag.to === i && drag.from !== i ? (drag.to > drag.from ? 'after' : 'before') : undefined;
          return (
            <li
              key={item.key}
              data-reorder-row=""
              data-dragging={dragging ? '' : undefined}
              data-drop={target}
              {...(rowProps ? rowProps(item, i) : {})}
            >
              {renderRow(item, i, handle)}
            </li>
          );
        })}
      </ol>
      <span className="sr-only" role="status" aria-live="polite">
        {announce}
      </span>
    </>
  );
}
