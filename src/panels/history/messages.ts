/**
 * Messages of the history panel and its "How well does this warn?" table (history v2). A catalogue of its
 * own, loaded with the panel's chunk, so first paint does not carry it; typed like the main catalogue:
 * every key must exist in zh-TW with the same placeholders (messages.test.ts).
 */
import { useCallback } from 'react';
import type { Lang } from '../../i18n/lang';
import { fullWidthPunctuation } from '../../i18n/punctuation';
import { useLocale } from '../../store/react';

const en = {
  'idx.buildup': 'Build-up',
  'idx.stress': 'Stress',
  'idx.buildup.v2': 'Market-wide build-up (history v2)',
  'idx.stress.v2': 'Market-wide stress (history v2)',
  'idx.what.buildup': 'how stretched',
  'idx.what.stress': 'is it cracking',
  'c.valuation': 'Valuation',
  'c.run-up': 'Price run-up',
  'c.investment': 'Investment share',
  'c.credit': 'Credit and debt growth',
  'c.spread-compression': 'Spread compression',
  'c.spread-widening': 'Spreads widening',
  'c.drawdown': 'Drawdown from 52-week high',
  'c.v2': '{index} › {component} (history v2)',
  'm.cape': 'CAPE',
  'm.equities-gdp': 'equities / GDP',
  'm.spx-run-up': 'S&P 2-year change',
  'm.nasdaq-run-up': 'NASDAQ 2-year change',
  'm.it-investment-gap': 'IT investment gap',
  'm.credit-gap': 'credit-to-GDP gap',
  'm.corp-debt-growth': 'corporate debt / GDP, 3-year change',
  'm.baa-aaa-tight': 'Baa − Aaa spread (tight)',
  'm.bbb-oas-tight': 'BBB spread (tight)',
  'm.hy-oas-tight': 'high-yield spread (tight)',
  'm.baa-aaa-widening': 'Baa − Aaa above its 2-year low',
  'm.bbb-oas-widening': 'BBB spread above its 2-year low',
  'm.hy-oas-widening': 'high-yield spread above its 2-year low',
  'm.spx-drawdown-52w': 'S&P below its 52-week high',
  'm.nasdaq-drawdown-52w': 'NASDAQ below its 52-week high',
  'band.calm': 'calm',
  'band.elevated': 'elevated',
  'band.high': 'high',
  'band.extreme': 'extreme',
  loading: 'Computing the back-test (history v2) from the FRED series and Shiller’s data…',
  error: 'The history could not be computed: {message}',
  empty: 'No quarter has enough components with data.',
  missing: 'Not loaded, left out of every reading: {inputs} (see the notice at the top).',
  chartLabel: 'History v2 by quarter, {from} to {to}: build-up and stress, 0–100',
  'head.today': 'latest {value} · {band} ({quarter}) · {ordinal} percentile of {from}–{to}',
  'head.none': 'no reading',
  'legend.recession': 'NBER recession',
  'legend.bust': 'peak before a fall of 40% or more, to its trough (quarter means)',
  'legend.bustShort': 'fall of 40% or more, peak to trough',
  'legend.bands': 'bands: calm < 25 ≤ elevated < 50 ≤ high < 75 ≤ extreme',
  'bust.long': '{year} peak: {market} −{fall}% to {trough}',
  'bust.medium': '{year} −{fall}%',
  'bust.short': '{year}',
  'bust.tiny': '’{yy}',
  'market.spx': 'S&P',
  'market.nasdaq': 'NASDAQ',
  'readout.none': 'Hover the chart, or focus it and use ← →, to read a quarter.',
  'readout.unscored': 'not scored',
  'readout.recession': 'NBER recession',
  'readout.bust': 'below the {year} peak (−{fall}% at the trough)',
  'readout.sep': ' · ',
  'readout.list': ', ',
  'list.sep': ', ',
  'note.coverage':
    '{index}’s latest quarter, {quarter}, rests on {count} of its {total} components ({missing} without data there).',
  'note.method':
    'Method v2 (docs/METHOD.md): each input scored by its percentile in its own history to date (0 at or below its median, 1 at a new high), after a five-year burn-in, with publication lags; an index is the mean of the components with data (build-up needs 3 of 5, stress both). No look-ahead.',
  'note.recessions': 'Shaded: US recessions ({source}), to the month, from FRED’s USREC.',
  'licence.ice': 'ICE BofA spread data © {owner}. The owner’s notice, from FRED’s series notes: “{notice}”',
  'licence.moodys':
    'Moody’s Baa and Aaa yields © {owner}. The owner’s notice, from FRED’s series notes: “{notice}”',
  'sc.title': 'How well does this warn?',
  'sc.intro':
    'Each quarter is a warning or not, scored on what followed: (a) a bust, the S&P or the NASDAQ peaking before a fall of 40% or more within 8 quarters; (b) an NBER recession starting within 8 quarters. “High” is a reading of 50 or more. Computed here, in your browser, from the data this page has loaded, by the same code as npm run backtest.',
  'sc.caption': 'How well history v2 warned, {from}–{to}',
  'sc.col.index': 'index',
  'sc.col.event': 'event',
  'sc.col.auroc': 'AUROC',
  'sc.col.loeo': 'leave one episode out (lowest)',
  'sc.col.hits': 'hits at “high”',
  'sc.col.false': 'false alarms at “high”',
  'sc.col.episodes': 'episodes warned',
  'sc.col.best': 'best single input, out of sample',
  'sc.col.beats': 'index beats it?',
  'sc.col.leads': 'lead before each episode (quarters)',
  'sc.event.bust': '(a) bust',
  'sc.event.recession': '(b) recession',
  'sc.without': '{value} (without {episode})',
  'sc.of': '{hit} of {covered}',
  'sc.yes': 'yes',
  'sc.no': 'no',
  'sc.none': 'none',
  'sc.na': '–',
  'sc.legend':
    'AUROC: the chance that a quarter before an event reads higher than one with no event ahead (0.5 = a coin toss, 1 = perfect). Lead: quarters between the first “high” reading in the 8 quarters before an event and the event; “none” if it never read high.',
  'sc.works': 'Where it works',
  'sc.fails': 'Where it fails',
  'sc.small': 'Small sample',
  'f.beats':
    '{index} beats its best single input on {event}: {auroc} against {best} ({inputs}), chosen out of sample.',
  'f.robust':
    '{index} keeps its forward information on {event} when any one episode is left out (lowest AUROC {loeo}).',
  'f.lead': '{index} read “high” before {episodes} on {event}.',
  'f.leadItem': '{year} ({lead} quarters ahead)',
  'f.notBeats':
    '{index} does not beat its best single input on {event}: {inputs} alone scores {best} out of sample, the index {auroc}.',
  'f.notBeatsMany':
    '{index} does not beat its best single input on {event}: the best of {inputs}, picked out of sample, scores {best}; the index {auroc}.',
  'f.noInfo': '{index} carries no forward information on {event} (AUROC {auroc}; 0.5 is chance).',
  'f.missed':
    '{index} missed {missed} of {covered} {eventOne} episodes ({episodes}): it never read “high” in the 8 quarters before them.',
  'f.worse': 'Worse than chance on {event}: {inputs}.',
  'f.falseAlarms': '{index}: {share} of the quarters with no {eventOne} ahead read “high”.',
  'f.small':
    'There are {episodes} bust episodes in this sample. Their {positives} positive quarters are {episodes} pieces of evidence, not {positives}: leaving one episode out moves the build-up AUROC by up to {swing}. The recession figures rest on {recessions} episodes whose quarters overlap heavily. No confidence interval computed from quarters would be honest, so none is given; a method tuned on this sample would need judging on data it had not seen.',
  'ev.bust': 'busts',
  'ev.recession': 'recessions',
  'ev.one.bust': 'bust',
  'ev.one.recession': 'recession',
  'sc.components': 'Each component and input, {event}',
  'sc.componentsNote':
    'The inputs’ own scores beside the index: a component is the mean of its inputs’ scores; an input scores only from its first quarter with data, so its sample can be shorter.',
  'sc.col.input': 'component · input',
  'sc.col.sample': 'sample',
} as const;

export type HistoryMessageKey = keyof typeof en;

const zhTW: Record<HistoryMessageKey, string> = {
  'idx.buildup': '泡沫累積',
  'idx.stress': '市場緊繃',
  'idx.buildup.v2': '全市場泡沫累積(history v2)',
  'idx.stress.v2': '全市場緊繃(history v2)',
  'idx.what.buildup': '有多過熱',
  'idx.what.stress': '是否開始破裂',
  'c.valuation': '估值',
  'c.run-up': '價格急漲',
  'c.investment': '投資占比',
  'c.credit': '信用與債務成長',
  'c.spread-compression': '利差壓縮',
  'c.spread-widening': '利差擴大',
  'c.drawdown': '距 52 週高點跌幅',
  'c.v2': '{index} › {component}(history v2)',
  'm.cape': 'CAPE',
  'm.equities-gdp': '股權市值 / GDP',
  'm.spx-run-up': 'S&P 兩年漲幅',
  'm.nasdaq-run-up': '那斯達克兩年漲幅',
  'm.it-investment-gap': '資訊投資缺口',
  'm.credit-gap': '信用對 GDP 缺口',
  'm.corp-debt-growth': '企業債務 / GDP 三年變動',
  'm.baa-aaa-tight': 'Baa − Aaa 利差(緊縮)',
  'm.bbb-oas-tight': 'BBB 利差(緊縮)',
  'm.hy-oas-tight': '高收益債利差(緊縮)',
  'm.baa-aaa-widening': 'Baa − Aaa 高於兩年低點',
  'm.bbb-oas-widening': 'BBB 利差高於兩年低點',
  'm.hy-oas-widening': '高收益債利差高於兩年低點',
  'm.spx-drawdown-52w': 'S&P 距 52 週高點',
  'm.nasdaq-drawdown-52w': '那斯達克距 52 週高點',
  'band.calm': '平靜',
  'band.elevated': '升高',
  'band.high': '偏高',
  'band.extreme': '極端',
  loading: '正在以 FRED 數列與 Shiller 資料計算回測(history v2)…',
  error: '無法計算歷史:{message}',
  empty: '沒有任何一季具備足夠組成資料。',
  missing: '未能載入,所有讀數皆未納入:{inputs}(見頁首通知)。',
  chartLabel: 'history v2 逐季走勢,{from} 至 {to}:泡沫累積與市場緊繃,0–100',
  'head.today': '最新 {value} · {band}({quarter})· {from}–{to} 年的第 {ordinal} 百分位',
  'head.none': '無讀數',
  'legend.recession': 'NBER 經濟衰退',
  'legend.bust': '高點後跌幅達 40% 以上,至谷底(季均值)',
  'legend.bustShort': '跌幅達 40% 以上,高點至谷底',
  'legend.bands': '區間:平靜 < 25 ≤ 升高 < 50 ≤ 偏高 < 75 ≤ 極端',
  'bust.long': '{year} 年高點:{market} 跌 {fall}%,至 {trough} 年',
  'bust.medium': '{year} −{fall}%',
  'bust.short': '{year}',
  'bust.tiny': '’{yy}',
  'market.spx': 'S&P',
  'market.nasdaq': '那斯達克',
  'readout.none': '將游標移到圖上,或聚焦圖表後按 ← →,即可讀取某一季。',
  'readout.unscored': '未計分',
  'readout.recession': 'NBER 經濟衰退',
  'readout.bust': '低於 {year} 年高點(谷底 −{fall}%)',
  'readout.sep': ' · ',
  'readout.list': '、',
  'list.sep': '、',
  'note.coverage': '{index}最新一季 {quarter} 僅依據 {total} 個組成中的 {count} 個({missing}在該季無資料)。',
  'note.method':
    '方法 v2(docs/METHOD.md):每項指標以其至當季為止自身歷史中的百分位計分(等於或低於中位數為 0,創新高為 1),先經五年暖機期,並考量公布時間落差;指數為具資料組成的平均(泡沫累積需 5 個中的 3 個,市場緊繃需 2 個)。無前視偏誤。',
  'note.recessions': '陰影:美國經濟衰退期({source}),精確到月,取自 FRED 的 USREC。',
  'licence.ice': 'ICE BofA 利差資料 © {owner}。資料擁有者聲明(引自 FRED 數列說明,原文):「{notice}」',
  'licence.moodys': '穆迪 Baa 與 Aaa 殖利率 © {owner}。資料擁有者聲明(引自 FRED 數列說明,原文):「{notice}」',
  'sc.title': '預警效果如何?',
  'sc.intro':
    '每一季視為發出或未發出警訊,並以其後發生的事評分:(a) 泡沫破裂:S&P 或那斯達克在 8 季內見頂,其後跌幅達 40% 以上;(b) 8 季內 NBER 經濟衰退開始。「偏高」指讀數 50 以上。此表在您的瀏覽器中,以本頁已載入的資料、與 npm run backtest 相同的程式計算。',
  'sc.caption': 'history v2 的預警效果,{from}–{to}',
  'sc.col.index': '指數',
  'sc.col.event': '事件',
  'sc.col.auroc': 'AUROC',
  'sc.col.loeo': '剔除單一事件(最低)',
  'sc.col.hits': '「偏高」命中率',
  'sc.col.false': '「偏高」誤報率',
  'sc.col.episodes': '有預警的事件',
  'sc.col.best': '最佳單一指標(樣本外)',
  'sc.col.beats': '指數勝過它?',
  'sc.col.leads': '各事件前的領先(季)',
  'sc.event.bust': '(a) 泡沫破裂',
  'sc.event.recession': '(b) 經濟衰退',
  'sc.without': '{value}(剔除 {episode})',
  'sc.of': '{covered} 次中 {hit} 次',
  'sc.yes': '是',
  'sc.no': '否',
  'sc.none': '無',
  'sc.na': '–',
  'sc.legend':
    'AUROC:事件前的一季讀數高於其後無事件的一季的機率(0.5 = 擲硬幣,1 = 完美)。領先:事件前 8 季內首次「偏高」讀數至事件的季數;從未偏高則為「無」。',
  'sc.works': '有效之處',
  'sc.fails': '失效之處',
  'sc.small': '樣本很小',
  'f.beats': '{index}在{event}上勝過其最佳單一指標:{auroc} 對 {best}({inputs},樣本外選出)。',
  'f.robust': '{index}在{event}上剔除任一事件後仍具前瞻資訊(最低 AUROC {loeo})。',
  'f.lead': '{index}在{event}上於 {episodes} 前讀到「偏高」。',
  'f.leadItem': '{year} 年(提前 {lead} 季)',
  'f.notBeats': '{index}在{event}上未勝過其最佳單一指標:單用{inputs}於樣本外得 {best},指數為 {auroc}。',
  'f.notBeatsMany':
    '{index}在{event}上未勝過其最佳單一指標:於樣本外自{inputs}中選出的最佳者得 {best},指數為 {auroc}。',
  'f.noInfo': '{index}對{event}不具前瞻資訊(AUROC {auroc};0.5 為隨機)。',
  'f.missed':
    '{index}漏掉 {covered} 次{eventOne}中的 {missed} 次({episodes}):事件前 8 季內從未讀到「偏高」。',
  'f.worse': '在{event}上比隨機更差:{inputs}。',
  'f.falseAlarms': '{index}:其後無{eventOne}的季度中,有 {share} 讀到「偏高」。',
  'f.small':
    '此樣本中只有 {episodes} 次泡沫破裂。其 {positives} 個正例季度只是 {episodes} 份證據,而非 {positives} 份:剔除一次事件可使泡沫累積的 AUROC 變動達 {swing}。經濟衰退的數字依據 {recessions} 次事件,其季度高度重疊。以季度計算的信賴區間都不誠實,故不提供;依此樣本調整的方法,須以未見過的資料評估。',
  'ev.bust': '泡沫破裂',
  'ev.recession': '經濟衰退',
  'ev.one.bust': '泡沫破裂',
  'ev.one.recession': '經濟衰退',
  'sc.components': '各組成與指標,{event}',
  'sc.componentsNote':
    '指數旁列出各指標自身的分數:組成為其指標分數的平均;指標自有資料的第一季起才計分,樣本可能較短。',
  'sc.col.input': '組成 · 指標',
  'sc.col.sample': '樣本',
};

export const HISTORY_CATALOGUES: Readonly<Record<Lang, Record<HistoryMessageKey, string>>> = {
  en,
  'zh-TW': zhTW,
};

export type HistoryTranslate = (
  key: HistoryMessageKey,
  vars?: Readonly<Record<string, string | number>>,
) => string;

/** Look up a history message and fill its `{placeholders}` (plain text; zh-TW with full-width punctuation). */
export function translateHistory(
  lang: Lang,
  key: HistoryMessageKey,
  vars?: Readonly<Record<string, string | number>>,
): string {
  const raw: string = HISTORY_CATALOGUES[lang]?.[key] ?? en[key] ?? String(key);
  const template = lang === 'zh-TW' ? fullWidthPunctuation(raw) : raw;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** The history translate function for the page's language. */
export function useHistoryT(): HistoryTranslate {
  const lang = useLocale() as Lang;
  return useCallback<HistoryTranslate>((key, vars) => translateHistory(lang, key, vars), [lang]);
}

/** "90th" in English, "90" in zh-TW (whose template reads 第 {ordinal} 百分位). */
export function ordinalIn(lang: Lang, n: number): string {
  if (lang === 'zh-TW') return String(n);
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
