/** Import errors as text in the reader's language (the English text comes from the same catalogue). */

import { KIND_IDS } from '../../domain/types';
import { translateImport as translate } from '../../i18n/import-messages';
import type { Lang } from '../../i18n/lang';
import type { FileError, RowError } from './decode';

export function rowErrorText(lang: Lang, e: RowError): string {
  const reason = translate(lang, `import.reason.${e.code}`, { got: e.got, values: KIND_IDS.join(', ') });
  return translate(lang, 'import.row', { row: e.row, column: e.column, reason });
}

export function fileErrorText(lang: Lang, e: FileError): string {
  return translate(lang, `import.file.${e.code}`, e.params);
}
