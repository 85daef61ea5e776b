import { useMemo, useState } from 'react';
import { formatLoadError } from '../data/load';
import { useApp, useT } from '../store/react';

/** Ignored link parameters. Values come from the URL: rendered as text only, never as markup. */
export function UrlNotice() {
  const issues = useApp((s) => s.urlIssues);
  const setIssues = useApp((s) => s.setUrlIssues);
  const t = useT();
  if (issues.length === 0) return null;
  return (
    <div className="notice" role="status" data-notice="url">
      <strong>{t('notice.url.title')}</strong>
      <ul>
        {issues.map((i) => (
          <li key={`${i.param}=${i.value}:${i.reason}`} data-param={i.param} data-reason={i.reason}>
            {t('notice.url.item', {
              param: i.param,
              value: i.value,
              reason: t(`url.reason.${i.reason}`, i.detail),
            })}
            {i.usedDefault ? ` ${t('notice.url.default')}` : ''}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setIssues([])}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

/** Fixtures that failed validation: file, path and problem; the rest of the data still loads. */
export function FixtureNotice() {
  const builtinErrors = useApp((s) => s.builtin.errors);
  // Lazily loaded (FRED) fixtures report here too, when a panel asks for them.
  const datedErrors = useApp((s) => s.datedErrors);
  const errors = useMemo(() => [...builtinErrors, ...datedErrors], [builtinErrors, datedErrors]);
  // Dismissing hides the errors seen so far; errors arriving later show the notice again.
  const [dismissedAt, setDismissedAt] = useState(0);
  const t = useT();
  if (errors.length <= dismissedAt) return null;
  return (
    <div className="notice notice-error" role="alert" data-notice="fixtures">
      <strong>{t('notice.fixtures.title')}</strong>
      <ul>
        {errors.map((e) => (
          <li key={formatLoadError(e)}>
            <code>
              {e.file}
              {e.path ? ` › ${e.path}` : ''}
            </code>
            : {t(`load.${e.code}`, e.params)}
          </li>
        ))}
      </ul>
      <p>{t('notice.fixtures.rest')}</p>
      <button type="button" onClick={() => setDismissedAt(errors.length)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

/** Saved data that was set aside or could not be written: the app still runs on what it has. */
export function StorageNotice() {
  const notices = useApp((s) => s.storageNotices);
  const dismiss = useApp((s) => s.dismissStorageNotices);
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status" data-notice="storage">
      <strong>{t('storage.title')}</strong>
      <ul>
        {notices.map((n) => (
          <li key={`${n.code}:${n.record}:${n.detail}`} data-storage={n.code}>
            {t(`storage.${n.code}`, {
              record:
                n.record === 'views'
                  ? t('storage.record.views')
                  : n.record === 'talks'
                    ? t('storage.record.talks')
                    : t('storage.record.imports'),
              detail: n.detail,
            })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

/** A link that used imported series this browser does not have: name them (the link carries names only). */
export function MissingImportsNotice() {
  const missing = useApp((s) => s.missingImports);
  const set = useApp((s) => s.setMissingImports);
  const t = useT();
  if (missing.length === 0) return null;
  return (
    <div className="notice" role="status" data-notice="missing-imports">
      <strong>{t('missing.title')}</strong>
      <p>{t('missing.body', { names: missing.join(', ') })}</p>
      <button type="button" onClick={() => set([])}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
