/**
 * The gauge's place on the dashboard and in the embed: its frame and title paint at once; the body (the
 * two meters, their parts, what-if, weights and method, with method v2's maths and its own catalogue)
 * is handed in by the app (app/gauge-slot.tsx, loaded right after first paint, which also hands the
 * body history v2's run for the market-wide parts).
 */
import { type ReactNode, Suspense } from 'react';
import { Pending, useT } from '../store/react';
import { ErrorBoundary } from '../ui/error-boundary';

/** The gauge's frame with its own error boundary: a failure shows a message, never a blank page. */
export function Gauge({ compact = false, children }: { compact?: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <section
      className={`gauge gauge-v2${compact ? ' gauge-compact' : ''}`}
      aria-labelledby="gauge-title"
      data-gauge=""
    >
      {/* The exported picture has its own title line. */}
      <h2 id="gauge-title" data-export-skip="">
        {t('gauge.title')}
      </h2>
      <ErrorBoundary
        fallback={(e) => <p className="gauge-warning">{t('notice.panelError', { message: e.message })}</p>}
      >
        {/* While the body loads, the page is not settled (tests and screenshots wait for it). */}
        <Suspense
          fallback={
            <Pending>
              <div className="gauge-loading" aria-busy="true" />
            </Pending>
          }
        >
          {children}
        </Suspense>
      </ErrorBoundary>
    </section>
  );
}
