import { formatDate } from '../domain/format';
import { useApp, useLocale, useT } from './store-context';

export function Footer() {
  const sources = useApp((s) => s.builtin.sources);
  const t = useT();
  const locale = useLocale();
  return (
    <footer className="app-footer">
      <p>
        <a href="#sources">{t('footer.sources', { count: sources.length })}</a> ·{' '}
        <a href="#method">{t('footer.method')}</a> · <span className="muted">{t('footer.note')}</span>
      </p>
      <details id="sources">
        <summary>{t('footer.sourcesTitle')}</summary>
        <ol className="source-list">
          {sources.map((s) => (
            <li key={s.id} id={`source-${s.id}`}>
              <code>{s.id}</code> · <b>{s.publisher}</b>,{' '}
              {s.url ? (
                <a href={s.url} rel="noreferrer noopener" target="_blank">
                  {s.title}
                </a>
              ) : (
                <i>{s.title}</i>
              )}
              {s.date ? `, ${formatDate(s.date, locale)}` : ''}
              {s.note ? <span className="muted"> · {s.note}</span> : null}
            </li>
          ))}
        </ol>
      </details>
    </footer>
  );
}
