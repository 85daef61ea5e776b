/** Import errors as text in the reader's language (the English text comes from the same catalogue). */

import { KIND_IDS } from '../../domain/types';
import { translateImport as translate } from '../../i18n/import-messages';
import type { Lang } from '../../i18n/lang';
import { type MessageKey, translate as translateMain } from '../../i18n/messages';
import type { FileError, RowError } from './result';

export function rowErrorText(lang: Lang, e: RowError): string {
  const reason = translate(lang, `import.reason.${e.code}`, { got: e.got, values: KIND_IDS.join(', ') });
  return translate(lang, 'import.row', { row: e.row, column: e.column, reason });
}

export function fileErrorText(lang: Lang, e: FileError): string {
  if (e.code === 'fredOverride') {
    const p = e.params;
    // The app loader's own message (translated), the import's for the checks it adds, else the detail.
    const reason =
      typeof p.loadCode === 'string'
        ? `${p.path ? `${p.path}: ` : ''}${translateMain(lang, `load.${p.loadCode}` as MessageKey, p)}`
        : p.problem === 'not-dates'
          ? translate(lang, 'import.fred.notDates')
          : p.problem === 'unit'
            ? translate(lang, 'import.fred.unit', { unit: String(p.unit ?? '') })
            : String(p.detail ?? '');
    return translate(lang, 'import.file.fredOverride', { series: String(p.series ?? ''), reason });
  }
  return translate(lang, `import.file.${e.code}`, e.params);
}
