/**
 * Messages of the import screens (the "Your data" section, import errors, saved views, view files).
 * A catalogue of its own so first paint does not carry it: it loads with the import code. Typed like
 * the main catalogue: every key must exist in zh-TW.
 */
import type { Lang } from './lang';
import { fullWidthPunctuation } from './punctuation';

const en = {
  'import.file.notUtf8': 'The file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8) and try again.',
  'import.row': 'row {row}, {column}: {reason}',
  'import.reason.required': 'missing',
  'import.reason.number': 'expected a number, got "{got}"',
  'import.reason.year': 'expected a year (e.g. 2025), got "{got}"',
  'import.reason.date': 'expected an ISO date or date-time (2025-10-29 or 2025-10-29T14:00Z), got "{got}"',
  'import.reason.period': 'missing (give a year or a date)',
  'import.reason.kind': 'expected one of {values}, got "{got}"',
  'import.reason.record': 'expected an object with series, year or date, value, unit and source, got {got}',
  'import.reason.csv': 'a quote is not closed',
  'import.file.empty': 'The file is empty.',
  'import.file.tooLarge': 'The file is {mb} MB; the limit is 50 MB.',
  'import.file.header':
    'Unknown header "{header}". Expected series,year,value,unit,source (long format), observation_date,<SERIES_ID> (FRED) or Entity,Code,Year,<indicator> (OWID).',
  'import.file.missingColumns': 'The header lacks the column(s) {columns}.',
  'import.file.json': 'Not valid JSON ({detail}).',
  'import.file.jsonShape':
    'The JSON must be an array of records (series, year or date, value, unit, source).',
  'import.file.noRows': 'The file has a header but no rows with a figure.',
  'import.file.duplicatePeriod': 'Series "{series}" has {period} twice.',
  'import.file.mixedUnits': 'Series "{series}" mixes units ({units}); one series takes one unit.',
  'import.file.overrideUnit':
    'Series "{series}" replaces a built-in series in {expected}, but the file gives "{unit}".',
  'import.file.fredOverride': '{series} cannot replace the built-in FRED series: {reason}',
  'import.file.fredBuiltin':
    '{series} cannot replace the built-in FRED series: the built-in series could not be loaded.',
  'import.fred.notDates':
    'a FRED series takes a date (YYYY-MM-DD) for each figure, as FRED’s download gives it',
  'import.fred.unit': 'its values must be in FRED’s own units (a FRED download, no unit column) or in {unit}',
  'import.where.dated':
    '{name} replaces the built-in {title} from {from} to {to} wherever the app uses it (outside that span the built-in values stay). Shown on: {panels}.',
  'import.where.dataset': '{name} replaces the built-in series everywhere. Shown on: {panels}.',
  'import.where.dropped':
    'The file has no figure for {periods}, so the built-in figures for those periods are no longer used.',
  'import.where.custom': '{name} is a custom series, shown on: {panels}.',
  'import.where.customNone': '{name} is a custom series, not shown yet: place it on a panel below.',
  'import.gauge.yes': 'The gauge uses it.',
  'import.gauge.no': 'The gauge does not use it.',
  'import.list.everywhereFred': 'everywhere the app uses this FRED series (replaces the built-in one)',
  'import.file.unreadable': 'The file could not be read ({detail}).',
  'import.errors.title': 'Nothing was imported from {file}',
  'import.errors.count': '{count} problems in all; the first {shown} are listed.',
  'import.errors.all': '{count} problems in all.',
  'import.errors.one': 'One problem.',
  'import.file.viewFile': 'This view file cannot be opened ({detail}).',
  'import.errors.nothing': 'Nothing changed: the page and the saved data are as they were.',
  'import.title': 'Your data: import, saved views, view files',
  'import.hint':
    'Import a CSV or JSON file, or drop one anywhere on the page. A series named <dataset>/<series> (as in the data tables) replaces that built-in series everywhere, the gauge included; so does a FRED download of a series the app uses (e.g. BAMLC0A4CBBB, GDP; or a series named fred/<ID>). Any other name is a custom series you place on a panel.',
  'import.choose': 'Import a file…',
  'import.formats':
    'Formats: series,year,value,unit,source (optional kind, note; date may replace year), a JSON array of the same records, a FRED download (observation_date,<SERIES_ID>), an OWID grapher CSV (Entity,Code,Year,<indicator>). Up to 50 MB.',
  'import.private':
    'Imported data and saved views stay in this browser (IndexedDB); nothing is sent anywhere.',
  'import.busy': 'Reading {file}…',
  'import.done': 'Imported {file}.',
  'import.summary': '{series} series, {rows} rows, {span}.',
  'import.overrides': 'Replaces built-in: {names}.',
  'import.replaced': 'Replaces earlier imports: {names}.',
  'import.list.title': 'Imported data',
  'import.list.empty': 'No imported data: every panel and the gauge show the built-in figures.',
  'import.list.rows': 'Rows',
  'import.list.span': 'Span',
  'import.list.where': 'Shown on',
  'import.list.actions': 'Actions',
  'import.list.override': 'replaces a built-in series',
  'import.list.custom': 'custom series',
  'import.list.noUnit': 'unit not given',
  'import.list.everywhere': 'everywhere (replaces the built-in series)',
  'import.list.placeOn': 'Panel for {name}',
  'import.list.notShown': 'not shown',
  'import.list.remove': 'Remove',
  'import.list.reset': 'Reset to built-in data',
  'views.title': 'Saved views',
  'views.name': 'Name',
  'views.save': 'Save this view',
  'views.empty': 'No saved views yet.',
  'views.deleteNamed': 'Delete saved view {name}',
  'viewFile.title': 'View file',
  'viewFile.hint':
    'One JSON file with this view and the imported series it uses, to open on another machine.',
  'viewFile.save': 'Save view file',
  'viewFile.open': 'Open view file…',
} as const;

export type ImportMessageKey = keyof typeof en;

const zhTW: Record<ImportMessageKey, string> = {
  'import.file.notUtf8': '檔案不是 UTF-8 文字。請另存為 UTF-8(CSV UTF-8)後再試。',
  'import.row': '第 {row} 列,{column}:{reason}',
  'import.reason.required': '缺少此欄',
  'import.reason.number': '應為數字,實際為「{got}」',
  'import.reason.year': '應為年份(例如 2025),實際為「{got}」',
  'import.reason.date': '應為 ISO 日期或日期時間(2025-10-29 或 2025-10-29T14:00Z),實際為「{got}」',
  'import.reason.period': '缺少此欄(請提供年份或日期)',
  'import.reason.kind': '應為 {values} 之一,實際為「{got}」',
  'import.reason.record': '應為含 series、year 或 date、value、unit、source 的物件,實際為 {got}',
  'import.reason.csv': '引號未閉合',
  'import.file.empty': '檔案是空的。',
  'import.file.tooLarge': '檔案大小為 {mb} MB,上限為 50 MB。',
  'import.file.header':
    '無法辨識的標題列「{header}」。應為 series,year,value,unit,source(長格式)、observation_date,<SERIES_ID>(FRED)或 Entity,Code,Year,<indicator>(OWID)。',
  'import.file.missingColumns': '標題列缺少欄位 {columns}。',
  'import.file.json': '不是有效的 JSON({detail})。',
  'import.file.jsonShape': 'JSON 必須是記錄陣列(series、year 或 date、value、unit、source)。',
  'import.file.noRows': '檔案只有標題列,沒有含數值的資料列。',
  'import.file.duplicatePeriod': '序列「{series}」的 {period} 出現兩次。',
  'import.file.mixedUnits': '序列「{series}」混用單位({units});一個序列只能有一種單位。',
  'import.file.overrideUnit': '序列「{series}」取代內建序列,單位應為 {expected},但檔案給的是「{unit}」。',
  'import.file.fredOverride': '{series} 無法取代內建的 FRED 序列:{reason}',
  'import.file.fredBuiltin': '{series} 無法取代內建的 FRED 序列:內建序列無法載入。',
  'import.fred.notDates': 'FRED 序列的每個數字都需要日期(YYYY-MM-DD),與 FRED 下載檔相同',
  'import.fred.unit': '數值須為 FRED 本身的單位(FRED 下載檔,無單位欄)或 {unit}',
  'import.where.dated':
    '{name} 在程式使用之處取代內建的 {title},範圍 {from} 至 {to}(範圍外仍為內建數值)。顯示於:{panels}。',
  'import.where.dataset': '{name} 在各處取代內建序列。顯示於:{panels}。',
  'import.where.dropped': '檔案沒有 {periods} 的數字,因此不再使用內建序列在這些期間的數字。',
  'import.where.custom': '{name} 為自訂序列,顯示於:{panels}。',
  'import.where.customNone': '{name} 為自訂序列,尚未顯示:請在下方將它放到圖表上。',
  'import.gauge.yes': '壓力指數使用此序列。',
  'import.gauge.no': '壓力指數不使用此序列。',
  'import.list.everywhereFred': '程式使用此 FRED 序列之處(取代內建序列)',
  'import.file.unreadable': '無法讀取檔案({detail})。',
  'import.errors.title': '未從 {file} 匯入任何資料',
  'import.errors.count': '共 {count} 個問題;列出前 {shown} 個。',
  'import.errors.all': '共 {count} 個問題。',
  'import.errors.one': '共 1 個問題。',
  'import.file.viewFile': '無法開啟此檢視檔({detail})。',
  'import.errors.nothing': '沒有任何變更:頁面與已儲存的資料維持原狀。',
  'import.title': '您的資料:匯入、已存檢視、檢視檔',
  'import.hint':
    '匯入 CSV 或 JSON 檔,或將檔案拖放到頁面任何位置。名為 <dataset>/<series>(與資料表所示相同)的序列會在各處取代該內建序列,包括量表;程式使用的 FRED 序列之下載檔(例如 BAMLC0A4CBBB、GDP,或名為 fred/<ID> 的序列)亦同。其他名稱為自訂序列,由您放到圖表上。',
  'import.choose': '匯入檔案…',
  'import.formats':
    '格式:series,year,value,unit,source(可選 kind、note;可用 date 代替 year)、相同記錄的 JSON 陣列、FRED 下載檔(observation_date,<SERIES_ID>)、OWID grapher CSV(Entity,Code,Year,<indicator>)。上限 50 MB。',
  'import.private': '匯入的資料與已存檢視只保存在此瀏覽器(IndexedDB),不會傳送到任何地方。',
  'import.busy': '正在讀取 {file}…',
  'import.done': '已匯入 {file}。',
  'import.summary': '{series} 個序列、{rows} 列、{span}。',
  'import.overrides': '取代內建:{names}。',
  'import.replaced': '取代先前的匯入:{names}。',
  'import.list.title': '匯入的資料',
  'import.list.empty': '沒有匯入的資料:所有圖表與量表都顯示內建數據。',
  'import.list.rows': '列數',
  'import.list.span': '期間',
  'import.list.where': '顯示於',
  'import.list.actions': '動作',
  'import.list.override': '取代內建序列',
  'import.list.custom': '自訂序列',
  'import.list.noUnit': '未提供單位',
  'import.list.everywhere': '各處(取代內建序列)',
  'import.list.placeOn': '{name} 的圖表',
  'import.list.notShown': '不顯示',
  'import.list.remove': '移除',
  'import.list.reset': '還原為內建資料',
  'views.title': '已存檢視',
  'views.name': '名稱',
  'views.save': '儲存此檢視',
  'views.empty': '尚無已存檢視。',
  'views.deleteNamed': '刪除已存檢視 {name}',
  'viewFile.title': '檢視檔',
  'viewFile.hint': '一個 JSON 檔,包含此檢視及其使用的匯入序列,可在另一台電腦開啟。',
  'viewFile.save': '儲存檢視檔',
  'viewFile.open': '開啟檢視檔…',
};

export const IMPORT_CATALOGUES: Readonly<Record<Lang, Record<ImportMessageKey, string>>> = {
  en,
  'zh-TW': zhTW,
};

/** Look up an import message and fill its `{placeholders}` (plain text). */
export function translateImport(
  lang: Lang,
  key: ImportMessageKey,
  vars?: Readonly<Record<string, string | number>>,
): string {
  const raw: string = IMPORT_CATALOGUES[lang]?.[key] ?? en[key] ?? String(key);
  // Chinese templates take full-width marks, as the main catalogue's do (i18n/punctuation.ts).
  const template = lang === 'zh-TW' ? fullWidthPunctuation(raw) : raw;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
