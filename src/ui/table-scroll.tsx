/**
 * A wide table's own scroll box: the table scrolls sideways inside it, never the page. While its content is
 * wider than the box it is a labelled region in the tab order, so keyboard users can scroll it with the
 * arrow keys (WCAG 2.1.1; axe's `scrollable-region-focusable`); a table that fits adds no tab stop and no
 * landmark. `data-scrolls` marks a box whose table is wider than it.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';

export function TableScroll({
  label,
  children,
  className,
}: {
  /** What the region holds (usually the table's caption). */
  label: string;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    const ro = new ResizeObserver(check);
    ro.observe(box);
    for (const child of box.children) ro.observe(child);
    check();
    return () => ro.disconnect();
  }, []);
  // A named region while it scrolls (the role said outright); a table that fits is a plain box.
  return (
    <section
      ref={ref}
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? label : undefined}
      tabIndex={scrolls ? 0 : undefined}
      data-scrolls={scrolls ? '' : undefined}
    >
      {children}
    </section>
  );
}
