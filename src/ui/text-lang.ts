/**
 * The language of a text from its content (a talk's caption, a source's title in Chinese shown to an
 * English reader): marked with `lang` so it takes the Chinese fonts (app/base.css) and is read out right,
 * and the bundled font loads.
 */
import { useEffect } from 'react';
import { track } from '../store/settle';

/** Han ideographs and CJK punctuation: the app's one CJK language is Traditional Chinese. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export function textLang(...texts: readonly (string | null | undefined)[]): 'zh-TW' | undefined {
  return texts.some((t) => t && CJK.test(t)) ? 'zh-TW' : undefined;
}

/** Load the bundled Chinese font when any of these texts needs it. */
export function useTextFont(...texts: readonly (string | null | undefined)[]): void {
  const needs = textLang(...texts) !== undefined;
  useEffect(() => {
    if (needs) track(import('./zh-font')).catch(() => undefined);
  }, [needs]);
}
