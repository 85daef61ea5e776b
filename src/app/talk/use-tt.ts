import { useCallback } from 'react';
import { type TalkMessageKey, translateTalk } from '../../i18n/talk-messages';
import { useApp } from '../../store/react';

export type TalkTranslate = (key: TalkMessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** The talk screens' own catalogue, in the reader's language. */
export function useTT(): TalkTranslate {
  const lang = useApp((s) => s.lang);
  return useCallback<TalkTranslate>((key, vars) => translateTalk(lang, key, vars), [lang]);
}
