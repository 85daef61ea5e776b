import { SourceList } from '../panels/panel-frame';
import { useApp, useT } from '../store/react';

export function Footer() {
  const sources = useApp((s) => s.builtin.sources);
  const t = useT();
  return (
    <footer className="app-footer">
      <p>
        <a href="#sources">{t('footer.sources', { count: sources.length })}</a> ·{' '}
        <a href="#method">{t('footer.method')}</a> · <span className="muted">{t('footer.note')}</span>
      </p>
      <details id="sources">
        <summary>{t('footer.sourcesTitle')}</summary>
        <SourceList sources={sources} anchors />
      </details>
    </footer>
  );
}
