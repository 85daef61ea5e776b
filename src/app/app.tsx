import { useEffect } from 'react';
import { Dashboard } from './dashboard';
import { EmbedView } from './embed';
import { Presenter } from './presenter';
import { useApp } from './store-context';

/** Chooses the mode and keeps `<html lang>` and the theme in step with the store. */
export function App() {
  const mode = useApp((s) => s.mode);
  const lang = useApp((s) => s.lang);
  const theme = useApp((s) => s.theme);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
    document.documentElement.dataset.mode = mode;
  }, [lang, theme, mode]);
  if (mode === 'present') return <Presenter />;
  if (mode === 'embed') return <EmbedView />;
  return <Dashboard />;
}
