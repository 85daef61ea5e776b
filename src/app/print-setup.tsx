/**
 * Print and "Save as PDF": page size and page headers. The @page rule is written into a style element
 * kept in step with the view (its short link and the date), so every printed page names the view it
 * shows in one short line ("Bubble Pressure · Dec 6, 2026 · example.org/app/?v=1&w.valuation=3"): the
 * dashboard on A4 portrait, present mode on A4 landscape, one slide a page. Layout rules live in
 * print.css (the dashboard) and present.css (the slides), under `@media print`.
 */
import { useEffect } from 'react';
import { formatDate } from '../domain/format';
import { useAppStore, useT } from '../store/react';
import { selectUrlState } from '../store/store';
import { viewUrl } from '../store/url-history';
import { todayIso } from './export-tools';

/** The longest link a page header shows (two lines at most); a longer one is cut, ending in "…". */
export const HEADER_LINK_MAX = 160;

/** A link as a page header shows it: without its scheme, cut to `HEADER_LINK_MAX` characters. */
export function headerLink(url: string): string {
  const shown = url.replace(/^\w+:\/\//, '');
  return shown.length <= HEADER_LINK_MAX ? shown : `${shown.slice(0, HEADER_LINK_MAX - 1)}…`;
}

/** A CSS string literal. */
const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

export function PrintSetup() {
  const store = useAppStore();
  const t = useT();
  useEffect(() => {
    const style = document.createElement('style');
    style.dataset.print = '';
    document.head.append(style);
    let last: ReturnType<typeof selectUrlState> | null = null;
    const write = () => {
      const s = store.getState();
      const next = selectUrlState(s);
      if (last && (Object.keys(next) as Array<keyof typeof next>).every((k) => next[k] === last?.[k])) return;
      last = next;
      const header = t('export.printHeader', {
        name: t('app.name'),
        date: formatDate(todayIso(), s.lang),
        // A talk's link is long: each printed slide carries its own short link instead.
        url: s.talkCode ? t('talk.button') : headerLink(viewUrl(store)),
      });
      const landscape = s.mode === 'present';
      // PRINT_PAGE in ui/print-fit.ts assumes these margins. The margin boxes take the page's own fonts
      // (inherited from the root element, print.css), so a zh-TW header has its glyphs.
      style.textContent = `@page {
  size: A4 ${landscape ? 'landscape' : 'portrait'};margin:14mm 10mm;
  @top-left { content: ${cssString(header)};font-size:8pt;color:#555}
  @bottom-right{content:counter(page) " / " counter(pages);font-size:8pt;color:#555}
}`;
    };
    write();
    // Rewriting a <style> restyles the whole page: not in the frame of a what-if step or a drag,
    // but once the view has been still for a moment (and at once before printing).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(write, 300);
    });
    const now = () => {
      clearTimeout(timer);
      write();
    };
    window.addEventListener('beforeprint', now);
    return () => {
      stop();
      clearTimeout(timer);
      window.removeEventListener('beforeprint', now);
      style.remove();
    };
  }, [store, t]);
  return null;
}
